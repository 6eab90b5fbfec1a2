import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, createTable, storeConfigFromEnv } from '../../lambda/src/store/dynamo';
import { uniqueTableName } from '../support/storeTable';

describe('createTable', () => {
  it('creates an on-demand pk/sk table once, and finds it the second time', async () => {
    const name = uniqueTableName('table');
    const client = createDynamoClient(storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: name }));
    try {
      expect(await createTable(client, name)).toBe('created');
      expect(await createTable(client, name)).toBe('exists');
      const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect(Table?.KeySchema).toEqual([
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ]);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    } finally {
      client.destroy();
    }
  });
});
