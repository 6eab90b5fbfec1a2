// Text -> intent and slots, from a locale's interaction model: what Alexa's NLU does for a
// device, done by exact sample matching plus a little tolerance. Pure: no I/O, no clock.
//
// How a match is chosen: every sample of every intent is tried against the whole utterance
// (slots take any span of words their type accepts). Among the samples that fit, the most
// specific wins: most literal words matched, then most slots resolved to a value of their type.
// Only when no sample fits exactly is one missing or extra word forgiven, and only in samples
// with three or more literal words, so short commands never drift into one another. Nothing
// fits -> AMAZON.FallbackIntent, as on a device.
//
// Words are compared by their folded key (normalize.ts keyOf: accents, umlauts, French
// elisions), so "esa fue la ultima" meets "esa fue la última"; slot values keep the words as said.
import { CoachError } from './errors';
import { languageOf } from './locales';
import type { InteractionModel, ModelIntent, SlotType } from './model';
import { keyOf, wordsOf } from './normalize';
import { numbersFor, type NumberReader } from './numbers';
import { phrasesFor } from './phrases';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export interface Resolution {
  readonly status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';
  /** The slot type value (id and canonical name) when the words resolved to one. */
  readonly id?: string;
  readonly name?: string;
}

export interface SlotMatch {
  readonly name: string;
  readonly type: string;
  /** What the runner said, as Alexa would put it in `value`: digits for AMAZON.NUMBER. */
  readonly value: string;
  /** Present for custom slot types only, as with Alexa's entity resolution. */
  readonly resolution?: Resolution;
}

export interface Match {
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotMatch>>;
  /** The sample that matched (for --verbose and tests); absent for fallback. */
  readonly sample?: string;
}

export type Invocation = { readonly kind: 'launch' } | { readonly kind: 'oneShot'; readonly utterance: string };

export interface Matcher {
  match(text: string): Match;
  /** The answer to a slot elicitation ("eight", "eight reps"), from the slot's own samples. */
  matchSlotAnswer(text: string, intent: string, slot: string): SlotMatch | undefined;
  /** "open runner deadlift" / "ask runner deadlift to start a set"; undefined for anything else. */
  invocation(text: string): Invocation | undefined;
  /** What the runner says to open the skill in this locale ("öffne läufer kreuzheben"). */
  readonly launchText: string;
  /** The locale lacks number words or built-in phrases: the coach warns once. */
  readonly gaps: readonly string[];
}

type Element = { readonly literal: string } | { readonly slot: string; readonly type: string };

interface Pattern {
  readonly intent: string;
  readonly sample: string;
  readonly elements: readonly Element[];
  readonly literals: number;
  /** Samples from the model outrank the built-in word lists, as custom samples do on Alexa. */
  readonly fromModel: boolean;
}

interface Candidate {
  readonly pattern: Pattern;
  readonly slots: readonly SlotMatch[];
  readonly exactLiterals: number;
  readonly swappedDeterminers: number;
  readonly unresolved: number;
  readonly edits: number;
}

/** Longest span of words one slot may take; "one hundred and twenty five" is five. */
const MAX_SLOT_WORDS = 7;
/** A word no custom value has may still fill a custom slot (ER_SUCCESS_NO_MATCH), briefly. */
const MAX_UNRESOLVED_WORDS = 3;
/** Samples this long forgive one missing or extra word. */
const MIN_LITERALS_FOR_TOLERANCE = 3;

interface ValueIndex {
  /** By the folded keys of the words, joined with spaces. */
  readonly byWords: ReadonlyMap<string, { readonly id?: string; readonly name: string }>;
}

/** Words in one language: what was said, and the folded keys they are compared by. */
interface Said {
  readonly words: readonly string[];
  readonly keys: readonly string[];
}

function saidIn(text: string, language: string): Said {
  const words = wordsOf(text, language);
  return { words, keys: words.map((w) => keyOf(w, language)) };
}

function indexSlotTypes(types: readonly SlotType[] | undefined, language: string): ReadonlyMap<string, ValueIndex> {
  const index = new Map<string, ValueIndex>();
  for (const type of types ?? []) {
    const byWords = new Map<string, { id?: string; name: string }>();
    for (const v of type.values) {
      const entry = { ...(v.id !== undefined ? { id: v.id } : {}), name: v.name.value };
      for (const said of [v.name.value, ...(v.name.synonyms ?? [])]) {
        const key = saidIn(said, language).keys.join(' ');
        if (!byWords.has(key)) byWords.set(key, entry);
      }
    }
    index.set(type.name, { byWords });
  }
  return index;
}

function compile(intent: ModelIntent, sample: string, fromModel: boolean, where: string, language: string): Pattern {
  const elements: Element[] = saidIn(sample, language).keys.map((token) => {
    const slot = /^\{(\w+)\}$/.exec(token)?.[1];
    if (slot === undefined) return { literal: token.replace(/[{}]/g, '') };
    const type = intent.slots?.find((s) => s.name.toLowerCase() === slot)?.type;
    const name = intent.slots?.find((s) => s.name.toLowerCase() === slot)?.name;
    if (type === undefined || name === undefined) {
      throw new CoachError(`the interaction model ${where}: sample "${sample}" of ${intent.name} uses {${slot}}, which is not one of its slots`, 2);
    }
    return { slot: name, type };
  });
  return { intent: intent.name, sample, elements, literals: elements.filter((e) => 'literal' in e).length, fromModel };
}

export function createMatcher(model: InteractionModel, locale: string): Matcher {
  const lm = model.interactionModel.languageModel;
  const language = languageOf(locale);
  const said = (text: string): Said => saidIn(text, language);
  const keysOf = (text: string): string[] => [...said(text).keys];
  const where = `${locale}.json`;
  const numbers = numbersFor(locale);
  const { phrases, known } = phrasesFor(locale);
  const gaps: string[] = [];
  if (!numbers.hasWords) gaps.push(`numbers in ${locale} are understood as digits only (no number words yet)`);
  if (!known) gaps.push(`built-in intents in ${locale} are understood only through the samples in the model`);

  const values = indexSlotTypes(lm.types, language);
  const patterns: Pattern[] = [];
  for (const intent of lm.intents) {
    for (const sample of intent.samples ?? []) patterns.push(compile(intent, sample, true, where, language));
    for (const sample of phrases.builtIns[intent.name] ?? []) patterns.push(compile(intent, sample, false, where, language));
  }
  const slotAnswers = new Map<string, Pattern[]>();
  for (const intent of lm.intents) {
    for (const slot of intent.slots ?? []) {
      const samples = [`{${slot.name}}`, ...(slot.samples ?? [])];
      slotAnswers.set(`${intent.name}/${slot.name}`, samples.map((s) => compile(intent, s, true, where, language)));
    }
  }
  const determiners = new Set(phrases.determiners.flatMap(keysOf));
  const leadingFillers = phrases.leadingFillers.map((f) => keysOf(f.join(' ')));
  const trailingFillers = phrases.trailingFillers.map((f) => keysOf(f.join(' ')));
  const verbFinalAfter = new Set((phrases.verbFinalAfter ?? []).flatMap(keysOf));
  const reader: NumberReader = numbers.read;
  const invocationKeys = keysOf(lm.invocationName);

  function fillSlot(name: string, type: string, words: readonly string[], keys: readonly string[]): SlotMatch | undefined {
    const said = words.join(' ');
    if (type === 'AMAZON.NUMBER') {
      const n = reader(words);
      return n === undefined ? undefined : { name, type, value: String(n) };
    }
    const index = values.get(type);
    if (index === undefined) {
      // A built-in type we do not model (AMAZON.FirstName...): take the words as said.
      return words.length <= MAX_UNRESOLVED_WORDS + 2 ? { name, type, value: said } : undefined;
    }
    const hit = index.byWords.get(keys.join(' '));
    if (hit) return { name, type, value: said, resolution: { status: 'ER_SUCCESS_MATCH', ...hit } };
    // Numbers never fill a custom slot unresolved: "sixty five furlongs" is 65 and "furlongs".
    if (words.length > MAX_UNRESOLVED_WORDS || words.some((w) => /\d/.test(w) || reader([w]) !== undefined)) return undefined;
    return { name, type, value: said, resolution: { status: 'ER_SUCCESS_NO_MATCH' } };
  }

  /** Every way `pattern` covers all of `input`, using at most `budget` word edits. */
  function fits(pattern: Pattern, input: Said, budget: number): Candidate[] {
    const tokens = input.keys;
    const found: Candidate[] = [];
    const walk = (p: number, t: number, slots: SlotMatch[], exact: number, swapped: number, edits: number): void => {
      const element = pattern.elements[p];
      if (element === undefined) {
        if (t === tokens.length) {
          const unresolved = slots.filter((s) => s.resolution?.status === 'ER_SUCCESS_NO_MATCH').length;
          found.push({ pattern, slots: [...slots], exactLiterals: exact, swappedDeterminers: swapped, unresolved, edits });
        } else if (edits < budget) {
          walk(p, t + 1, slots, exact, swapped, edits + 1); // an extra word at the end
        }
        return;
      }
      if ('literal' in element) {
        const word = tokens[t];
        if (word === element.literal) walk(p + 1, t + 1, slots, exact + 1, swapped, edits);
        else if (word !== undefined && determiners.has(word) && determiners.has(element.literal)) {
          walk(p + 1, t + 1, slots, exact, swapped + 1, edits);
        }
        if (edits < budget) {
          walk(p + 1, t, slots, exact, swapped, edits + 1); // a word of the sample left out
          if (word !== undefined) walk(p, t + 1, slots, exact, swapped, edits + 1); // a word added
        }
        return;
      }
      for (let end = t + 1; end <= Math.min(tokens.length, t + MAX_SLOT_WORDS); end++) {
        const filled = fillSlot(element.slot, element.type, input.words.slice(t, end), tokens.slice(t, end));
        if (filled) walk(p + 1, end, [...slots, filled], exact, swapped, edits);
      }
    };
    walk(0, 0, [], 0, 0, 0);
    // A sample of slots only ("{reps}") must at least resolve: otherwise any word would fit.
    return found.filter((c) => pattern.literals > 0 || c.unresolved === 0);
  }

  /** Higher is better: the ranking rule at the top of this file, in one number per level. */
  function rank(c: Candidate): number[] {
    return [
      -c.edits,
      c.exactLiterals + c.swappedDeterminers - c.unresolved,
      c.slots.length - 2 * c.unresolved,
      -c.swappedDeterminers,
      c.pattern.fromModel ? 1 : 0,
    ];
  }

  function better(a: Candidate, b: Candidate): boolean {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const x = ra[i] ?? 0;
      const y = rb[i] ?? 0;
      if (x !== y) return x > y;
    }
    return false; // ties keep the earlier sample: model order decides, as the author wrote it
  }

  function best(pool: readonly Pattern[], tokens: Said): Candidate | undefined {
    let top: Candidate | undefined;
    for (const budget of [0, 1]) {
      for (const pattern of pool) {
        if (budget > 0 && pattern.literals < MIN_LITERALS_FOR_TOLERANCE) continue;
        for (const c of fits(pattern, tokens, budget)) if (top === undefined || better(c, top)) top = c;
      }
      if (top) return top;
    }
    return undefined;
  }

  function stripFillers(input: Said): Said {
    let from = 0;
    let to = input.keys.length;
    const keys = input.keys;
    let changed = true;
    while (changed && to - from > 1) {
      changed = false;
      for (const filler of leadingFillers) {
        if (filler.length < to - from && filler.every((w, i) => keys[from + i] === w)) {
          from += filler.length;
          changed = true;
        }
      }
      for (const filler of trailingFillers) {
        const at = to - filler.length;
        if (at > from && filler.every((w, i) => keys[at + i] === w)) {
          to = at;
          changed = true;
        }
      }
    }
    return { words: input.words.slice(from, to), keys: keys.slice(from, to) };
  }

  function toMatch(c: Candidate): Match {
    return { intent: c.pattern.intent, sample: c.pattern.sample, slots: Object.fromEntries(c.slots.map((s) => [s.name, s])) };
  }

  function match(text: string): Match {
    const tokens = said(text);
    const stripped = stripFillers(tokens);
    // The words as typed first: a filler word may be part of a sample ("wait", "now").
    const found = best(patterns, tokens) ?? (stripped.keys.length < tokens.keys.length ? best(patterns, stripped) : undefined);
    return found ? toMatch(found) : { intent: FALLBACK_INTENT, slots: {} };
  }

  function matchSlotAnswer(text: string, intent: string, slot: string): SlotMatch | undefined {
    const pool = slotAnswers.get(`${intent}/${slot}`);
    if (!pool) return undefined;
    const tokens = stripFillers(said(text));
    const found = best(pool, tokens);
    return found?.slots.find((s) => s.name === slot);
  }

  /** A phrase's keys with the invocation name in place; a trailing elided word ("d'") is kept apart. */
  function expand(phrase: string): { keys: string[]; elided?: string } {
    const elided = /(\p{L}+)['’]$/u.exec(phrase)?.[1];
    const body = elided === undefined ? phrase : phrase.slice(0, -(elided.length + 1));
    const keys = keysOf(body).flatMap((w) => (w === '{invocation}' ? invocationKeys : [w]));
    return elided === undefined ? { keys } : { keys, elided: keyOf(elided.toLowerCase(), language) };
  }

  const launches = phrases.launch.map(expand);
  const oneShots = phrases.oneShot.map(expand);

  /** After "dass"/"ob" the verb comes last: try it second, as the samples have it. */
  function mainClause(words: readonly string[]): string {
    const text = words.join(' ');
    if (words.length < 3 || match(text).intent !== FALLBACK_INTENT) return text;
    const moved = [words[0] ?? '', words[words.length - 1] ?? '', ...words.slice(1, -1)].join(' ');
    return match(moved).intent !== FALLBACK_INTENT ? moved : text;
  }

  function invocation(text: string): Invocation | undefined {
    const all = said(text);
    const skip = all.keys[0] === 'alexa' ? 1 : 0;
    const words = all.words.slice(skip);
    const keys = all.keys.slice(skip);
    const starts = (p: readonly string[]): boolean => p.every((w, i) => keys[i] === w);
    for (const p of launches) {
      if (p.elided === undefined && p.keys.length === keys.length && starts(p.keys)) return { kind: 'launch' };
    }
    for (const p of oneShots) {
      if (keys.length <= p.keys.length || !starts(p.keys)) continue;
      let rest = words.slice(p.keys.length);
      if (p.elided !== undefined) {
        // "demande à X d'enregistrer une série": the elided "d" is glued to the next word.
        const head = keys[p.keys.length] ?? '';
        if (!head.startsWith(p.elided) || head.length === p.elided.length) continue;
        rest = [(rest[0] ?? '').slice(p.elided.length), ...rest.slice(1)];
      }
      const last = p.keys[p.keys.length - 1] ?? '';
      return { kind: 'oneShot', utterance: verbFinalAfter.has(last) ? mainClause(rest) : rest.join(' ') };
    }
    return undefined;
  }

  const firstLaunch = phrases.launch.find((p) => p.includes('{invocation}'));
  const launchText = firstLaunch === undefined ? `open ${lm.invocationName}` : firstLaunch.replace('{invocation}', lm.invocationName);

  return { match, matchSlotAnswer, invocation, launchText, gaps };
}
