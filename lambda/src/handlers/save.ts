import { isStoreError, type TrainingStore } from '../store';
import type { Act, Effect } from '../workout/acts';
import { pausedSetSnapshot } from '../workout/pausedSet';
import type { WorkoutState } from '../workout/state';
import { activeSet } from '../workout/outcome';

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
    case 'savePausedSet': {
      const set = activeSet(state.stage);
      if (set) await store.savePausedSet(person, pausedSetSnapshot(set));
      return;
    }
    case 'clearPausedSet':
      return store.clearPausedSet(person);
    case 'saveSettings':
      return store.saveProfile(person, { settings: state.settings, createdAt: new Date(now).toISOString(), version: 1 });
    case 'updateSet':
      return store.updateSet(person, effect.set);
    case 'deleteSet':
      return store.deleteSet(person, effect.set);
    case 'deleteHistory':
      await store.deleteAll(person);
      return;
  }
}

/**
 * The save phase: what must outlive the session goes to the store, and finished sets leave the
 * outbox only once the store has them. A store that is down costs nothing but a warning: the
 * outbox travels on in the session attributes and is written on a later turn.
 */
export async function save(
  store: TrainingStore | undefined,
  person: string,
  state: WorkoutState,
  effects: readonly Effect[],
  now: number,
): Promise<Saved> {
  if (!store) return { state, acts: [] };
  let failed = false;
  // Once the store has timed out or is unreachable, the rest of this turn's writes would only
  // stack more timeouts against Alexa's 8 s: they wait in the outbox for the next turn instead.
  let unreachable = false;
  const attempt = async (write: () => Promise<unknown>): Promise<boolean> => {
    if (unreachable) return false;
    try {
      await write();
      return true;
    } catch (error) {
      if (!isStoreError(error)) throw error;
      failed = true;
      unreachable = error.code === 'timeout' || error.code === 'unavailable';
      return false;
    }
  };
  for (const effect of effects) await attempt(() => runEffect(store, person, state, effect, now));
  const open = openSetId(state);
  const due = state.outbox.filter((set) => set.id !== open);
  const stored = new Set<string>();
  for (const set of due) if (await attempt(() => store.logSet(person, set))) stored.add(set.id);
  const outbox = state.outbox.filter((set) => !stored.has(set.id));
  if (!failed) return { state: { ...state, outbox }, acts: [] };
  const tell = !state.saveFailedTold;
  return { state: { ...state, outbox, saveFailedTold: true }, acts: tell ? [{ type: 'saveFailed' }] : [] };
}
