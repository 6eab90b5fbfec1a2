// Issue 11 item 1: a best that is unknown (a profile from before the aggregate) is rebuilt in
// bounded steps: each question reads what its turn's deadline allows, keeps its place on the
// profile, and the next question goes on from there. The deadline's clock is the test's own
// (every reading moves it 100 ms), so no step depends on how fast this machine is.
import { deadlineIn } from '../../lambda/src/store/deadline';
import { isStoreError } from '../../lambda/src/store';
import { setItem } from '../../lambda/src/store/items';
import type { LoggedSet } from '../../lambda/src/workout/model';
import { freshTable, type TestTable } from '../support/storeTable';

let table: TestTable;
beforeAll(async () => {
  table = await freshTable();
});
afterAll(() => table.close());

const START = Date.parse('2023-01-01T07:00:00Z');
const aSet = (i: number, pounds: number): LoggedSet => ({
  id: `old-${i}`,
  exercise: 'runnerDeadlift',
  at: new Date(START + i * 8 * 3_600_000).toISOString(),
  reps: 10,
  clean: true,
  source: 'voice',
  weight: { amount: pounds, unit: 'lb' },
});

/** A turn's deadline of 1 s on a clock that moves 100 ms each time it is read. */
function steppedDeadline() {
  let now = 0;
  return deadlineIn(1_000, () => (now += 100));
}

test('a log of 3,000 sets with no aggregate: the best is found over several bounded questions, then kept', async () => {
  const person = 'rebuild-3000';
  // The best is the oldest set: the pass, newest first, finds it last.
  await table.raw.putMany([aSet(0, 185), ...Array.from({ length: 2_999 }, (_, i) => aSet(i + 1, 95 + (i % 50)))].map((set) => setItem(person, set)));
  let answer: LoggedSet | undefined;
  let cutShort = 0;
  for (let question = 0; question < 20 && answer === undefined; question += 1) {
    try {
      answer = await table.store.within(steppedDeadline()).best(person);
    } catch (error) {
      if (!isStoreError(error) || error.code !== 'timeout') throw error;
      cutShort += 1;
      // Each cut-short question kept its place: the next one does not start over.
      expect((await table.raw.get(person, '~PROFILE'))?.bestScan).toMatchObject({ after: expect.stringMatching(/^SET#/) });
    }
  }
  expect(answer?.id).toBe('old-0');
  // 3,000 sets at 500 a page, one page per question: the pass took several questions.
  expect(cutShort).toBeGreaterThanOrEqual(5);
  const profile = await table.raw.get(person, '~PROFILE');
  expect(profile).toMatchObject({ bestKnown: true, best: { id: 'old-0' } });
  expect(profile).not.toHaveProperty('bestScan');
  // Known now: one read, within any deadline.
  expect((await table.store.within(steppedDeadline()).best(person))?.id).toBe('old-0');
}, 60_000);

test('deleting a set the unfinished pass already counted makes it start over, so a deleted best is never named', async () => {
  const person = 'rebuild-delete';
  const sets = [...Array.from({ length: 1_200 }, (_, i) => aSet(i, 95)), { ...aSet(5_000, 200), id: 'newest-heavy' }];
  await table.raw.putMany(sets.map((set) => setItem(person, set)));
  await expect(table.store.within(steppedDeadline()).best(person)).rejects.toMatchObject({ code: 'timeout' });
  expect((await table.raw.get(person, '~PROFILE'))?.bestScan).toMatchObject({ best: { id: 'newest-heavy' } });
  await table.store.deleteSet(person, sets.at(-1)!);
  expect(await table.raw.get(person, '~PROFILE')).not.toHaveProperty('bestScan');
  expect((await table.store.best(person))?.weight?.amount).toBe(95);
}, 60_000);
