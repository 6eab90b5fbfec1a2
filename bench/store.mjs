// An in-memory dynalite on loopback with the skill's table, for the benchmark's store runs: the
// local coach's store (scripts/localStore.mjs) without a folder.
import { createRequire } from 'node:module';
import { startDynaliteStore } from '../scripts/localStore.mjs';

const { SKILL_ID } = createRequire(import.meta.url)('./workout.cjs');

export const BENCH_TABLE = 'runner-deadlift-bench';

/** Starts dynalite in memory, creates the table; `env` is what the skill's store reads. */
export async function startBenchStore({ tableName = BENCH_TABLE } = {}) {
  const store = await startDynaliteStore({ dir: null, tableName });
  return {
    ...store,
    // As on Lambda: the function's name (so ours takes the environment credentials only and
    // checks the skill id, as deployed), credentials in the environment, a skill id.
    env: {
      ...store.env,
      AWS_LAMBDA_FUNCTION_NAME: 'runner-deadlift-bench',
      SKILL_ID,
      LOG_SALT: 'runner-deadlift-bench-salt-of-32-characters-or-more',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_SESSION_TOKEN: 'bench',
    },
  };
}
