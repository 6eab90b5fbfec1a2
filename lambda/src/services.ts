import type { Services } from './turn';
import { createStore, storeConfigFromEnv } from './store/dynamo';

/**
 * The store when a table is configured (DEADLIFT_TABLE); without one the skill still coaches,
 * keeping the log in the session. Built once per container so warm turns reuse the client.
 */
export function servicesFromEnv(env: NodeJS.ProcessEnv = process.env): Services {
  if (!env.DEADLIFT_TABLE) return {};
  return { store: createStore(storeConfigFromEnv(env)) };
}
