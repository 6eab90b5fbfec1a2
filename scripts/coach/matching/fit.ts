// Fitting samples to an utterance and choosing the best fit: every way a pattern covers all the
// words (slots take any span their type accepts, within an edit budget), ranked by the rule in
// matcher.ts.
import type { NumberReader } from '../numbers';
import type { Pattern, Said, ValueIndex } from './patterns';
import { readTime } from './time';
import type { SlotMatch } from './types';

/** What fitting needs of the locale: slot values, numbers, and words that stand for each other. */
export interface Vocabulary {
  readonly values: ValueIndex;
  readonly readNumber: NumberReader;
  /** "the", "a", "my"...: one may stand for another without counting as an edit. */
  readonly determiners: ReadonlySet<string>;
  /** Words a sample of three or more literal words may miss or gain: 1 for the coach, 0 in strict tests. */
  readonly maxEdits: 0 | 1;
}

export interface Candidate {
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

/** `words` as the value of a slot of `type`, or undefined when the type does not take them. */
function fillSlot(name: string, type: string, words: readonly string[], keys: readonly string[], vocabulary: Vocabulary): SlotMatch | undefined {
  const said = words.join(' ');
  if (type === 'AMAZON.NUMBER') {
    const n = vocabulary.readNumber(words);
    return n === undefined ? undefined : { name, type, value: String(n) };
  }
  if (type === 'AMAZON.TIME') {
    const time = readTime(words, keys, vocabulary.readNumber);
    return time === undefined ? undefined : { name, type, value: time };
  }
  const index = vocabulary.values.get(type);
  if (index === undefined) {
    // A built-in type we do not model (AMAZON.FirstName...): take the words as said.
    return words.length <= MAX_UNRESOLVED_WORDS + 2 ? { name, type, value: said } : undefined;
  }
  const hit = index.get(keys.join(' '));
  if (hit) return { name, type, value: said, resolution: { status: 'ER_SUCCESS_MATCH', ...hit } };
  // Numbers never fill a custom slot unresolved: "sixty five furlongs" is 65 and "furlongs".
  if (words.length > MAX_UNRESOLVED_WORDS || words.some((w) => /\d/.test(w) || vocabulary.readNumber([w]) !== undefined)) return undefined;
  return { name, type, value: said, resolution: { status: 'ER_SUCCESS_NO_MATCH' } };
}

/** Every way `pattern` covers all of `input`, using at most `budget` word edits. */
function fits(pattern: Pattern, input: Said, budget: number, vocabulary: Vocabulary): Candidate[] {
  const tokens = input.keys;
  const { determiners } = vocabulary;
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
      const filled = fillSlot(element.slot, element.type, input.words.slice(t, end), tokens.slice(t, end), vocabulary);
      if (filled) walk(p + 1, end, [...slots, filled], exact, swapped, edits);
    }
  };
  walk(0, 0, [], 0, 0, 0);
  // A sample of slots only ("{reps}") must at least resolve: otherwise any word would fit.
  return found.filter((c) => pattern.literals > 0 || c.unresolved === 0);
}

/** Higher is better: the ranking rule in matcher.ts, in one number per level. */
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

/** The best fit of any pattern in `pool`: exact fits first, then fits with one word forgiven. */
export function best(pool: readonly Pattern[], said: Said, vocabulary: Vocabulary): Candidate | undefined {
  let top: Candidate | undefined;
  for (const budget of vocabulary.maxEdits === 0 ? [0] : [0, 1]) {
    for (const pattern of pool) {
      if (budget > 0 && pattern.literals < MIN_LITERALS_FOR_TOLERANCE) continue;
      for (const c of fits(pattern, said, budget, vocabulary)) if (top === undefined || better(c, top)) top = c;
    }
    if (top) return top;
  }
  return undefined;
}
