// What the handlers get when the store is down, hung, throttled or misused: a StoreError with a
// code, fast enough for Alexa's 8 seconds.
import { DynamoTrainingStore, StoreError, createDynamoClient, storeConfigFromEnv } from '../../lambda/src/store/dynamo';
import { classify, toStoreError } from '../../lambda/src/store/errors';
import { startDynalite } from '../support/dynalite';
import { startErrorServer, startSilentServer } from '../support/storeFaults';
import { PROFILE, aSet, personId } from '../support/storeFixtures';
import { freshTable, uniqueTableName } from '../support/storeTable';

function storeAt(endpoint: string, tableName = uniqueTableName()): DynamoTrainingStore {
  const config = storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: tableName, DYNAMODB_ENDPOINT: endpoint });
  return new DynamoTrainingStore(createDynamoClient(config), tableName);
}

async function timedFailure(call: () => Promise<unknown>): Promise<{ error: StoreError; ms: number }> {
  const started = Date.now();
  const error: unknown = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = Date.now() - started;
  expect(error).toBeInstanceOf(StoreError);
  return { error: error as StoreError, ms };
}

describe('classify', () => {
  it.each([
    [{ name: 'ProvisionedThroughputExceededException' }, 'throttled'],
    [{ name: 'ThrottlingException' }, 'throttled'],
    [{ name: 'RequestLimitExceeded' }, 'throttled'],
    [{ name: 'Whatever', $metadata: { httpStatusCode: 429 } }, 'throttled'],
    [{ name: 'ConditionalCheckFailedException' }, 'conflict'],
    [{ name: 'TransactionConflictException' }, 'conflict'],
    [{ name: 'ValidationException' }, 'invalid'],
    [{ name: 'TimeoutError', message: 'socket did not establish a connection' }, 'timeout'],
    [{ name: 'TimeoutError', code: 'ETIMEDOUT' }, 'timeout'],
    [{ name: 'Error', code: 'ETIMEDOUT' }, 'timeout'],
    // node-http-handler renames a reset socket TimeoutError; the server is gone, not slow.
    [{ name: 'TimeoutError', code: 'ECONNRESET' }, 'unavailable'],
    [{ name: 'Error', code: 'ECONNREFUSED' }, 'unavailable'],
    [{ name: 'ResourceNotFoundException' }, 'unavailable'],
    [{ name: 'InternalServerError', $metadata: { httpStatusCode: 500 } }, 'unavailable'],
    [new Error('anything else'), 'unavailable'],
    ['a string', 'unavailable'],
    [null, 'unavailable'],
  ])('%j is %s', (error, code) => {
    expect(classify(error)).toBe(code);
  });

  it('wraps with the operation and the cause, and passes a StoreError through', () => {
    const cause = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    const wrapped = toStoreError(cause, 'logSet');
    expect(wrapped).toMatchObject({ code: 'throttled', retryable: true, cause, name: 'StoreError' });
    expect(wrapped.message).toBe('logSet failed: ThrottlingException: slow down');
    expect(toStoreError(wrapped, 'other')).toBe(wrapped);
    expect(new StoreError('invalid', 'x').retryable).toBe(false);
  });
});

describe('a store that is not there', () => {
  it('fails with unavailable within 2 s once its server has stopped', async () => {
    const server = await startDynalite();
    const table = await freshTable({ endpoint: server.endpoint });
    const person = personId('stopped');
    await table.store.logSet(person, aSet(0)); // a kept-alive socket, as in a warm Lambda
    await server.stop();
    try {
      const { error, ms } = await timedFailure(() => table.store.loadLaunch(person));
      expect(['unavailable', 'timeout']).toContain(error.code);
      expect(error.retryable).toBe(true);
      expect(ms).toBeLessThan(2000);
      const second = await timedFailure(() => table.store.logSet(person, aSet(1)));
      expect(second.error.code).toBe('unavailable');
      expect(second.ms).toBeLessThan(2000);
    } finally {
      table.close();
    }
  });

  it('fails with unavailable when the table is missing', async () => {
    const store = storeAt(process.env.DYNAMODB_ENDPOINT ?? '');
    try {
      const { error } = await timedFailure(() => store.history(personId('notable')));
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/ResourceNotFoundException/);
    } finally {
      store.close();
    }
  });
});

describe('a store that hangs', () => {
  it('times out after two attempts of about a second each', async () => {
    const silent = await startSilentServer();
    const store = storeAt(silent.endpoint);
    try {
      const { error, ms } = await timedFailure(() => store.logSet(personId('hung'), aSet(0)));
      expect(error.code).toBe('timeout');
      expect(silent.hits()).toBe(2);
      // 2 x 1000 ms request timeout plus one backoff; far inside Alexa's 8 s.
      expect(ms).toBeGreaterThanOrEqual(1900);
      expect(ms).toBeLessThan(3000);
    } finally {
      store.close();
      await silent.stop();
    }
  });
});

describe('a store that refuses', () => {
  it('is throttled after one retry', async () => {
    const server = await startErrorServer(400, 'ProvisionedThroughputExceededException');
    const store = storeAt(server.endpoint);
    try {
      const { error, ms } = await timedFailure(() => store.loadLaunch(personId('throttled')));
      expect(error.code).toBe('throttled');
      expect(server.hits()).toBe(2);
      expect(ms).toBeLessThan(2000);
    } finally {
      store.close();
      await server.stop();
    }
  });

  it('is unavailable on an internal error', async () => {
    const server = await startErrorServer(500, 'InternalServerError');
    const store = storeAt(server.endpoint);
    try {
      const { error } = await timedFailure(() => store.saveProfile(personId('fivehundred'), PROFILE));
      expect(error.code).toBe('unavailable');
      expect(server.hits()).toBe(2);
    } finally {
      store.close();
      await server.stop();
    }
  });
});
