// The store client's first request prepared during init (lambda/src/store/warmUp.ts): it never
// reaches the network, never rejects, and leaves the client answering real requests with real
// data. Behind a fault proxy in front of the run's dynalite, which counts what arrives.
import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, createTable } from '../../lambda/src/store/dynamo';
import { warmUpClient } from '../../lambda/src/store/warmUp';
import { startFaultProxy, type FaultProxy } from '../faults/faultProxy';
import { uniqueTableName } from '../support/storeTable';

let proxy: FaultProxy;
const tableName = uniqueTableName('warm');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

beforeAll(async () => {
  proxy = await startFaultProxy(process.env.DYNAMODB_ENDPOINT!);
  const admin = createDynamoClient({ tableName, region: 'us-east-1', endpoint: process.env.DYNAMODB_ENDPOINT!, credentials });
  await createTable(admin, tableName);
  await admin.send(new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'runner' }, sk: { S: '~PROFILE' } } }));
  admin.destroy();
});

afterAll(() => proxy.close());

test('the warm-up Query is answered in-process: nothing reaches the network, and it resolves', async () => {
  const client = createDynamoClient({ tableName, region: 'us-east-1', endpoint: proxy.endpoint, credentials });
  const before = proxy.stats().requests;
  await expect(warmUpClient(client, tableName)).resolves.toBeUndefined();
  expect(proxy.stats().requests).toBe(before);
  // The canned answer belongs to that one command: the next Query goes out and reads the table.
  const page = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'runner' } } }));
  expect(page.Items).toEqual([{ pk: { S: 'runner' }, sk: { S: '~PROFILE' } }]);
  expect(proxy.operations().slice(-1)).toEqual(['Query']);
  expect(proxy.stats().requests).toBe(before + 1);
  client.destroy();
});

test('a warm-up that cannot sign (no credentials) resolves all the same, and sends nothing', async () => {
  const saved = { ...process.env };
  try {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_SESSION_TOKEN;
    const before = proxy.stats().requests;
    // 'environment' credentials: the client warms itself up as it is built (as on Lambda).
    const client = createDynamoClient({ tableName, region: 'us-east-1', endpoint: proxy.endpoint, credentials: 'environment' });
    await expect(warmUpClient(client, tableName)).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(proxy.stats().requests).toBe(before);
    client.destroy();
  } finally {
    process.env = saved;
  }
});

test('with environment credentials the client warms up as it is built, and its first real request is the only one sent', async () => {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'ASIAWARM', AWS_SECRET_ACCESS_KEY: 'warm-secret', AWS_SESSION_TOKEN: 'warm-token' });
    const before = proxy.stats().requests;
    const client = createDynamoClient({ tableName, region: 'us-east-1', endpoint: proxy.endpoint, credentials: 'environment' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(proxy.stats().requests).toBe(before);
    const page = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'runner' } } }));
    expect(page.Count).toBe(1);
    expect(proxy.stats().requests).toBe(before + 1);
    expect(proxy.requests().at(-1)!.headers['x-amz-security-token']).toBe('warm-token');
    client.destroy();
  } finally {
    process.env = saved;
  }
});
