import { getIntentName, getRequestType, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { translator, supportedLocale } from '../i18n';
import { speech } from '../speech/ssml';
import { consentTurn, restTurn } from '../alerts/rest';
import { continueWorkoutTask } from '../alerts/task';
import { REMINDERS_SCOPE, reminderConsentTurn } from '../alerts/reminders';
import { SERVICE_INTENTS } from './serviceIntents';
import { INTENT_EVENTS, restHeard } from './intents';
import { runTurn } from './runTurn';
import { getTurn } from '../turn';
import { SkillDisabledHandler } from './skillEvents';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const info = getTurn(input).launch ?? { firstTime: false };
    // A rest timer's task relaunches the skill with the next set; any other launch is a launch.
    const next = continueWorkoutTask(input.requestEnvelope);
    return runTurn(input, next ? { type: 'continueWorkout', info, next } : { type: 'launch', info });
  },
};

/** "Rest for three minutes": a timer, the question that allows one, or the countdown. */
export const RestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'RestIntent',
  async handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') throw new Error('unreachable: canHandle checked the type');
    const rest = await restTurn(input, getTurn(input), restHeard(request.intent));
    return runTurn(input, rest.event, rest.directives);
  },
};

/** Reminders: intents that call Alexa's service APIs and may answer with a directive. */
export const ServiceIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest' && Object.hasOwn(SERVICE_INTENTS, getIntentName(input.requestEnvelope)),
  async handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') throw new Error('unreachable: canHandle checked the type');
    const turn = await SERVICE_INTENTS[request.intent.name]!(input, getTurn(input), request.intent);
    return runTurn(input, turn.event, turn.directives);
  },
};

/** Alexa's answer to a permission question (Connections.SendRequest AskFor). */
export const ConsentHandler: RequestHandler = {
  canHandle: (input) => {
    const request = input.requestEnvelope.request;
    return request.type === 'Connections.Response' && request.name === 'AskFor';
  },
  async handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'Connections.Response') throw new Error('unreachable: canHandle checked the type');
    const payload = request.payload as { permissionScope?: unknown } | undefined;
    if (payload?.permissionScope === REMINDERS_SCOPE) {
      const turn = await reminderConsentTurn(input, getTurn(input), payload, request.token);
      return runTurn(input, turn.event, turn.directives);
    }
    return runTurn(input, await consentTurn(input, getTurn(input), request.payload, request.token));
  },
};

/**
 * Every intent goes through one table; the core decides what it means where the runner is. Own
 * keys only: an intent named `constructor` is not in the table.
 */
export const IntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && Object.hasOwn(INTENT_EVENTS, getIntentName(input.requestEnvelope)),
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

/**
 * What an Echo Show's document reports: a rep done or the block played (answered with nothing, or
 * the block's question), or a touch on Pause or Next, which does what saying it does. Anything
 * else it might send is ignored, never an error.
 */
export const ScreenEventHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
  handle(input) {
    const request = input.requestEnvelope.request as { arguments?: unknown[] };
    const [kind, first, second] = Array.isArray(request.arguments) ? request.arguments : [];
    if (kind === 'rep' && typeof first === 'number' && typeof second === 'number') return runTurn(input, { type: 'repHeard', rep: first, sentAt: second });
    if (kind === 'end' && typeof first === 'number') return runTurn(input, { type: 'blockHeard', sentAt: first });
    if (kind === 'say' && first === 'pause') return runTurn(input, { type: 'pause' });
    if (kind === 'say' && first === 'next') return runTurn(input, { type: 'next' });
    return input.responseBuilder.getResponse();
  },
};

export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => runTurn(input, { type: 'sessionEnded' }),
};

/**
 * A request type this skill does not answer (a system exception report, an event of an interface
 * it does not use, or a type nobody defined): nothing to say and nothing to change, rather than
 * the apology for an error of ours.
 */
export const OtherRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.getResponse(),
};

/** Order matters: the catch-all for unknown intents must come after the table, and the last one last. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  LaunchHandler,
  RestHandler,
  ServiceIntentHandler,
  IntentHandler,
  UnknownIntentHandler,
  ScreenEventHandler,
  SessionEndedHandler,
  ConsentHandler,
  SkillDisabledHandler,
  OtherRequestHandler,
];

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
