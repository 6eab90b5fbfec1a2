// The cold start scripts/eagerCompile.mjs records (node with NODE_V8_COVERAGE): start an in-memory
// dynalite (in this process, so the build's own process builds no SDK client), load the bundle as
// Lambda's runtime does, let what the module left on the event loop run, answer one LaunchRequest
// of a runner the store has never seen, exit. The rest of the environment (set by the caller) is
// Lambda's.
//   node scripts/eagerTraining.cjs <bundle> <skill id>
'use strict';

const [bundle, skillId] = process.argv.slice(2);

async function main() {
  const { startDynaliteStore } = await import('./localStore.mjs');
  const store = await startDynaliteStore({ dir: null, tableName: 'runner-deadlift-eager-training' });
  Object.assign(process.env, store.env);
  const { handler } = require(bundle);
  await new Promise((resolve) => require('node:timers').setImmediate(resolve));
  const application = { applicationId: skillId };
  const user = { userId: 'amzn1.ask.account.eager-compile-training' };
  const event = {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.eager-compile-training', application, user, attributes: {} },
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.training', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.training', timestamp: new Date().toISOString(), locale: 'en-US' },
  };
  const context = { functionName: 'training', getRemainingTimeInMillis: () => 7000 };
  const response = await new Promise((resolve, reject) => {
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
  if (!response?.response?.outputSpeech) throw new Error(`the launch was not answered: ${JSON.stringify(response)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
