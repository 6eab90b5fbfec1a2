// What the load phase reads off the request envelope itself.
import type { RequestEnvelope } from 'ask-sdk-model';

export function personOf(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  return system?.person?.personId ?? system?.user?.userId ?? envelope.session?.user?.userId ?? 'anonymous';
}

/**
 * The request's own timestamp places a barge-in and dates a logged set. A missing or odd one
 * falls back to just after the last time this session saw: a retried request comes with the same
 * session attributes, so it gets the same time again, the set it logs keeps the same key and is
 * stored once. Only a session with no time yet takes `arrived`, the server's clock read when the
 * request came in (never 1970).
 * Within a session time only moves forward, by at least 1 ms a turn (Alexa's timestamps have whole
 * seconds, and a wrong device clock can go back), and never to or before `notBefore` (the runner's
 * "delete my history" mark, + 1 ms): a set is then always dated after a delete said before it,
 * where every read sees it, and before one said after it, which hides it.
 */
export function requestTime(envelope: RequestEnvelope, lastSeen: number | undefined, arrived: number, notBefore?: number): number {
  const parsed = Date.parse(envelope.request?.timestamp ?? '');
  const floor = Math.max(lastSeen === undefined ? Number.NEGATIVE_INFINITY : lastSeen + 1, notBefore ?? Number.NEGATIVE_INFINITY);
  if (Number.isFinite(parsed)) return Math.max(parsed, floor);
  return lastSeen === undefined ? Math.max(arrived, floor) : floor;
}

