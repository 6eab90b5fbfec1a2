// The store client's own endpoint provider (lambda/src/store/endpoint.ts) against the SDK's
// default resolver, DynamoDB's full rule set: the same endpoint for every region the SDK's
// partition table names, for regions it would only match by pattern, and for a custom endpoint.
// The Lambda bundle leaves the SDK's resolver out, so this is what keeps the two the same.
import fs from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../lambda/src/store/client';
import { dynamoEndpoint, type DynamoEndpointParams } from '../../lambda/src/store/endpoint';

interface PartitionTable {
  partitions: { id: string; regionRegex: string; regions: Record<string, unknown> }[];
}

// The SDK's partition table, as it ships (the ES build's module is the JSON with an export).
function partitionTable(): PartitionTable {
  const file = path.join(path.dirname(require.resolve('@aws-sdk/core/package.json')), 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
  const text = fs.readFileSync(file, 'utf8');
  return JSON.parse(text.replace(/^export const partitionsInfo = /, '').replace(/;\s*$/, '')) as PartitionTable;
}

const sdk = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const sdkEndpoint = (params: DynamoEndpointParams): unknown => JSON.parse(JSON.stringify(sdk.config.endpointProvider(params as never)));
const ours = (params: DynamoEndpointParams): unknown => JSON.parse(JSON.stringify(dynamoEndpoint(params)));

const table = partitionTable();
const named = table.partitions.flatMap((p) => Object.keys(p.regions));
// Regions no table names yet, shaped as each partition's pattern expects.
const patterned = ['us-west-9', 'eu-north-7', 'ap-future-3', 'cn-south-5', 'us-gov-central-2', 'us-iso-north-4', 'eusc-de-west-2', 'unknown'];

test('the SDK partition table is read and names the partitions a Lambda can run in', () => {
  expect(table.partitions.map((p) => p.id)).toEqual(expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov']));
  expect(named.length).toBeGreaterThan(30);
});

test.each([...named, ...patterned].filter((region) => region !== 'local'))('%s: the same endpoint as the SDK resolver', (region) => {
  const params = { Region: region, UseFIPS: false, UseDualStack: false, AccountIdEndpointMode: 'disabled' };
  expect(ours(params)).toEqual(sdkEndpoint(params));
});

test('a custom endpoint (dynalite, DynamoDB local) is used as given, as the SDK resolver does', () => {
  for (const Endpoint of ['http://127.0.0.1:4567', 'http://localhost:8000/', 'https://dynamo.example.test:8443/base']) {
    const params = { Region: 'eu-west-1', Endpoint, UseFIPS: false, UseDualStack: false, AccountIdEndpointMode: 'disabled' };
    expect(ours(params)).toEqual(sdkEndpoint(params));
  }
});

test('what the client turns off is refused, never resolved to a plain endpoint', () => {
  expect(() => dynamoEndpoint({ Region: 'eu-west-1', UseFIPS: true })).toThrow(/FIPS/);
  expect(() => dynamoEndpoint({ Region: 'eu-west-1', UseDualStack: true })).toThrow(/dual-stack/);
  expect(() => dynamoEndpoint({ Region: 'eu-west-1', AccountIdEndpointMode: 'required' })).toThrow(/account-id/);
  expect(() => dynamoEndpoint({ Region: 'eu west' })).toThrow(/no endpoint/);
  expect(() => dynamoEndpoint({})).toThrow(/no endpoint/);
});

test('the store client resolves through it, with its options as the provider expects them', async () => {
  const client = createDynamoClient({ tableName: 'table', region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  expect(client.config.endpointProvider).toBe(dynamoEndpoint);
  expect(await client.config.useFipsEndpoint()).toBe(false);
  expect(await client.config.useDualstackEndpoint()).toBe(false);
  expect(await client.config.accountIdEndpointMode()).toBe('disabled');
  expect(String(client.config.endpointProvider({ Region: await client.config.region(), UseFIPS: false, UseDualStack: false }).url)).toBe('https://dynamodb.eu-central-1.amazonaws.com/');
  client.destroy();
});
