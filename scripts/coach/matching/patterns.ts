// The interaction model compiled for matching: each sample as a pattern of literal words and
// slots, and each custom slot type as an index from its values' words (and synonyms) to the value.
import { CoachError } from '../errors';
import type { ModelIntent, SlotType } from '../model';
import { keyOf, wordsOf } from '../normalize';

/** Words in one language: what was said, and the folded keys they are compared by. */
export interface Said {
  readonly words: readonly string[];
  readonly keys: readonly string[];
}

export function saidIn(text: string, language: string): Said {
  const words = wordsOf(text, language);
  return { words, keys: words.map((w) => keyOf(w, language)) };
}

export type Element = { readonly literal: string } | { readonly slot: string; readonly type: string };

export interface Pattern {
  readonly intent: string;
  readonly sample: string;
  readonly elements: readonly Element[];
  readonly literals: number;
  /** Samples from the model outrank the built-in word lists, as custom samples do on Alexa. */
  readonly fromModel: boolean;
}

export interface SlotValue {
  readonly id?: string;
  readonly name: string;
}

/** Per slot type: its values by the folded keys of their words, joined with spaces. */
export type ValueIndex = ReadonlyMap<string, ReadonlyMap<string, SlotValue>>;

export function indexSlotTypes(types: readonly SlotType[] | undefined, language: string): ValueIndex {
  const index = new Map<string, ReadonlyMap<string, SlotValue>>();
  for (const type of types ?? []) {
    const byWords = new Map<string, SlotValue>();
    for (const v of type.values) {
      const entry = { ...(v.id !== undefined ? { id: v.id } : {}), name: v.name.value };
      for (const said of [v.name.value, ...(v.name.synonyms ?? [])]) {
        const key = saidIn(said, language).keys.join(' ');
        if (!byWords.has(key)) byWords.set(key, entry);
      }
    }
    index.set(type.name, byWords);
  }
  return index;
}

/** `where` names the model file in the error a sample with an unknown slot raises. */
export function compile(intent: ModelIntent, sample: string, fromModel: boolean, where: string, language: string): Pattern {
  const elements: Element[] = saidIn(sample, language).keys.map((token) => {
    const slot = /^\{(\w+)\}$/.exec(token)?.[1];
    if (slot === undefined) return { literal: token.replace(/[{}]/g, '') };
    const declared = intent.slots?.find((s) => s.name.toLowerCase() === slot);
    if (declared === undefined) {
      throw new CoachError(`the interaction model ${where}: sample "${sample}" of ${intent.name} uses {${slot}}, which is not one of its slots`, 2);
    }
    return { slot: declared.name, type: declared.type };
  });
  return { intent: intent.name, sample, elements, literals: elements.filter((e) => 'literal' in e).length, fromModel };
}
