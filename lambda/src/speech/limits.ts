// Alexa's hard limits on one response (README, "Response limits"). The response-wide numbers are
// the core's (workout/limits.ts), so a block the core plans is one the builder and the test
// checker accept; what only SSML needs is here.
export { MAX_RESPONSE_AUDIO_MS, MAX_RESPONSE_JSON_BYTES, MAX_SSML_CHARS, RESPONSE_JSON_BUDGET } from '../workout/limits';

/** Longest single `<break>`; longer pauses are chains of breaks. */
export const MAX_BREAK_MS = 10_000;

/** Most `<audio>` tags in one response; each must be served over https. */
export const MAX_AUDIO_TAGS = 5;
