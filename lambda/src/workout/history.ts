import type { HistoryQuery } from './events';
import type { LoggedSet, Unit, Weight } from './model';
import { exerciseOf } from './exercises';
import { convertWeight } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** Sets more than this far apart belong to different workouts. */
const SESSION_GAP_MS = 6 * 60 * 60 * 1000;

export type HistorySummary =
  | { readonly query: HistoryQuery; readonly kind: 'empty' }
  | { readonly query: 'last'; readonly kind: 'last'; readonly at: string; readonly daysAgo: number; readonly sets: number; readonly best: LoggedSet }
  /** `full`: the best is a full clean set; else no set is, and it is the heaviest (`cleanReps` says what full takes). */
  | { readonly query: 'best'; readonly kind: 'best'; readonly best: LoggedSet; readonly full: boolean; readonly cleanReps: number }
  | { readonly query: 'week'; readonly kind: 'week'; readonly sessions: number; readonly sets: number; readonly reps: number; readonly heaviest?: Weight };

function inUnit(weight: Weight | undefined, unit: Unit): number {
  return weight ? convertWeight(weight.amount, weight.unit, unit) : 0;
}

// `at` is canonical ISO 8601 (model.ts), which sorts by time as plain text, as the store's keys
// do. Not localeCompare: its first call loads ICU's collation tables, about 2 MB of resident
// memory in every warm Lambda, to order strings of digits, and about 70 M instructions of a cold
// start whose first turn is a history question (eslint.config.mjs keeps it out of lambda/src).
const newestFirst = (sets: readonly LoggedSet[]) => [...sets].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

const GRAMS_PER_UNIT: Readonly<Record<Unit, number>> = { kg: 1000, lb: 453.59237 };

/**
 * A set's rank as a lifter means "best": a full set (every rep clean, at least the exercise's
 * clean-rep count, the same bar it takes to add weight) beats any partial or unchecked one; then
 * the heavier weight; then more reps. One number, so the store can keep the best with a
 * conditional write (bestScore <= this) instead of reading the log.
 */
export function bestScore(set: LoggedSet): number {
  const full = isFullSet(set) ? 1 : 0;
  const grams = set.weight ? Math.round(set.weight.amount * GRAMS_PER_UNIT[set.weight.unit]) : 0;
  // reps < 100 and grams < 10^7 (bounds in settings.ts): the parts never overlap.
  return full * 1e12 + grams * 100 + set.reps;
}

/** Every rep clean, and at least the exercise's clean-rep count: the set it takes to add weight. */
export function isFullSet(set: LoggedSet): boolean {
  return set.clean === true && set.reps >= exerciseOf(set).progression.cleanReps;
}

/** The better set by bestScore; ties go to the newer set. */
export function better(a: LoggedSet, b: LoggedSet): LoggedSet {
  const sa = bestScore(a);
  const sb = bestScore(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.at >= b.at ? a : b;
}

/** Newest first: has the newest workout ended within `sets` (a gap, or nothing older)? */
export function workoutOf(sets: readonly LoggedSet[]): { readonly sets: readonly LoggedSet[]; readonly complete: boolean } {
  const sorted = newestFirst(sets.filter((s) => s.reps > 0));
  const workout: LoggedSet[] = [];
  for (const set of sorted) {
    const previous = workout[workout.length - 1];
    if (previous && Date.parse(previous.at) - Date.parse(set.at) > SESSION_GAP_MS) return { sets: workout, complete: true };
    workout.push(set);
  }
  return { sets: workout, complete: false };
}

/** Newest first: how many workouts the sets make (a gap of SESSION_GAP_MS starts another). */
function sessionsIn(sorted: readonly LoggedSet[]): number {
  let sessions = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const newer = sorted[i - 1];
    if (!newer || Date.parse(newer.at) - Date.parse(sorted[i]!.at) > SESSION_GAP_MS) sessions += 1;
  }
  return sessions;
}

/** `sets` as the store returns them; `now` decides what "this week" means (the last seven days). */
export function summarize(query: HistoryQuery, sets: readonly LoggedSet[], now: number, unit: Unit): HistorySummary {
  const sorted = newestFirst(sets.filter((s) => s.reps > 0));
  const newest = sorted[0];
  if (!newest) return { query, kind: 'empty' };
  switch (query) {
    case 'last': {
      const workout = workoutOf(sorted).sets;
      // Whole days since, not a weekday: the request carries no time zone, and "three days ago"
      // is right wherever the runner is.
      const daysAgo = Math.max(0, Math.floor((now - Date.parse(newest.at)) / DAY_MS));
      return { query, kind: 'last', at: newest.at, daysAgo, sets: workout.length, best: workout.reduce(better) };
    }
    case 'best': {
      const best = sorted.reduce(better);
      return { query, kind: 'best', best, full: isFullSet(best), cleanReps: exerciseOf(best).progression.cleanReps };
    }
    case 'week': {
      const week = sorted.filter((s) => now - Date.parse(s.at) <= WEEK_MS);
      if (week.length === 0) return { query, kind: 'empty' };
      const heaviest = week.reduce((a, b) => (inUnit(b.weight, unit) > inUnit(a.weight, unit) ? b : a)).weight;
      return {
        query,
        kind: 'week',
        sessions: sessionsIn(week),
        sets: week.length,
        reps: week.reduce((sum, s) => sum + s.reps, 0),
        ...(heaviest && { heaviest: { amount: inUnit(heaviest, unit), unit } }),
      };
    }
  }
}
