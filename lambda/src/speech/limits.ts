// Alexa's hard limits on one response (DESIGN.md, "Platform facts"). Speech code and the test
// checker both read these, so a response the builder accepts is one the checker accepts.

/** Longest single `<break>`; longer pauses are chains of breaks. */
export const MAX_BREAK_MS = 10_000;

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
 * Alexa caps the audio of one response at 240 s; we treat it as the ceiling for the
 * estimated length of everything one response says (speech plus breaks).
 */
export const MAX_RESPONSE_AUDIO_MS = 240_000;

/** Most `<audio>` tags in one response; each must be served over https. */
export const MAX_AUDIO_TAGS = 5;
