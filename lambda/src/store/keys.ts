// Sort keys chosen so that one descending Query returns profile, paused set, then the newest sets:
// '~' (0x7E) sorts after every 'SET#...' key, and ISO times in canonical form sort by time.
import { canonicalTime, MAX_SET_ID_LENGTH } from '../workout/model';
import { StoreError } from './errors';

export { canonicalTime };

export const PROFILE_SK = '~PROFILE';
export const PAUSED_SK = '~PAUSED';
export const SET_PREFIX = 'SET#';
/**
 * The persons (recognized speakers) seen under an Alexa account live in a partition of their own,
 * so disabling the skill can find every partition that belongs to the account. Alexa's ids start
 * with "amzn1.", so this prefix never meets a person's or an account's own partition.
 */
export const ACCOUNT_PREFIX = 'ACCOUNT#';
export const PERSON_PREFIX = 'PERSON#';

export function accountKey(userId: string): string {
  return partitionKey(`${ACCOUNT_PREFIX}${userId}`);
}

/** Sorts right after every set key ('$' follows '#'), an upper bound for range queries. */
export const SET_UPPER = 'SET$';

// DynamoDB limits: partition key 2048 bytes, sort key 1024 bytes (a set id is at most MAX_SET_ID_LENGTH).
const MAX_PERSON_BYTES = 2048;

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
  if (typeof set.id !== 'string' || set.id.length === 0 || set.id.length > MAX_SET_ID_LENGTH) {
    throw new StoreError('invalid', `set id must be 1..${MAX_SET_ID_LENGTH} characters`);
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
