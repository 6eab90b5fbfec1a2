// One in-memory dynalite for the whole run; each test file makes its own table in it.
import { startDynalite } from './dynalite';
import { DYNALITE_HANDLE } from './storeGlobals';

export default async function globalSetup(): Promise<void> {
  const running = await startDynalite();
  // Test files run in their own module registries but inherit this process's environment.
  process.env.DYNAMODB_ENDPOINT = running.endpoint;
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  // Tests run on Node 20 on purpose (CI's Node); the SDK's notice that later releases need
  // Node 22 would otherwise repeat in every worker. The lock file pins today's release.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  (globalThis as Record<symbol, unknown>)[DYNALITE_HANDLE] = running;
}
