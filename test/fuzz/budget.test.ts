// The fuzz harness fails a run that costs too much, by counting, never by a clock: a turn that
// keeps the store busy, a run that never reaches its end, and (what made seed 362583435 look like
// a hang) a failure fast-check would shrink, one conversation against dynalite per try.
import fc from 'fast-check';
import { exportedSkillBehindProxy, type SkillBehindProxy } from '../faults/faultProxy';
import { runOptions } from './config';
import { FuzzDriver, PropertyViolation, newTally, storedIdsFrom, type DriverOptions } from './harness';
import type { FuzzStep } from './steps';

let behind: SkillBehindProxy;
beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});
afterAll(() => behind.close());

let household = 0;
function driver(budget: DriverOptions['budget']): FuzzDriver {
  household += 1;
  return new FuzzDriver({
    invoke: behind.skill.invoke,
    person: `budget-${household}`,
    locale: 'en-US',
    start: Date.parse('2026-11-20T07:00:00Z'),
    tally: newTally(),
    unhandled: [],
    proxy: behind.proxy,
    storedIds: storedIdsFrom(behind.direct),
    budget,
  });
}

const step = (request: FuzzStep['request']): FuzzStep => ({ request, time: { kind: 'advance', ms: 5_000 }, tamper: { kind: 'none' }, retry: false, storeDown: false });
const launch = step({ type: 'LaunchRequest' });
const help = step({ type: 'IntentRequest', name: 'AMAZON.HelpIntent', slots: {} });

test('a turn that makes more store requests than its budget fails the run, naming the count', async () => {
  // A launch reads the runner's log: at least one store request, over a budget of none.
  await expect(driver({ storeRequestsPerTurn: 0 }).step(launch)).rejects.toThrow(/one turn made [1-9]\d* store requests \(budget 0\)/);
});

test('the same turn within the budget passes', async () => {
  await expect(driver({ storeRequestsPerTurn: 40 }).step(launch)).resolves.toBeUndefined();
});

test('a run past its turn budget fails instead of going on', async () => {
  const run = driver({ turns: 2 });
  await run.step(launch);
  await run.step(help);
  const third = run.step(help);
  await expect(third).rejects.toThrow(PropertyViolation);
  await expect(third).rejects.toThrow('the run went past its budget of 2 turns');
});

test('a failing conversation is run once, not shrunk: fast-check reports it with its seed and stops', async () => {
  let tries = 0;
  const failing = fc.asyncProperty(fc.array(fc.integer(), { minLength: 5, maxLength: 30 }), async () => {
    tries += 1;
    throw new Error('this conversation fails');
  });
  await expect(fc.assert(failing, runOptions(362583435, 10))).rejects.toThrow(/seed: 362583435/);
  expect(tries).toBe(1);
});
