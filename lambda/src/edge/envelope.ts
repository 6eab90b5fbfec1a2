// What a request must look like before any part of the skill reads it. Alexa always sends these
// shapes; anyone else can send anything (a JSON number as a slot value, a session that is a
// string, no request at all), and the skill's code and ask-sdk's read the envelope trusting its
// types. One check here, at the edge, is cheaper than a guard at every read.
import type { RequestEnvelope } from 'ask-sdk-model';

type Json = Readonly<Record<string, unknown>>;

/** Which part of the envelope was wrong: a fixed word, safe for the logs. */
export type EnvelopeProblem =
  | 'notAnObject'
  | 'request'
  | 'requestType'
  | 'requestId'
  | 'locale'
  | 'timestamp'
  | 'session'
  /** A request of a type the skill does not answer, outside a session: answered with nothing. */
  | 'outOfSession'
  | 'context'
  | 'application'
  | 'intent'
  | 'slots'
  | 'dialogState'
  | 'reason';

export type EnvelopeCheck =
  | { readonly ok: true; readonly envelope: RequestEnvelope }
  | {
      readonly ok: false;
      readonly problem: EnvelopeProblem;
      /** The request's locale when it is a string, for the refusal's language. */
      readonly locale?: string;
      readonly requestType?: string;
      /** The session's attributes when they are readable: the refusal hands them back untouched. */
      readonly attributes?: Json;
    };

export interface EnvelopeOptions {
  /** When the skill checks its id, the id must be there to check. */
  readonly skillId?: string;
}

/** The request types this skill answers; each comes inside a session. */
const SESSION_REQUESTS: ReadonlySet<string> = new Set(['LaunchRequest', 'IntentRequest', 'SessionEndedRequest']);
/** Skill events the skill subscribes to (skill.json events): they come without a session. */
const EVENTS: ReadonlySet<string> = new Set(['AlexaSkillEvent.SkillDisabled']);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const optionalObject = (value: unknown): boolean => value === undefined || isObject(value);

function idHolder(value: unknown, key: string): boolean {
  return value === undefined || (isObject(value) && optionalString(value[key]));
}

function sessionOk(session: unknown): session is Json {
  return (
    isObject(session) &&
    typeof session.new === 'boolean' &&
    optionalString(session.sessionId) &&
    optionalObject(session.attributes) &&
    idHolder(session.user, 'userId') &&
    idHolder(session.application, 'applicationId')
  );
}

function contextOk(context: unknown, options: EnvelopeOptions): EnvelopeProblem | undefined {
  if (context === undefined && options.skillId === undefined) return undefined;
  if (!isObject(context)) return options.skillId === undefined ? 'context' : 'application';
  const system = context.System;
  if (system === undefined && options.skillId === undefined) return undefined;
  if (!isObject(system)) return options.skillId === undefined ? 'context' : 'application';
  if (!idHolder(system.user, 'userId') || !idHolder(system.person, 'personId') || !optionalString(system.apiEndpoint)) return 'context';
  const application = system.application;
  if (options.skillId !== undefined) return isObject(application) && typeof application.applicationId === 'string' ? undefined : 'application';
  return idHolder(application, 'applicationId') ? undefined : 'context';
}

/** One resolution authority as Alexa sends it: a status code and a list of values with ids. */
function authorityOk(authority: unknown): boolean {
  if (!isObject(authority) || !optionalString(authority.authority)) return false;
  if (!isObject(authority.status) || typeof authority.status.code !== 'string') return false;
  // Alexa sends the list even when it is empty (no match); the skill reads its first entry.
  const values = authority.values;
  return Array.isArray(values) && values.every((entry) => isObject(entry) && isObject(entry.value) && optionalString(entry.value.id) && optionalString(entry.value.name));
}

function slotOk(slot: unknown): boolean {
  if (!isObject(slot) || !optionalString(slot.name) || !optionalString(slot.value) || !optionalString(slot.confirmationStatus)) return false;
  const resolutions = slot.resolutions;
  if (resolutions === undefined) return true;
  if (!isObject(resolutions)) return false;
  const authorities = resolutions.resolutionsPerAuthority;
  return authorities === undefined || (Array.isArray(authorities) && authorities.every(authorityOk));
}

function intentProblem(request: Json): EnvelopeProblem | undefined {
  const intent = request.intent;
  // An empty or unknown name is a value, answered like any intent the model does not have.
  if (!isObject(intent) || typeof intent.name !== 'string' || !optionalString(intent.confirmationStatus)) return 'intent';
  if (intent.slots !== undefined && !(isObject(intent.slots) && Object.values(intent.slots).every(slotOk))) return 'slots';
  return optionalString(request.dialogState) ? undefined : 'dialogState';
}

function requestProblem(request: Json): EnvelopeProblem | undefined {
  if (!isText(request.requestId)) return 'requestId';
  if (!optionalString(request.timestamp)) return 'timestamp';
  if (request.type === 'IntentRequest') return intentProblem(request);
  if (request.type === 'SessionEndedRequest' && !optionalString(request.reason)) return 'reason';
  return undefined;
}

/**
 * Whether `raw` is an envelope the skill can read. Only the parts the skill or ask-sdk read are
 * checked, and only their types: values (an unknown locale, an unknown intent, an unreadable
 * timestamp) are the skill's to answer. Request types this skill does not answer pass with a
 * lighter check, so a handler added for them sees them as Alexa sent them.
 */
export function checkEnvelope(raw: unknown, options: EnvelopeOptions = {}): EnvelopeCheck {
  if (!isObject(raw)) return { ok: false, problem: 'notAnObject' };
  const request = raw.request;
  if (!isObject(request)) return { ok: false, problem: 'request' };
  const known = typeof request.locale === 'string' ? { locale: request.locale } : {};
  const type = request.type;
  if (!isText(type)) return { ok: false, problem: 'requestType', ...known };
  const session = raw.session;
  const attributes = isObject(session) && isObject(session.attributes) ? { attributes: session.attributes } : {};
  const refuse = (problem: EnvelopeProblem): EnvelopeCheck => ({ ok: false, problem, requestType: type, ...known, ...attributes });
  const inSession = SESSION_REQUESTS.has(type);
  // A session's end is the last chance to store what it has not (a set awaiting "was it clean?"),
  // and nothing is spoken to it: without a locale it still saves, in the default one.
  const needsLocale = inSession && type !== 'SessionEndedRequest';
  if (needsLocale ? typeof request.locale !== 'string' : !optionalString(request.locale)) return refuse('locale');
  // The skill reads and writes session attributes on every turn, so it only sees requests that
  // come in a session, and the skill events it subscribes to.
  const event = EVENTS.has(type) && session === undefined;
  if (!event && !sessionOk(session)) return refuse(inSession || session !== undefined ? 'session' : 'outOfSession');
  const context = contextOk(raw.context, options);
  if (context) return refuse(context);
  const problem = requestProblem(request);
  if (problem) return refuse(problem);
  return { ok: true, envelope: raw as unknown as RequestEnvelope };
}
