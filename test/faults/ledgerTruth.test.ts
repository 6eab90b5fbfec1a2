// Issue 11 items 4, 5 and 7 through the exported handler, the store on dynalite behind the fault
// proxy: a turn's store calls share one deadline from the Lambda context, a failed condition is
// not taken as proof a set is stored, and an undated first request is not dated 1970.
import type { RequestEnvelope } from 'ask-sdk-model';
import { ANSWER_MARGIN_MS } from '../../lambda/src/store/deadline';
import { translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { exportedSkillBehindProxy, type SkillBehindProxy } from './faultProxy';

const t = translator('en-US');
let behind: SkillBehindProxy;
let runner = 0;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});
afterAll(() => behind.close());
afterEach(() => behind.proxy.setMode({ kind: 'pass' }));

/** A conversation whose every request comes with a Lambda context that has `remaining()` ms left. */
function talk(remaining: () => number = () => 7_000): { conv: Conversation; person: string } {
  const person = `amzn1.ask.account.truth-${(runner += 1)}`;
  const context = { getRemainingTimeInMillis: remaining };
  const invoke = (envelope: RequestEnvelope) => behind.skill.invokeWith(envelope, context);
  return { conv: new Conversation(invoke, { userId: person }), person };
}

const outbox = (conv: Conversation) => (conv.sessionState.outbox as unknown[] | undefined) ?? [];

test('a failed condition on a new set is checked against the store: the set stays in the outbox until it is there', async () => {
  const { conv, person } = talk();
  await conv.launch();
  await conv.intent('LogSetIntent', { reps: 9 });
  behind.proxy.setMode({ kind: 'conditionFail' });
  await conv.intent('AMAZON.YesIntent');
  expect(await behind.direct.history(person)).toEqual([]);
  expect(outbox(conv)).toHaveLength(1);
  expect(conv.said).toContain(t('saveFailed'));
  behind.proxy.setMode({ kind: 'pass' });
  await conv.intent('AMAZON.HelpIntent');
  expect((await behind.direct.history(person)).map((set) => set.reps)).toEqual([9]);
  expect(outbox(conv)).toEqual([]);
});

test('one deadline for the turn: against a slow store, the calls that do not fit wait for the next turn', async () => {
  const budget = 1_000;
  const slow = 400;
  const { conv, person } = talk(() => budget + ANSWER_MARGIN_MS);
  await conv.launch();
  // Four sets logged while the store refuses everything: all four wait in the outbox.
  behind.proxy.setMode({ kind: 'reject' });
  for (let i = 0; i < 4; i += 1) {
    conv.wait(60_000);
    await conv.intent('LogSetIntent', { reps: 5 + i });
    await conv.intent('AMAZON.YesIntent');
  }
  expect(outbox(conv)).toHaveLength(4);
  behind.proxy.setMode({ kind: 'slow', ms: slow });
  const before = behind.proxy.stats().requests;
  await conv.intent('AMAZON.HelpIntent');
  const sent = behind.proxy.stats().requests - before;
  // Each set costs two calls (the set, the best); a call starts only with time left and is cut at
  // the deadline, so at most budget / slow + 1 calls start: never the eight the outbox asks for.
  expect(sent).toBeLessThanOrEqual(Math.floor(budget / slow) + 1);
  expect(outbox(conv).length).toBeGreaterThan(0);
  expect(conv.ended).toBe(false);
  // Back to normal: the next turns write what waited, each set once.
  behind.proxy.setMode({ kind: 'pass' });
  await conv.intent('AMAZON.HelpIntent');
  expect(outbox(conv)).toEqual([]);
  expect((await behind.direct.history(person)).map((set) => set.reps).sort()).toEqual([5, 6, 7, 8]);
}, 30_000);

test('an undated first request takes the server clock, read when the request arrived, never 1970', async () => {
  const { conv, person } = talk();
  conv.stampless = true;
  const before = Date.now();
  await conv.launch();
  await conv.intent('LogSetIntent', { reps: 7 });
  await conv.intent('AMAZON.YesIntent');
  const after = Date.now();
  const [set] = await behind.direct.history(person);
  expect(set).toBeDefined();
  expect(Date.parse(set!.at)).toBeGreaterThanOrEqual(before);
  expect(Date.parse(set!.at)).toBeLessThanOrEqual(after);
  await conv.intent('LastTimeIntent');
  expect(conv.said).toContain(t('history.last', { count: 1, when: t('history.today') }));
});
