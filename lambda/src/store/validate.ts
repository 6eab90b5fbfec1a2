// Items read from the table (or handed in by a caller) are read with the workout's own schemas,
// never cast: an item written by an older build, by hand, or by another tool must not crash a
// handler, and the store accepts exactly what the session does.
import { ISO_TIME, LOGGED_SET, SETTINGS, type LoggedSet } from '../workout/model';
import { check, int, object, optional, type Checked, type Infer } from '../workout/schema';

/** Everything about a runner that is not a set: their settings and when they first came. */
export const PROFILE = object({
  settings: SETTINGS,
  /** ISO 8601 time of the first launch. */
  createdAt: ISO_TIME,
  setsLogged: optional(int({ min: 0 })),
  /** The schema version of this profile. */
  version: int({ min: 0 }),
});
export type Profile = Infer<typeof PROFILE>;

export const checkLoggedSet = (value: unknown): Checked<LoggedSet> => check(LOGGED_SET, value);
export const checkProfile = (value: unknown): Checked<Profile> => check(PROFILE, value);
