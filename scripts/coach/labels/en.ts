import type { CoachLabels } from './types';

const seconds = (s: number, digits?: number): string => `${digits !== undefined ? s.toFixed(digits) : Number.isInteger(s) ? s : s.toFixed(1)} s`;

export const en: CoachLabels = {
  hold: (breaths, s) => `hold: ${breaths} breath${breaths === 1 ? '' : 's'}, ${s}`,
  silence: (s) => `silence: ${s}`,
  breathOf: (breath, breaths) => `breath ${breath} of ${breaths}`,
  seconds,
  nothingToHear: 'nothing to hear',
  bargeIn: (at, of) => `barge-in at ${at} of ${of}`,
  bargeInHold: 'barge-in during the hold',
  noAnswer: 'no answer: the session has ended; what you say next starts a new one',
  timerSet: (label, length, ringsIn) => `timer set: ${label} ${length}, rings at +${ringsIn}`,
  timer: 'timer',
  timerRings: 'the rest timer rings',
  consent: (what) => `Alexa asks whether Runner Deadlift may ${what}: say yes or no`,
  setTimers: 'set timers',
  setReminders: 'set reminders',
  lambdaSlow: (ms) => `the skill took ${ms} ms: Lambda would have timed out`,
  problem: "There was a problem with the requested skill's response.",
  screen: 'screen',
  welcome: (locale, speed) =>
    `Runner Deadlift Coach, local (${locale}${speed > 1 ? `, ${speed}x` : ''}). Type what you would say to Alexa; Ctrl-D or Ctrl-C ends the session and quits.`,
  fastWindow: (speed, wait) =>
    `--fast: Alexa talks ${speed} times faster, but after speaking she listens ${wait} s of real time, so you have time to type`,
  endedKept: 'session ended, as Alexa ends it when you walk away: your set in progress is saved; say "open runner deadlift" next time to pick it up',
  endedNoStore: 'session ended, as Alexa ends it when you walk away; with --no-store nothing is kept after this run',
  ended: 'session ended, as Alexa ends it when you walk away',
};
