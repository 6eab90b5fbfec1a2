// The ledger travels in the session attributes, and a response must fit Alexa's 24 KB: while the
// store is down, unsaved sets and pending writes cannot grow without bound (issue 11 item 8).
// First what a later write supersedes goes (settings saved twice, a set changed twice); then, past
// LEDGER_MAX_BYTES, the oldest unsaved sets, then the oldest pending writes. Nothing goes silently:
// the runner hears how many (act 'unsavedDropped').
import type { Effect } from '../workout/effects';
import type { Ledger } from '../workout/ledger';
import { LEDGER_MAX_BYTES } from '../workout/limits';
import type { LoggedSet } from '../workout/model';

export interface Owned {
  readonly effect: Effect;
  readonly owner: string;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
/** A set in the outbox also names its owner in the session's people map: its id once more. */
const setBytes = (set: LoggedSet) => bytes(set) + bytes(set.id) + 8;

/** Which writes a later one makes pointless: the key they share. */
function supersedeKey({ effect, owner }: Owned): string {
  switch (effect.type) {
    case 'saveSettings':
      return `${owner}|settings`;
    case 'savePausedSet':
    case 'clearPausedSet':
      return `${owner}|paused`;
    case 'updateSet':
      return `${owner}|update|${effect.set.id}`;
    case 'deleteSet':
      return `${owner}|delete|${effect.set.id}`;
    case 'deleteHistory':
      return `${owner}|history`;
    case 'logSet':
      return `${owner}|log|${effect.set.id}`;
  }
}

/** The pending writes without those a later one supersedes, in their order. */
export function compact(writes: readonly Owned[]): Owned[] {
  const seen = new Set<string>();
  const kept: Owned[] = [];
  for (let i = writes.length - 1; i >= 0; i -= 1) {
    const write = writes[i]!;
    const key = supersedeKey(write);
    if (seen.has(key)) continue;
    seen.add(key);
    // A set deleted later needs no change before.
    if (write.effect.type === 'deleteSet') seen.add(`${write.owner}|update|${write.effect.set.id}`);
    kept.unshift(write);
  }
  return kept;
}

export interface Bounded {
  readonly outbox: readonly LoggedSet[];
  readonly pending: readonly Owned[];
  readonly droppedSets: number;
  readonly droppedChanges: number;
}

/** Oldest first out, until the ledger fits; a set still waiting for its "was it clean?" stays. */
export function bound(ledger: Pick<Ledger, 'outbox'>, pending: readonly Owned[], openSetId: string | undefined, max = LEDGER_MAX_BYTES): Bounded {
  const outbox = [...ledger.outbox];
  const writes = compact(pending);
  let size = outbox.reduce((sum, set) => sum + setBytes(set), 0) + writes.reduce((sum, write) => sum + bytes(write.effect), 0);
  let droppedSets = 0;
  let droppedChanges = 0;
  for (let i = 0; size > max && i < outbox.length; ) {
    if (outbox[i]!.id === openSetId) {
      i += 1;
      continue;
    }
    size -= setBytes(outbox[i]!);
    outbox.splice(i, 1);
    droppedSets += 1;
  }
  while (size > max && writes.length > 0) {
    size -= bytes(writes[0]!.effect);
    writes.shift();
    droppedChanges += 1;
  }
  return { outbox, pending: writes, droppedSets, droppedChanges };
}
