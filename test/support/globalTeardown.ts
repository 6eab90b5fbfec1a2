import type { RunningDynalite } from './dynalite';
import { DYNALITE_HANDLE } from './storeGlobals';

export default async function globalTeardown(): Promise<void> {
  const handle = globalThis as Record<symbol, RunningDynalite | undefined>;
  await handle[DYNALITE_HANDLE]?.stop();
  handle[DYNALITE_HANDLE] = undefined;
}
