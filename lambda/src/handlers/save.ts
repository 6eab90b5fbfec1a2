import { isStoreError, PROFILE_VERSION, type TrainingStore } from '../store';
import type { Act, Effect } from '../workout/acts';
import { pausedSetSnapshot } from '../workout/pausedSet';
import type { WorkoutState } from '../workout/state';

export interface Saved {
  readonly state: WorkoutState;
  /** Said after what the core decided: that saving failed, once per session. */
  readonly acts: readonly Act[];
}

/** A set still waiting for its "was it clean?" answer stays open: it is written once, answered. */
function openSetId(state: WorkoutState): string | undefined {
  return state.question === 'wasClean' ? state.lastSet?.id : undefined;
}

async function runEffect(store: TrainingStore, person: string, state: WorkoutState, effect: Effect, now: number): Promise<void> {
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
    case 'deleteHistory':
      await store.deleteAll(person);
      return;
  }
}

type Attempt = 'done' | 'later' | 'never';

/**
 * The save phase: what must outlive the session goes to the store. Finished sets leave the outbox,
 * and other writes the pending list, only once the store has them; a store that is down costs the
 * runner one warning, and both travel on in the session attributes to be written on a later turn.
 */
export async function save(
  store: TrainingStore | undefined,
  person: string,
  state: WorkoutState,
  effects: readonly Effect[],
  now: number,
): Promise<Saved> {
  if (!store) return { state, acts: [] };
  // Settings read from nowhere are the defaults: saving them would overwrite the runner's own.
  const wanted = state.logUnread ? effects.filter((effect) => effect.type !== 'saveSettings') : effects;
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
  const pending: Effect[] = [];
  for (const effect of [...(state.pending ?? []), ...wanted]) {
    if ((await attempt(() => runEffect(store, person, state, effect, now))) === 'later') pending.push(effect);
  }
  const open = openSetId(state);
  const settled = new Set<string>();
  for (const set of state.outbox) {
    if (set.id !== open && (await attempt(() => store.logSet(person, set))) !== 'later') settled.add(set.id);
  }
  const { pending: _written, ...rest } = state;
  const next: WorkoutState = {
    ...rest,
    outbox: state.outbox.filter((set) => !settled.has(set.id)),
    ...(pending.length > 0 && { pending }),
  };
  if (!stalled) return { state: next, acts: [] };
  const tell = !state.saveFailedTold;
  return { state: { ...next, saveFailedTold: true }, acts: tell ? [{ type: 'saveFailed' }] : [] };
}
