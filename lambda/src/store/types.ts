// The training log as the handlers see it: an interface, so they never depend on DynamoDB.
import type { LoggedSet } from '../workout/model';
import type { Deadline } from './deadline';
import type { Profile } from './validate';

export type { Profile };

/** What one read at launch brings back. */
export interface LaunchData {
  readonly profile?: Profile;
  /** A profile is stored that a newer build wrote: unread, and not to be written over. */
  readonly newerProfile?: true;
  /** The caller's own versioned snapshot, parsed JSON, to be validated by the caller. */
  readonly pausedSet?: unknown;
  /** Newest first; none at or before a cleared-at mark. */
  readonly recentSets: LoggedSet[];
  /** A cleared history still has sets in the table: purgeCleared removes them a page at a time. */
  readonly purgeOwed?: boolean;
  /** The time of the last "delete my history": every read ignores the sets at or before it. */
  readonly clearedAt?: string;
}

export interface HistoryOptions {
  /** At most this many sets (default 100, at most 100,000, read page by page). */
  readonly limit?: number;
  /** Only sets finished at or after this ISO 8601 time. */
  readonly since?: string;
}

/** Every method rejects only with a StoreError. */
export interface TrainingStore {
  /** The same store, every call of which shares `deadline`: a call with no time left rejects with 'timeout' unsent. */
  within(deadline: Deadline): TrainingStore;
  /** Profile, paused set and the `recent` newest sets (default 5), in exactly one Query. */
  loadLaunch(person: string, recent?: number): Promise<LaunchData>;
  /** Last writer wins, except createdAt: the first one stays. */
  saveProfile(person: string, profile: Profile): Promise<void>;
  /** `snapshot` must survive JSON.stringify; it comes back from loadLaunch as parsed JSON. */
  savePausedSet(person: string, snapshot: unknown): Promise<void>;
  clearPausedSet(person: string): Promise<void>;
  /** Written at most once per `at` + `id`: a retried request gets 'duplicate' and changes nothing. */
  logSet(person: string, set: LoggedSet): Promise<'created' | 'duplicate'>;
  /** Replaces a logged set (same `at` + `id`); StoreError 'conflict' when it is not (or no longer) there. */
  updateSet(person: string, set: LoggedSet): Promise<void>;
  /** Succeeds whether or not the set was there. */
  deleteSet(person: string, set: Pick<LoggedSet, 'id' | 'at'>): Promise<void>;
  /** Newest first, page by page (one Query for up to about 1 MB); none at or before a cleared-at mark. */
  history(person: string, options?: HistoryOptions): Promise<LoggedSet[]>;
  /** The best set (workout/history.ts bestScore): one read, or a recompute when it is unknown. */
  best(person: string): Promise<LoggedSet | undefined>;
  /**
   * "Delete my history", at once for every read: a cleared-at mark on the profile (sets at or
   * before `at` are never read again), and the paused set removed. The sets themselves go later,
   * a page per purgeCleared call.
   */
  clearHistory(person: string, at: string): Promise<void>;
  /** Removes one page of cleared sets: 'more' while some are left. */
  purgeCleared(person: string): Promise<'done' | 'more'>;
  /** Removes profile, paused set and every set at once (tests and tools); the number removed. */
  deleteAll(person: string): Promise<number>;
  /** Notes that `person` (a recognized speaker) trains under the Alexa account `userId`; idempotent. */
  rememberPerson(userId: string, person: string): Promise<void>;
  /**
   * Everything kept for an account: its own log, the log of every person noted under it, and the
   * note itself (last, so a retry after a partial failure still finds the persons). Idempotent.
   */
  deleteAccount(userId: string): Promise<number>;
}
