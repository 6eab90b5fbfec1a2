import type { CoachLabels } from './types';

const seconds = (s: number, digits?: number): string => `${(digits !== undefined ? s.toFixed(digits) : Number.isInteger(s) ? String(s) : s.toFixed(1)).replace('.', ',')} s`;

export const es: CoachLabels = {
  hold: (breaths, s) => `aguanta: ${breaths} ${breaths === 1 ? 'respiración' : 'respiraciones'}, ${s}`,
  silence: (s) => `silencio: ${s}`,
  breathOf: (breath, breaths) => `respiración ${breath} de ${breaths}`,
  seconds,
  nothingToHear: 'no hay nada que oír',
  bargeIn: (at, of) => `interrupción a los ${at} de ${of}`,
  bargeInHold: 'interrupción durante el aguante',
  noAnswer: 'sin respuesta: la sesión ha terminado; lo próximo que digas empieza una nueva',
  timerSet: (label, length, ringsIn) => `temporizador puesto: ${label} ${length}, suena dentro de ${ringsIn}`,
  timer: 'temporizador',
  timerRings: 'suena el temporizador de descanso',
  consent: (what) => `Alexa pregunta si Peso muerto del corredor puede ${what}: di sí o no`,
  setTimers: 'poner temporizadores',
  setReminders: 'crear recordatorios',
  lambdaSlow: (ms) => `la skill ha tardado ${ms} ms: en Lambda se habría agotado el tiempo`,
  problem: 'Ha habido un problema con la respuesta de la skill solicitada.',
  screen: 'pantalla',
  welcome: (locale, speed) =>
    `Peso muerto del corredor, en local (${locale}${speed > 1 ? `, ${speed}x` : ''}). Escribe lo que le dirías a Alexa; Ctrl-D o Ctrl-C termina la sesión y sale.`,
  fastWindow: (speed, wait) =>
    `--fast: Alexa habla ${speed} veces más rápido, pero después escucha ${wait} s de tiempo real para que te dé tiempo a escribir`,
  endedKept: 'sesión terminada, como la termina Alexa cuando te vas: tu serie a medias queda guardada; la próxima vez di «abre peso muerto del corredor» para seguir',
  endedNoStore: 'sesión terminada, como la termina Alexa cuando te vas; con --no-store no se guarda nada al salir',
  ended: 'sesión terminada, como la termina Alexa cuando te vas',
};
