// The store's face for handlers and interceptors: the TrainingStore contract and its errors,
// nothing of DynamoDB. The composition root (services.ts), the coach and tests build the Dynamo
// implementation from ./dynamo; eslint.config.mjs keeps handlers and interceptors out of it.
export type { HistoryOptions, LaunchData, Profile, TrainingStore } from './types';
export { StoreError, isStoreError, type StoreErrorCode } from './errors';
export { PROFILE_VERSION } from './validate';
export { turnDeadline, deadlineIn, type Deadline } from './deadline';
