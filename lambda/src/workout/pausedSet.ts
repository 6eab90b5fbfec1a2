import type { ActiveSet } from './model';

/** A set paused in one session and picked up in another; versioned like the session state. */
export const PAUSED_SET_VERSION = 1;

export interface PausedSetSnapshot {
  readonly version: typeof PAUSED_SET_VERSION;
  readonly set: ActiveSet;
}

export function pausedSetSnapshot(set: ActiveSet): PausedSetSnapshot {
  const { block: _played, ...rest } = set;
  return { version: PAUSED_SET_VERSION, set: rest };
}
