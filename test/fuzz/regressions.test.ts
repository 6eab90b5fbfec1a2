// Minimal reproductions of bugs the fuzzing found in lambda/src, kept so they stay fixed.
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';
import { translator } from '../../lambda/src/i18n';

const GENERIC = translator('en-US')('error.generic');

// Found by FUZZ_STORE_TURNS=20000 npx jest test/fuzz/storeLedger, seed 651868105: the session
// state says the coach asked "pick up the saved set?" (question 'resumeSaved') but carries no
// usable savedSet (restore() in snapshot.ts drops an invalid savedSet and keeps the question).
// "Yes" then reaches transition.ts resumeSaved(), which reads `state.savedSet!.repsDone`:
// TypeError, and the generic error handler answers.
test('yes to "pick it up from there?" with no saved set in the session is not an unhandled error', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const conv = new Conversation(invoke);
  await conv.launch();
  conv.setSessionAttributes({ state: { ...conv.sessionState, question: 'resumeSaved' } });
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).not.toContain(GENERIC);
});

test('the same with a saved set that no longer validates (repsDone -1)', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const conv = new Conversation(invoke);
  await conv.launch();
  const savedSet = { target: 10, repsDone: -1, startedAt: 0 };
  conv.setSessionAttributes({ state: { ...conv.sessionState, question: 'resumeSaved', savedSet } });
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).not.toContain(GENERIC);
});

// Found by FUZZ_SEED=362583435 npx jest test/fuzz/storeLedger (the seed that "spun": fast-check
// then shrank the failure for minutes, each try a conversation against dynalite). Two defects.
describe('with the store', () => {
  let skill: LoadedSkill;
  let runner = 0;
  beforeAll(async () => {
    skill = await loadExportedSkill();
  });
  afterAll(() => skill.table?.close());
  const talk = () => {
    runner += 1;
    const userId = `amzn1.ask.account.regression-${runner}`;
    return { conv: new Conversation(skill.invoke, { userId }), stored: () => skill.table!.store.history(userId) };
  };

  // The session's clock (session attributes) tampered to 2.7e214: datingTime() took it + 1 ms as the
  // set's date and toISOString threw (RangeError, the generic apology). The clock is read within
  // SESSION_TIME now; out of it, the request's own time dates the set.
  test('a session clock out of any date range: a set logged by voice is dated by the request', async () => {
    const { conv, stored } = talk();
    await conv.launch();
    conv.setSessionAttributes({ state: { ...conv.sessionState, clock: 2.7492963888084894e214 } });
    conv.wait(60_000);
    await conv.intent('LogSetIntent', { reps: 8 });
    expect(conv.said).not.toContain(GENERIC);
    const loggedAt = new Date(conv.now).toISOString();
    await conv.intent('AMAZON.YesIntent');
    expect((await stored()).map((s) => [s.reps, s.at])).toEqual([[8, loggedAt]]);
  });

  // The same through the request: a timestamp at the end of a Date's range (+275760-09-13) became
  // the session's clock, and the next turn dated its set 1 ms later, past what a Date can hold.
  test('a request dated at the end of time neither throws on the next turn nor dates a set there', async () => {
    const { conv, stored } = talk();
    await conv.launch();
    const normal = conv.now;
    conv.at(8.64e15);
    await conv.intent('AMAZON.HelpIntent');
    await conv.intent('LogSetIntent', { reps: 6 });
    expect(conv.said).not.toContain(GENERIC);
    await conv.intent('AMAZON.YesIntent');
    const sets = await stored();
    expect(sets.map((s) => s.reps)).toEqual([6]);
    expect(Date.parse(sets[0]!.at)).toBeGreaterThan(normal);
    expect(sets[0]!.at.startsWith('2026-')).toBe(true);
  });

  // A set finished and awaiting "was it clean?" is stored when the session ends. A
  // SessionEndedRequest without a locale was refused at the edge, so that last chance was lost and
  // so was the set. Nothing is spoken to a session's end: it needs no locale to save.
  test('a session that ends by a request without a locale still stores the set awaiting "was it clean?"', async () => {
    const { conv, stored } = talk();
    await conv.launch();
    await conv.intent('StartSetIntent', { reps: 2 });
    const block = (conv.sessionState.stage as { set: { block: { endsAt: number } } }).set.block;
    conv.wait(block.endsAt + 3000);
    await conv.intent('FinishSetIntent');
    expect(conv.sessionState.question).toBe('wasClean');
    expect(await stored()).toEqual([]);
    conv.localeless = true;
    await conv.sessionEnded('EXCEEDED_MAX_REPROMPTS');
    expect((await stored()).map((s) => s.reps)).toEqual([2]);
  });
});
