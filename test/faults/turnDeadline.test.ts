// A store call still in flight when the turn's time runs out is given up there, by the turn's
// deadline, not left to run out its attempts (up to about 2.3 s) on a turn that has no time left.
import { STORE_TIMEOUTS, isStoreError } from '../../lambda/src/store/dynamo';
import { DynamoTrainingStore, createDynamoClient, storeConfigFromEnv } from '../../lambda/src/store/dynamo';
import { deadlineIn } from '../../lambda/src/store/deadline';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import { freshTable, type TestTable } from '../support/storeTable';

let proxy: FaultProxy;
let table: TestTable;

beforeAll(async () => {
  table = await freshTable();
  proxy = await startFaultProxy(process.env.DYNAMODB_ENDPOINT!);
});

afterAll(async () => {
  table.close();
  await proxy.close();
});

test('a hung request is aborted when the turn deadline passes, before its attempt deadline', async () => {
  // Far inside one attempt's deadline: only the turn's own deadline can end the call this early.
  const turnMs = 200;
  expect(turnMs).toBeLessThan(STORE_TIMEOUTS.attemptTimeout);
  const client = createDynamoClient(storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: table.tableName, DYNAMODB_ENDPOINT: proxy.endpoint }));
  const store = new DynamoTrainingStore(client, table.tableName);
  try {
    proxy.setMode({ kind: 'hang' });
    const before = proxy.stats();
    const failure = await store.within(deadlineIn(turnMs)).history('hung-reader').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isStoreError(failure) && failure.code).toBe('timeout');
    // An attempt's deadline would have said so ("did not finish answering within 1000 ms") and
    // been retried: the turn's abort ends the call after its one attempt, with no retry.
    expect(String((failure as Error).message)).not.toContain(`within ${STORE_TIMEOUTS.attemptTimeout} ms`);
    expect(proxy.stats().requests - before.requests).toBe(1);
  } finally {
    proxy.setMode({ kind: 'pass' });
    store.close();
  }
}, 30_000);
