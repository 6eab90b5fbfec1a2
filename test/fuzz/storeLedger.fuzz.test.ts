// Fuzzed conversations through the exported Lambda handler (lambda/src/index.ts), with the store
// on dynalite behind the fault proxy: about one turn in 25 finds the store failing. The ledger
// in harness.ts then proves every finished set is in the store exactly once after it is back.
// Smaller than the in-process bulk because dynalite costs ~9 ms a request on this machine.
// FUZZ_STORE_TURNS=20000 for a long run; FUZZ_SEED=<n> replays a run.
import fc from 'fast-check';
import type { DynamoTrainingStore } from '../../lambda/src/store/dynamo';
import type { LoadedSkill } from '../support/skill';
import { exportedSkillBehindProxy, type FaultProxy, type SkillBehindProxy } from '../faults/faultProxy';
import { fuzzSeed, fuzzTurns, reportFigures } from './config';
import { FuzzDriver, captureUnhandled, newTally, storedIdsFrom, type StoredIds } from './harness';
import { stepArbitrary } from './steps';

const TURNS = fuzzTurns('FUZZ_STORE_TURNS', 3_000);
const SEED = fuzzSeed();
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

afterAll(async () => {
  await behind.close();
  reportFigures('store ledger fuzz, exported handler, dynalite behind the fault proxy', SEED, tally, proxy.stats());
});

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
          });
          for (const step of steps) await driver.step(step);
          await driver.finish();
        }),
        { seed: SEED + batch, numRuns: Math.max(1, Math.ceil((TURNS - tally.turns) / 38)) },
      );
    }
  } finally {
    unhandled.restore();
  }
  expect(tally.turns).toBeGreaterThanOrEqual(TURNS);
  expect(tally.setsLost).toBe(0);
}, 900_000);
