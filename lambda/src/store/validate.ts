// Items read from the table (or handed in by a caller) are read with the workout's own schemas,
// never cast: an item written by an older build, by hand, or by another tool must not crash a
// handler, and the store accepts exactly what the session does.
import { inField, migrate, withExercise, type Migration } from '../workout/migrations';
import { ISO_TIME, LOGGED_SET, SETTINGS, type LoggedSet } from '../workout/model';
import { check, int, isObject, literal, object, optional, type Checked, type Infer } from '../workout/schema';
import { BOUNDS } from '../workout/settings';

export const PROFILE_VERSION = 2;

/** Everything about a runner that is not a set: their settings and when they first came. */
export const PROFILE = object({
  settings: SETTINGS,
  /** ISO 8601 time of the first launch. */
  createdAt: ISO_TIME,
  setsLogged: optional(int({ min: 0 })),
  version: literal(PROFILE_VERSION),
});
export type Profile = Infer<typeof PROFILE>;

type Bounds = { readonly min: number; readonly max: number };
const clampWhole = ({ min, max }: Bounds) => (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : value;
const clamp = ({ min, max }: Bounds) => (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : value;

/** Steps from each older version of the profile item (see workout/migrations.ts). */
export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  /**
   * v2: settings within their bounds. Version 1 was checked for type only, so it could hold a
   * target of 100 reps or 4.5 s a breath, and a whole profile was then lost for one such number;
   * each is brought to its nearest value in bounds instead.
   */
  1: (doc) => ({
    ...doc,
    settings: [
      (s: unknown) => inField(s, 'targetReps', clampWhole(BOUNDS.targetReps)),
      (s: unknown) => inField(s, 'breathsPerHold', clampWhole(BOUNDS.breathsPerHold)),
      (s: unknown) => inField(s, 'secondsPerBreath', clampWhole(BOUNDS.secondsPerBreath)),
      (s: unknown) => inField(s, 'restSeconds', clampWhole(BOUNDS.restSeconds)),
      (s: unknown) =>
        isObject(s) && (s.unit === 'lb' || s.unit === 'kg') ? inField(s, 'barWeight', clamp(BOUNDS.weight[s.unit])) : s,
    ].reduce((settings, step) => step(settings), doc.settings),
  }),
};

/** A profile a newer build wrote: this one cannot read it, and must not write over it. */
export function isNewerProfile(item: unknown): boolean {
  return isObject(item) && typeof item.version === 'number' && item.version > PROFILE_VERSION;
}

/** Set items carry no version: one that names no exercise was written before sets named one. */
export const checkLoggedSet = (value: unknown): Checked<LoggedSet> => check(LOGGED_SET, withExercise(value));

export function checkProfile(value: unknown): Checked<Profile> {
  if (!isObject(value)) return { ok: false, path: '', reason: 'is not an object' };
  const migrated = migrate(value, PROFILE_VERSION, PROFILE_MIGRATIONS);
  if (!migrated.ok) return { ok: false, path: 'version', reason: `is not a profile version up to ${PROFILE_VERSION}` };
  return check(PROFILE, migrated.doc);
}
