// The DynamoDB implementation of TrainingStore and what it takes to build one.
import { createDynamoClient } from './client';
import type { StoreConfig } from './config';
import { DynamoTrainingStore, type DynamoStoreOptions } from './dynamoStore';

export { StoreError, isStoreError, type StoreErrorCode } from './errors';
export { STORE_TIMEOUTS, storeConfigFromEnv, type StoreConfig } from './config';
export { createDynamoClient } from './client';
export { createTable, tableDefinition } from './table';
export { DynamoTrainingStore, type DynamoStoreOptions } from './dynamoStore';

/** One per Lambda container: build it at module load so warm invocations reuse its sockets. */
export function createStore(config: StoreConfig, options?: DynamoStoreOptions): DynamoTrainingStore {
  return new DynamoTrainingStore(createDynamoClient(config), config.tableName, options);
}
