import type { Voice } from '../../lambda/src/workout/tempo';

/**
 * A voice with round numbers: every line takes `lineMs` to say, costs `lineChars` of SSML and
 * `lineBytes` of response JSON.
 */
export function fakeVoice(lineMs = 1000, lineChars = 40, lineBytes = lineChars): Voice {
  return {
    speechMs: () => lineMs,
    ssmlChars: () => lineChars,
    silenceChars: (ms) => Math.ceil(ms / 10_000) * 24,
    jsonBytes: () => lineBytes,
    silenceJsonBytes: (ms) => Math.ceil(ms / 10_000) * 28,
    pauseMs: (ms) => ({ quietMs: ms, replacesMs: 0 }),
    actsMs: (acts) => acts.length * lineMs,
    language: 'en',
  };
}
