import { STORE_TIMEOUTS, StoreError, storeConfigFromEnv } from '../../lambda/src/store/dynamo';

describe('storeConfigFromEnv', () => {
  it('on Lambda: the real DynamoDB, with the role credentials Lambda puts in the environment', () => {
    expect(
      storeConfigFromEnv({ DEADLIFT_TABLE: 'coach-log', AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'ASIA', AWS_LAMBDA_FUNCTION_NAME: 'coach' }),
    ).toEqual({ tableName: 'coach-log', region: 'eu-west-1', credentials: 'environment' });
  });

  it('elsewhere with no endpoint (a server on EC2, say): the SDK default chain', () => {
    expect(storeConfigFromEnv({ DEADLIFT_TABLE: 'coach-log', AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA' })).toEqual({
      tableName: 'coach-log',
      region: 'eu-west-1',
    });
  });

  it('defaults the region to us-east-1', () => {
    expect(storeConfigFromEnv({ DEADLIFT_TABLE: 'coach-log' }).region).toBe('us-east-1');
    expect(storeConfigFromEnv({ DEADLIFT_TABLE: 'coach-log', AWS_REGION: '' }).region).toBe('us-east-1');
  });

  it('talks to dynalite with stand-in credentials when an endpoint is set', () => {
    expect(storeConfigFromEnv({ DEADLIFT_TABLE: 'coach-log', DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567' })).toEqual({
      tableName: 'coach-log',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:4567',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });

  it('uses credentials from the environment with an endpoint when both are there', () => {
    const config = storeConfigFromEnv({
      DEADLIFT_TABLE: 'coach-log',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.credentials).toEqual({ accessKeyId: 'id', secretAccessKey: 'secret' });
  });

  it.each([
    [{}, /DEADLIFT_TABLE is not set/],
    [{ DEADLIFT_TABLE: '' }, /DEADLIFT_TABLE is not set/],
    [{ DEADLIFT_TABLE: 'a b' }, /not a valid table name/],
    [{ DEADLIFT_TABLE: 'ok-table', DYNAMODB_ENDPOINT: 'not a url' }, /DYNAMODB_ENDPOINT is not a URL/],
  ])('refuses %j', (env, message) => {
    expect(() => storeConfigFromEnv(env)).toThrow(StoreError);
    expect(() => storeConfigFromEnv(env)).toThrow(message);
  });
});

describe('STORE_TIMEOUTS', () => {
  it('keeps a failing call well inside the Lambda timeout of 7 s', () => {
    const worstBackoffMs = 1000; // throttling backoff of the SDK's standard retry, at most
    // The attempt deadline bounds everything, the body included; the SDK's own are inside it.
    const worst = STORE_TIMEOUTS.maxAttempts * STORE_TIMEOUTS.attemptTimeout + worstBackoffMs;
    expect(worst).toBeLessThan(4000);
    expect(STORE_TIMEOUTS.socketTimeout).toBeLessThanOrEqual(STORE_TIMEOUTS.attemptTimeout);
    expect(STORE_TIMEOUTS.throwOnRequestTimeout).toBe(true);
  });
});
