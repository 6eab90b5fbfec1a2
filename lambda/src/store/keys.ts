// Sort keys chosen so that one descending Query returns profile, paused set, then the newest sets:
// '~' (0x7E) sorts after every 'SET#...' key, and ISO times in canonical form sort by time.
import { StoreError } from './errors';

export const PROFILE_SK = '~PROFILE';
export const PAUSED_SK = '~PAUSED';
export const SET_PREFIX = 'SET#';
/** Sorts right after every set key ('$' follows '#'), an upper bound for range queries. */
export const SET_UPPER = 'SET$';

// DynamoDB limits: partition key 2048 bytes, sort key 1024 bytes.
const MAX_PERSON_BYTES = 2048;
export const MAX_ID_LENGTH = 256;

const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The one spelling of an instant used in keys, so the same time written as '...T10:00:00Z' or
 * '...T10:00:00.000Z' finds the same item, and keys sort by time. Undefined when not a time
 * (or outside years 0000-9999, where toISOString stops sorting as text).
 */
export function canonicalTime(iso: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const canonical = new Date(ms).toISOString();
  return CANONICAL_ISO.test(canonical) ? canonical : undefined;
}

export function partitionKey(person: string): string {
  if (typeof person !== 'string' || person.length === 0) {
    throw new StoreError('invalid', 'person must be a non-empty string');
  }
  if (Buffer.byteLength(person, 'utf8') > MAX_PERSON_BYTES) {
    throw new StoreError('invalid', `person is longer than ${MAX_PERSON_BYTES} bytes`);
  }
  return person;
}

export function setKey(set: { readonly id: string; readonly at: string }): string {
  if (typeof set.id !== 'string' || set.id.length === 0 || set.id.length > MAX_ID_LENGTH) {
    throw new StoreError('invalid', `set id must be 1..${MAX_ID_LENGTH} characters`);
  }
  const at = typeof set.at === 'string' ? canonicalTime(set.at) : undefined;
  if (at === undefined) throw new StoreError('invalid', `set time is not an ISO 8601 time: ${String(set.at)}`);
  return `${SET_PREFIX}${at}#${set.id}`;
}

/** Lower bound of the sets finished at or after `since`. */
export function sinceKey(since: string): string {
  const at = canonicalTime(since);
  if (at === undefined) throw new StoreError('invalid', `since is not an ISO 8601 time: ${since}`);
  return `${SET_PREFIX}${at}`;
}
