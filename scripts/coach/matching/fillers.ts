// Filler words around a command ("um", "please", "now"): stripped from both ends when the words
// as said fit no sample.
import type { Said } from './patterns';

/** Each filler is a run of folded keys. */
export interface Fillers {
  readonly leading: readonly (readonly string[])[];
  readonly trailing: readonly (readonly string[])[];
}

export function stripFillers(input: Said, fillers: Fillers): Said {
  let from = 0;
  let to = input.keys.length;
  const keys = input.keys;
  let changed = true;
  while (changed && to - from > 1) {
    changed = false;
    for (const filler of fillers.leading) {
      if (filler.length < to - from && filler.every((w, i) => keys[from + i] === w)) {
        from += filler.length;
        changed = true;
      }
    }
    for (const filler of fillers.trailing) {
      const at = to - filler.length;
      if (at > from && filler.every((w, i) => keys[at + i] === w)) {
        to = at;
        changed = true;
      }
    }
  }
  return { words: input.words.slice(from, to), keys: keys.slice(from, to) };
}
