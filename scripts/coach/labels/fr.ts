import type { CoachLabels } from './types';

const seconds = (s: number, digits?: number): string => `${(digits !== undefined ? s.toFixed(digits) : Number.isInteger(s) ? String(s) : s.toFixed(1)).replace('.', ',')} s`;

export const fr: CoachLabels = {
  hold: (breaths, s) => `maintien : ${breaths} ${breaths === 1 ? 'respiration' : 'respirations'}, ${s}`,
  silence: (s) => `silence : ${s}`,
  breathOf: (breath, breaths) => `respiration ${breath} sur ${breaths}`,
  seconds,
  nothingToHear: 'rien à entendre',
  bargeIn: (at, of) => `interruption à ${at} sur ${of}`,
  bargeInHold: 'interruption pendant le maintien',
  noAnswer: 'pas de réponse : la session est terminée ; ce que tu diras ensuite en ouvre une nouvelle',
  timerSet: (label, length, ringsIn) => `minuteur lancé : ${label} ${length}, sonne dans ${ringsIn}`,
  timer: 'minuteur',
  timerRings: 'le minuteur de repos sonne',
  consent: (what) => `Alexa demande si Soulevé de terre du coureur peut ${what} : réponds oui ou non`,
  setTimers: 'régler des minuteurs',
  setReminders: 'créer des rappels',
  lambdaSlow: (ms) => `la skill a mis ${ms} ms : Lambda aurait dépassé son délai`,
  problem: 'Il y a eu un problème avec la réponse de la skill demandée.',
  screen: 'écran',
  welcome: (locale, speed) =>
    `Soulevé de terre du coureur, en local (${locale}${speed > 1 ? `, ${speed}x` : ''}). Tape ce que tu dirais à Alexa ; Ctrl-D ou Ctrl-C termine la session et quitte.`,
  fastWindow: (speed, wait) =>
    `--fast : Alexa parle ${speed} fois plus vite, mais ensuite elle écoute ${wait} s en temps réel, pour te laisser le temps de taper`,
  endedKept: 'session terminée, comme Alexa la termine quand tu t’en vas : ta série en cours est gardée ; la prochaine fois, dis « ouvre soulevé de terre du coureur » pour la reprendre',
  endedNoStore: 'session terminée, comme Alexa la termine quand tu t’en vas ; avec --no-store, rien n’est gardé une fois le programme fermé',
  ended: 'session terminée, comme Alexa la termine quand tu t’en vas',
};
