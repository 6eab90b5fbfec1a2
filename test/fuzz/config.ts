// Seed and size of a fuzz run, from the environment, and the figures a run prints.
import type { FuzzTally } from './harness';

export function fuzzTurns(variable: string, fallback: number): number {
  const raw = process.env[variable];
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function fuzzSeed(): number {
  const raw = process.env.FUZZ_SEED;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) ? n : Math.floor(Math.random() * 2 ** 31);
}

export function reportFigures(suite: string, seed: number, tally: FuzzTally, faults?: { requests: number; faults: number }): void {
  const figures = { suite, seed, ...tally, maxTurnMs: Math.round(tally.maxTurnMs), invokeMs: Math.round(tally.invokeMs), checkMs: Math.round(tally.checkMs), ...(faults && { storeRequests: faults.requests, storeFaultsInjected: faults.faults }) };
  // One line, easy to grep from CI output: FUZZ_FIGURES {...}
  process.stdout.write(`FUZZ_FIGURES ${JSON.stringify(figures)}\n(replay with FUZZ_SEED=${seed})\n`);
}
