// What the load phase reads off the request envelope itself.
import type { RequestEnvelope } from 'ask-sdk-model';
import { isSessionTime } from '../workout/model';

export function personOf(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  return system?.person?.personId ?? system?.user?.userId ?? envelope.session?.user?.userId ?? 'anonymous';
}

/**
 * The request's own timestamp places a barge-in and counts a block: a late report keeps its own
 * (earlier) time. A missing or odd one falls back to the last time this session saw, and only a
 * session with no time yet takes `arrived`, the server's clock read when the request came in
 * (never 1970). A timestamp out of SESSION_TIME's range is odd too.
 */
export function requestTime(envelope: RequestEnvelope, lastSeen: number | undefined, arrived: number): number {
  const parsed = Date.parse(envelope.request?.timestamp ?? '');
  return isSessionTime(parsed) ? parsed : (lastSeen ?? arrived);
}

/**
 * The time a set logged this turn is dated with (and a delete's mark): within a session it only
 * moves forward, by at least 1 ms a turn (Alexa's timestamps have whole seconds, and a wrong device
 * clock can go back), and never to or before `notBefore` (the runner's "delete my history" mark,
 * + 1 ms). A set is then always dated after a delete said before it, where every read sees it, and
 * before one said after it, which hides it. A retried request comes with the same session
 * attributes, so it gets the same time again, the set it logs keeps the same key and is stored once.
 */
export function datingTime(now: number, lastSeen: number | undefined, notBefore?: number): number {
  return Math.max(now, lastSeen === undefined ? now : lastSeen + 1, notBefore ?? now);
}
