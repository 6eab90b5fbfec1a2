import { EFFECT } from './effects';
import { eachItem, inField, migrate, withExercise, type Migration } from './migrations';
import { LOGGED_SET, SETTINGS, WEIGHT, ACTIVE_SET, type Unit } from './model';
import { array, check, isObject, lenient, literal, number, object, oneOf, optional, soundItems, type Infer } from './schema';
import { defaultSettings } from './settings';
import { initialState, QUESTIONS, STAGE, STATE_VERSION, type WorkoutState } from './state';

/**
 * Session attributes come back as plain JSON that anything may have written: an older version of
 * the skill, a test console, a bug. Nothing is trusted with a cast; the session document is read
 * with its schema, and a shape that does not hold up gives a safe state and says so.
 */
export type Restored =
  | { readonly ok: true; readonly state: WorkoutState }
  | { readonly ok: false; readonly state: WorkoutState; readonly reason: 'missing' | 'unknownVersion' | 'corrupt' };

/**
 * The session document. What must not be lost (the stage, unsaved sets) fails the whole document
 * when unsound; what only helps (the question, the last weight, a pending write) is dropped alone.
 */
export const SESSION = object({
  version: literal(STATE_VERSION),
  settings: lenient(SETTINGS),
  stage: STAGE,
  question: lenient(oneOf(QUESTIONS)),
  lastSet: lenient(LOGGED_SET),
  outbox: optional(array(LOGGED_SET)),
  lastWeight: lenient(WEIGHT),
  savedSet: lenient(ACTIVE_SET),
  toDelete: lenient(LOGGED_SET),
  pending: lenient(soundItems(EFFECT)),
  logUnread: lenient(literal(true)),
  clock: lenient(number()),
  saveFailedTold: lenient(literal(true)),
});
export type SessionDocument = Infer<typeof SESSION>;

/** Steps from each older version of the session document (see migrations.ts). */
export const SESSION_MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v2: active and logged sets name their exercise. */
  1: (doc) => ({
    ...doc,
    stage: inField(doc.stage, 'set', withExercise),
    lastSet: withExercise(doc.lastSet),
    savedSet: withExercise(doc.savedSet),
    toDelete: withExercise(doc.toDelete),
    outbox: eachItem(doc.outbox, withExercise),
    pending: eachItem(doc.pending, (effect) => inField(effect, 'set', withExercise)),
  }),
};

export function serialize(state: WorkoutState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}

export function restore(raw: unknown, fallbackUnit: Unit): Restored {
  const fallback = initialState(defaultSettings(fallbackUnit));
  if (raw === undefined || raw === null) return { ok: false, state: fallback, reason: 'missing' };
  if (!isObject(raw)) return { ok: false, state: fallback, reason: 'corrupt' };
  const migrated = migrate(raw, STATE_VERSION, SESSION_MIGRATIONS);
  if (!migrated.ok) return { ok: false, state: keepSettings(raw, fallback), reason: 'unknownVersion' };
  const read = check(SESSION, migrated.doc);
  if (!read.ok) return { ok: false, state: keepSettings(raw, fallback), reason: 'corrupt' };
  const { settings, outbox, pending, ...rest } = read.value;
  return {
    ok: true,
    state: {
      ...rest,
      settings: settings ?? fallback.settings,
      outbox: outbox ?? [],
      ...(pending && pending.length > 0 && { pending }),
    },
  };
}

/** Even from a shape we cannot use, the runner's settings and unsaved sets are worth keeping, each one that is sound. */
const SALVAGE = object({ settings: lenient(SETTINGS), outbox: lenient(soundItems(LOGGED_SET)) });

function keepSettings(raw: Readonly<Record<string, unknown>>, fallback: WorkoutState): WorkoutState {
  // Whatever its version, a set that names no exercise is from before sets named one: a deadlift.
  const read = check(SALVAGE, { ...raw, outbox: eachItem(raw.outbox, withExercise) });
  const { settings, outbox } = read.ok ? read.value : {};
  return { ...fallback, ...(settings && { settings }), outbox: outbox ?? [] };
}
