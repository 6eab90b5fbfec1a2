import { getIntentName, getRequestType, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { translator, supportedLocale } from '../i18n';
import { speech } from '../speech/ssml';
import { INTENT_EVENTS } from './intents';
import { runTurn } from './runTurn';
import { getTurn } from '../turn';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => runTurn(input, { type: 'launch', info: getTurn(input).launch ?? { firstTime: false } }),
};

/** Every intent goes through one table; the core decides what it means where the runner is. */
export const IntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) in INTENT_EVENTS,
  async handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') throw new Error('unreachable: canHandle checked the type');
    const toEvent = INTENT_EVENTS[request.intent.name]!;
    return runTurn(input, await toEvent(request.intent, getTurn(input)));
  },
};

/** An intent this build does not know (an older or newer model): answered like fallback. */
export const UnknownIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => runTurn(input, { type: 'fallback' }),
};

export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => runTurn(input, { type: 'sessionEnded' }),
};

/** Order matters: the catch-all for unknown intents must come after the table. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [LaunchHandler, IntentHandler, UnknownIntentHandler, SessionEndedHandler];

/**
 * The last resort, which should stay rare: the runner hears an apology and keeps the session;
 * the session attributes are left as they came, so nothing is lost.
 */
export const GenericErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input: HandlerInput, error: Error): Response {
    // The name only: a message may quote what the runner said. skill.ts adds the turn's log line.
    console.error(JSON.stringify({ level: 'error', message: 'unhandled', name: error.name }));
    const t = translator(supportedLocale(input.requestEnvelope.request?.locale));
    return input.responseBuilder
      .speak(speech().sentence(t('error.generic')).toSsml())
      .reprompt(speech().sentence(t('error.reprompt')).toSsml())
      .withShouldEndSession(false)
      .getResponse();
  },
};
