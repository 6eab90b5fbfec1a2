// ask-sdk copies a request's session attributes through their JSON text before any handler runs
// (AttributesManagerFactory.init: JSON.parse(JSON.stringify(attributes))): about 8 KB of garbage
// a turn, to protect a document that nothing here writes to, and that the load phase reads into
// its own objects anyway. So the edge hands ask-sdk the envelope without them (its copy of
// nothing is an empty object) and the first request interceptor gives them back, as they came.
import type { RequestInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

type Attributes = Record<string, unknown>;

/**
 * The attributes an envelope given to ask-sdk came with, on that envelope itself, so they die with
 * it. Not a WeakMap by envelope: V8's young-generation collections keep a WeakMap entry's value
 * alive (its key is only found dead later), so every turn's attributes survived a scavenge or two
 * and were promoted; in the bench's warm run 70 KB survived each scavenge instead of 44 KB, which
 * is what makes V8 grow the young generation (README, "Warm RSS").
 */
const KEPT = Symbol('sessionAttributes');
type Kept = RequestEnvelope & { [KEPT]?: Attributes };

/** `envelope` with its session's attributes kept aside (the same envelope when it has none). */
export function withoutSessionAttributes(envelope: RequestEnvelope): RequestEnvelope {
  const session = envelope.session;
  const attributes = session?.attributes;
  if (session === undefined || attributes === undefined || attributes === null) return envelope;
  const bare: Kept = { ...envelope, session: { ...session, attributes: undefined } };
  // Not enumerable: the envelope reads as before to anything that walks or copies it.
  return Object.defineProperty(bare, KEPT, { value: attributes });
}

/** The session attributes the request came with: kept aside by the edge, or still in the envelope. */
export function sessionAttributesAsSent(envelope: RequestEnvelope): Attributes | undefined {
  return (envelope as Kept)[KEPT] ?? envelope.session?.attributes;
}

/**
 * First of the request interceptors: the kept attributes become the session's, so every
 * handler (and a response that sets none) sees them as ask-sdk would have, uncopied. Nothing
 * in the skill writes into them: the load phase reads them, runTurn sets new ones.
 */
export const handBackSessionAttributes: RequestInterceptor = {
  process(input) {
    const attributes = (input.requestEnvelope as Kept)[KEPT];
    if (attributes !== undefined) input.attributesManager.setSessionAttributes(attributes);
  },
};
