// What the profile item keeps about the whole log, so no question reads the whole log: the best
// set (kept by each write, see dynamoStore.ts) and the cleared-at mark of "delete my history".
import { ISO_TIME, LOGGED_SET, type LoggedSet } from '../workout/model';
import { boolean, check, isObject, lenient, object, string, type Infer } from '../workout/schema';
import { checkLoggedSet } from './validate';

/** Read leniently: a field that does not hold up is read as absent (only this code writes them). */
export const LOG_AGGREGATE = object({
  /** The best set (history.ts bestScore), when bestKnown says it covers the whole log. */
  best: lenient(LOGGED_SET),
  /**
   * Set only by a recompute over the whole log or by a clear; a v2 profile (before the aggregate)
   * lacks it, and so does one whose best set was deleted or lowered: the next "what's my best"
   * recomputes it with one paginated Query, within the turn's deadline.
   */
  bestKnown: lenient(boolean),
  /** "Delete my history" said at this time: every read ignores the sets at or before it. */
  clearedAt: lenient(ISO_TIME),
  /** Sets at or before clearedAt may still be in the table: each launch removes some. */
  purgeOwed: lenient(boolean),
  /** A rebuild of the best cut short by a turn's deadline: the last key read, and the best so far. */
  bestScan: lenient(object({ after: string({ min: 1, max: 1024 }), best: lenient(LOGGED_SET) })),
});
export type LogAggregate = Infer<typeof LOG_AGGREGATE>;

export function readAggregate(item: unknown): LogAggregate {
  if (!isObject(item)) return {};
  const best = item.best !== undefined ? checkLoggedSet(item.best) : undefined;
  const checked = check(LOG_AGGREGATE, { ...item, best: best?.ok ? best.value : undefined });
  return checked.ok ? checked.value : {};
}

/** A set the clear hides. */
export function cleared(aggregate: LogAggregate, set: Pick<LoggedSet, 'at'>): boolean {
  return aggregate.clearedAt !== undefined && set.at <= aggregate.clearedAt;
}
