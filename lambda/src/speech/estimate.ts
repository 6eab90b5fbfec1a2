// How long Alexa takes to say something. Block timelines (when each rep is counted) come from
// these figures, and the runner's place after a barge-in is read off those timelines.
// The figures are measured, not shaded: fitted to speech synthesized from the locale files with
// espeak-ng (bench/fidelity-fit.mjs, data in bench/fidelity-fit.json) and aimed at the middle of
// Alexa's usual pace, 150 words a minute. The safety margin is not in these figures: it is in how
// a rep is read off the timeline (workout/pacing.ts, under the fastest and slowest voices).
// Breaks are exact; only the spoken text is estimated.

/** One language's voice at the nominal pace. */
export interface SpeakingRate {
  /** Characters per second, spaces and punctuation included. */
  readonly charsPerSecond: number;
  /** What a sentence costs beyond its characters: its onset, its ending and the pause after it. */
  readonly sentencePauseMs: number;
  /** The pause at a comma, semicolon or colon inside a sentence. */
  readonly clausePauseMs: number;
  /**
   * The part of the sentence pause a `<break>` beside it stands in for: a break of B ms after a
   * sentence adds max(0, B - this), it does not add to the pause. Measured: espeak-ng plays the
   * break instead of its own pause, it does not play both.
   */
  readonly replacedByBreakMs: number;
}

/** Fitted at 150 words a minute (bench/fidelity-fit.json, 2026-12-04); refit: npm run bench:fit. */
export const SPEAKING_RATES: Readonly<Record<string, SpeakingRate>> = {
  en: { charsPerSecond: 16.31, sentencePauseMs: 858, clausePauseMs: 298, replacedByBreakMs: 669 },
  de: { charsPerSecond: 17.59, sentencePauseMs: 845, clausePauseMs: 251, replacedByBreakMs: 671 },
  es: { charsPerSecond: 16.01, sentencePauseMs: 802, clausePauseMs: 181, replacedByBreakMs: 668 },
  fr: { charsPerSecond: 20.57, sentencePauseMs: 823, clausePauseMs: 271, replacedByBreakMs: 663 },
};

/** The pace the figures are fitted at, in words a minute: the middle of Alexa's range. */
export const NOMINAL_WPM = 150;

/** An unknown language is timed as the slowest of ours: it then errs late, never early. */
const FALLBACK: SpeakingRate = Object.values(SPEAKING_RATES).reduce((slow, r) => (r.charsPerSecond < slow.charsPerSecond ? r : slow));

/** A digit is spoken as a word ("7" -> "seven"), so it weighs more than one letter. */
const CHARS_PER_DIGIT = 4;

/** `table[key]` for the table's own keys only: `constructor` is not a language. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

// Per locale string: pacing asks for a rate on every silence of a block, and working it out
// (lowercase, split) allocated about 10 KB a turn. Locales are few; the bound is for safety.
const ratesByLocale = new Map<string, SpeakingRate>();

export function speakingRate(locale: string): SpeakingRate {
  const known = ratesByLocale.get(locale);
  if (known !== undefined) return known;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const rate = own(SPEAKING_RATES, language) ?? FALLBACK;
  if (ratesByLocale.size < 64) ratesByLocale.set(locale, rate);
  return rate;
}

export function charsPerSecond(locale: string): number {
  return speakingRate(locale).charsPerSecond;
}

/** Estimated milliseconds Alexa needs to speak plain `text` in `locale`. */
export function estimateSpeechMs(text: string, locale: string): number {
  const spoken = text.replace(/\s+/g, ' ').trim();
  if (spoken === '') return 0;
  const rate = speakingRate(locale);
  const digits = (spoken.match(/\d/g) ?? []).length;
  const weight = spoken.length + digits * (CHARS_PER_DIGIT - 1);
  // The final "." counts too: the estimate of "a. b." is then the sum of the estimates of
  // "a." and "b." (plus one space), so per-sentence timelines add up to the whole.
  const sentenceEnds = (spoken.match(/[.!?\u2026]+(?=\s|$)/g) ?? []).length;
  const clauseEnds = (spoken.match(/[,;:]+(?=\s)/g) ?? []).length;
  const ms = (weight / rate.charsPerSecond) * 1000 + sentenceEnds * rate.sentencePauseMs + clauseEnds * rate.clausePauseMs;
  return Math.ceil(ms);
}

/** What a break of `ms` adds when it follows a sentence: it takes the place of the pause. */
export function breakAfterSentenceMs(ms: number, locale: string): number {
  return Math.max(0, ms - speakingRate(locale).replacedByBreakMs);
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

/** `<break strength>` values as multiples of the language's pauses (weak/medium = comma, strong = period). */
function strengthMs(strength: string, locale: string): number {
  const { clausePauseMs, replacedByBreakMs } = speakingRate(locale);
  const table: Readonly<Record<string, number>> = {
    none: 0,
    'x-weak': 0,
    weak: clausePauseMs,
    medium: clausePauseMs,
    strong: replacedByBreakMs,
    'x-strong': 2 * replacedByBreakMs,
  };
  return own(table, strength) ?? clausePauseMs;
}

/** Sum of the `<break>`s in `ssml`, exact for `time`, estimated for `strength`. */
export function breakMs(ssml: string, locale = 'en-US'): number {
  let total = 0;
  for (const tag of ssml.match(/<break\b[^>]*>/g) ?? []) total += breakTagMs(tag, locale);
  return total;
}

function breakTagMs(tag: string, locale: string): number {
  const time = /\btime\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  if (time !== undefined) return parseBreakTime(time) ?? 0;
  const strength = /\bstrength\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? 'medium';
  return strengthMs(strength, locale);
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
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Estimated milliseconds to play `ssml` (with or without `<speak>`): the text estimate plus the
 * timed breaks, a break right after a sentence taking the place of that sentence's pause.
 * `<audio>` clips count as 0 ms: their length is not in the SSML.
 */
export function estimateSsmlMs(ssml: string, locale: string): number {
  // A closing </s> or </p> ends a sentence even without a period: give it one.
  const marked = ssml.replace(/([^.!?\u2026\s])\s*<\/(?:s|p)>/g, '$1. ');
  let text = '';
  let breaks = 0;
  let afterSentence = false;
  for (const piece of marked.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<break\b/.test(piece)) {
        const ms = breakTagMs(piece, locale);
        // Only the first break after a sentence replaces its pause; a chain's others add in full.
        breaks += afterSentence ? breakAfterSentenceMs(ms, locale) : ms;
        afterSentence = false;
      }
      text += ' ';
    } else {
      const decoded = decodeEntities(piece);
      text += decoded;
      if (decoded.trim() !== '') afterSentence = /[.!?\u2026]\s*$/.test(decoded);
    }
  }
  return estimateSpeechMs(text, locale) + breaks;
}
