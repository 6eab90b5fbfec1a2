// ask-sdk copies a request's session attributes through their JSON text before any handler runs
// (AttributesManagerFactory.init: JSON.parse(JSON.stringify(attributes))): about 8 KB of garbage
// a turn, to protect a document that nothing here writes to, and that the load phase reads into
// its own objects anyway. So the edge hands ask-sdk the envelope without them (its copy of
// nothing is an empty object) and the first request interceptor gives them back, as they came.
import type { RequestInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

type Attributes = Record<string, unknown>;

/** The attributes each envelope given to ask-sdk came with, by that envelope (weakly: per request). */
const kept = new WeakMap<RequestEnvelope, Attributes>();

/** `envelope` with its session's attributes kept aside (the same envelope when it has none). */
export function withoutSessionAttributes(envelope: RequestEnvelope): RequestEnvelope {
  const session = envelope.session;
  const attributes = session?.attributes;
  if (session === undefined || attributes === undefined || attributes === null) return envelope;
  const bare: RequestEnvelope = { ...envelope, session: { ...session, attributes: undefined } };
  kept.set(bare, attributes);
  return bare;
}

/** The session attributes the request came with: kept aside by the edge, or still in the envelope. */
export function sessionAttributesAsSent(envelope: RequestEnvelope): Attributes | undefined {
  return kept.get(envelope) ?? envelope.session?.attributes;
}

/**
 * First of the request interceptors: the kept attributes become the session's, so every
 * handler (and a response that sets none) sees them as ask-sdk would have, uncopied. Nothing
 * in the skill writes into them: the load phase reads them, runTurn sets new ones.
 */
export const handBackSessionAttributes: RequestInterceptor = {
  process(input) {
    const attributes = kept.get(input.requestEnvelope);
    if (attributes !== undefined) input.attributesManager.setSessionAttributes(attributes);
  },
};
