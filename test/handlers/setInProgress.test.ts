// A session that ends during a set without a word (no SessionEndedRequest, as reported on screen
// devices) does not lose the set: it was stored when its block was sent.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

type Block = { firstRep: number; lastRep: number; endsAt: number };
const blockOf = (talk: Conversation) => (talk.sessionState.stage as { set: { block: Block } }).set.block;

describe.each(Object.keys(LOCALES))('a set in progress in %s', (locale) => {
  const t = translator(locale);

  test('the runner walks off in the second block; the next launch offers the set at the reps counted, and resumes there', async () => {
    const userId = `amzn1.ask.account.walked-off-${locale}`;
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    // Long enough for three blocks: the second is sent after reps were counted, and does not end the set.
    await talk.intent('StartSetIntent', { reps: 20 });
    const first = blockOf(talk);
    expect(first.lastRep).toBeLessThan(10);
    talk.wait(first.endsAt);
    await talk.intent('AMAZON.YesIntent');
    expect(blockOf(talk)).toMatchObject({ firstRep: first.lastRep + 1 });
    expect(blockOf(talk).lastRep).toBeLessThan(20);
    // No SessionEndedRequest ever comes. Hours later:
    const back = new Conversation(skill.invoke, { locale, userId, start: talk.now + 3 * 60 * 60 * 1000 });
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 20 }));
    await back.intent('AMAZON.YesIntent');
    expect(back.sessionState.stage).toMatchObject({ name: 'running', set: { repsDone: first.lastRep, target: 20, block: { firstRep: first.lastRep + 1 } } });
  });

  /** A set of ten in two blocks, into its last one: the response that sends it asks "was it clean?" after it. */
  async function intoLastBlock(userId: string): Promise<{ talk: Conversation; first: Block }> {
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = blockOf(talk);
    talk.wait(first.endsAt);
    await talk.intent('AMAZON.YesIntent');
    expect(blockOf(talk)).toMatchObject({ firstRep: first.lastRep + 1, lastRep: 10 });
    return { talk, first };
  }

  const later = (talk: Conversation, userId: string) => new Conversation(skill.invoke, { locale, userId, start: talk.now + 3 * 60 * 60 * 1000 });

  test.each([
    ['during the last block', 0.5],
    ['at "was it clean?", after the last block', 1],
  ])('the runner walks off %s: the next launch still offers the set, at the reps counted before that block', async (_when, share) => {
    const userId = `amzn1.ask.account.walked-off-last-${share}-${locale}`;
    const { talk, first } = await intoLastBlock(userId);
    talk.wait(Math.round(blockOf(talk).endsAt * share));
    // No request at all: no answer, no SessionEndedRequest.
    const back = later(talk, userId);
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 10 }));
  });

  test('a set finished and answered leaves nothing to offer, and is in the log', async () => {
    const userId = `amzn1.ask.account.finished-${locale}`;
    const { talk, first } = await intoLastBlock(userId);
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('AMAZON.YesIntent');
    const back = later(talk, userId);
    await back.launch();
    expect(back.said).not.toContain(t('savedSet.found', { reps: first.lastRep, target: 10 }));
    expect(back.sessionState.savedSet).toBeUndefined();
    expect((await skill.table!.store.history(userId)).map((set) => set.reps)).toEqual([10]);
  });

  test('"stop" at "was it clean?" logs the set and leaves nothing to offer', async () => {
    const userId = `amzn1.ask.account.stopped-at-clean-${locale}`;
    const { talk, first } = await intoLastBlock(userId);
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('AMAZON.StopIntent');
    const back = later(talk, userId);
    await back.launch();
    expect(back.said).not.toContain(t('savedSet.found', { reps: first.lastRep, target: 10 }));
    expect((await skill.table!.store.history(userId)).map((set) => set.reps)).toEqual([10]);
  });

  test('a new set started instead of answering: the stored one is cleared, the new one is what a later launch offers', async () => {
    const userId = `amzn1.ask.account.next-set-${locale}`;
    const { talk } = await intoLastBlock(userId);
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('StartSetIntent', { reps: 3 });
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('AMAZON.YesIntent');
    await talk.intent('AMAZON.YesIntent');
    const back = later(talk, userId);
    await back.launch();
    expect(back.sessionState.savedSet).toBeUndefined();
    expect((await skill.table!.store.history(userId)).map((set) => set.reps).sort((a, b) => a - b)).toEqual([3, 10]);
  });
});
