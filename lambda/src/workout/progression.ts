import type { LoggedSet, Weight } from './model';
import { WEIGHT_STEP } from './settings';

/** The exercise's rule: add weight only after at least ten slow reps with perfect form. */
export const REPS_BEFORE_ADDING = 10;

export type Suggestion =
  | { readonly kind: 'lightestBar'; readonly weight: Weight }
  | { readonly kind: 'addWeight'; readonly from: Weight; readonly to: Weight }
  | { readonly kind: 'stay'; readonly weight?: Weight };

/** `bar` is the runner's empty bar; a logged weight is spoken in the unit it was lifted in. */
export function suggestNext(last: LoggedSet | undefined, bar: Weight): Suggestion {
  if (!last) return { kind: 'lightestBar', weight: bar };
  const from = last.weight;
  if (!from) return { kind: 'stay' };
  if (last.clean === true && last.reps >= REPS_BEFORE_ADDING) {
    return { kind: 'addWeight', from, to: { amount: from.amount + WEIGHT_STEP[from.unit], unit: from.unit } };
  }
  return { kind: 'stay', weight: from };
}
