import { migrate, withExercise, type Migration } from './migrations';
import { ACTIVE_SET, type ActiveSet } from './model';
import { check, isObject, literal, object, type Infer } from './schema';

/** A set paused in one session and picked up in another; versioned like the session state. */
export const PAUSED_SET_VERSION = 2;

/** Steps from each older version (see migrations.ts). */
export const PAUSED_SET_MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v2: the set names its exercise. */
  1: (doc) => ({ ...doc, set: withExercise(doc.set) }),
};

export const PAUSED_SET = object({ version: literal(PAUSED_SET_VERSION), set: ACTIVE_SET });
export type PausedSetSnapshot = Infer<typeof PAUSED_SET>;

export function pausedSetSnapshot(set: ActiveSet): PausedSetSnapshot {
  const { block: _played, ...rest } = set;
  return { version: PAUSED_SET_VERSION, set: rest };
}

/** The set a stored snapshot holds, when it holds up. */
export function readPausedSet(raw: unknown): ActiveSet | undefined {
  if (!isObject(raw)) return undefined;
  const migrated = migrate(raw, PAUSED_SET_VERSION, PAUSED_SET_MIGRATIONS);
  if (!migrated.ok) return undefined;
  const read = check(PAUSED_SET, migrated.doc);
  return read.ok ? read.value.set : undefined;
}
