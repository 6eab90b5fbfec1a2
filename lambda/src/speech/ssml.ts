// The one place SSML is written. Everything spoken passes through here so that escaping,
// break chaining and the platform limits are handled once. Pure: no Alexa, no i18next; the
// text arrives already localized.
//
//   speech().say(cue).pause(3000).sentence(speech().say(count).number(7)).toSsml()
//
// Output has no <speak> wrapper: ask-sdk's ResponseBuilder.speak() adds it (and would strip
// ours). Limits are checked against the wrapped length, which is what Alexa receives.

import { estimateSsmlMs } from './estimate';
import { MAX_BREAK_MS, MAX_RESPONSE_AUDIO_MS, MAX_SSML_CHARS } from './limits';

/** `<speak></speak>`, added by the SDK around whatever we render. */
export const SPEAK_WRAPPER_CHARS = '<speak></speak>'.length;

export type SpeechErrorCode = 'INVALID_PAUSE' | 'INVALID_NUMBER';
export type SpeechLimitCode = 'SSML_TOO_LONG' | 'AUDIO_TOO_LONG';

/** A programming error in what was asked to be said (NaN pause, fractional number). */
export class SpeechError extends Error {
  constructor(readonly code: SpeechErrorCode, message: string) {
    super(message);
    this.name = 'SpeechError';
  }
}

/** A rendering that Alexa would reject or cut short. */
export class SpeechLimitError extends Error {
  constructor(
    readonly code: SpeechLimitCode,
    readonly actual: number,
    readonly limit: number,
  ) {
    super(`${code}: ${actual} exceeds the limit of ${limit}`);
    this.name = 'SpeechLimitError';
  }
}

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'emphasis'; readonly text: string }
  | { readonly kind: 'cardinal'; readonly value: number }
  | { readonly kind: 'pause'; readonly ms: number }
  | { readonly kind: 'sentence'; readonly body: Speech }
  /** A sentence of plain text: most sentences are one line, and need no speech of their own. */
  | { readonly kind: 'sentenceText'; readonly text: string; readonly ssml: string };

// A block says the same few lines rep after rep, turn after turn: each line's node (and its
// `<s>` rendering) is made once and shared, as nodes are immutable. Bounded, as texts vary.
const sentenceNodes = new Map<string, Node>();
const MAX_SENTENCE_NODES = 2_000;

function sentenceNode(text: string): Node {
  let node = sentenceNodes.get(text);
  if (node === undefined) {
    node = { kind: 'sentenceText', text, ssml: `<s>${escapeText(text)}</s>` };
    if (sentenceNodes.size < MAX_SENTENCE_NODES) sentenceNodes.set(text, node);
  }
  return node;
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes the five XML specials; locale strings and slot values may hold any of them. */
export function escapeText(text: string): string {
  // Most lines have nothing to escape: testing first spares the replace its work and garbage.
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (c) => XML_ESCAPES[c] ?? c) : text;
}
const XML_SPECIAL = /[&<>"']/;
const XML_SPECIALS = /[&<>"']/g;

// Control characters are not legal XML even escaped; whitespace runs cost characters and
// change nothing in speech.
function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
// A control character, any whitespace but a lone space between words, or space at either end.
const NEEDS_NORMALIZING = /[\u0000-\u001F\uFFFE\uFFFF]|[^\S ]| {2}|^\s|\s$/;

/** Splits a pause into breaks of at most MAX_BREAK_MS each, summing exactly to `ms`. */
export function chainBreaks(ms: number): number[] {
  const parts: number[] = [];
  for (let left = ms; left > 0; left -= MAX_BREAK_MS) parts.push(Math.min(left, MAX_BREAK_MS));
  return parts;
}

// The same few silences (holds, gaps between cues) come back on every rep of every turn.
const breaksByMs = new Map<number, string>();
const MAX_BREAK_ENTRIES = 1_000;

function renderBreaks(ms: number): string {
  const hit = breaksByMs.get(ms);
  if (hit !== undefined) return hit;
  const text = chainBreaks(ms)
    .map((part) => `<break time="${part}ms"/>`)
    .join('');
  if (breaksByMs.size < MAX_BREAK_ENTRIES) breaksByMs.set(ms, text);
  return text;
}

/** What `speech().pause(ms).toSsml()` would give, without building the speech (pacing asks often). */
export function pauseSsml(ms: number): string {
  if (!Number.isFinite(ms)) throw new SpeechError('INVALID_PAUSE', `not a duration: ${ms}`);
  const whole = Math.round(ms);
  return whole <= 0 ? '' : renderBreaks(whole);
}

// Integers 0..999 are read as cardinals anyway; larger ones might be read as a year
// ("1500" -> "fifteen hundred") and negative ones are safer spelled out as numbers.
function renderNumber(value: number): string {
  const digits = String(value);
  return value >= 0 && value < 1000 ? digits : `<say-as interpret-as="cardinal">${digits}</say-as>`;
}

function renderNode(node: Node): string {
  switch (node.kind) {
    case 'text':
      return escapeText(node.text);
    case 'emphasis':
      return `<emphasis level="moderate">${escapeText(node.text)}</emphasis>`;
    case 'cardinal':
      return renderNumber(node.value);
    case 'pause':
      return renderBreaks(node.ms);
    case 'sentence':
      return `<s>${node.body.render()}</s>`;
    case 'sentenceText':
      return node.ssml;
  }
}

function nodeSilenceMs(node: Node): number {
  return node.kind === 'pause' ? node.ms : node.kind === 'sentence' ? node.body.silenceMs : 0;
}

/**
 * Immutable: every method returns a new Speech, so partial speeches can be shared. A speech is
 * its last node plus the speech before it (a persistent list), so adding a node costs one small
 * object whatever the length: a block of many reps is built in linear time, not by copying an
 * array on every append.
 */
export class Speech {
  private rendered: string | undefined;
  /** Exact total of all breaks, in ms: the part of the timeline that is not estimated. */
  readonly silenceMs: number;

  private constructor(
    private readonly before: Speech | undefined,
    private readonly last: Node | undefined,
  ) {
    this.silenceMs = (before?.silenceMs ?? 0) + (last ? nodeSilenceMs(last) : 0);
  }

  private static readonly EMPTY = new Speech(undefined, undefined);

  static empty(): Speech {
    return Speech.EMPTY;
  }

  /** Adds a node, keeping the invariant that two pauses are never adjacent (they merge). */
  private push(node: Node): Speech {
    const last = this.last;
    if (last?.kind === 'pause' && node.kind === 'pause') {
      return new Speech(this.before, { kind: 'pause', ms: last.ms + node.ms });
    }
    return new Speech(this.last === undefined ? undefined : this, node);
  }

  /** This speech's nodes, first to last. */
  private static nodesOf(speech: Speech): Node[] {
    const out: Node[] = [];
    for (let at: Speech | undefined = speech; at?.last !== undefined; at = at.before) out.push(at.last);
    return out.reverse();
  }

  /** Plain text, escaped. Blank text adds nothing. */
  say(text: string): Speech {
    const clean = normalizeText(text);
    return clean === '' ? this : this.push({ kind: 'text', text: clean });
  }

  /** Text with `<emphasis level="moderate">`. */
  emphasize(text: string): Speech {
    const clean = normalizeText(text);
    return clean === '' ? this : this.push({ kind: 'emphasis', text: clean });
  }

  /** A whole number, read as a cardinal. Decimals belong to i18n (their separator is local). */
  number(value: number): Speech {
    if (!Number.isSafeInteger(value)) {
      throw new SpeechError('INVALID_NUMBER', `not a whole number: ${value}`);
    }
    return this.push({ kind: 'cardinal', value });
  }

  /**
   * Silence of `ms` milliseconds (rounded to whole ms). Zero or negative pauses add nothing;
   * adjacent pauses merge; long ones render as a chain of breaks.
   */
  pause(ms: number): Speech {
    if (!Number.isFinite(ms)) throw new SpeechError('INVALID_PAUSE', `not a duration: ${ms}`);
    const whole = Math.round(ms);
    return whole <= 0 ? this : this.push({ kind: 'pause', ms: whole });
  }

  /** One `<s>` sentence, so Alexa gives it a sentence's intonation and the pause after it. */
  sentence(content: string | Speech): Speech {
    if (typeof content === 'string') {
      const clean = normalizeText(content);
      return clean === '' ? this : this.push(sentenceNode(clean));
    }
    return content.isEmpty ? this : this.push({ kind: 'sentence', body: content });
  }

  /** This speech followed by `other`; a pause ending this one merges with one starting `other`. */
  append(other: Speech): Speech {
    if (other.isEmpty) return this;
    if (this.isEmpty) return other;
    return Speech.nodesOf(other).reduce((out: Speech, node) => out.push(node), this);
  }

  get isEmpty(): boolean {
    return this.last === undefined;
  }

  /** Characters of the rendering without `<speak>` (what toSsml() returns). */
  get length(): number {
    return this.render().length;
  }

  /** Estimated playing time in `locale`: text estimate plus exact breaks. */
  estimateMs(locale: string): number {
    return estimateSsmlMs(this.render(), locale);
  }

  /**
   * Whether Alexa would accept this as one outputSpeech: wrapped length within MAX_SSML_CHARS,
   * and, given a locale, estimated playing time within MAX_RESPONSE_AUDIO_MS.
   */
  fitsLimits(locale?: string): boolean {
    return this.limitProblem(locale) === undefined;
  }

  /** Throws SpeechLimitError where fitsLimits() would say false. */
  assertWithinLimits(locale?: string): void {
    const problem = this.limitProblem(locale);
    if (problem) throw problem;
  }

  /** The SSML without `<speak>`; throws SpeechLimitError when it is too long to send. */
  toSsml(): string {
    this.assertWithinLimits();
    return this.render();
  }

  toString(): string {
    return this.toSsml();
  }

  /** Rendering without limit checks; sentences use it for their bodies. @internal */
  render(): string {
    if (this.rendered !== undefined) return this.rendered;
    const last = this.last;
    if (last === undefined) return '';
    const before = this.before;
    // One node (a measured line, a silence): its own rendering, nothing joined.
    if (before === undefined) {
      this.rendered = renderNode(last);
      return this.rendered;
    }
    // Back to the nearest speech already rendered, then one join: no string per step.
    const pieces: string[] = [renderNode(last)];
    let at: Speech | undefined = before;
    while (at !== undefined && at.rendered === undefined && at.last !== undefined) {
      pieces.push(renderNode(at.last));
      at = at.before;
    }
    if (at?.rendered !== undefined && at.rendered !== '') pieces.push(at.rendered);
    this.rendered = pieces.reverse().join(' ');
    return this.rendered;
  }

  private limitProblem(locale?: string): SpeechLimitError | undefined {
    const chars = this.length + SPEAK_WRAPPER_CHARS;
    if (chars > MAX_SSML_CHARS) return new SpeechLimitError('SSML_TOO_LONG', chars, MAX_SSML_CHARS);
    if (locale !== undefined) {
      const ms = this.estimateMs(locale);
      if (ms > MAX_RESPONSE_AUDIO_MS) {
        return new SpeechLimitError('AUDIO_TOO_LONG', ms, MAX_RESPONSE_AUDIO_MS);
      }
    }
    return undefined;
  }
}

/** Starts an empty speech. */
export function speech(): Speech {
  return Speech.empty();
}
