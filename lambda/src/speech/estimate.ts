// How long Alexa takes to say something. Block timelines (when each rep starts) come from
// these figures, and the runner's position after a barge-in is read off those timelines, so an
// estimate that is too SHORT would put the runner ahead of where they are. Every figure here
// therefore errs on the slow side: a timeline may run a little late, never early.
// Breaks are exact; only the spoken text is estimated.

/**
 * Characters per second (spaces and punctuation included) of each language's default voice.
 * English: Alexa's default voice speaks roughly 14-16 characters per second; we take 13,
 * below that range. The others have no measurement of their own yet: they are scaled from
 * English by typical read-speech syllable rates (Pellegrino, Coupé & Marsico 2011: English
 * 6.2, German 6.0, Spanish 7.8, French 7.2 syllables per second) times rough letters per
 * syllable, then shaded down like the English figure. Calibrate against recorded audio.
 */
export const CHARS_PER_SECOND: Readonly<Record<string, number>> = {
  en: 13,
  de: 13.5,
  es: 13.5,
  fr: 14,
};

/** Unknown languages get the slowest rate we have: the conservative side. */
const FALLBACK_CHARS_PER_SECOND = Math.min(...Object.values(CHARS_PER_SECOND));

/** Alexa pauses at punctuation on its own; these are its pauses as we estimate them. */
export const SENTENCE_PAUSE_MS = 400;
export const CLAUSE_PAUSE_MS = 200;

/** A digit is spoken as a word ("7" -> "seven"), so it weighs more than one letter. */
const CHARS_PER_DIGIT = 4;

/** `<break strength>` values, after Alexa's description (weak/medium = comma, strong = period). */
const STRENGTH_MS: Readonly<Record<string, number>> = {
  none: 0,
  'x-weak': 0,
  weak: CLAUSE_PAUSE_MS,
  medium: CLAUSE_PAUSE_MS,
  strong: SENTENCE_PAUSE_MS,
  'x-strong': 2 * SENTENCE_PAUSE_MS,
};

/** `table[key]` for the table's own keys only: `constructor` is not a language. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function charsPerSecond(locale: string): number {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return own(CHARS_PER_SECOND, language) ?? FALLBACK_CHARS_PER_SECOND;
}

/** Estimated milliseconds Alexa needs to speak plain `text` in `locale`. */
export function estimateSpeechMs(text: string, locale: string): number {
  const spoken = text.replace(/\s+/g, ' ').trim();
  if (spoken === '') return 0;
  const digits = (spoken.match(/\d/g) ?? []).length;
  const weight = spoken.length + digits * (CHARS_PER_DIGIT - 1);
  // The final "." counts too: the estimate of "a. b." is then the sum of the estimates of
  // "a." and "b." (plus one space), so per-sentence timelines add up to the whole.
  const sentenceEnds = (spoken.match(/[.!?…]+(?=\s|$)/g) ?? []).length;
  const clauseEnds = (spoken.match(/[,;:]+(?=\s)/g) ?? []).length;
  const ms =
    (weight / charsPerSecond(locale)) * 1000 +
    sentenceEnds * SENTENCE_PAUSE_MS +
    clauseEnds * CLAUSE_PAUSE_MS;
  return Math.ceil(ms);
}

/**
 * Parses a `<break time>` value as Alexa reads it ("500ms", "2s", "1.5s") into milliseconds;
 * undefined when it is not a duration.
 */
export function parseBreakTime(value: string): number | undefined {
  const ms = /^(\d+)ms$/.exec(value);
  if (ms?.[1] !== undefined) return Number(ms[1]);
  const s = /^(\d+(?:\.\d+)?)s$/.exec(value);
  if (s?.[1] !== undefined) return Math.round(Number(s[1]) * 1000);
  return undefined;
}

/** Sum of the `<break>`s in `ssml`, exact for `time`, estimated for `strength`. */
export function breakMs(ssml: string): number {
  let total = 0;
  for (const tag of ssml.match(/<break\b[^>]*>/g) ?? []) total += breakTagMs(tag);
  return total;
}

function breakTagMs(tag: string): number {
  const time = /\btime\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  if (time !== undefined) return parseBreakTime(time) ?? 0;
  const strength = /\bstrength\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? 'medium';
  return own(STRENGTH_MS, strength) ?? CLAUSE_PAUSE_MS;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return own(ENTITIES, name) ?? whole;
  });
}

/**
 * Estimated milliseconds to play `ssml` (with or without `<speak>`): the text estimate plus
 * the exact sum of timed breaks. `<audio>` clips count as 0 ms: their length is not in the SSML.
 */
export function estimateSsmlMs(ssml: string, locale: string): number {
  // A closing </s> or </p> ends a sentence even without a period: give it one.
  const text = ssml
    .replace(/([^.!?…\s])\s*<\/(?:s|p)>/g, '$1. ')
    .replace(/<[^>]*>/g, ' ');
  return estimateSpeechMs(decodeEntities(text), locale) + breakMs(ssml);
}
