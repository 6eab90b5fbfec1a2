// What the save phase owes the store, apart from what the workout is. The core only says what must
// outlive the session (effects); the ledger keeps what has not reached the store yet, across the
// turns and launches of a session, and only the save phase changes it.
import { EFFECT, type Effect } from './effects';
import { LOGGED_SET, SESSION_TIME, type LoggedSet } from './model';
import { array, lenient, literal, number, optional, soundItems, type InferShape } from './schema';

export interface Ledger {
  /** Sets finished but not yet confirmed stored: written (idempotently, keyed by id) on the next turns. */
  readonly outbox: readonly LoggedSet[];
  /** Writes other than sets that the store could not take yet, oldest first. */
  readonly pending: readonly Effect[];
  /** The runner has heard that saving failed; once a session is enough. */
  readonly saveFailedTold?: boolean;
  /**
   * The log could not be read when the session began, so the settings are the defaults, not the
   * runner's: they must not overwrite the stored ones.
   */
  readonly logUnread?: boolean;
  /** The time of the last request this session saw: what an undated request is taken to mean. */
  readonly clock?: number;
}

export const EMPTY_LEDGER: Ledger = { outbox: [], pending: [] };

/**
 * The ledger's fields of the session document, beside the workout's. Unsaved sets must not be
 * lost, so one unsound set fails the document; a pending write that does not hold up is dropped.
 */
export const LEDGER_FIELDS = {
  outbox: optional(array(LOGGED_SET)),
  pending: lenient(soundItems(EFFECT)),
  logUnread: lenient(literal(true)),
  // Tampered with out of range it would date a set past what a Date can spell: dropped, the turn's own time serves.
  clock: lenient(number(SESSION_TIME)),
  saveFailedTold: lenient(literal(true)),
};

export function ledgerFrom(fields: Partial<InferShape<typeof LEDGER_FIELDS>>): Ledger {
  return {
    outbox: fields.outbox ?? [],
    pending: fields.pending ?? [],
    ...(fields.logUnread && { logUnread: true }),
    ...(fields.clock !== undefined && { clock: fields.clock }),
    ...(fields.saveFailedTold && { saveFailedTold: true }),
  };
}

/** Adds the ledger's session-document fields to `out`, an empty pending list left out (every turn: no copies on the way). */
export function addLedgerFields(out: Record<string, unknown>, ledger: Ledger): Record<string, unknown> {
  for (const key in ledger) if (key !== 'pending' && Object.hasOwn(ledger, key)) out[key] = ledger[key as keyof Ledger];
  if (ledger.pending.length > 0) out.pending = ledger.pending;
  return out;
}

const unsaved = (ledger: Ledger, set: LoggedSet) => ledger.outbox.some((s) => s.id === set.id);

/**
 * Takes a turn's effects into the ledger, in order. A set to log joins the outbox (once per id:
 * a retried request logs it again under the same id); a change to or the deletion of a set still
 * in the outbox is made there, as the store never had it; deleting the history empties the outbox.
 * What remains are the writes for the store, in order.
 */
export function record(ledger: Ledger, effects: readonly Effect[]): { readonly ledger: Ledger; readonly writes: readonly Effect[] } {
  let outbox = ledger.outbox;
  const writes: Effect[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'logSet':
        outbox = [...outbox.filter((s) => s.id !== effect.set.id), effect.set];
        break;
      case 'updateSet':
        if (unsaved({ ...ledger, outbox }, effect.set)) outbox = outbox.map((s) => (s.id === effect.set.id ? effect.set : s));
        else writes.push(effect);
        break;
      case 'deleteSet':
        if (unsaved({ ...ledger, outbox }, effect.set)) outbox = outbox.filter((s) => s.id !== effect.set.id);
        else writes.push(effect);
        break;
      case 'deleteHistory':
        outbox = [];
        writes.push(effect);
        break;
      default:
        writes.push(effect);
    }
  }
  return { ledger: { ...ledger, outbox }, writes };
}

/** A history as the runner should hear it: the sets not yet stored, then the stored ones not among them. */
export function withUnsaved(ledger: Ledger, stored: readonly LoggedSet[]): readonly LoggedSet[] {
  return [...ledger.outbox, ...stored.filter((set) => !unsaved(ledger, set))];
}
