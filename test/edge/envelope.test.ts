// Requests Alexa never sends but anyone can, through the real exported Lambda handler (SKILL_ID
// set, as on Lambda): every one gets an answer through the callback, never an error, never the
// generic apology, never an unhandled rejection. Malformed ones get the plain refusal, in the
// request's language when it names one, and a session they carried keeps its attributes.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { translator } from '../../lambda/src/i18n';
import { escapeText } from '../../lambda/src/speech/ssml';
import { SKILL_ID, type Invoke } from '../support/conversation';
import { expectValidResponse } from '../support/responseCheck';
import { loadExportedSkill } from '../support/skill';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let invoke: Invoke;
const errorLines: string[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);

beforeAll(async () => {
  ({ invoke } = await loadExportedSkill({ store: false }));
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errorLines.push(args.map(String).join(' ')));
  process.on('unhandledRejection', onRejection);
});

afterAll(() => {
  process.off('unhandledRejection', onRejection);
  jest.restoreAllMocks();
});

afterEach(async () => {
  await new Promise((resolve) => setImmediate(resolve));
  const seen = { errors: errorLines.splice(0), rejections: rejections.splice(0) };
  expect(seen).toEqual({ errors: [], rejections: [] });
});

let counter = 0;

function envelope(request: Json, session: Json = { new: true, attributes: {} }): Json {
  counter += 1;
  const application = { applicationId: SKILL_ID };
  const user = { userId: 'amzn1.ask.account.edge' };
  return {
    version: '1.0',
    session: { sessionId: 'amzn1.echo-api.session.edge', application, user, ...session },
    context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { requestId: `amzn1.echo-api.request.edge-${counter}`, timestamp: '2026-11-20T07:00:00Z', locale: 'en-US', ...request },
  };
}

const launch = (extra: Json = {}) => envelope({ type: 'LaunchRequest', ...extra });
const intent = (name: string, slots: Json = {}, extra: Json = {}) => envelope({ type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots }, ...extra });

function send(raw: unknown): Promise<ResponseEnvelope> {
  return invoke(raw as RequestEnvelope);
}

function ssml(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

async function expectRefusal(response: ResponseEnvelope, locale = 'en-US'): Promise<void> {
  await expectValidResponse(response, locale);
  expect(ssml(response)).toContain(escapeText(translator(locale)('error.malformed')));
}

describe('request strings that are keys of every object (Object.prototype)', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('locale %s is spoken to as an unknown locale: en-US', async (locale) => {
    const start = (l: string) => send(intent('StartSetIntent', { reps: { name: 'reps', value: '3' } }, { locale: l }));
    const odd = await start(locale);
    const plain = await start('en-US');
    await expectValidResponse(odd, 'en-US');
    expect(ssml(odd)).toBe(ssml(plain));
  });
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', ''])('intent "%s" is answered like any unknown intent', async (name) => {
    const odd = await send(intent(name));
    const fallback = await send(intent('AMAZON.FallbackIntent'));
    await expectValidResponse(odd, 'en-US');
    expect(ssml(odd)).toBe(ssml(fallback));
  });
});

describe('malformed envelopes get the plain refusal', () => {
  const cases: [string, () => Json][] = [
    ['a slot value sent as a JSON number', () => intent('StartSetIntent', { reps: { name: 'reps', value: 12 } })],
    ['resolutionsPerAuthority: {}', () => intent('SetUnitIntent', { unit: { name: 'unit', value: 'kilos', resolutions: { resolutionsPerAuthority: {} } } })],
    ['an authority without a status', () => intent('SetUnitIntent', { unit: { name: 'unit', value: 'kilos', resolutions: { resolutionsPerAuthority: [{ values: [] }] } } })],
    ['a matched authority without its values', () => intent('SetUnitIntent', { unit: { name: 'unit', value: 'kilos', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' } }] } } })],
    ['resolution values that are not a list', () => intent('SetUnitIntent', { unit: { name: 'unit', value: 'kilos', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: { id: 'kg' } }] } } })],
    ['slots as a list', () => ({ ...intent('StartSetIntent'), request: { ...intent('StartSetIntent').request, intent: { name: 'StartSetIntent', slots: [] } } })],
    ['an intent request without an intent', () => envelope({ type: 'IntentRequest' })],
    ['an intent without a name', () => envelope({ type: 'IntentRequest', intent: { slots: {} } })],
    ['an intent name that is a number', () => envelope({ type: 'IntentRequest', intent: { name: 7 } })],
    ['locale: 42', () => launch({ locale: 42 })],
    ['no locale', () => launch({ locale: undefined })],
    ['a timestamp that is a number', () => launch({ timestamp: 1_700_000_000_000 })],
    ['no request id', () => launch({ requestId: undefined })],
    ['a user id that is an object', () => ({ ...launch(), context: { System: { application: { applicationId: SKILL_ID }, user: { userId: { id: 1 } } } } })],
    ['a person id that is a number', () => ({ ...launch(), context: { System: { application: { applicationId: SKILL_ID }, person: { personId: 7 } } } })],
    ['a launch without session', () => ({ ...launch(), session: undefined })],
    ['an intent without session', () => ({ ...intent('AMAZON.HelpIntent'), session: undefined })],
    ['a session that is a string', () => ({ ...launch(), session: 'open' })],
    ['session.new as a string', () => envelope({ type: 'LaunchRequest' }, { new: 'yes', attributes: {} })],
    ['session attributes that are a list', () => envelope({ type: 'LaunchRequest' }, { new: false, attributes: [1, 2] })],
    ['no context.System.application (SKILL_ID set)', () => ({ ...launch(), context: { System: { user: { userId: 'u' } } } })],
    ['no context.System (SKILL_ID set)', () => ({ ...launch(), context: {} })],
    ['no context (SKILL_ID set)', () => ({ ...launch(), context: undefined })],
    ['an application id that is a number (SKILL_ID set)', () => ({ ...launch(), context: { System: { application: { applicationId: 42 } } } })],
    ['a request without a type', () => launch({ type: undefined })],
    ['no request', () => ({ ...launch(), request: undefined })],
    ['a request that is a list', () => ({ ...launch(), request: [] })],
    ['an empty object', () => ({})],
    ['null', () => null as unknown as Json],
    ['a string', () => 'LaunchRequest' as unknown as Json],
    ['a number', () => 42 as unknown as Json],
    ['a list', () => [launch()] as unknown as Json],
  ];
  test.each(cases)('%s', async (_name, build) => {
    await expectRefusal(await send(JSON.parse(JSON.stringify(build() ?? null))));
  });

  test('in the language the request names, when it names one', async () => {
    for (const locale of ['de-DE', 'es-ES', 'fr-FR', 'en-GB']) {
      const response = await send(intent('StartSetIntent', { reps: { name: 'reps', value: 12 } }, { locale }));
      await expectRefusal(response, locale);
    }
  });

  test('a malformed session-ended request is answered with nothing said', async () => {
    const response = await send(envelope({ type: 'SessionEndedRequest', reason: 5 }));
    expect(response.response.outputSpeech).toBeUndefined();
  });

  test('nothing is lost: a session carried by a malformed request keeps its attributes, and the next turn goes on', async () => {
    const started = await send(intent('StartSetIntent', { reps: { name: 'reps', value: '3' } }));
    const attributes = started.sessionAttributes as Json;
    expect(attributes.state).toBeDefined();
    const refused = await send(intent('AMAZON.PauseIntent', { x: { name: 'x', value: 3 } }, {}));
    await expectRefusal(refused);
    const carried = await send({ ...intent('CorrectCountIntent', { reps: { name: 'reps', value: 2 } }), session: { new: false, attributes } });
    await expectRefusal(carried);
    expect(carried.sessionAttributes).toEqual(attributes);
    expect(carried.response.shouldEndSession).toBe(false);
    expect(carried.response.reprompt).toBeDefined();
    const next = await send(envelope({ type: 'IntentRequest', intent: { name: 'AMAZON.PauseIntent', confirmationStatus: 'NONE' } }, { new: false, attributes: carried.sessionAttributes }));
    await expectValidResponse(next, 'en-US');
    expect(ssml(next)).not.toContain(escapeText(translator('en-US')('error.malformed')));
    expect((next.sessionAttributes as Json).state).toBeDefined();
  });
});

test('a request for another skill is still refused by the skill id check', async () => {
  await expect(send({ ...launch(), context: { System: { application: { applicationId: 'amzn1.ask.skill.other' } } } })).rejects.toThrow(/skill id/i);
});

test.each(['System.ExceptionEncountered', 'Alexa.Presentation.APL.UserEvent', 'constructor'])('a request type the skill does not answer (%s) gets an empty answer, not the apology', async (type) => {
  const response = await send(launch({ type }));
  expect(response.response.outputSpeech).toBeUndefined();
  expect(response.response.reprompt).toBeUndefined();
});

test('a request of another type outside a session (a skill event) gets an empty answer', async () => {
  const response = await send({ ...launch({ type: 'AlexaSkillEvent.SkillEnabled' }), session: undefined });
  expect(response.response).toEqual({});
});
