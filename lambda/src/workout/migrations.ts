// Stored documents carry a version. A document of an older version is brought up to date one step
// at a time, each step a pure function from version n to n + 1; the current schema then reads the
// result, so a step need not check anything. A version with no way up (a newer build wrote it, or
// it is no version at all) is reported, never guessed at.
import { RUNNER_DEADLIFT } from './model';
import { isObject } from './schema';

type Json = Readonly<Record<string, unknown>>;

/** Version n to n + 1. */
export type Migration = (doc: Json) => Json;

export type Migrated = { readonly ok: true; readonly doc: Json } | { readonly ok: false; readonly reason: 'unknownVersion' };

/** Brings `doc` from its own version up to `current` through `steps[n]` (n to n + 1). */
export function migrate(doc: Json, current: number, steps: Readonly<Record<number, Migration>>): Migrated {
  let { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version > current) return { ok: false, reason: 'unknownVersion' };
  let next = doc;
  while (version < current) {
    const step = steps[version];
    if (!step) return { ok: false, reason: 'unknownVersion' };
    version += 1;
    next = { ...step(next), version };
  }
  return { ok: true, doc: next };
}

/** Sets of version 1 named no exercise: every one was a Runner Deadlift. */
export function withExercise(set: unknown): unknown {
  return isObject(set) && set.exercise === undefined ? { ...set, exercise: RUNNER_DEADLIFT } : set;
}

/** `f` applied to `doc[key]` when `doc` is an object that has it. */
export function inField(doc: unknown, key: string, f: (value: unknown) => unknown): unknown {
  return isObject(doc) && doc[key] !== undefined ? { ...doc, [key]: f(doc[key]) } : doc;
}

export const eachItem = (list: unknown, f: (value: unknown) => unknown): unknown => (Array.isArray(list) ? list.map(f) : list);
