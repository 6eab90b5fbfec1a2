// The clock learns the device, through the exported handler: a runner whose Alexa speaks 15% faster
// than the estimate answers three closing questions promptly; from then on the rep named at any
// moment is the rep heard, the whole block counts once its last count has played, and the next
// session starts with the pace learned (it is kept in the profile with the settings).
import { LOCALES } from '../../lambda/src/i18n';
import type { Block } from '../../lambda/src/workout/model';
import { countDue } from '../../lambda/src/workout/pacing';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

/** The device: 15% faster than the estimate's nominal pace; its breaks exact. */
const DEVICE = 1.15;
/** From the end of the question to the answer's timestamp: the runner says "yes" at once. */
const REPLY_MS = 1_300;

type Stage = { name: string; set: { block?: Block; repsDone?: number; reps?: number } };
const stage = (talk: Conversation): Stage => talk.sessionState.stage as Stage;
function block(talk: Conversation): Block {
  const found = stage(talk).set.block;
  if (!found) throw new Error(`no block playing (stage ${stage(talk).name})`);
  return found;
}

/** When the device says rep i's count (ms since the epoch). */
const heardAt = (b: Block, i: number): number => b.sentAt + countDue(b, i, DEVICE);
/** When the device has finished the block and its question, and the runner has said yes. */
const answerAt = (b: Block): number => heardAt(b, b.repEnds.length - 1) + (b.closeMs ?? 0) / DEVICE + REPLY_MS;

/** Reps the core counts after "how many have I done?" at `now`, from a copy of the session. */
async function namedAt(talk: Conversation, attributes: Record<string, unknown>, now: number): Promise<number> {
  talk.setSessionAttributes(structuredClone(attributes));
  await talk.at(now).intent('RepCountIntent');
  const { name, set } = stage(talk);
  return name === 'finished' ? set.reps! : set.repsDone!;
}

describe.each(Object.keys(LOCALES))('a device 15%% fast, in %s', (locale) => {
  it('after three prompt answers the count named is the count heard, and the whole block counts after its last count', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-calibrated` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    // 1: "keep going?" after the first block of the set.
    expect(stage(talk).name).toBe('running');
    await talk.at(answerAt(block(talk))).intent('AMAZON.YesIntent');
    // 2: "was it clean?" after the set's last block.
    expect(talk.sessionState.question).toBe('wasClean');
    await talk.at(answerAt(block(talk))).intent('AMAZON.YesIntent');
    await talk.wait(5_000).intent('AMAZON.YesIntent'); // another set: yes
    // 3: "keep going?" after the new set's first block.
    await talk.at(answerAt(block(talk))).intent('AMAZON.YesIntent');

    const settings = talk.sessionState.settings as { pace?: { language: string; samples: number[] }[] };
    const samples = settings.pace?.find((p) => p.language === locale.slice(0, 2))?.samples ?? [];
    expect(samples).toHaveLength(3);
    for (const factor of samples) expect(Math.abs(factor - DEVICE)).toBeLessThan(0.03);

    // The block now playing was planned with the pace learned: probe it between every two counts.
    const playing = block(talk);
    const snapshot = structuredClone(talk.sessionState);
    const attributes = { state: snapshot };
    const reps = playing.repEnds.length;
    expect(reps).toBeGreaterThan(1);
    for (let i = 0; i < reps - 1; i += 1) {
      const between = (heardAt(playing, i) + heardAt(playing, i + 1)) / 2;
      expect({ rep: i, named: await namedAt(talk, attributes, between) }).toEqual({ rep: i, named: playing.firstRep + i });
    }
    // Before the first count: none of this block yet.
    expect(await namedAt(talk, attributes, (playing.sentAt + heardAt(playing, 0)) / 2)).toBe(playing.firstRep - 1);
    // Just after the last count: the whole block, for "how many" and for "I'm done" alike.
    const afterLast = heardAt(playing, reps - 1) + 300;
    expect(await namedAt(talk, attributes, afterLast)).toBe(playing.lastRep);
    talk.setSessionAttributes(structuredClone(attributes));
    await talk.at(afterLast).intent('FinishSetIntent');
    expect(stage(talk)).toMatchObject({ name: 'finished', set: { reps: playing.lastRep } });
  });

  it('the pace learned is kept in the profile: the next session plans with it', async () => {
    const userId = `${locale}-kept`;
    const talk = new Conversation(skill.invoke, { locale, userId });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    await talk.at(answerAt(block(talk))).intent('AMAZON.YesIntent');
    const learned = (talk.sessionState.settings as { pace?: unknown }).pace;
    expect(learned).toEqual([{ language: locale.slice(0, 2), samples: [expect.any(Number)] }]);
    await talk.intent('AMAZON.StopIntent');

    const next = new Conversation(skill.invoke, { locale, userId, start: talk.now + 3_600_000 });
    await next.launch();
    expect((next.sessionState.settings as { pace?: unknown }).pace).toEqual(learned);
  });

  it('a runner who never answers promptly keeps the default range', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-slow` });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    // A minute's rest before every yes.
    await talk.at(answerAt(block(talk)) + 60_000).intent('AMAZON.YesIntent');
    await talk.at(answerAt(block(talk)) + 60_000).intent('AMAZON.YesIntent');
    expect((talk.sessionState.settings as { pace?: unknown }).pace).toBeUndefined();
  });
});
