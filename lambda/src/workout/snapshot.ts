import { addLedgerFields, EMPTY_LEDGER, LEDGER_FIELDS, ledgerFrom, type Ledger } from './ledger';
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
  // The document is the state's fields, then the ledger's. While no state carries a ledger field's
  // name, the two texts are equal exactly when the states' are and the ledgers' are: compared
  // part by part, without making either document.
  if (sharesKey(a.state, a.ledger) || sharesKey(b.state, b.ledger) || sharesKey(a.state, b.ledger) || sharesKey(b.state, a.ledger)) {
    return sameJson(sessionDocument(a.state, a.ledger), sessionDocument(b.state, b.ledger));
  }
  return sameJson(a.state, b.state) && sameJson(addLedgerFields({}, a.ledger), addLedgerFields({}, b.ledger));
}

/** Does the state have a field of the ledger's name (never, as typed; checked all the same)? */
function sharesKey(state: WorkoutState, ledger: Ledger): boolean {
  for (const key in ledger) if (Object.hasOwn(state, key)) return true;
  return false;
}

function sessionDocument(state: WorkoutState, ledger: Ledger): Record<string, unknown> {
  // The workout's fields, then the ledger's (an empty pending list left out), built in one object.
  return addLedgerFields({ ...state }, ledger);
}

const LEDGER_AND_SETTINGS: ReadonlySet<string> = new Set(['settings', ...Object.keys(LEDGER_FIELDS)]);

export function restore(raw: unknown, fallbackUnit: Unit): Restored {
  // Made only when needed: a sound document brings its own settings (nearly every turn).
  const fallback = (): WorkoutState => initialState(defaultSettings(fallbackUnit));
  if (raw === undefined || raw === null) return { ok: false, state: fallback(), ledger: EMPTY_LEDGER, reason: 'missing' };
  if (!isObject(raw)) return { ok: false, state: fallback(), ledger: EMPTY_LEDGER, reason: 'corrupt' };
  const migrated = migrate(raw, STATE_VERSION, SESSION_MIGRATIONS);
  if (!migrated.ok) return { ok: false, ...keepSettings(raw, fallback()), reason: 'unknownVersion' };
  const read = check(SESSION, migrated.doc);
  if (!read.ok) return { ok: false, ...keepSettings(raw, fallback()), reason: 'corrupt' };
  const { settings, outbox, pending, logUnread, clock, saveFailedTold } = read.value;
  // `{ ...rest, settings }` without the rest's own copy: the document's fields but the ledger's, then the settings.
  const state: Record<string, unknown> = {};
  for (const key in read.value) if (!LEDGER_AND_SETTINGS.has(key) && Object.hasOwn(read.value, key)) state[key] = read.value[key as keyof SessionDocument];
  state.settings = settings ?? fallback().settings;
  return {
    ok: true,
    state: state as unknown as WorkoutState,
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
