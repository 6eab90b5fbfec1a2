import type { HistoryQuery } from './events';
import type { LoggedSet, Unit, Weight } from './model';
import { convertWeight } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** Sets more than this far apart belong to different workouts. */
const SESSION_GAP_MS = 6 * 60 * 60 * 1000;

export type HistorySummary =
  | { readonly query: HistoryQuery; readonly kind: 'empty' }
  | { readonly query: 'last'; readonly kind: 'last'; readonly at: string; readonly daysAgo: number; readonly sets: number; readonly best: LoggedSet }
  | { readonly query: 'best'; readonly kind: 'best'; readonly best: LoggedSet }
  | { readonly query: 'week'; readonly kind: 'week'; readonly sets: number; readonly reps: number; readonly heaviest?: Weight };

function inUnit(weight: Weight | undefined, unit: Unit): number {
  return weight ? convertWeight(weight.amount, weight.unit, unit) : 0;
}

/** Heavier beats lighter; at the same weight, more reps win; ties go to the newer set. */
function better(unit: Unit) {
  return (a: LoggedSet, b: LoggedSet): LoggedSet => {
    const wa = inUnit(a.weight, unit);
    const wb = inUnit(b.weight, unit);
    if (wa !== wb) return wa > wb ? a : b;
    if (a.reps !== b.reps) return a.reps > b.reps ? a : b;
    return a.at >= b.at ? a : b;
  };
}

const newestFirst = (sets: readonly LoggedSet[]) => [...sets].sort((a, b) => b.at.localeCompare(a.at));

/** `sets` as the store returns them; `now` decides what "this week" means (the last seven days). */
export function summarize(query: HistoryQuery, sets: readonly LoggedSet[], now: number, unit: Unit): HistorySummary {
  const sorted = newestFirst(sets.filter((s) => s.reps > 0));
  const newest = sorted[0];
  if (!newest) return { query, kind: 'empty' };
  switch (query) {
    case 'last': {
      const workout: LoggedSet[] = [];
      for (const set of sorted) {
        const previous = workout[workout.length - 1] ?? newest;
        if (Date.parse(previous.at) - Date.parse(set.at) > SESSION_GAP_MS) break;
        workout.push(set);
      }
      // Whole days since, not a weekday: the request carries no time zone, and "three days ago"
      // is right wherever the runner is.
      const daysAgo = Math.max(0, Math.floor((now - Date.parse(newest.at)) / DAY_MS));
      return { query, kind: 'last', at: newest.at, daysAgo, sets: workout.length, best: workout.reduce(better(unit)) };
    }
    case 'best':
      return { query, kind: 'best', best: sorted.reduce(better(unit)) };
    case 'week': {
      const week = sorted.filter((s) => now - Date.parse(s.at) <= WEEK_MS);
      if (week.length === 0) return { query, kind: 'empty' };
      const heaviest = week.reduce(better(unit)).weight;
      return {
        query,
        kind: 'week',
        sets: week.length,
        reps: week.reduce((sum, s) => sum + s.reps, 0),
        ...(heaviest && { heaviest: { amount: inUnit(heaviest, unit), unit } }),
      };
    }
  }
}
