// A fresh table per test file (or per test) in the run's dynalite, and raw access to it for
// planting items the store itself would never write.
import { randomUUID } from 'node:crypto';
import { BatchWriteItemCommand, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  type DynamoStoreOptions,
  DynamoTrainingStore,
  createDynamoClient,
  createTable,
  storeConfigFromEnv,
} from '../../lambda/src/store/dynamo';

export interface TestTable {
  readonly tableName: string;
  readonly store: DynamoTrainingStore;
  readonly raw: {
    put(item: Record<string, unknown>): Promise<void>;
    /** Many items in batches of 25: a long log planted in a few requests. */
    putMany(items: readonly Record<string, unknown>[]): Promise<void>;
    get(pk: string, sk: string): Promise<Record<string, unknown> | undefined>;
    keys(pk: string): Promise<string[]>;
  };
  close(): void;
}

export function uniqueTableName(prefix = 'store'): string {
  return `${prefix}-${randomUUID()}`;
}

export async function freshTable(options: DynamoStoreOptions & { endpoint?: string } = {}): Promise<TestTable> {
  const tableName = uniqueTableName();
  const config = storeConfigFromEnv({
    ...process.env,
    DEADLIFT_TABLE: tableName,
    ...(options.endpoint !== undefined ? { DYNAMODB_ENDPOINT: options.endpoint } : {}),
  });
  if (config.endpoint === undefined) throw new Error('DYNAMODB_ENDPOINT is not set: is jest globalSetup running?');
  const client = createDynamoClient(config);
  await createTable(client, tableName);
  const store = new DynamoTrainingStore(client, tableName, options);
  return {
    tableName,
    store,
    raw: {
      async put(item) {
        await client.send(new PutItemCommand({ TableName: tableName, Item: marshall(item, { removeUndefinedValues: true }) }));
      },
      async putMany(items) {
        for (let i = 0; i < items.length; i += 25) {
          let pending = items.slice(i, i + 25).map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } }));
          while (pending.length > 0) {
            const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
            pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
          }
        }
      },
      async get(pk, sk) {
        const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: marshall({ pk, sk }), ConsistentRead: true }));
        return Item === undefined ? undefined : unmarshall(Item);
      },
      async keys(pk) {
        const keys: string[] = [];
        let start: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
        do {
          const result = await client.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': { S: pk } },
              ProjectionExpression: 'sk',
              ConsistentRead: true,
              ExclusiveStartKey: start,
            }),
          );
          keys.push(...(result.Items ?? []).map((item) => String(item.sk?.S)));
          start = result.LastEvaluatedKey;
        } while (start !== undefined);
        return keys;
      },
    },
    close: () => store.close(),
  };
}
