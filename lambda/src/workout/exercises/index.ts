// The exercises the skill knows. A new one is a descriptor here, its words in every locale under
// its id, and its interaction-model samples; the core and the renderer need nothing else.
import type { ExerciseId } from '../model';
import { RUNNER_DEADLIFT_EXERCISE } from './runnerDeadlift';
import type { Exercise, ExerciseCatalog } from './types';

export type { Exercise, ExerciseCatalog, Phase, ProgressionRule, Range, Step } from './types';
export { RUNNER_DEADLIFT_EXERCISE } from './runnerDeadlift';

/** A catalog of `exercises`; the first is the default. */
export function catalog(first: Exercise, ...others: readonly Exercise[]): ExerciseCatalog {
  const all = [first, ...others];
  const byId = new Map<ExerciseId, Exercise>(all.map((exercise) => [exercise.id, exercise]));
  return { default: first, all, byId: (id) => byId.get(id) };
}

export const EXERCISES: ExerciseCatalog = catalog(RUNNER_DEADLIFT_EXERCISE);

/** The exercise a set is of: its own when it names a known one, else the catalog's default. */
export function exerciseOf(set: { readonly exercise?: ExerciseId } | undefined, exercises: ExerciseCatalog = EXERCISES): Exercise {
  return (set?.exercise !== undefined && exercises.byId(set.exercise)) || exercises.default;
}
