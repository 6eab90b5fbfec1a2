// "How many have I done?" at any moment, in every locale: mid-block it is a barge-in like any
// other (the set pauses at the rep the timeline reached, the count is said, the runner is offered
// to carry on), and outside a set it gets a sensible answer.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

type Block = { sentAt: number; firstRep: number; lastRep: number; repStarts: number[]; repEnds: number[]; endsAt: number };

function block(talk: Conversation): Block {
  return (talk.sessionState.stage as { set: { block: Block } }).set.block;
}

describe.each(Object.keys(LOCALES))('how many reps, in %s', (locale) => {
  const t = translator(locale);

  it('mid-block: pauses at the rep reached, says the count and what is left, then offers to carry on', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-count-mid` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    // Half way through rep 5: four counts were due.
    talk.at(first.sentAt + (first.repStarts[4]! + first.repEnds[4]!) / 2);
    await talk.intent('RepCountIntent');
    expect(talk.said).toBe([t('repCount.done', { count: 4 }), t('repCount.left', { count: 6 }), t('ask.resume.say')].join(' '));
    expect(talk.sessionState).toMatchObject({ stage: { name: 'paused', set: { repsDone: 4, target: 10 } }, question: 'resume' });
    expect(talk.ended).toBe(false);
    await talk.intent('AMAZON.ResumeIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 5, target: 10 }))).toBe(true);
  });

  it('one rep in: the count agrees with the word it counts', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-count-one` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 2 });
    const first = block(talk);
    talk.at(first.sentAt + (first.repStarts[1]! + first.repEnds[1]!) / 2);
    await talk.intent('RepCountIntent');
    expect(talk.said).toBe([t('repCount.done', { count: 1 }), t('repCount.left', { count: 1 }), t('ask.resume.say')].join(' '));
    expect(talk.said).not.toMatch(/\b1\b/);
  });

  it('before the first rep: none yet, all of them to go', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-count-none` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 8 });
    talk.at(block(talk).sentAt + 1000);
    await talk.intent('RepCountIntent');
    expect(talk.said).toBe([t('repCount.none'), t('repCount.left', { count: 8 }), t('ask.resume.say')].join(' '));
  });

  it('after the set: what the set came to, and the question still standing', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-count-after` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    talk.at(first.sentAt + first.repEnds[3]! + 1000);
    await talk.intent('FinishSetIntent');
    await talk.intent('RepCountIntent');
    expect(talk.said).toBe([t('repCount.finished', { count: 4, target: 10 }), t('ask.wasClean.say')].join(' '));
    expect(talk.sessionState.question).toBe('wasClean');
  });

  it('with no set going: says so and asks to start one', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-count-ready` });
    await talk.launch();
    await talk.intent('RepCountIntent');
    expect(talk.said).toBe([t('notNow.ready'), t('ask.start.say')].join(' '));
  });
});
