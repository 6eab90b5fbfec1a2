// The table's shape, for tests and the local coach (scripts/localStore.mjs); in AWS the
// deployment template creates it.
import {
  type CreateTableCommandInput,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { toStoreError } from './errors';

export function tableDefinition(name: string): CreateTableCommandInput {
  return {
    TableName: name,
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates the table unless it exists, then waits until it is ACTIVE. */
export async function createTable(
  client: DynamoDBClient,
  name: string,
  { waitMs = 30_000 }: { waitMs?: number } = {},
): Promise<'created' | 'exists'> {
  let outcome: 'created' | 'exists' = 'created';
  try {
    await client.send(new CreateTableCommand(tableDefinition(name)));
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ResourceInUseException') throw toStoreError(error, 'CreateTable');
    outcome = 'exists';
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    let status: string | undefined;
    try {
      status = (await client.send(new DescribeTableCommand({ TableName: name }))).Table?.TableStatus;
    } catch (error) {
      throw toStoreError(error, 'DescribeTable');
    }
    if (status === 'ACTIVE') return outcome;
    if (Date.now() > deadline) throw toStoreError(new Error(`table ${name} is ${status ?? 'missing'}`), 'CreateTable');
    await sleep(50);
  }
}
