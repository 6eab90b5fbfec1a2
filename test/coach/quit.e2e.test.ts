// Quitting the local coach mid-set, through the REAL bundle and a real local store (dynalite):
// Ctrl-C and Ctrl-D both end the session as Alexa ends it (SessionEndedRequest) at that moment,
// without playing out the rest of the block, and the coach says what became of the set. The
// next run finds the paused set in the store. Waits are on the coach's output (the second hold
// shown), never on the wall clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { translator } from '../../lambda/src/i18n';
import { labelsFor } from '../../scripts/coach/labels';
import type { StartLocalStore } from '../../scripts/coach/store';
import { freshTable } from '../support/storeTable';
import { runScript, runTyped } from './harness';

const t = translator('en-US');
const labels = labelsFor('en-US');
const HOLD = /\[hold: /g;

// The bundle reads the store's table from the environment when it is loaded (in jest, through
// this file's module registry): a fresh load for each run's environment.
const forgetBundle = (): void => void jest.resetModules();
const savedEnv = { table: process.env.DEADLIFT_TABLE, endpoint: process.env.DYNAMODB_ENDPOINT };
afterEach(() => {
  forgetBundle();
  if (savedEnv.table === undefined) delete process.env.DEADLIFT_TABLE;
  else process.env.DEADLIFT_TABLE = savedEnv.table;
  process.env.DYNAMODB_ENDPOINT = savedEnv.endpoint;
});

/**
 * Types "start a set of ten", waits for rep two's first breath (the hold of three breaths comes a
 * breath at a time: holds 1-3 are rep one's), and quits with `quit`.
 */
async function quitMidSet(argv: readonly string[], quit: 'interrupt' | 'endInput', startLocalStore?: StartLocalStore): Promise<string> {
  const run = runTyped(['--fast=40', ...argv], { terminal: false, ...(startLocalStore ? { startLocalStore } : {}) });
  await run.written(t('ask.start.say'));
  run.type('start a set of ten\n');
  await run.written((out) => (out.match(HOLD)?.length ?? 0) >= 4);
  run[quit]();
  const { code, out, err } = await run.done;
  expect(err).not.toMatch(/skill threw/);
  expect(code).toBe(0);
  return out;
}

describe('quitting the local coach in the middle of a set', () => {
  it('Ctrl-C saves the set as Ctrl-D does: the next session finds it paused at the rep reached', async () => {
    forgetBundle();
    const table = await freshTable();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-quit-'));
    const startLocalStore: StartLocalStore = async () => ({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: table.tableName, stop: () => undefined });

    const out = await quitMidSet(['--data', dataDir], 'interrupt', startLocalStore);
    // Stopped at once: a block of ten plays five or more reps, each with three breaths held.
    expect(out.match(HOLD)?.length).toBe(4);
    expect(out).not.toContain(t('ask.keepGoing.say'));
    expect(out.trimEnd().split('\n').at(-1)).toBe(`   (${labels.endedKept})`);

    // The next session opens with the set paused where Ctrl-C came: the SessionEndedRequest
    // carries that moment, not the end of the block. Rep one was counted on screen and rep two
    // under way; the coach's clock runs ahead of the printed transcript by however late a timer
    // fired on a loaded machine, which at 40x is less than a rep (about 30 s, 0.75 s real).
    const next = await runScript('', ['--data', dataDir]);
    expect(next.err).not.toMatch(/skill threw/);
    const found = [1, 2].filter((reps) => next.out.includes(t('savedSet.found', { reps, target: 10 })));
    expect({ found, out: next.out }).toEqual({ found: [expect.any(Number)], out: next.out });
    table.close();
  });

  it('Ctrl-D does not wait for the rest of the block either, and says nothing is kept without a store', async () => {
    forgetBundle();
    const out = await quitMidSet(['--no-store'], 'endInput');
    expect(out.match(HOLD)?.length).toBe(4);
    expect(out).not.toContain(t('ask.keepGoing.say'));
    expect(out.trimEnd().split('\n').at(-1)).toBe(`   (${labels.endedNoStore})`);
  });
});
