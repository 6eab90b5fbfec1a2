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
  const stage = talk.sessionState.stage as { set: { block: Block } };
  return stage.set.block;
}

function repsDone(talk: Conversation): number {
  return (talk.sessionState.stage as { set: { repsDone: number } }).set.repsDone;
}

describe.each(Object.keys(LOCALES))('a guided set in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const pounds = unit === 'lb';
  it('welcomes a first-time runner and tells them to start light', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'first-timer' });
    await talk.launch();
    expect(talk.said).toContain(t('welcome.first'));
    expect(talk.said.endsWith(t('ask.start.say'))).toBe(true);
    expect(talk.ended).toBe(false);
  });

  it('walks a runner through a full set of ten and logs it', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'full-set' });
    await talk.launch();
    const weight = pounds ? 65 : 30;
    await talk.intent('StartSetIntent', { reps: 10, weight, unit: { value: unit, id: unit } });
    // The set says its reps and weight before anything else: no one lifts a weight they did not choose.
    const said = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
    expect(talk.said.startsWith(t('runnerDeadlift.cue.setupAt', { count: 10, weight: said(weight) }))).toBe(true);
    expect(talk.said).toContain(t('runnerDeadlift.cue.setup'));
    expect(talk.said).toContain(t('runnerDeadlift.cue.hinge.full1'));
    expect(talk.said).toContain(t('runnerDeadlift.cue.barPath.full1'));
    expect(talk.said).toContain(t('runnerDeadlift.cue.breathe.full1', { count: 3 }));
    let spoken = 0;
    while (talk.sessionState.question !== 'wasClean') {
      spoken += block(talk).lastRep - block(talk).firstRep + 1;
      expect(talk.said.endsWith(t('ask.keepGoing.say'))).toBe(true);
      talk.wait(block(talk).endsAt + 3000);
      await talk.intent('AMAZON.YesIntent');
    }
    spoken += block(talk).lastRep - block(talk).firstRep + 1;
    expect(spoken).toBe(10);
    const heavier = pounds ? 70 : 32.5;
    const spokenWeight = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
    expect(talk.said).toContain(
      [t('runnerDeadlift.cue.count.last', { rep: 10, target: 10, count: 10 }), t('setDone.full', { count: 10 }), t('setDone.atWeight', { weight: spokenWeight(weight) }), t('ask.wasClean.say')].join(' '),
    );
    talk.wait(block(talk).endsAt + 5000);
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said).toContain(t('cleanNoted.yes'));
    expect(talk.said).toContain(t('suggest.addWeight', { to: spokenWeight(heavier), from: spokenWeight(weight) }));
    const mine = await skill.table!.store.history(locale + 'full-set');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ reps: 10, weight: { amount: weight, unit }, clean: true, source: 'guided' });
  });

  it('pauses at the rep the runner reached, by the request timestamp, and resumes there', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'barge-in' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    // Half way through rep 4: three counts were due.
    const rep4 = first.sentAt + (first.repStarts[3]! + first.repEnds[3]!) / 2;
    talk.at(rep4);
    await talk.intent('AMAZON.PauseIntent');
    expect(talk.said).toBe(`${t('paused', { reps: 3, target: 10 })} ${t('ask.resume.say')}`);
    talk.wait(60_000);
    await talk.intent('AMAZON.ResumeIntent');
    expect(talk.said.startsWith(t('runnerDeadlift.cue.resumeAt', { rep: 4, target: 10 }))).toBe(true);
    expect(block(talk).firstRep).toBe(4);
  });

  it('finishes early with the reps actually reached, not the reps in the block', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'early' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    talk.at(first.sentAt + first.repEnds[3]! + 1000);
    await talk.intent('FinishSetIntent');
    // No weight was said: the set was lifted with the empty bar.
    const bar = t(`weight.${unit}`, { amount: pounds ? '45' : '20', count: pounds ? 45 : 20 });
    expect(talk.said).toBe(`${t('setDone.early', { count: 4, target: 10 })} ${t('setDone.atWeight', { weight: bar })} ${t('ask.wasClean.say')}`);
  });

  it('lets the runner correct the count', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'correct' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(30_000);
    await talk.intent('CorrectCountIntent', { reps: 7 });
    expect(talk.said).toBe(`${t('countIs', { reps: 7, target: 10, count: 7 })} ${t('ask.resume.say')}`);
    expect(repsDone(talk)).toBe(7);
  });

  it('paces rep by rep when asked, waiting for next', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: locale + 'rep-by-rep' });
    await talk.launch();
    await talk.intent('SetPacingIntent', { pacing: { value: 'rep by rep', id: 'repByRep' } });
    expect(talk.said).toContain(t('setting.pacing_repByRep'));
    await talk.intent('StartSetIntent', { reps: 3 });
    expect(block(talk)).toMatchObject({ firstRep: 1, lastRep: 1 });
    expect(talk.said.endsWith(t('ask.nextRep.say'))).toBe(true);
    talk.wait(block(talk).endsAt + 1000);
    await talk.intent('AMAZON.NextIntent');
    expect(block(talk)).toMatchObject({ firstRep: 2, lastRep: 2 });
    talk.wait(block(talk).endsAt + 1000);
    await talk.intent('AMAZON.NextIntent');
    expect(talk.said).toContain(`${t('runnerDeadlift.cue.count.last', { rep: 3, target: 3, count: 3 })} ${t('setDone.full', { count: 3 })}`);
  });
});
