// The table's item shapes, and the only place that turns them into domain values and back.
import type { LoggedSet } from '../workout/model';
import { StoreError } from './errors';
import { PAUSED_SK, PROFILE_SK, SET_PREFIX, setKey } from './keys';
import { explain, isObject, type Checked } from '../workout/schema';
import type { Profile } from './types';
import { checkLoggedSet, checkProfile, isNewerProfile } from './validate';
import { readAggregate, type LogAggregate } from './aggregate';

type Item = Record<string, unknown>;

/** A decoded item of a Query; 'skip' carries why, for the log. */
export type Decoded =
  /** The profile item: the runner's settings (absent until first saved) and the log's aggregate. */
  | {
      readonly kind: 'profile';
      readonly profile?: Profile;
      readonly aggregate: LogAggregate;
      readonly skipped?: string;
      /** The settings are a newer build's: unread, and not to be written over. */
      readonly newer?: true;
    }
  | { readonly kind: 'paused'; readonly snapshot: unknown }
  | { readonly kind: 'set'; readonly set: LoggedSet }
  | { readonly kind: 'skip'; readonly sk: string; readonly reason: string };

function must<T>(checked: Checked<T>, what: string): T {
  if (!checked.ok) throw new StoreError('invalid', `${what}: ${explain(checked)}`);
  return checked.value;
}

export function setItem(pk: string, set: LoggedSet): Item {
  // Copy only what validation returns: stray properties on the caller's object are not stored.
  const valid = must(checkLoggedSet(set), 'cannot store the set');
  return { pk, sk: setKey(valid), kind: 'set', ...valid };
}

export function profileItem(pk: string, profile: Profile, now: string): Item {
  const valid = must(checkProfile(profile), 'cannot store the profile');
  return { pk, sk: PROFILE_SK, kind: 'profile', ...valid, updatedAt: now };
}

// Stored as a JSON string: the snapshot is the caller's opaque shape, and a string keeps it out
// of DynamoDB's type rules (no empty sets, no NaN, 32 levels of nesting).
export function pausedItem(pk: string, snapshot: unknown, now: string): Item {
  let json: string | undefined;
  try {
    json = JSON.stringify(snapshot);
  } catch (error) {
    throw new StoreError('invalid', 'the paused set cannot be written as JSON', { cause: error });
  }
  if (json === undefined) throw new StoreError('invalid', 'the paused set cannot be written as JSON');
  return { pk, sk: PAUSED_SK, kind: 'paused', snapshot: json, savedAt: now };
}

export function decodeItem(item: unknown): Decoded {
  if (!isObject(item)) return { kind: 'skip', sk: '?', reason: 'not an item' };
  const sk = typeof item.sk === 'string' ? item.sk : '?';
  if (sk === PROFILE_SK) {
    const aggregate = readAggregate(item);
    // The aggregate's writes create the item before any settings are saved.
    if (item.settings === undefined && item.version === undefined) return { kind: 'profile', aggregate };
    const checked = checkProfile(item);
    // Unreadable settings cost the settings only: the cleared-at mark must still hide what it hides.
    if (checked.ok) return { kind: 'profile', profile: checked.value, aggregate };
    return { kind: 'profile', aggregate, skipped: explain(checked), ...(isNewerProfile(item) && { newer: true as const }) };
  }
  if (sk === PAUSED_SK) {
    if (typeof item.snapshot !== 'string') return { kind: 'skip', sk, reason: 'snapshot is not a string' };
    try {
      return { kind: 'paused', snapshot: JSON.parse(item.snapshot) as unknown };
    } catch {
      return { kind: 'skip', sk, reason: 'snapshot is not JSON' };
    }
  }
  if (sk.startsWith(SET_PREFIX)) {
    const checked = checkLoggedSet(item);
    if (!checked.ok) return { kind: 'skip', sk, reason: explain(checked) };
    // A set whose key does not follow from its fields could never be updated or deleted.
    if (setKey(checked.value) !== sk) return { kind: 'skip', sk, reason: 'key does not match the set time and id' };
    return { kind: 'set', set: checked.value };
  }
  return { kind: 'skip', sk, reason: 'unknown kind of item' };
}
