import { EMPTY_LEDGER, LEDGER_FIELDS, ledgerFields, ledgerFrom, type Ledger } from './ledger';
import { jsonCopy, sameJson } from './json';
import { eachItem, inField, migrate, withExercise, type Migration } from './migrations';
import { LOGGED_SET, SETTINGS, WEIGHT, ACTIVE_SET, type Unit } from './model';
import { check, isObject, lenient, literal, object, oneOf, soundItems, type Infer } from './schema';
import { defaultSettings } from './settings';
import { initialState, PENDING_START, QUESTIONS, STAGE, STATE_VERSION, type WorkoutState } from './state';

/**
 * Session attributes come back as plain JSON that anything may have written: an older version of
 * the skill, a test console, a bug. Nothing is trusted with a cast; the session document is read
 * with its schema, and a shape that does not hold up gives a safe state and says so.
 */
export type Restored = { readonly state: WorkoutState; readonly ledger: Ledger } & (
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'missing' | 'unknownVersion' | 'corrupt' }
);

/**
 * The session document: the workout's fields and the save phase's ledger side by side. What must
 * not be lost (the stage, unsaved sets) fails the whole document when unsound; what only helps
 * (the question, the last weight, a pending write) is dropped alone.
 */
export const SESSION = object({
  version: literal(STATE_VERSION),
  settings: lenient(SETTINGS),
  stage: STAGE,
  question: lenient(oneOf(QUESTIONS)),
  lastSet: lenient(LOGGED_SET),
  lastWeight: lenient(WEIGHT),
  savedSet: lenient(ACTIVE_SET),
  toDelete: lenient(LOGGED_SET),
  pendingStart: lenient(PENDING_START),
  ...LEDGER_FIELDS,
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

/** The session document as JSON would carry it (a plain copy: JSON.parse of its JSON text). */
export function serialize(state: WorkoutState, ledger: Ledger): Record<string, unknown> {
  return jsonCopy(sessionDocument(state, ledger)) as Record<string, unknown>;
}

/** Whether two sessions would be stored as the same text, without writing either. */
export function sameSession(a: { readonly state: WorkoutState; readonly ledger: Ledger }, b: { readonly state: WorkoutState; readonly ledger: Ledger }): boolean {
  return sameJson(sessionDocument(a.state, a.ledger), sessionDocument(b.state, b.ledger));
}

function sessionDocument(state: WorkoutState, ledger: Ledger): Record<string, unknown> {
  return { ...state, ...ledgerFields(ledger) };
}

export function restore(raw: unknown, fallbackUnit: Unit): Restored {
  const fallback = initialState(defaultSettings(fallbackUnit));
  if (raw === undefined || raw === null) return { ok: false, state: fallback, ledger: EMPTY_LEDGER, reason: 'missing' };
  if (!isObject(raw)) return { ok: false, state: fallback, ledger: EMPTY_LEDGER, reason: 'corrupt' };
  const migrated = migrate(raw, STATE_VERSION, SESSION_MIGRATIONS);
  if (!migrated.ok) return { ok: false, ...keepSettings(raw, fallback), reason: 'unknownVersion' };
  const read = check(SESSION, migrated.doc);
  if (!read.ok) return { ok: false, ...keepSettings(raw, fallback), reason: 'corrupt' };
  const { settings, outbox, pending, logUnread, clock, saveFailedTold, ...rest } = read.value;
  return {
    ok: true,
    state: { ...rest, settings: settings ?? fallback.settings },
    ledger: ledgerFrom({ outbox, pending, logUnread, clock, saveFailedTold }),
  };
}

/** Even from a shape we cannot use, the runner's settings and unsaved sets are worth keeping, each one that is sound. */
const SALVAGE = object({ settings: lenient(SETTINGS), outbox: lenient(soundItems(LOGGED_SET)) });

function keepSettings(raw: Readonly<Record<string, unknown>>, fallback: WorkoutState): { state: WorkoutState; ledger: Ledger } {
  // Whatever its version, a set that names no exercise is from before sets named one: a deadlift.
  const read = check(SALVAGE, { ...raw, outbox: eachItem(raw.outbox, withExercise) });
  const { settings, outbox } = read.ok ? read.value : {};
  return { state: { ...fallback, ...(settings && { settings }) }, ledger: { ...EMPTY_LEDGER, outbox: outbox ?? [] } };
}
