// A session that ends during a set without a word (no SessionEndedRequest, as reported on screen
// devices) does not lose the set: it was stored when its block was sent, the first block too.
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

  /** A set of four: one block, sent by the response that starts it and asks "was it clean?" after it. */
  async function intoOnlyBlock(userId: string): Promise<Conversation> {
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 4 });
    expect(blockOf(talk)).toMatchObject({ firstRep: 1, lastRep: 4 });
    expect(talk.sessionState.question).toBe('wasClean');
    return talk;
  }

  test.each([
    ['during its only block', 0.5],
    ['at "was it clean?", after its only block', 1],
  ])('a set of four, the runner walks off %s: the next launch offers it with no rep counted, and "I did four" logs it', async (_when, share) => {
    const userId = `amzn1.ask.account.one-block-${share}-${locale}`;
    const talk = await intoOnlyBlock(userId);
    talk.wait(Math.round(blockOf(talk).endsAt * share));
    // No request at all. Nothing says the runner was still there while the block played: the
    // offer claims no rep, and the runner says what they did.
    const back = later(talk, userId);
    await back.launch();
    expect(back.said).toContain(t('savedSet.foundUncounted'));
    expect(back.sessionState.savedSet).toMatchObject({ repsDone: 0, target: 4 });
    await back.intent('CorrectCountIntent', { reps: 4 });
    expect(back.sessionState).toMatchObject({ question: 'wasClean', stage: { name: 'finished', set: { reps: 4, target: 4 } } });
    // Kept in the store until the question is answered: a second walk-off still finds it.
    expect((await skill.table!.store.loadLaunch(userId)).pausedSet).toBeDefined();
    await back.intent('AMAZON.YesIntent');
    expect((await skill.table!.store.history(userId)).map((set) => [set.reps, set.clean])).toEqual([[4, true]]);
    const third = later(back, userId);
    await third.launch();
    expect(third.sessionState.savedSet).toBeUndefined();
  });

  test('a set of four cut off in its only block: "yes" picks it up from the first rep, "I did two" from the third', async () => {
    const userId = `amzn1.ask.account.one-block-resume-${locale}`;
    const talk = await intoOnlyBlock(userId);
    const back = later(talk, userId);
    await back.launch();
    await back.intent('AMAZON.YesIntent');
    expect(back.sessionState.stage).toMatchObject({ name: 'running', set: { repsDone: 0, target: 4, block: { firstRep: 1, lastRep: 4 } } });

    const again = later(back, userId);
    await again.launch();
    expect(again.said).toContain(t('savedSet.foundUncounted'));
    await again.intent('CorrectCountIntent', { reps: 2 });
    expect(again.said).toContain(t('countIs', { reps: 2, target: 4, count: 2 }));
    await again.intent('AMAZON.YesIntent');
    expect(again.sessionState.stage).toMatchObject({ name: 'running', set: { repsDone: 2, target: 4, block: { firstRep: 3, lastRep: 4 } } });
  });

  test('a bad count to the offer loses nothing: the set is still offered', async () => {
    const userId = `amzn1.ask.account.one-block-bad-count-${locale}`;
    const talk = await intoOnlyBlock(userId);
    const back = later(talk, userId);
    await back.launch();
    await back.intent('CorrectCountIntent', { reps: 9 });
    expect(back.sessionState.savedSet).toMatchObject({ repsDone: 0, target: 4 });
    expect(back.sessionState.question).toBe('resumeSaved');
    expect((await skill.table!.store.loadLaunch(userId)).pausedSet).toBeDefined();
  });

  test('a first block cut off with nothing counted and "no" to the offer: nothing logged, nothing offered again', async () => {
    const userId = `amzn1.ask.account.first-block-dropped-${locale}`;
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 20 });
    expect(blockOf(talk).lastRep).toBeLessThan(20);
    const back = later(talk, userId);
    await back.launch();
    expect(back.said).toContain(t('savedSet.foundUncounted'));
    await back.intent('AMAZON.NoIntent');
    expect(back.said).toContain(t('savedSet.dropped'));
    expect(await skill.table!.store.history(userId)).toEqual([]);
    const third = later(back, userId);
    await third.launch();
    expect(third.sessionState.savedSet).toBeUndefined();
  });

  test.each([
    ['"stop" before the first count', 'AMAZON.StopIntent'],
    ['"that was my last rep" before the first count', 'FinishSetIntent'],
  ])('a set left with nothing counted (%s) is cleared from the store: nothing is offered later', async (_what, intent) => {
    const userId = `amzn1.ask.account.nothing-counted-${intent}-${locale}`;
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    expect((await skill.table!.store.loadLaunch(userId)).pausedSet).toBeDefined();
    // A barge-in a moment after the block starts: no count is due yet.
    talk.wait(100);
    await talk.intent(intent);
    expect((await skill.table!.store.loadLaunch(userId)).pausedSet).toBeUndefined();
    const back = later(talk, userId);
    await back.launch();
    expect(back.sessionState.savedSet).toBeUndefined();
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
    expect(talk.sessionState.question).toBe('another');
    expect((await skill.table!.store.loadLaunch(userId)).pausedSet).toBeUndefined();
    // "Yes" to another set: its first block stores it, and only it is what a later launch offers.
    await talk.intent('AMAZON.YesIntent');
    const back = later(talk, userId);
    await back.launch();
    expect(back.sessionState.savedSet).toMatchObject({ repsDone: 0, startedAt: talk.now });
    expect((await skill.table!.store.history(userId)).map((set) => set.reps).sort((a, b) => a - b)).toEqual([3, 10]);
  });
});
