// The training log across sessions, through the exported handler and a real dynalite table.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const store = () => skill.table!.store;
type Block = { sentAt: number; repEnds: number[]; endsAt: number };
const blockOf = (talk: Conversation) => (talk.sessionState.stage as { set: { block: Block } }).set.block;

describe.each(Object.keys(LOCALES))('the training log in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const weightSlot = { value: unit, id: unit };
  const spoken = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
  let runner = 0;
  const newRunner = () => `${locale}-log-${(runner += 1)}`;

  it('logs a set by voice, asking for the reps with a dialog, then whether it was clean', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('LogSetIntent', { weight: 30, unit: weightSlot }, 'STARTED');
    expect(talk.last?.response.directives).toEqual([
      expect.objectContaining({ type: 'Dialog.ElicitSlot', slotToElicit: 'reps' }),
    ]);
    expect(talk.said.endsWith(t('ask.logReps.say'))).toBe(true);
    await talk.intent('LogSetIntent', { reps: 12, weight: 30, unit: weightSlot }, 'IN_PROGRESS');
    expect(talk.said.startsWith(t('log.logged', { set: t('log.setWithWeight', { count: 12, weight: spoken(30) }) }))).toBe(true);
    await talk.intent('AMAZON.YesIntent');
    const sets = await store().history(userId);
    expect(sets).toEqual([expect.objectContaining({ reps: 12, weight: { amount: 30, unit }, clean: true, source: 'voice' })]);
  });

  it('changes and deletes the last set, deleting only after a yes', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('LogSetIntent', { reps: 10 });
    await talk.intent('AMAZON.NoIntent');
    await talk.intent('ChangeLastSetIntent', { reps: 8 });
    expect(talk.said.startsWith(t('log.changed', { set: t('log.set', { count: 8 }) }))).toBe(true);
    expect((await store().history(userId))[0]?.reps).toBe(8);
    // A new session knows the last set only from the store.
    await talk.intent('AMAZON.StopIntent');
    await talk.launch();
    await talk.intent('DeleteLastSetIntent');
    expect(talk.said).toContain(t('log.describe', { set: t('log.set', { count: 8 }) }));
    await talk.intent('AMAZON.NoIntent');
    expect(await store().history(userId)).toHaveLength(1);
    await talk.intent('DeleteLastSetIntent');
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said.startsWith(t('log.deleted'))).toBe(true);
    expect(await store().history(userId)).toEqual([]);
  });

  it('answers how last time went, the best set and the week', async () => {
    const userId = newRunner();
    const day = 24 * 3600 * 1000;
    const talk = new Conversation(skill.invoke, { locale, userId, start: Date.parse('2026-11-10T07:00:00Z') });
    await talk.launch();
    for (const [reps, weight] of [[10, 40], [12, 40]] as const) {
      await talk.intent('LogSetIntent', { reps, weight, unit: weightSlot });
      await talk.intent('AMAZON.YesIntent');
      talk.wait(5 * 60_000);
    }
    await talk.intent('AMAZON.StopIntent');
    talk.wait(9 * day);
    await talk.launch();
    expect(talk.said).toContain(t('lastTime.withWeight', { count: 12, weight: spoken(40) }));
    expect(talk.said).toContain(t('suggest.addWeight', { to: spoken(unit === 'lb' ? 45 : 42.5), from: spoken(40) }));
    await talk.intent('LastTimeIntent');
    expect(talk.said).toContain(t('history.last', { count: 2, when: t('history.daysAgo', { count: 9 }) }));
    expect(talk.said).toContain(t('history.bestOfThem', { set: t('log.setWithWeight', { count: 12, weight: spoken(40) }) }));
    await talk.intent('BestSetIntent');
    expect(talk.said.startsWith(t('history.best', { set: t('log.setWithWeight', { count: 12, weight: spoken(40) }) }))).toBe(true);
    await talk.intent('WeekCountIntent');
    expect(talk.said.startsWith(t('history.empty_week'))).toBe(true);
    await talk.intent('LogSetIntent', { reps: 9, weight: 40, unit: weightSlot });
    await talk.intent('WeekCountIntent');
    expect(talk.said).toContain(t('history.week', { sessions: t('history.sessions', { count: 1 }), sets: t('history.sets', { count: 1 }), reps: t('history.reps', { count: 9 }) }));
  });

  it('saves a set when the session ends mid-set and offers it at the next launch', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const block = blockOf(talk);
    talk.at(block.sentAt + block.repEnds[3]! + 500);
    await talk.intent('AMAZON.PauseIntent');
    talk.wait(20_000);
    await talk.sessionEnded('EXCEEDED_MAX_REPROMPTS');
    talk.wait(3_600_000);
    await talk.launch();
    expect(talk.said).toContain(t('savedSet.found', { reps: 4, target: 10 }));
    expect(talk.said).toContain(t('welcome.back'));
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 5, target: 10 }))).toBe(true);
    // Once picked up and finished, the saved set is no longer offered.
    talk.wait(30_000);
    await talk.intent('FinishSetIntent');
    await talk.intent('AMAZON.StopIntent');
    await talk.launch();
    expect(talk.said).not.toContain(t('savedSet.found', { reps: 4, target: 10 }));
  });

  it('keeps settings from one session to the next', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('SetBreathsIntent', { breaths: 2 });
    await talk.intent('AMAZON.StopIntent');
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 3 });
    expect(talk.said).toContain(t('runnerDeadlift.cue.breathe.full1', { count: 2 }));
  });

  it('logs a finished set once even when Alexa retries the request', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 2 });
    talk.wait(blockOf(talk).endsAt + 3000);
    await talk.intent('AMAZON.YesIntent');
    await talk.retry();
    expect(await store().history(userId)).toHaveLength(1);
  });

  it('deletes the whole history after a yes', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('LogSetIntent', { reps: 10 });
    await talk.intent('AMAZON.YesIntent');
    await talk.intent('DeleteHistoryIntent');
    expect(talk.said).toBe(t('ask.deleteHistory.say'));
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said.startsWith(t('log.historyDeleted'))).toBe(true);
    expect(await store().history(userId)).toEqual([]);
  });

  it('keeps each recognized speaker’s log apart on a shared device', async () => {
    const userId = newRunner();
    const ana = new Conversation(skill.invoke, { locale, userId, personId: `amzn1.ask.person.ana-${locale}` });
    const ben = new Conversation(skill.invoke, { locale, userId, personId: `amzn1.ask.person.ben-${locale}` });
    await ana.launch();
    await ana.intent('LogSetIntent', { reps: 11 });
    await ana.intent('AMAZON.YesIntent');
    await ben.launch();
    expect(ben.said).toContain(t('welcome.first'));
    expect(await store().history(`amzn1.ask.person.ana-${locale}`)).toHaveLength(1);
    expect(await store().history(userId)).toEqual([]);
  });
});

describe('a request without a usable timestamp', () => {
  it('is dated just after the last time the session saw, so its retries log the set once', async () => {
    const userId = 'undated-retry';
    const talk = new Conversation(skill.invoke, { userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(60_000);
    await talk.intent('AMAZON.PauseIntent');
    const paused = talk.now;
    // A new set asks first (carry on, or start fresh?); starting fresh logs the half-done one at
    // once, and Alexa then retries that request twice.
    await talk.intent('StartSetIntent', { reps: 8 });
    expect(talk.sessionState.question).toBe('carryOnOrFresh');
    talk.stampless = true;
    await talk.intent('StartSetIntent', { reps: 8 });
    await talk.retry();
    await talk.retry();
    const sets = await store().history(userId);
    expect(sets).toHaveLength(1);
    // A moment after the last time the session saw (time moves forward by at least 1 ms a turn:
    // the question was asked at paused + 1, in the same millisecond as the pause).
    expect(sets[0]!.at).toBe(new Date(paused + 2).toISOString());
  });
});
