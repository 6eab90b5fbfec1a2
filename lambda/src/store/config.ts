// Where the store lives, from the environment: DynamoDB in Lambda, dynalite locally and in tests.
import { StoreError } from './errors';

export interface StoreConfig {
  readonly tableName: string;
  readonly region: string;
  /** Absent: the real DynamoDB of `region`. Set: a DynamoDB-compatible server such as dynalite. */
  readonly endpoint?: string;
  /**
   * 'environment': the variables Lambda sets from the function's role (AWS_ACCESS_KEY_ID,
   * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), and nothing else: the Lambda bundle carries no
   * other credential provider. Absent: the SDK's default chain (a server outside Lambda).
   */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string } | 'environment';
}

/**
 * Alexa waits 8 s for an answer and the Lambda is killed at 7 s, and the runner must hear
 * something even when the store is down. So a store call gives up after about 2.3 s at worst:
 * two attempts of at most 1 s each plus one short backoff. 300 ms to connect is generous for
 * DynamoDB in the Lambda's own region and fails fast on a dead endpoint.
 * - attemptTimeout: one attempt from the first byte sent to the last byte of the answer's body
 *   (our DeadlineHttpHandler); the SDK's own timeouts stop at the headers or need a silence.
 * - requestTimeout: the SDK's, until the headers (it only warns unless throwOnRequestTimeout).
 * - socketTimeout: a socket silent this long within a request is closed. It does not close an
 *   idle kept-alive socket: Node's agent pools it with no timeout, so the next turn reuses it
 *   (test/store/keepAlive.test.ts).
 */
export const STORE_TIMEOUTS = {
  connectionTimeout: 300,
  requestTimeout: 1000,
  throwOnRequestTimeout: true,
  socketTimeout: 1000,
  attemptTimeout: 1000,
  maxAttempts: 2,
} as const;

const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

// dynalite does not check signatures, but the SDK will not send unsigned requests; without
// these a local run with no AWS setup would stall probing for instance credentials.
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export function storeConfigFromEnv(env: Readonly<Record<string, string | undefined>>): StoreConfig {
  const tableName = env.DEADLIFT_TABLE;
  if (tableName === undefined || tableName === '') {
    throw new StoreError('invalid', 'DEADLIFT_TABLE is not set: give it the name of the DynamoDB table');
  }
  if (!TABLE_NAME.test(tableName)) {
    throw new StoreError('invalid', `DEADLIFT_TABLE is not a valid table name: ${tableName}`);
  }
  const region = env.AWS_REGION || 'us-east-1';
  const endpoint = env.DYNAMODB_ENDPOINT || undefined;
  // On Lambda the role's credentials are in the environment, always (Lambda's defined runtime
  // environment variables), so nothing else is looked for or bundled.
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  if (endpoint !== undefined && !URL.canParse(endpoint)) {
    throw new StoreError('invalid', `DYNAMODB_ENDPOINT is not a URL: ${endpoint}`);
  }
  if (onLambda) return { tableName, region, ...(endpoint !== undefined && { endpoint }), credentials: 'environment' };
  if (endpoint === undefined) return { tableName, region };
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const credentials = accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : LOCAL_CREDENTIALS;
  return { tableName, region, endpoint, credentials };
}
