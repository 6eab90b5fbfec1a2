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

  test('a set finished normally leaves nothing to offer', async () => {
    const userId = `amzn1.ask.account.finished-${locale}`;
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('AMAZON.YesIntent');
    talk.wait(blockOf(talk).endsAt);
    await talk.intent('AMAZON.YesIntent');
    await talk.intent('AMAZON.StopIntent');
    const back = new Conversation(skill.invoke, { locale, userId, start: talk.now + 60_000 });
    await back.launch();
    expect(back.said).not.toContain(t('savedSet.found', { reps: 6, target: 10 }));
    expect(back.sessionState.savedSet).toBeUndefined();
  });
});
