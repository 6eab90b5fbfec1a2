// The one place the SDK client is built, every setting explicit: nothing is read from ~/.aws or
// left for the SDK to find out on the first request.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { STORE_TIMEOUTS, type StoreConfig } from './config';
import { dynamoEndpoint } from './endpoint';
import { DeadlineHttpHandler } from './httpHandler';
import { collectBody } from './streamCollector';
import { warmUpClient } from './warmUp';

export function createDynamoClient(config: StoreConfig): DynamoDBClient {
  const { maxAttempts, ...timeouts } = STORE_TIMEOUTS;
  const credentials = config.credentials === 'environment' ? fromEnv() : config.credentials;
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint !== undefined ? { endpoint: config.endpoint } : {}),
    // Resolved without the SDK's rule set (store/endpoint.ts), which the options below make moot.
    endpointProvider: dynamoEndpoint,
    ...(credentials !== undefined ? { credentials } : {}),
    retryStrategy: new StandardRetryStrategy(maxAttempts),
    maxAttempts,
    requestHandler: new DeadlineHttpHandler(timeouts),
    // Its bodies are Node streams: read without the SDK's web-stream checks (store/streamCollector.ts).
    streamCollector: collectBody,
    // Given here, each of these is otherwise looked up in the environment and the shared config
    // files (~/.aws/config, ~/.aws/credentials) when the client is built or first sends.
    retryMode: 'standard',
    defaultsMode: 'standard',
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    endpointDiscoveryEnabled: false,
    accountIdEndpointMode: 'disabled',
    authSchemePreference: [],
    userAgentAppId: async () => undefined,
    disableClockSkewCorrection: false,
  });
  // On Lambda (environment credentials) the client is built during init: its first request is
  // prepared there too (store/warmUp.ts).
  if (config.credentials === 'environment') void warmUpClient(client, config.tableName);
  return client;
}
