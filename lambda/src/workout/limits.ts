// Alexa's hard limits on one response, and how this skill shares them. One source: the core plans
// blocks within them, the speech layer (speech/limits.ts re-exports them) and the test checker
// enforce them. Pure numbers, so the core may import them.

/**
 * Alexa caps the audio of one response at 240 s; we treat it as the ceiling for the estimated
 * length of everything one response says (speech plus breaks).
 */
export const MAX_RESPONSE_AUDIO_MS = 240_000;

/**
 * Most characters in one `outputSpeech.ssml`. We count the `<speak>` wrapper too: Alexa
 * measures the field it receives, and the SDK adds the wrapper for us.
 */
export const MAX_SSML_CHARS = 8_000;

/**
 * Largest whole response JSON (envelope, session attributes included). Amazon says
 * "24 kilobytes"; we read it as 24 000 bytes, the stricter of the two readings.
 */
export const MAX_RESPONSE_JSON_BYTES = 24_000;

/**
 * How the response's JSON bytes are shared. The speech is what a block fills, so it gets what the
 * others leave; the screen's share is kept free now so that adding a screen (an APL document and
 * its data) takes nothing from the speech or the state.
 */
export const RESPONSE_JSON_BUDGET = {
  /** An APL RenderDocument directive: document and data sources. */
  screen: 8_000,
  /** Session attributes: the workout state, a block's timeline included (at most 1.4 KB measured). */
  session: 4_000,
  /**
   * The envelope, the reprompt and any other directive: a dialog's elicitation echoes the intent
   * with its slots (at most 1.2 KB measured).
   */
  frame: 2_000,
  /**
   * `outputSpeech.ssml` as JSON: UTF-8, escapes included. 8,000 characters of SSML fit with room
   * for accents and escaped quotes; a block's 240 s of audio fill about 3.8 KB of it.
   */
  speech: 10_000,
} as const;

/**
 * What the save phase's ledger (unsaved sets, pending writes, with each set's owner) may take of
 * the session share: the workout state takes at most 1.4 KB (measured, a block's timeline
 * included), the ledger this much, and the rest (clock, flags, the owners' ids) keeps 600 bytes.
 * Beyond it the oldest unsaved things are let go, and the runner is told (handlers/bound.ts).
 */
export const LEDGER_MAX_BYTES = 2_000;

/**
 * What a block of reps may take of one response. The reserve leaves room for everything else the
 * response may say: a warning before the reps (a state that could not be read), the end of the
 * set and its weight, that saving failed, and the question.
 */
export const BLOCK_LIMITS = {
  maxMs: MAX_RESPONSE_AUDIO_MS,
  maxChars: MAX_SSML_CHARS,
  maxJsonBytes: RESPONSE_JSON_BUDGET.speech,
  // 30 s: a new set opens with its weight and says its cues in full on the first reps, and a
  // turn with the store down adds its warnings; 24 s let fuzzed turns run up to 4.8 s over.
  reserveMs: 30_000,
  reserveChars: 1_200,
  reserveJsonBytes: 1_800,
} as const;
