// What the load phase reads off the request envelope itself.
import type { RequestEnvelope } from 'ask-sdk-model';

export function personOf(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  return system?.person?.personId ?? system?.user?.userId ?? envelope.session?.user?.userId ?? 'anonymous';
}

/**
 * The request's own timestamp places a barge-in and dates a logged set. A missing or odd one
 * falls back to the last time this session saw: a retried request then gets the same time again,
 * so the set it logs keeps the same key and is stored once. Only a session with no time yet takes
 * `arrived`, the server's clock read when the request came in (never 1970).
 */
export function requestTime(envelope: RequestEnvelope, lastSeen: number | undefined, arrived: number): number {
  const parsed = Date.parse(envelope.request?.timestamp ?? '');
  return Number.isFinite(parsed) ? parsed : (lastSeen ?? arrived);
}

