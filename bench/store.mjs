// An in-memory dynalite on loopback with the skill's table, for the benchmark's store runs.
// Plain JS twin of test/support/dynalite.ts (in memory) and scripts/localStore.mjs (the table).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const BENCH_TABLE = 'runner-deadlift-bench';
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

// Same table as createTable in lambda/src/store/table.ts.
async function createTable(client, tableName) {
  const { CreateTableCommand, DescribeTableCommand } = require('@aws-sdk/client-dynamodb');
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
  for (let i = 0; i < 100; i += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName} did not become active`);
}

/** Starts dynalite in memory, creates the table; `env` is what the skill's store reads. */
export async function startBenchStore({ tableName = BENCH_TABLE } = {}) {
  const dynalite = require('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listen(server);
  const endpoint = `http://127.0.0.1:${port}`;
  const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint, region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const stop = () =>
    new Promise((resolve, reject) => {
      client.destroy();
      server.close((error) => (error ? reject(error) : resolve()));
      // Clients keep sockets alive; close would otherwise wait for them to time out.
      server.closeAllConnections();
    });
  try {
    await createTable(client, tableName);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    endpoint,
    tableName,
    env: {
      DEADLIFT_TABLE: tableName,
      DYNAMODB_ENDPOINT: endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    stop,
  };
}
