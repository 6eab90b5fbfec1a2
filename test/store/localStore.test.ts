// scripts/localStore.mjs, the local coach's store, run as the coach runs it: in its own node
// process (it is ESM, which this CJS test runtime cannot import).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoTrainingStore, createDynamoClient, storeConfigFromEnv, tableDefinition } from '../../lambda/src/store/dynamo';
import { PROFILE, aSet, personId } from '../support/storeFixtures';

const SCRIPT = path.resolve(__dirname, '../../scripts/localStore.mjs');

// Starts the store, prints its endpoint and table as one JSON line, stops when stdin closes.
const DRIVER = `
import { startLocalStore } from ${JSON.stringify(SCRIPT)};
try {
  const store = await startLocalStore(process.argv[1]);
  console.log(JSON.stringify({ endpoint: store.endpoint, tableName: store.tableName, env: store.env }));
  process.stdin.resume();
  process.stdin.on('end', async () => { await store.stop(); process.exit(0); });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}`;

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly endpoint: string;
  readonly tableName: string;
  readonly env: Record<string, string>;
}

function run(dir: string): Promise<Running | { code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', DRIVER, dir], {
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line !== undefined) resolve({ child, ...(JSON.parse(line) as Omit<Running, 'child'>) });
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function started(dir: string): Promise<Running> {
  const result = await run(dir);
  if (!('child' in result)) throw new Error(`local store did not start: ${result.stderr}`);
  return result;
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.on('exit', resolve));
  running.child.stdin.end();
  expect(await exited).toBe(0);
}

function storeFor(running: Running): DynamoTrainingStore {
  const config = storeConfigFromEnv(running.env);
  return new DynamoTrainingStore(createDynamoClient(config), config.tableName);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'local-store-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('startLocalStore', () => {
  it('keeps the log on disk from one run to the next', async () => {
    const dir = path.join(tmp, 'nested', 'dynalite');
    const person = personId('local');
    const set = aSet(0);

    const first = await started(dir);
    const writer = storeFor(first);
    try {
      expect(await writer.logSet(person, set)).toBe('created');
      await writer.saveProfile(person, PROFILE);
    } finally {
      writer.close();
    }
    await stop(first);

    const second = await started(dir);
    expect(second.endpoint).not.toBe('');
    const reader = storeFor(second);
    try {
      expect(await reader.loadLaunch(person)).toEqual({ profile: PROFILE, recentSets: [set] });
    } finally {
      reader.close();
    }
    await stop(second);
  });

  it('makes the same table as createTable', async () => {
    const running = await started(path.join(tmp, 'schema'));
    const config = storeConfigFromEnv(running.env);
    const client = createDynamoClient(config);
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: running.tableName }));
      const expected = tableDefinition(running.tableName);
      expect(Table?.KeySchema).toEqual(expected.KeySchema);
      expect(Table?.AttributeDefinitions).toEqual(expected.AttributeDefinitions);
      expect(Table?.BillingModeSummary?.BillingMode).toBe(expected.BillingMode);
    } finally {
      client.destroy();
    }
    await stop(running);
  });

  it('fails with one clear line when the folder cannot be written', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, '');
    const result = await run(path.join(file, 'dynalite'));
    expect(result).toMatchObject({ code: 1 });
    const stderr = 'stderr' in result ? result.stderr.trim() : '';
    expect(stderr).toMatch(/^cannot write the store folder .*a-file.* \(ENOTDIR\): make it writable/);
    expect(stderr).not.toContain('\n');
  });

  it('fails with one clear line when another coach holds the folder', async () => {
    const dir = path.join(tmp, 'shared');
    const first = await started(dir);
    try {
      const result = await run(dir);
      expect(result).toMatchObject({ code: 1 });
      const stderr = 'stderr' in result ? result.stderr.trim() : '';
      expect(stderr).toMatch(/^the store folder .* is in use by another coach/);
      expect(stderr).not.toContain('\n');
    } finally {
      await stop(first);
    }
  });
});
