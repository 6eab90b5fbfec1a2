// An in-memory dynalite on loopback with the skill's table, for the benchmark's store runs: the
// local coach's store (scripts/localStore.mjs) without a folder.
import { startDynaliteStore } from '../scripts/localStore.mjs';

export const BENCH_TABLE = 'runner-deadlift-bench';

/** Starts dynalite in memory, creates the table; `env` is what the skill's store reads. */
export async function startBenchStore({ tableName = BENCH_TABLE } = {}) {
  const store = await startDynaliteStore({ dir: null, tableName });
  return {
    ...store,
    // As on Lambda, credentials come from the environment (the SDK's env provider).
    env: { ...store.env, AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench' },
  };
}
