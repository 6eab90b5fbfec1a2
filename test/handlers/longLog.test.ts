// Issue 11, items 1 and 2, through the exported handler against dynalite: history questions are
// right for a log of years (the week by a key range read page by page, the best kept on the profile
// item, the last workout read back to its start), and "delete my history" is immediate however
// long the log, its sets removed a bounded number per turn and never spoken again.
import { setItem } from '../../lambda/src/store/items';
import { translator } from '../../lambda/src/i18n';
import type { LoggedSet } from '../../lambda/src/workout/model';
import { exportedSkillBehindProxy, type SkillBehindProxy } from '../faults/faultProxy';
import { Conversation } from '../support/conversation';

const t = translator('en-US');
const NOW = Date.parse('2026-11-20T07:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let behind: SkillBehindProxy;
let runner = 0;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});
afterAll(() => behind.close());

function aSet(at: number, reps: number, pounds: number, clean = true): LoggedSet {
  return { id: `seed-${at}-${reps}-${pounds}`, exercise: 'runnerDeadlift', at: new Date(at).toISOString(), reps, source: 'voice', clean, weight: { amount: pounds, unit: 'lb' } };
}

/** Sets planted the way an older build (before the profile's aggregate) left them. */
async function plant(person: string, sets: readonly LoggedSet[]): Promise<void> {
  await behind.skill.table!.raw.putMany(sets.map((set) => setItem(person, set)));
}

function talk(): { conv: Conversation; person: string } {
  const person = `amzn1.ask.account.long-${(runner += 1)}`;
  return { conv: new Conversation(behind.skill.invoke, { userId: person, start: NOW }), person };
}

async function operations(turn: () => Promise<unknown>): Promise<string[]> {
  const before = behind.proxy.operations().length;
  await turn();
  return behind.proxy.operations().slice(before);
}

const setSaid = (reps: number, pounds: number) => t('log.setWithWeight', { count: reps, weight: t('weight.lb', { count: pounds, amount: pounds }) });

describe('history of a long log', () => {
  it('names the best set when it is the oldest of 201, and keeps it on the profile for the next question', async () => {
    const { conv, person } = talk();
    const old = aSet(NOW - 400 * DAY, 10, 135);
    await plant(person, [old, ...Array.from({ length: 200 }, (_, i) => aSet(NOW - DAY - i * 60 * MINUTE, 10, 95))]);
    await conv.launch();
    await conv.intent('BestSetIntent');
    expect(conv.said).toContain(t('history.best', { set: setSaid(10, 135) }));
    expect(await behind.skill.table!.raw.get(person, '~PROFILE')).toMatchObject({ bestKnown: true, best: { id: old.id } });
    // Known now: the next question is one read of the profile item, whatever the log's length.
    expect(await operations(() => conv.intent('BestSetIntent'))).toEqual(['Query']);
    expect(conv.said).toContain(t('history.best', { set: setSaid(10, 135) }));
  });

  it('ranks a full clean set above a heavier partial one, and a lighter best comes back when the best is deleted', async () => {
    const { conv } = talk();
    await conv.launch();
    await conv.intent('LogSetIntent', { reps: 10, weight: 100, unit: { value: 'pounds', id: 'lb' } });
    await conv.intent('AMAZON.YesIntent');
    // Heavier, but only six reps: not a full set, so not the best.
    conv.wait(MINUTE);
    await conv.intent('LogSetIntent', { reps: 6, weight: 150, unit: { value: 'pounds', id: 'lb' } });
    await conv.intent('AMAZON.YesIntent');
    await conv.intent('BestSetIntent');
    expect(conv.said).toContain(t('history.best', { set: setSaid(10, 100) }));
    conv.wait(MINUTE);
    await conv.intent('LogSetIntent', { reps: 10, weight: 120, unit: { value: 'pounds', id: 'lb' } });
    await conv.intent('AMAZON.YesIntent');
    await conv.intent('BestSetIntent');
    expect(conv.said).toContain(t('history.best', { set: setSaid(10, 120) }));
    await conv.intent('AMAZON.StopIntent');
    // A new session: the best set is in the store, and deleting it makes the best unknown again.
    await conv.launch();
    await conv.intent('DeleteLastSetIntent');
    await conv.intent('AMAZON.YesIntent');
    await conv.intent('BestSetIntent');
    expect(conv.said).toContain(t('history.best', { set: setSaid(10, 100) }));
  });

  it('counts all 210 sets of a five-day week', async () => {
    const { conv } = talk();
    const { person } = { person: `amzn1.ask.account.long-${runner}` };
    await plant(person, [
      ...Array.from({ length: 210 }, (_, i) => aSet(NOW - 5 * DAY + i * 30 * MINUTE, 5, 95)),
      ...Array.from({ length: 30 }, (_, i) => aSet(NOW - 9 * DAY - i * MINUTE, 5, 95)),
    ]);
    await conv.launch();
    await conv.intent('WeekCountIntent');
    // Half-hourly for four days and a half: never six hours apart, so one long session.
    expect(conv.said).toContain(t('history.week', { sessions: t('history.sessions', { count: 1 }), sets: t('history.sets', { count: 210 }), reps: t('history.reps', { count: 1050 }) }));
  });

  it('sums all 400 sets of the last workout', async () => {
    const { conv, person } = talk();
    await plant(person, [
      ...Array.from({ length: 400 }, (_, i) => aSet(NOW - 2 * DAY - i * 20_000, 3, 95)),
      aSet(NOW - 3 * DAY, 3, 95),
    ]);
    await conv.launch();
    await conv.intent('LastTimeIntent');
    expect(conv.said).toContain(t('history.last', { count: 400, when: t('history.daysAgo', { count: 2 }) }));
  });
});

describe('delete my history, long log', () => {
  it('is immediate, removes a bounded number of sets per turn, and nothing deleted is spoken again', async () => {
    const { conv, person } = talk();
    const logged = 1_000;
    await plant(person, Array.from({ length: logged }, (_, i) => aSet(NOW - DAY - i * 10 * MINUTE, 10, 95 + (i % 40))));
    await conv.launch();
    await conv.intent('DeleteHistoryIntent');
    const yes = await operations(() => conv.intent('AMAZON.YesIntent'));
    expect(conv.said.startsWith(t('log.historyDeleted'))).toBe(true);
    // The mark, the paused set, then at most three purge steps (a read of the profile, a page of
    // keys, four batches of 25): no turn waits for a thousand deletions.
    expect(yes.filter((op) => op === 'BatchWriteItem').length).toBeLessThanOrEqual(12);
    expect(yes.length).toBeLessThanOrEqual(2 + 3 * 6);
    expect((await behind.skill.table!.raw.keys(person)).filter((sk) => sk.startsWith('SET#')).length).toBeGreaterThan(0);
    for (const intent of ['LastTimeIntent', 'BestSetIntent', 'WeekCountIntent']) {
      await conv.intent(intent);
      expect(conv.said).toMatch(new RegExp(`^(${t('history.empty_last')}|${t('history.empty_week')})`));
    }
    await conv.intent('AMAZON.StopIntent');
    // Each later turn (and launch) removes more, until none is left; a launch never offers them.
    for (let turn = 0; turn < 40 && (await behind.skill.table!.raw.keys(person)).some((sk) => sk.startsWith('SET#')); turn += 1) {
      await conv.launch();
      expect(conv.said).not.toContain(t('history.bestOfThem', { set: '' }).slice(0, 8));
      await conv.intent('AMAZON.HelpIntent');
      await conv.intent('AMAZON.StopIntent');
    }
    expect((await behind.skill.table!.raw.keys(person)).filter((sk) => sk.startsWith('SET#'))).toEqual([]);
    expect(await behind.skill.table!.raw.get(person, '~PROFILE')).not.toHaveProperty('purgeOwed');
    // A set logged after the delete is the log's only one.
    conv.wait(MINUTE);
    await conv.launch();
    await conv.intent('LogSetIntent', { reps: 8 });
    await conv.intent('AMAZON.YesIntent');
    await conv.intent('LastTimeIntent');
    expect(conv.said).toContain(t('history.last', { count: 1, when: t('history.today') }));
  }, 60_000);
});
