import type { Owners } from '../people';
import { bound, compact, type Owned } from './bound';
import { isStoreError, PROFILE_VERSION, type TrainingStore } from '../store';
import type { Act, Effect } from '../workout/acts';
import { record, type Ledger } from '../workout/ledger';
import { pausedSetSnapshot } from '../workout/pausedSet';
import type { LoggedSet } from '../workout/model';
import type { WorkoutState } from '../workout/state';

export interface Saved {
  readonly ledger: Ledger;
  /** Whose each of ledger.pending is, by position. */
  readonly pendingOwners: readonly string[];
  /** Said after what the core decided: that saving failed, once per session. */
  readonly acts: readonly Act[];
  /** A cleared history still has sets in the table: the next turn removes more. */
  readonly purgeOwed?: boolean;
}

/**
 * A set still waiting for its "was it clean?" answer stays open: it is written once, answered.
 * Not while a set runs: its last block asks that question of itself, not yet logged, and the set
 * logged before it waits for nothing (kept open, it went unwritten while the running set's
 * progress replaced its stored one).
 */
function openSetId(state: WorkoutState): string | undefined {
  return state.question === 'wasClean' && state.stage.name !== 'running' ? state.lastSet?.id : undefined;
}

async function runEffect(store: TrainingStore, person: string, state: WorkoutState, outbox: readonly LoggedSet[], effect: Effect, now: number): Promise<void> {
  switch (effect.type) {
    case 'savePausedSet':
      return store.savePausedSet(person, pausedSetSnapshot(effect.set));
    case 'clearPausedSet':
      return store.clearPausedSet(person);
    case 'saveSettings':
      return store.saveProfile(person, { settings: state.settings, createdAt: new Date(now).toISOString(), version: PROFILE_VERSION });
    case 'updateSet':
      return store.updateSet(person, effect.set);
    case 'deleteSet':
      return store.deleteSet(person, effect.set);
    case 'deleteHistory': {
      // The mark is the "yes" turn's time, or (a delete that waited for the store) just before the
      // oldest set logged since: the outbox was emptied by the delete, so whatever is in it now was
      // logged after the yes and must stay.
      const oldest = outbox.reduce((min, set) => Math.min(min, Date.parse(set.at) - 1), now);
      return store.clearHistory(person, new Date(oldest).toISOString());
    }
    case 'logSet':
      // Sets go through the ledger's outbox (see save); one that reaches here is written the same way.
      await store.logSet(person, effect.set);
      return;
  }
}

type Attempt = 'done' | 'later' | 'never';

/** A write to the one stored set in progress (savePausedSet, clearPausedSet): only the last of them counts. */
const inProgress = (write: Owned) => write.effect.type === 'savePausedSet' || write.effect.type === 'clearPausedSet';

/** Pages of cleared sets removed per turn (100 each): well under a second on DynamoDB. */
const PURGE_STEPS_PER_TURN = 3;

/** A few pages, and never past the turn's deadline; true while sets are left for a later turn. */
async function purge(store: TrainingStore, person: string): Promise<boolean> {
  try {
    for (let step = 0; step < PURGE_STEPS_PER_TURN; step += 1) {
      if ((await store.purgeCleared(person)) === 'done') return false;
    }
  } catch (error) {
    if (!isStoreError(error)) throw error;
  }
  return true;
}

/**
 * The save phase: what must outlive the session goes to the store. The turn's effects go through
 * the ledger first (ledger.ts): sets join its outbox, changes to sets not yet stored are made
 * there. Finished sets leave the outbox, and other writes the pending list, only once the store has
 * them; a store that is down costs the runner one warning, and the ledger travels on in the
 * session attributes to be written on a later turn. Only this phase changes the ledger.
 */
export async function save(
  store: TrainingStore | undefined,
  owners: Owners,
  person: string,
  state: WorkoutState,
  before: Ledger,
  effects: readonly Effect[],
  now: number,
  purgeOwed = false,
): Promise<Saved> {
  const recorded = record(before, effects);
  const ledger = recorded.ledger;
  const open = openSetId(state);
  if (!store) {
    const held = within({ ...ledger, outbox: ledger.outbox }, ledger.pending.map((effect, i) => ({ effect, owner: owners.pending(i) })), open);
    return { ledger: held.ledger, acts: held.acts, pendingOwners: held.pendingOwners };
  }
  // Settings read from nowhere are the defaults: saving them would overwrite the runner's own.
  const wanted = ledger.logUnread ? recorded.writes.filter((effect) => effect.type !== 'saveSettings') : recorded.writes;
  // Once the store has timed out, is unreachable or throttles, the turn's other writes would only
  // stack more waits against Alexa's 8 s: they wait for the next turn instead.
  let stalled = false;
  const attempt = async (write: () => Promise<unknown>): Promise<Attempt> => {
    if (stalled) return 'later';
    try {
      await write();
      return 'done';
    } catch (error) {
      if (!isStoreError(error)) throw error;
      // A write the store refuses for good (a set deleted meanwhile, a malformed item) is dropped.
      if (!error.retryable) return 'never';
      stalled = true;
      return 'later';
    }
  };
  // Each write under its owner's log: a set under whoever started it, a delete under whoever asked.
  const writes = [...ledger.pending.map((effect, i) => ({ effect, owner: owners.pending(i) })), ...wanted.map((effect) => ({ effect, owner: owners.effect(effect) }))];
  const pending: Owned[] = [];
  const run = async (write: Owned) => {
    if ((await attempt(() => runEffect(store, write.owner, state, ledger.outbox, write.effect, now))) === 'later') pending.push(write);
  };
  for (const write of writes.filter((write) => !inProgress(write))) await run(write);
  const settled = new Set<string>();
  for (const set of ledger.outbox) {
    if (set.id !== open && (await attempt(() => store.logSet(owners.set(set.id), set))) !== 'later') settled.add(set.id);
  }
  // The stored set in progress is the runner's only copy until the sets are in the log: it is
  // cleared (or replaced by another set's) only after them. A set that must wait in the outbox
  // stalls the turn, so the set in progress stays stored with it.
  for (const write of compact(writes.filter(inProgress))) await run(write);
  // Removing a cleared history's sets is the turn's last job, with what is left of its deadline:
  // the runner already hears nothing of them, so a purge that does not finish goes on next turn.
  const cleared = purgeOwed || wanted.some((effect) => effect.type === 'deleteHistory');
  const stillOwed = cleared && (stalled || (await purge(store, person)));
  const owed = stillOwed ? { purgeOwed: true } : {};
  const held = within({ ...ledger, outbox: ledger.outbox.filter((set) => !settled.has(set.id)) }, pending, open);
  const kept = { pendingOwners: held.pendingOwners, ...owed };
  if (!stalled) return { ledger: held.ledger, acts: held.acts, ...kept };
  const tell = !ledger.saveFailedTold;
  return { ledger: { ...held.ledger, saveFailedTold: true }, acts: [...(tell ? [{ type: 'saveFailed' } as const] : []), ...held.acts], ...kept };
}

/** The ledger within its share of the session (bound.ts), and what the runner hears of what did not fit. */
function within(ledger: Ledger, pending: readonly Owned[], open: string | undefined): { ledger: Ledger; pendingOwners: string[]; acts: Act[] } {
  const bounded = bound(ledger, pending, open);
  const dropped = bounded.droppedSets + bounded.droppedChanges > 0;
  return {
    ledger: { ...ledger, outbox: bounded.outbox, pending: bounded.pending.map((write) => write.effect) },
    pendingOwners: bounded.pending.map((write) => write.owner),
    acts: dropped ? [{ type: 'unsavedDropped', sets: bounded.droppedSets, changes: bounded.droppedChanges }] : [],
  };
}
