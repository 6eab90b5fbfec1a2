// The one place SDK clients are built, so every store call gets the same timeouts and retries.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { STORE_TIMEOUTS, type StoreConfig } from './config';

export function createDynamoClient(config: StoreConfig): DynamoDBClient {
  const { maxAttempts, ...requestHandler } = STORE_TIMEOUTS;
  return new DynamoDBClient({
    region: config.region,
    maxAttempts,
    // Options rather than a NodeHttpHandler instance: the SDK builds the handler itself, so we
    // need not import @smithy/node-http-handler, which is not a dependency of ours.
    requestHandler,
    ...(config.endpoint !== undefined ? { endpoint: config.endpoint } : {}),
    ...(config.credentials !== undefined ? { credentials: config.credentials } : {}),
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
