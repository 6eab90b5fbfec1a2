import type { Voice } from '../../lambda/src/workout/tempo';

/** A voice with round numbers: every line takes `lineMs` to say and costs `lineChars` of SSML. */
export function fakeVoice(lineMs = 1000, lineChars = 40): Voice {
  return {
    speechMs: () => lineMs,
    ssmlChars: () => lineChars,
    silenceChars: (ms) => Math.ceil(ms / 10_000) * 24,
  };
}
