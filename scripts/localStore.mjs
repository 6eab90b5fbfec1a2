// The local coach's store: dynalite on disk in this project, so what a runner logs in one
// `npm start` is there in the next. Plain JS so the coach can use it without a build step.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    throw new LocalStoreError(`cannot write the store folder ${dir} (${reason(error)}): make it writable or choose another folder`);
  }
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

// Same table as createTable in lambda/src/store/table.ts (test/store/localStore.test.ts checks).
async function ensureTable(client, tableName) {
  const { CreateTableCommand, DescribeTableCommand } = require('@aws-sdk/client-dynamodb');
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    if (error?.name !== 'ResourceInUseException') throw error;
  }
  for (let i = 0; i < 100; i += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName} did not become active`);
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
    await ensureTable(client, tableName);
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
