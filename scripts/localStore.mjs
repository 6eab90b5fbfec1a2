// The local coach's store: dynalite on disk in this project, so what a runner logs in one
// `npm start` is there in the next. Plain JS (the benchmark imports it unbuilt); the table and
// the folder check are the TypeScript ones, through esbuild.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT as root, importTs } from './importTs.mjs';

const require = createRequire(import.meta.url);
const { createTable } = await importTs('lambda/src/store/table.ts');
const { writeProblem } = await importTs('scripts/coach/folder.ts');

export const DEFAULT_STORE_DIR = path.join(root, '.data', 'dynalite');
export const LOCAL_TABLE = 'runner-deadlift-coach';
const REGION = 'us-east-1';
// dynalite checks no signatures, but the SDK signs every request.
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Its message is one line that says what is wrong and how to fix it. */
export class LocalStoreError extends Error {
  name = 'LocalStoreError';
}

function reason(error) {
  return error?.cause?.code ?? error?.code ?? error?.message ?? String(error);
}

function ensureWritable(dir) {
  const problem = writeProblem(dir);
  if (problem !== undefined) throw new LocalStoreError(`cannot write the store folder ${dir} (${problem}): make it writable or choose another folder`);
}

// dynalite opens LevelDB lazily and throws out of a request handler when it cannot, which
// would kill the coach mid-conversation; opening it once here turns that into a clear message.
// `level` is resolved from dynalite's own folder so it is the copy dynalite uses.
async function ensureOpenable(dir) {
  const { Level } = createRequire(require.resolve('dynalite'))('level');
  const db = new Level(dir);
  try {
    await db.open();
  } catch (error) {
    if (reason(error) === 'LEVEL_LOCKED') {
      throw new LocalStoreError(`the store folder ${dir} is in use by another coach: stop that one first`);
    }
    throw new LocalStoreError(`cannot open the store in ${dir} (${reason(error)}): move the folder away to start with an empty log`);
  } finally {
    await db.close().catch(() => undefined);
  }
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Starts dynalite on a loopback port, on disk under `dir` or in memory when `dir` is null (the
 * benchmark), and makes sure the table exists. `env` holds the variables the skill's store reads
 * (storeConfigFromEnv).
 */
export async function startDynaliteStore({ dir = null, port = 0, tableName = LOCAL_TABLE } = {}) {
  const folder = dir === null ? null : path.resolve(dir);
  if (folder !== null) {
    ensureWritable(folder);
    await ensureOpenable(folder);
  }

  const dynalite = require('dynalite');
  const server = dynalite({ ...(folder !== null && { path: folder }), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  let actualPort;
  try {
    actualPort = await listen(server, port);
  } catch (error) {
    throw new LocalStoreError(`cannot start the local store on port ${port} (${reason(error)}): choose another port`);
  }
  const endpoint = `http://127.0.0.1:${actualPort}`;

  const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint, region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const stop = () =>
    new Promise((resolve, reject) => {
      client.destroy();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  try {
    await createTable(client, tableName);
  } catch (error) {
    await stop().catch(() => undefined);
    const where = folder ?? 'memory';
    throw new LocalStoreError(`cannot create the table ${tableName} in ${where} (${reason(error)}): move the folder away to start with an empty log`);
  }

  return {
    endpoint,
    tableName,
    dir: folder,
    env: { DEADLIFT_TABLE: tableName, DYNAMODB_ENDPOINT: endpoint, AWS_REGION: REGION },
    stop,
  };
}

/** The local coach's store: dynalite on disk, so the log is still there next time. */
export function startLocalStore(dir = DEFAULT_STORE_DIR, options = {}) {
  return startDynaliteStore({ ...options, dir });
}
