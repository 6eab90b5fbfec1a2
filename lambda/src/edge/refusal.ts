import { ResponseFactory } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Translate } from '../i18n';
import { speech } from '../speech/ssml';
import type { EnvelopeProblem } from './envelope';

export interface Refused {
  readonly problem?: EnvelopeProblem;
  readonly requestType?: string;
  /** Session attributes that could be read: handed back unchanged, so nothing is lost. */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/**
 * The answer to a request the skill cannot read: said plainly, nothing changed. With readable
 * session attributes that hold something the session stays open and carries them on; without,
 * there is nothing to keep and the session ends. Alexa ignores any answer to a session-ended request, so that one says nothing, and so
 * does the answer to an event that came outside a session: nobody is listening.
 */
export function refusal(t: Translate, refused: Refused): ResponseEnvelope {
  if (refused.requestType === 'SessionEndedRequest' || refused.problem === 'outOfSession') return { version: '1.0', response: {} };
  const builder = ResponseFactory.init().speak(speech().sentence(t('error.malformed')).toSsml());
  if (!refused.attributes || Object.keys(refused.attributes).length === 0) return { version: '1.0', response: builder.withShouldEndSession(true).getResponse() };
  return {
    version: '1.0',
    sessionAttributes: { ...refused.attributes },
    response: builder.reprompt(speech().sentence(t('error.reprompt')).toSsml()).withShouldEndSession(false).getResponse(),
  };
}
