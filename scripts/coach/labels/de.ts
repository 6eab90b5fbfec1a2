import type { CoachLabels } from './types';

const seconds = (s: number, digits?: number): string => `${(digits !== undefined ? s.toFixed(digits) : Number.isInteger(s) ? String(s) : s.toFixed(1)).replace('.', ',')} s`;

export const de: CoachLabels = {
  hold: (breaths, s) => `Halten: ${breaths} ${breaths === 1 ? 'Atemzug' : 'Atemzüge'}, ${s}`,
  silence: (s) => `Stille: ${s}`,
  breathOf: (breath, breaths) => `Atemzug ${breath} von ${breaths}`,
  seconds,
  nothingToHear: 'nichts zu hören',
  bargeIn: (at, of) => `unterbrochen bei ${at} von ${of}`,
  bargeInHold: 'unterbrochen während des Haltens',
  noAnswer: 'keine Antwort: die Sitzung ist beendet; was du als Nächstes sagst, startet eine neue',
  timerSet: (label, length, ringsIn) => `Timer gestellt: ${label} ${length}, klingelt in ${ringsIn}`,
  timer: 'Timer',
  timerRings: 'der Pausentimer klingelt',
  consent: (what) => `Alexa fragt, ob Läufer Kreuzheben ${what} darf: sag ja oder nein`,
  setTimers: 'Timer stellen',
  setReminders: 'Erinnerungen anlegen',
  lambdaSlow: (ms) => `der Skill hat ${ms} ms gebraucht: bei Lambda wäre das ein Timeout`,
  problem: 'Bei der Antwort des angeforderten Skills ist ein Problem aufgetreten.',
  screen: 'Bildschirm',
  welcome: (locale, speed) =>
    `Läufer Kreuzheben, lokal (${locale}${speed > 1 ? `, ${speed}-fach` : ''}). Tipp ein, was du zu Alexa sagen würdest; Strg-D oder Strg-C beendet die Sitzung und das Programm.`,
  fastWindow: (speed, wait) =>
    `--fast: Alexa spricht ${speed}-mal so schnell, hört danach aber ${wait} s in echter Zeit zu, damit du in Ruhe tippen kannst`,
  endedKept: 'Sitzung beendet, wie Alexa sie beendet, wenn du weggehst: dein angefangener Satz ist gespeichert; sag beim nächsten Mal „öffne Läufer Kreuzheben“, um weiterzumachen',
  endedNoStore: 'Sitzung beendet, wie Alexa sie beendet, wenn du weggehst; mit --no-store bleibt nach diesem Lauf nichts gespeichert',
  ended: 'Sitzung beendet, wie Alexa sie beendet, wenn du weggehst',
};
