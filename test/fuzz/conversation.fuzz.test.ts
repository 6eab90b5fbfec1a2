// The bulk of the conversation fuzzing: in process (skillBuilder(...).create().invoke) and with
// no store, so that 10,000 turns fit in the default `npm test`. Every turn is checked: never the
// generic error, a valid response within the platform limits, a reprompt while the session is
// open, rep counts within 0..target. The store side (exactly-once) is in storeLedger.fuzz.test.ts.
// FUZZ_TURNS=100000 for a long run; FUZZ_SEED=<n> replays a run (the seed is printed).
import fc from 'fast-check';
import { LOCALES } from '../../lambda/src/i18n';
import { skillBuilder } from '../../lambda/src/skill';
import { SKILL_ID } from '../support/conversation';
import { fuzzSeed, fuzzTurns, reportFigures } from './config';
import { FuzzDriver, captureUnhandled, newTally } from './harness';
import { stepArbitrary } from './steps';

const TURNS = fuzzTurns('FUZZ_TURNS', 10_000);
const SEED = fuzzSeed();
const tally = newTally();

afterAll(() => reportFigures('conversation fuzz, in process, no store', SEED, tally));

const runArbitrary = fc.record({
  locale: fc.oneof({ weight: 4, arbitrary: fc.constant('en-US') }, { weight: 1, arbitrary: fc.constantFrom(...Object.keys(LOCALES)) }),
  steps: fc.array(stepArbitrary({ faults: false }), { minLength: 20, maxLength: 60 }),
});

let person = 0;

test(`${TURNS}+ fuzzed turns: never the generic error, always a valid answer, counts within 0..target (seed ${SEED})`, async () => {
  const skill = skillBuilder({}, { skillId: SKILL_ID }).create();
  const unhandled = captureUnhandled();
  try {
    for (let batch = 0; tally.turns < TURNS; batch += 1) {
      await fc.assert(
        fc.asyncProperty(runArbitrary, async (run) => {
          person += 1;
          const driver = new FuzzDriver({
            invoke: (envelope) => skill.invoke(envelope),
            person: `fuzz-${SEED}-${person}`,
            locale: run.locale,
            start: Date.parse('2026-11-20T07:00:00Z'),
            tally,
            unhandled: unhandled.lines,
          });
          for (const step of run.steps) await driver.step(step);
          await driver.finish();
        }),
        { seed: SEED + batch, numRuns: Math.max(1, Math.ceil((TURNS - tally.turns) / 38)) },
      );
    }
  } finally {
    unhandled.restore();
  }
  expect(tally.turns).toBeGreaterThanOrEqual(TURNS);
}, 900_000);
