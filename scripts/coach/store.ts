// The embedded store for local runs: dynalite on disk, so a log kept in one run is there in the
// next. Started by coach.mjs through scripts/localStore.mjs and handed in as a function, so this
// file (and the tests) never import the store's ESM module. The folder is checked first: an
// unwritable folder must be one clear line, not a dynalite stack trace.
import path from 'node:path';
import { CoachError } from './errors';
import { writeProblem } from './folder';

export interface LocalStore {
  readonly endpoint: string;
  readonly tableName: string;
  stop(): Promise<void> | void;
}

export type StartLocalStore = (dir: string) => Promise<LocalStore>;

/** Default folder, under .data/ which .gitignore already ignores (the same folder as localStore.mjs's default). */
export function defaultStoreDir(root: string): string {
  return path.join(root, '.data', 'dynalite');
}

export function ensureWritable(dir: string, root: string): void {
  const problem = writeProblem(dir);
  if (problem !== undefined) {
    const shown = path.relative(root, dir) || dir;
    throw new CoachError(`cannot write the local store folder ${shown} (${problem}): fix its permissions or pick another with --data DIR`, 1);
  }
}

/**
 * Starts the store and points the skill at it through the environment, which the bundle reads
 * when it is first required: call this BEFORE loadSkill.
 */
export async function startStore(start: StartLocalStore, dir: string, root: string): Promise<LocalStore> {
  ensureWritable(dir, root);
  let store: LocalStore;
  try {
    store = await start(dir);
  } catch (error) {
    throw new CoachError(`the local store in ${path.relative(root, dir) || dir} did not start: ${(error as Error).message}`, 1);
  }
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  process.env.DEADLIFT_TABLE = store.tableName;
  return store;
}
