import type { Exercise } from './exercises';
import type { LoggedSet, Weight } from './model';

export type Suggestion =
  | { readonly kind: 'lightestBar'; readonly weight: Weight }
  | { readonly kind: 'addWeight'; readonly from: Weight; readonly to: Weight }
  | { readonly kind: 'stay'; readonly weight?: Weight };

/**
 * The exercise's rule (`progression`): add weight only after enough slow reps with perfect form.
 * `bar` is the runner's empty bar; a logged weight is spoken in the unit it was lifted in.
 */
export function suggestNext(exercise: Exercise, last: LoggedSet | undefined, bar: Weight): Suggestion {
  if (!last) return { kind: 'lightestBar', weight: bar };
  const from = last.weight;
  if (!from) return { kind: 'stay' };
  const { cleanReps, step } = exercise.progression;
  if (last.clean === true && last.reps >= cleanReps) {
    return { kind: 'addWeight', from, to: { amount: from.amount + step[from.unit], unit: from.unit } };
  }
  return { kind: 'stay', weight: from };
}
