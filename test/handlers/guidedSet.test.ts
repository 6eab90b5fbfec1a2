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

describe('a guided set', () => {
  it('welcomes a first-time runner and tells them to start light', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'first-timer' });
    await talk.launch();
    expect(talk.said).toMatch(/lightest bar/);
    expect(talk.said).toMatch(/Ready to start a set\?$/);
    expect(talk.ended).toBe(false);
  });

  it('walks a runner through a full set of ten and logs it', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'full-set' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10, weight: 65, unit: { value: 'pounds', id: 'lb' } });
    expect(talk.said).toMatch(/^Lift the bar to your waist/);
    expect(talk.said).toMatch(/Butt out, hips back/);
    expect(talk.said).toMatch(/Belly breaths, 3/);
    let spoken = 0;
    while (talk.sessionState.question !== 'wasClean') {
      spoken += block(talk).lastRep - block(talk).firstRep + 1;
      expect(talk.said).toMatch(/Keep going\?$/);
      talk.wait(block(talk).endsAt + 3000);
      await talk.intent('AMAZON.YesIntent');
    }
    spoken += block(talk).lastRep - block(talk).firstRep + 1;
    expect(spoken).toBe(10);
    expect(talk.said).toMatch(/That is 10\. Set done, 10 reps\. That was at 65 pounds\. Was every rep slow and clean\?$/);
    talk.wait(block(talk).endsAt + 5000);
    await talk.intent('AMAZON.YesIntent');
    expect(talk.said).toMatch(/noted as clean/);
    expect(talk.said).toMatch(/try 70 pounds/);
    const mine = await skill.table!.store.history('full-set');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ reps: 10, weight: { amount: 65, unit: 'lb' }, clean: true, source: 'guided' });
  });

  it('pauses at the rep the runner reached, by the request timestamp, and resumes there', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'barge-in' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    // Half way through rep 7: six counts were due.
    const rep7 = first.sentAt + (first.repStarts[6]! + first.repEnds[6]!) / 2;
    talk.at(rep7);
    await talk.intent('AMAZON.PauseIntent');
    expect(talk.said).toBe('Paused at rep 6 of 10. Say resume when you are ready.');
    talk.wait(60_000);
    await talk.intent('AMAZON.ResumeIntent');
    expect(talk.said).toMatch(/^Back to it at rep 7 of 10\./);
    expect(block(talk).firstRep).toBe(7);
  });

  it('finishes early with the reps actually reached, not the reps in the block', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'early' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const first = block(talk);
    talk.at(first.sentAt + first.repEnds[3]! + 1000);
    await talk.intent('FinishSetIntent');
    expect(talk.said).toMatch(/^Set ended at 4 reps of 10\./);
    expect(talk.said).toMatch(/Was every rep slow and clean\?$/);
  });

  it('lets the runner correct the count', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'correct' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(30_000);
    await talk.intent('CorrectCountIntent', { reps: 7 });
    expect(talk.said).toBe('Got it, 7 of 10. Say resume when you are ready.');
    expect(repsDone(talk)).toBe(7);
  });

  it('paces rep by rep when asked, waiting for next', async () => {
    const talk = new Conversation(skill.invoke, { userId: 'rep-by-rep' });
    await talk.launch();
    await talk.intent('SetPacingIntent', { pacing: { value: 'rep by rep', id: 'repByRep' } });
    expect(talk.said).toMatch(/one rep at a time/);
    await talk.intent('StartSetIntent', { reps: 3 });
    expect(block(talk)).toMatchObject({ firstRep: 1, lastRep: 1 });
    expect(talk.said).toMatch(/Say next for the next rep\.$/);
    talk.wait(block(talk).endsAt + 1000);
    await talk.intent('AMAZON.NextIntent');
    expect(block(talk)).toMatchObject({ firstRep: 2, lastRep: 2 });
    talk.wait(block(talk).endsAt + 1000);
    await talk.intent('AMAZON.NextIntent');
    expect(talk.said).toMatch(/That is 3\. Set done, 3 reps\./);
  });
});
