import { ACTIVE_SET, LOGGED_SET } from './model';
import { tagged, type Infer } from './schema';

/**
 * Work for the save phase: what must outlive the session. Logged sets travel in the outbox. Each
 * effect carries what it writes, so one the store could not take can wait for a later turn.
 */
export const EFFECT = tagged('type', {
  savePausedSet: { set: ACTIVE_SET },
  clearPausedSet: {},
  saveSettings: {},
  updateSet: { set: LOGGED_SET },
  deleteSet: { set: LOGGED_SET },
  deleteHistory: {},
});
export type Effect = Infer<typeof EFFECT>;
