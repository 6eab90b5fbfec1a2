// The set a rest leads to: its number in today's workout, its reps and its weight. A rest timer
// carries it to the relaunch, so the coach can open with "Set three, ten reps at 65 pounds".
import type { LoggedSet, Unit, Weight } from './model';
import { BOUNDS, weightInBounds } from './settings';

export interface NextSet {
  /** 1 for the workout's first set. */
  readonly number: number;
  readonly reps: number;
  readonly weight?: Weight;
}

/** Rests a timer can time: longer than a spoken countdown (heavy deadlifts want 3 to 5 minutes). */
export const TIMER_REST = { min: 15, max: 300 } as const;

/** Sets further apart than this belong to different workouts. */
const WORKOUT_GAP_MS = 2 * 60 * 60 * 1000;
/** The most sets a workout is counted to (a task input bound as well). */
export const MAX_SET_NUMBER = 20;

/**
 * Counts the sets of the workout going on at `now`: newest first, each within two hours of the
 * one after it. Sets known twice (stored and still in the outbox) count once.
 */
export function setsThisWorkout(sets: readonly LoggedSet[], now: number): number {
  const times = [...new Map(sets.map((set) => [set.id, Date.parse(set.at)])).values()]
    .filter((time) => Number.isFinite(time) && time <= now)
    .sort((a, b) => b - a);
  let count = 0;
  let after = now;
  for (const time of times) {
    if (after - time > WORKOUT_GAP_MS) break;
    count += 1;
    after = time;
  }
  return count;
}

export function nextSet(sets: readonly LoggedSet[], now: number, reps: number, weight: Weight | undefined): NextSet {
  return { number: Math.min(MAX_SET_NUMBER, setsThisWorkout(sets, now) + 1), reps, ...(weight && { weight }) };
}

function isUnit(value: unknown): value is Unit {
  return value === 'lb' || value === 'kg';
}

/**
 * The next set from a task's input or a token, as the task definition declares it (setNumber,
 * reps, weightAmount, weightUnit); undefined when it does not describe one.
 */
export function readNextSet(input: unknown): NextSet | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { setNumber, reps, weightAmount, weightUnit } = input as Record<string, unknown>;
  if (!Number.isInteger(setNumber) || (setNumber as number) < 1 || (setNumber as number) > MAX_SET_NUMBER) return undefined;
  if (!Number.isInteger(reps) || (reps as number) < BOUNDS.targetReps.min || (reps as number) > BOUNDS.targetReps.max) return undefined;
  const weight =
    typeof weightAmount === 'number' && isUnit(weightUnit) && weightInBounds(weightAmount, weightUnit)
      ? { amount: weightAmount, unit: weightUnit }
      : undefined;
  return { number: setNumber as number, reps: reps as number, ...(weight && { weight }) };
}

/** The task input (and token) shape of skill-package/tasks/ContinueWorkout.1.json. */
export function nextSetInput(next: NextSet): Record<string, number | string> {
  return {
    setNumber: next.number,
    reps: next.reps,
    ...(next.weight && { weightAmount: next.weight.amount, weightUnit: next.weight.unit }),
  };
}
