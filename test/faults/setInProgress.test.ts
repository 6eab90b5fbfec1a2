// The set in progress is stored as each block is sent (test/handlers/setInProgress.test.ts). When
// the store is down or slow at that moment, the runner loses nothing: the block is the one a
// working store gets, the write waits in the session and goes out on a later turn, and the set is
// logged when it ends. Through the exported handler, dynalite behind the fault proxy.
import type { RequestEnvelope } from 'ask-sdk-model';
import { ANSWER_MARGIN_MS } from '../../lambda/src/store/deadline';
import { PAUSED_SK } from '../../lambda/src/store/keys';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { exportedSkillBehindProxy, type SkillBehindProxy } from './faultProxy';

let behind: SkillBehindProxy;
let runner = 0;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});
afterAll(() => behind.close());
afterEach(async () => {
  behind.proxy.setMode({ kind: 'pass' });
  await behind.proxy.startListening().catch(() => undefined);
});

type Block = { firstRep: number; lastRep: number; endsAt: number };
const blockOf = (conv: Conversation) => (conv.sessionState.stage as { set: { block: Block } }).set.block;
const pending = (conv: Conversation) => (conv.sessionState.pending as { type: string }[] | undefined) ?? [];

/** A conversation whose requests come with a Lambda context that has `remaining` ms left. */
function talk(locale: string, remaining = 7_000): { conv: Conversation; person: string } {
  const person = `amzn1.ask.account.in-progress-${(runner += 1)}`;
  const context = { getRemainingTimeInMillis: () => remaining };
  const invoke = (envelope: RequestEnvelope) => behind.skill.invokeWith(envelope, context);
  return { conv: new Conversation(invoke, { locale, userId: person }), person };
}

/** Launch, a set of `reps` (twenty unless said), its first block played out: the next answer sends the second block. */
async function intoFirstBlock(conv: Conversation, reps = 20): Promise<Block> {
  await conv.launch();
  await conv.intent('StartSetIntent', { reps });
  const first = blockOf(conv);
  conv.wait(first.endsAt);
  return first;
}

/** A set of ten played to its end, "was it clean?" asked: the next answer settles the set. */
async function atWasClean(conv: Conversation): Promise<Block> {
  const first = await intoFirstBlock(conv, 10);
  await conv.intent('AMAZON.YesIntent');
  conv.wait(blockOf(conv).endsAt);
  return first;
}

/** What the runner hears of a block: the speech without the store's warning. */
const withoutWarning = (said: string, warning: string) => said.replace(warning, '').replace(/\s+/g, ' ').trim();

describe.each(Object.keys(LOCALES))('the set in progress with the store failing, in %s', (locale) => {
  const t = translator(locale);

  test('the store down when the second block is sent: the block is heard as with a working store, and the set in progress is stored on the next block', async () => {
    // The same turns with a working store, for the block the runner should hear.
    const twin = talk(locale).conv;
    await intoFirstBlock(twin);
    await twin.intent('AMAZON.YesIntent');
    const expected = { block: blockOf(twin), said: twin.said };

    const { conv, person } = talk(locale);
    const first = await intoFirstBlock(conv);
    await behind.proxy.stopListening();
    await conv.intent('AMAZON.YesIntent');
    await behind.proxy.startListening();
    expect(blockOf(conv)).toEqual(expected.block);
    expect(conv.said).toContain(t('saveFailed'));
    expect(withoutWarning(conv.said, t('saveFailed'))).toBe(expected.said);
    // The store still holds the first block's write (nothing counted), and this one waits in the session.
    expect((await behind.direct.loadLaunch(person)).pausedSet).toMatchObject({ set: { repsDone: 0, target: 20 } });
    expect(pending(conv).map((write) => write.type)).toContain('savePausedSet');

    // The store is back for the third block: that block's write supersedes the one that waited.
    const second = blockOf(conv);
    conv.wait(second.endsAt);
    await conv.intent('AMAZON.YesIntent');
    expect(pending(conv)).toEqual([]);
    expect(blockOf(conv).firstRep).toBe(second.lastRep + 1);
    // The runner walks off: no SessionEndedRequest. The next launch offers the set at the reps counted.
    const back = new Conversation(behind.skill.invoke, { locale, userId: person, start: conv.now + 60 * 60 * 1000 });
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: second.lastRep, target: 20 }));
    expect(first.lastRep).toBeLessThan(second.lastRep);
  });

  test('the store down when the second block is sent, the set then finished: the set is logged once and nothing is offered later', async () => {
    const { conv, person } = talk(locale);
    await intoFirstBlock(conv);
    behind.proxy.setMode({ kind: 'reset' });
    await conv.intent('AMAZON.YesIntent');
    behind.proxy.setMode({ kind: 'pass' });
    expect(pending(conv).map((write) => write.type)).toContain('savePausedSet');
    for (let guard = 0; guard < 5 && conv.sessionState.question !== 'wasClean'; guard += 1) {
      conv.wait(blockOf(conv).endsAt);
      await conv.intent('AMAZON.YesIntent');
    }
    await conv.intent('AMAZON.YesIntent');
    expect((await behind.direct.history(person)).map((set) => set.reps)).toEqual([20]);
    const launch = await behind.direct.loadLaunch(person);
    expect(launch.pausedSet).toBeUndefined();
    expect(pending(conv)).toEqual([]);
  });

  test('the set refused by the store at "was it clean?", then the session ends silently: the stored set in progress stays, and the next launch offers it', async () => {
    const { conv, person } = talk(locale);
    const first = await atWasClean(conv);
    expect(conv.sessionState.question).toBe('wasClean');
    // The set's PutItem fails (a failed condition over a set the store does not hold): it waits
    // in the outbox; anything else would go through, so a clear sent first would be stored.
    const before = behind.proxy.operations().length;
    behind.proxy.setMode({ kind: 'conditionFail' });
    await conv.intent('AMAZON.YesIntent');
    behind.proxy.setMode({ kind: 'pass' });
    expect(behind.proxy.operations().slice(before)).not.toContain('DeleteItem');
    expect(conv.said).toContain(t('saveFailed'));
    expect((conv.sessionState.outbox as { reps: number }[]).map((set) => set.reps)).toEqual([10]);
    // No later request, no SessionEndedRequest: the outbox is gone with the session.
    const back = new Conversation(behind.skill.invoke, { locale, userId: person, start: conv.now + 60 * 60 * 1000 });
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 10 }));
  });

  test('"no" to a set offered at launch, with the store refusing that set: the stored set stays, and the launch after offers it again', async () => {
    const { conv, person } = talk(locale);
    const first = await intoFirstBlock(conv);
    await conv.intent('AMAZON.YesIntent');
    // Walked off in the second block; hours later the set is offered, and the runner says no.
    const back = new Conversation(behind.skill.invoke, { locale, userId: person, start: conv.now + 60 * 60 * 1000 });
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 20 }));
    const before = behind.proxy.operations().length;
    behind.proxy.setMode({ kind: 'conditionFail' });
    await back.intent('AMAZON.NoIntent');
    behind.proxy.setMode({ kind: 'pass' });
    // Its reps are logged as an unfinished set, which the store refused: it waits, and so does the clear.
    expect((back.sessionState.outbox as { reps: number }[]).map((set) => set.reps)).toEqual([first.lastRep]);
    expect(behind.proxy.operations().slice(before)).not.toContain('DeleteItem');
    const third = new Conversation(behind.skill.invoke, { locale, userId: person, start: back.now + 60 * 60 * 1000 });
    await third.launch();
    expect(third.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 20 }));
  });

  test('a new set started at "was it clean?", with the store refusing the old set: the old set stays stored, not the new one', async () => {
    const { conv, person } = talk(locale);
    const first = await atWasClean(conv);
    // Only the set's PutItem is refused: the new set's write to the set in progress would be stored.
    const before = behind.proxy.operations().length;
    behind.proxy.setMode({ kind: 'conditionFail', sparing: `"${PAUSED_SK}"` });
    await conv.intent('StartSetIntent', { reps: 3 });
    behind.proxy.setMode({ kind: 'pass' });
    expect(behind.proxy.operations().slice(before).filter((operation) => operation === 'PutItem')).toHaveLength(1);
    expect((conv.sessionState.outbox as { reps: number }[]).map((set) => set.reps)).toEqual([10]);
    // The session then ends without a word: the set of ten is what the next launch offers.
    const back = new Conversation(behind.skill.invoke, { locale, userId: person, start: conv.now + 60 * 60 * 1000 });
    await back.launch();
    expect(back.said).toContain(t('savedSet.found', { reps: first.lastRep, target: 10 }));
  });

  test('the store too slow for the turn when the second block is sent: the block is heard, the write waits for the next turn', async () => {
    const budget = 600;
    const { conv, person } = talk(locale, budget + ANSWER_MARGIN_MS);
    await intoFirstBlock(conv);
    // Slower than the whole turn's budget: the call is cut at the deadline.
    behind.proxy.setMode({ kind: 'slow', ms: budget * 4 });
    await conv.intent('AMAZON.YesIntent');
    behind.proxy.setMode({ kind: 'pass' });
    expect(conv.said).toContain(t('saveFailed'));
    expect(blockOf(conv).lastRep).toBeGreaterThan(blockOf(conv).firstRep);
    expect(pending(conv).map((write) => write.type)).toContain('savePausedSet');
    const second = blockOf(conv);
    // The next turn, a pause that sends no block, writes what waited.
    conv.wait(second.endsAt - 1);
    await conv.intent('AMAZON.PauseIntent');
    expect(pending(conv)).toEqual([]);
    // Stored as the second block was sent: with the reps counted before it.
    const stored = (await behind.direct.loadLaunch(person)).pausedSet as { set: { repsDone: number; target: number } } | undefined;
    expect(stored?.set).toMatchObject({ repsDone: second.firstRep - 1, target: 20 });
  }, 30_000);
});
