// No set lost or split without the runner knowing, in every locale, through the exported handler
// and a real dynalite table:
// - "start a set" (or "start over", or a one-shot start in a new session) while a set is paused
//   or saved asks "carry on from there, or start fresh?" and logs nothing yet;
// - carrying on resumes at the next rep; starting fresh logs the reps done as an unfinished set,
//   says so, then starts the new set;
// - "no" to "pick it up from there?" logs the reps done as an unfinished set, and says so.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const store = () => skill.table!.store;
type Block = { sentAt: number; repStarts: number[]; repEnds: number[] };
const blockOf = (talk: Conversation) => (talk.sessionState.stage as { set: { block: Block } }).set.block;

/** Cuts into the block halfway through rep `rep`: the reps before it are done. */
function midRep(talk: Conversation, rep: number): Conversation {
  const block = blockOf(talk);
  return talk.at(block.sentAt + (block.repStarts[rep - 1]! + block.repEnds[rep - 1]!) / 2);
}

describe.each(Object.keys(LOCALES))('no set lost, in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const weightSlot = { value: unit, id: unit };
  const spoken = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
  const question = [t('ask.carryOnOrFresh.say')];
  let runner = 0;
  const newRunner = () => `${locale}-noset-${(runner += 1)}`;

  /** A set of ten at 30 lb/kg, cut into halfway through rep four by "start a set of eight". */
  async function startOverThree(userId: string): Promise<Conversation> {
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10, weight: 30, unit: weightSlot });
    midRep(talk, 4);
    await talk.intent('StartSetIntent', { reps: 8 });
    return talk;
  }

  it('"start a set" mid-set asks to carry on or start fresh, and logs nothing yet', async () => {
    const userId = newRunner();
    const talk = await startOverThree(userId);
    expect(talk.said).toBe([t('unfinished.inProgress', { count: 3, target: 10 }), ...question].join(' '));
    expect(talk.reprompt).toBe(t('ask.carryOnOrFresh.reprompt'));
    expect(talk.sessionState).toMatchObject({ stage: { name: 'paused', set: { repsDone: 3, target: 10 } }, question: 'carryOnOrFresh' });
    expect(await store().history(userId)).toEqual([]);
  });

  it('carry on: the set picks up at rep four, nothing logged', async () => {
    const userId = newRunner();
    const talk = await startOverThree(userId);
    await talk.intent('AMAZON.ResumeIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 4, target: 10 }))).toBe(true);
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running', set: { target: 10, weight: { amount: 30, unit } } } });
    expect(await store().history(userId)).toEqual([]);
  });

  it('yes carries on too', async () => {
    const talk = await startOverThree(newRunner());
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 4, target: 10 }))).toBe(true);
  });

  it('start fresh: the three reps are logged as an unfinished set, said so, then the set of eight starts', async () => {
    const userId = newRunner();
    const talk = await startOverThree(userId);
    await talk.intent('StartSetIntent');
    const opening = [t('unfinished.logged', { count: 3, target: 10 }), t('runnerDeadlift.cue.setupAt', { count: 8, weight: spoken(30) })].join(' ');
    expect(talk.said.startsWith(opening)).toBe(true);
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running', set: { repsDone: 0, target: 8 } } });
    expect(talk.sessionState.pendingStart).toBeUndefined();
    expect(await store().history(userId)).toEqual([expect.objectContaining({ reps: 3, weight: { amount: 30, unit }, source: 'guided' })]);
  });

  it('no to "carry on?" starts fresh the same way, and says so', async () => {
    const userId = newRunner();
    const talk = await startOverThree(userId);
    await talk.intent('AMAZON.NoIntent');
    expect(talk.said.startsWith(t('unfinished.logged', { count: 3, target: 10 }))).toBe(true);
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running', set: { target: 8 } } });
    expect(await store().history(userId)).toEqual([expect.objectContaining({ reps: 3 })]);
  });

  it('"start over" with reps done asks too, and a second "start over" logs them and restarts the set', async () => {
    const userId = newRunner();
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    midRep(talk, 4);
    await talk.intent('AMAZON.StartOverIntent');
    expect(talk.said).toBe([t('unfinished.inProgress', { count: 3, target: 10 }), ...question].join(' '));
    expect(await store().history(userId)).toEqual([]);
    await talk.intent('AMAZON.StartOverIntent');
    expect(talk.said.startsWith(t('unfinished.logged', { count: 3, target: 10 }))).toBe(true);
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running', set: { repsDone: 0, target: 10 } } });
    expect(await store().history(userId)).toEqual([expect.objectContaining({ reps: 3 })]);
  });

  /** A set of ten stopped at rep four and saved for later; the session ends. */
  async function savedAtFour(userId: string): Promise<void> {
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    midRep(talk, 5);
    await talk.intent('AMAZON.StopIntent');
    expect(talk.said).toBe(t('savedSet.savedForLater', { reps: 4, target: 10 }));
  }

  it('a one-shot "start a set" in a new session, with a set saved, asks first; yes picks it up at rep five', async () => {
    const userId = newRunner();
    await savedAtFour(userId);
    const talk = new Conversation(skill.invoke, { locale, userId, start: Date.parse('2026-11-21T07:00:00Z') });
    await talk.intent('StartSetIntent');
    expect(talk.said).toBe([t('savedSet.found', { reps: 4, target: 10 }), ...question].join(' '));
    expect(talk.ended).toBe(false);
    expect((await store().loadLaunch(userId)).pausedSet).toBeDefined();
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 5, target: 10 }))).toBe(true);
    expect(await store().history(userId)).toEqual([]);
  });

  it('relaunched with a set saved, "start a set" asks; starting fresh logs the four reps and says so', async () => {
    const userId = newRunner();
    await savedAtFour(userId);
    const talk = new Conversation(skill.invoke, { locale, userId, start: Date.parse('2026-11-21T07:00:00Z') });
    await talk.launch();
    expect(talk.sessionState.question).toBe('resumeSaved');
    await talk.intent('StartSetIntent', { reps: 12 });
    expect(talk.said).toBe([t('savedSet.found', { reps: 4, target: 10 }), ...question].join(' '));
    await talk.intent('StartSetIntent');
    expect(talk.said.startsWith(t('unfinished.logged', { count: 4, target: 10 }))).toBe(true);
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running', set: { repsDone: 0, target: 12 } } });
    expect(await store().history(userId)).toEqual([expect.objectContaining({ reps: 4 })]);
    // The saved set gave way: what is stored now is the new set, as its first block was sent.
    expect((await store().loadLaunch(userId)).pausedSet).toMatchObject({ set: { repsDone: 0, target: 12 } });
  });

  it('no to "pick it up from there?" logs the four reps as an unfinished set and says so in one sentence', async () => {
    const userId = newRunner();
    await savedAtFour(userId);
    const talk = new Conversation(skill.invoke, { locale, userId, start: Date.parse('2026-11-21T07:00:00Z') });
    await talk.launch();
    expect(talk.said.endsWith(t('ask.resumeSaved.say'))).toBe(true);
    await talk.intent('AMAZON.NoIntent');
    expect(talk.said).toBe([t('unfinished.logged', { count: 4, target: 10 }), t('ask.start.say')].join(' '));
    expect(await store().history(userId)).toEqual([expect.objectContaining({ reps: 4, source: 'guided' })]);
    expect((await store().loadLaunch(userId)).pausedSet).toBeUndefined();
    // The next launch offers nothing saved: the set is in the log now.
    await talk.intent('AMAZON.StopIntent');
    await talk.launch();
    expect(talk.sessionState.question).toBe('start');
  });
});
