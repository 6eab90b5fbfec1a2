import { ACTIVE_SET, type ActiveSet } from './model';
import { check, literal, object, type Infer } from './schema';

/** A set paused in one session and picked up in another; versioned like the session state. */
export const PAUSED_SET_VERSION = 1;

export const PAUSED_SET = object({ version: literal(PAUSED_SET_VERSION), set: ACTIVE_SET });
export type PausedSetSnapshot = Infer<typeof PAUSED_SET>;

export function pausedSetSnapshot(set: ActiveSet): PausedSetSnapshot {
  const { block: _played, ...rest } = set;
  return { version: PAUSED_SET_VERSION, set: rest };
}

/** The set a stored snapshot holds, when it holds up. */
export function readPausedSet(raw: unknown): ActiveSet | undefined {
  const read = check(PAUSED_SET, raw);
  return read.ok ? read.value.set : undefined;
}
