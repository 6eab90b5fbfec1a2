// The edge hands ask-sdk each envelope without its session attributes (ask-sdk would copy them
// through JSON) and the first interceptor gives them back: the skill must answer exactly as with
// ask-sdk's copy, never write into what was sent, and a turn that sets nothing keeps them.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { guardSkill, sessionAttributesAsSent } from '../../lambda/src/edge';
import { withoutSessionAttributes } from '../../lambda/src/edge/sessionAttributes';
import { skillBuilder } from '../../lambda/src/skill';
import { Conversation, SKILL_ID } from '../support/conversation';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const envelope = (attributes?: Record<string, unknown>): RequestEnvelope =>
  ({
    version: '1.0',
    session: { new: false, sessionId: 's', application: { applicationId: SKILL_ID }, user: { userId: 'u' }, ...(attributes && { attributes }) },
    context: { System: { application: { applicationId: SKILL_ID }, user: { userId: 'u' }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: '2026-11-20T07:00:00Z', locale: 'en-US' },
  }) as unknown as RequestEnvelope;

test('the attributes are kept aside, the envelope sent is left as it came, one without them passes as it is', () => {
  const attributes = { state: { version: 2 }, people: { ids: ['a'] } };
  const sent = deepFreeze(envelope(attributes));
  const bare = withoutSessionAttributes(sent);
  expect(bare).not.toBe(sent);
  expect(bare.session?.attributes).toBeUndefined();
  expect({ ...bare, session: { ...bare.session, attributes } }).toEqual(sent);
  expect(sessionAttributesAsSent(bare)).toBe(attributes);
  expect(sessionAttributesAsSent(sent)).toBe(attributes);
  const none = envelope();
  expect(withoutSessionAttributes(none)).toBe(none);
  expect(sessionAttributesAsSent(none)).toBeUndefined();
});

test('a workout through the guarded skill answers as through ask-sdk alone, its requests frozen', async () => {
  const guarded = guardSkill(skillBuilder({}).create(), {});
  const plain = skillBuilder({}).create();
  const responses: ResponseEnvelope[][] = [];
  for (const invoke of [(e: RequestEnvelope) => guarded.invoke(deepFreeze(e)), (e: RequestEnvelope) => plain.invoke(e)]) {
    const talk = new Conversation(invoke);
    const said: ResponseEnvelope[] = [];
    said.push(await talk.launch());
    said.push(await talk.intent('StartSetIntent', { reps: 6, weight: 30, unit: { value: 'kilograms', id: 'kg' } }));
    said.push(await talk.wait(20_000).intent('AMAZON.PauseIntent'));
    said.push(await talk.wait(60_000).intent('AMAZON.ResumeIntent'));
    said.push(await talk.wait(40_000).intent('FinishSetIntent'));
    said.push(await talk.wait(4_000).intent('AMAZON.YesIntent'));
    said.push(await talk.wait(90_000).intent('LogSetIntent', { reps: 8, weight: 30, unit: { value: 'kilograms', id: 'kg' } }));
    said.push(await talk.wait(5_000).intent('LastTimeIntent'));
    said.push(await talk.sessionEnded('USER_INITIATED'));
    responses.push(said);
  }
  // The request ids count up across both conversations: the only difference allowed.
  const [viaGuard, viaSdk] = responses.map((said) => JSON.parse(JSON.stringify(said).replace(/echo-api\.request\.\d+/g, 'echo-api.request.N')) as ResponseEnvelope[]);
  expect(viaGuard).toEqual(viaSdk);
  expect(viaGuard![7]!.sessionAttributes?.state).toMatchObject({ stage: { name: 'finished' } });
});

class BrokenClock extends Error {}

test('a turn that fails before setting any keeps the session attributes as they came', async () => {
  let broken = false;
  const clock = (): number => {
    if (broken) throw new BrokenClock();
    return Date.parse('2026-11-20T07:00:00Z');
  };
  const skill = guardSkill(skillBuilder({ clock }).create(), {});
  const talk = new Conversation((e) => skill.invoke(e));
  await talk.launch();
  const started = await talk.intent('StartSetIntent', { reps: 6, weight: 30, unit: { value: 'kilograms', id: 'kg' } });
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    broken = true;
    const failed = await talk.wait(20_000).intent('AMAZON.PauseIntent');
    expect(errors).toHaveBeenCalled();
    expect(failed.sessionAttributes).toEqual(started.sessionAttributes);
    expect(failed.sessionAttributes?.state).toMatchObject({ stage: { name: 'running' } });
  } finally {
    errors.mockRestore();
  }
});
