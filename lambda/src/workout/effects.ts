import { ACTIVE_SET, LOGGED_SET } from './model';
import { tagged, type Infer } from './schema';

/**
 * Work for the save phase: what must outlive the session. Each effect carries what it writes, so
 * one the store could not take can wait for a later turn. A set to log, or a change to a set not
 * yet stored, is kept in the save phase's ledger (ledger.ts) rather than sent on its own.
 */
export const EFFECT = tagged('type', {
  logSet: { set: LOGGED_SET },
  savePausedSet: { set: ACTIVE_SET },
  clearPausedSet: {},
  saveSettings: {},
  updateSet: { set: LOGGED_SET },
  deleteSet: { set: LOGGED_SET },
  deleteHistory: {},
});
export type Effect = Infer<typeof EFFECT>;
