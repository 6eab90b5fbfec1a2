// Fuzzed conversations through the exported Lambda handler (lambda/src/index.ts), with the store
// on dynalite behind the fault proxy: about one turn in 25 finds the store failing. The ledger
// in harness.ts then proves every finished set is in the store exactly once after it is back.
// Smaller than the in-process bulk because dynalite costs ~9 ms a request on this machine.
// FUZZ_STORE_TURNS=20000 for a long run; FUZZ_SEED=<n> replays a run.
import fc from 'fast-check';
import type { DynamoTrainingStore } from '../../lambda/src/store/dynamo';
import type { LoadedSkill } from '../support/skill';
import { exportedSkillBehindProxy, type FaultProxy, type SkillBehindProxy } from '../faults/faultProxy';
import { fuzzSeed, fuzzTurns, reportFigures, runOptions } from './config';
import { FuzzDriver, captureUnhandled, newTally, storedIdsFrom, type StoredIds } from './harness';
import { stepArbitrary } from './steps';
import { setItem } from '../../lambda/src/store/items';

const TURNS = fuzzTurns('FUZZ_STORE_TURNS', 3_000);
/** Several people on one device, partial envelopes, long logs: FUZZ_PEOPLE_TURNS for a long run. */
const PEOPLE_TURNS = fuzzTurns('FUZZ_PEOPLE_TURNS', 1_500);
/** Every LONG_LOG_EVERY-th conversation starts with this many sets in one person's log. */
const LONG_LOG = 2_000;
const LONG_LOG_EVERY = 10;
const SEED = fuzzSeed();
/** The batches stop once `turns` are done; a run past twice that is looping, and fails with its seed. */
const turnBudget = (turns: number) => 2 * turns + 100;
const tally = newTally();

let proxy: FaultProxy;
let skill: LoadedSkill;
let direct: DynamoTrainingStore;
let storedIds: StoredIds;

let behind: SkillBehindProxy;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
  ({ proxy, skill, direct } = behind);
  storedIds = storedIdsFrom(direct);
});

const peopleTally = newTally();

afterAll(async () => {
  await behind.close();
  reportFigures('store ledger fuzz, exported handler, dynalite behind the fault proxy', SEED, tally, proxy.stats());
  reportFigures('store ledger fuzz, three voices on one device, partial envelopes, long logs', SEED, peopleTally);
});

/** Years of sets, long before the conversation: they must not slow a turn or confuse the ledger. */
async function plantLongLog(partition: string): Promise<void> {
  const start = Date.parse('2023-01-01T07:00:00Z');
  const sets = Array.from({ length: LONG_LOG }, (_, i) => ({
    id: `planted-${i}`,
    exercise: 'runnerDeadlift' as const,
    at: new Date(start + i * 12 * 3_600_000).toISOString(),
    reps: 1 + (i % 12),
    source: 'voice' as const,
    weight: { amount: 45 + (i % 60), unit: 'lb' as const },
  }));
  await skill.table!.raw.putMany(sets.map((set) => setItem(partition, set)));
}

const runArbitrary = fc.array(stepArbitrary({ faults: true }), { minLength: 20, maxLength: 60 });

let person = 0;

test(`${TURNS}+ fuzzed turns with store faults: every finished set stored exactly once (seed ${SEED})`, async () => {
  const unhandled = captureUnhandled();
  try {
    for (let batch = 0; tally.turns < TURNS; batch += 1) {
      await fc.assert(
        fc.asyncProperty(runArbitrary, async (steps) => {
          person += 1;
          const driver = new FuzzDriver({
            invoke: skill.invoke,
            person: `ledger-${SEED}-${person}`,
            locale: 'en-US',
            start: Date.parse('2026-11-20T07:00:00Z'),
            tally,
            unhandled: unhandled.lines,
            proxy,
            storedIds,
            budget: { turns: turnBudget(TURNS) },
          });
          for (const step of steps) await driver.step(step);
          await driver.finish();
        }),
        runOptions(SEED + batch, Math.max(1, Math.ceil((TURNS - tally.turns) / 38))),
      );
    }
  } finally {
    unhandled.restore();
  }
  expect(tally.turns).toBeGreaterThanOrEqual(TURNS);
  expect(tally.setsLost).toBe(0);
}, 900_000);

const peopleRun = fc.array(stepArbitrary({ faults: true, people: 2 }), { minLength: 20, maxLength: 60 });
let household = 0;

test(`${PEOPLE_TURNS}+ fuzzed turns, three voices on one device, partial envelopes, long logs: every set stored once, under its owner (seed ${SEED})`, async () => {
  const unhandled = captureUnhandled();
  try {
    for (let batch = 0; peopleTally.turns < PEOPLE_TURNS; batch += 1) {
      await fc.assert(
        fc.asyncProperty(peopleRun, async (steps) => {
          household += 1;
          const name = `household-${SEED}-${household}`;
          if (household % LONG_LOG_EVERY === 1) await plantLongLog(`amzn1.ask.person.${name}-1`);
          const driver = new FuzzDriver({
            invoke: skill.invoke,
            person: name,
            people: 2,
            locale: 'en-US',
            start: Date.parse('2026-11-20T07:00:00Z'),
            tally: peopleTally,
            unhandled: unhandled.lines,
            proxy,
            storedIds,
            budget: { turns: turnBudget(PEOPLE_TURNS) },
          });
          for (const step of steps) await driver.step(step);
          await driver.finish();
        }),
        runOptions(SEED + 7919 + batch, Math.max(1, Math.ceil((PEOPLE_TURNS - peopleTally.turns) / 38))),
      );
    }
  } finally {
    unhandled.restore();
  }
  expect(peopleTally.turns).toBeGreaterThanOrEqual(PEOPLE_TURNS);
  expect(peopleTally.setsLost).toBe(0);
  expect(peopleTally.setsMisfiled).toBe(0);
}, 900_000);
