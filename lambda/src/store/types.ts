// The training log as the handlers see it: an interface, so they never depend on DynamoDB.
import type { LoggedSet } from '../workout/model';
import type { Profile } from './validate';

export type { Profile };

/** What one read at launch brings back. */
export interface LaunchData {
  readonly profile?: Profile;
  /** The caller's own versioned snapshot, parsed JSON, to be validated by the caller. */
  readonly pausedSet?: unknown;
  /** Newest first. */
  readonly recentSets: LoggedSet[];
}

export interface HistoryOptions {
  /** At most this many sets (default 100, at most 1000). */
  readonly limit?: number;
  /** Only sets finished at or after this ISO 8601 time. */
  readonly since?: string;
}

/** Every method rejects only with a StoreError. */
export interface TrainingStore {
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
  /** Newest first, in one Query. */
  history(person: string, options?: HistoryOptions): Promise<LoggedSet[]>;
  /** Removes profile, paused set and every set; resolves to the number of items removed. */
  deleteAll(person: string): Promise<number>;
}
