// A store that sends its headers at once and then trickles the body: every attempt is cut at
// the store's attempt deadline, however long the body would take, and the runner is answered.
import { STORE_TIMEOUTS, isStoreError } from '../../lambda/src/store/dynamo';
import { Conversation } from '../support/conversation';
import { exportedSkillBehindProxy, type SkillBehindProxy } from './faultProxy';
import { translator } from '../../lambda/src/i18n';
import { DynamoTrainingStore, createDynamoClient, storeConfigFromEnv } from '../../lambda/src/store/dynamo';

// A Query's answer is at least ~40 bytes: at 250 ms a byte no attempt could finish in 10 s,
// so a client bounded only until the headers would hang far past the Lambda's 7 s.
const EVERY_MS = 250;
const t = translator('en-US');

let behind: SkillBehindProxy;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});

afterAll(async () => {
  await behind.close();
});

afterEach(() => behind.proxy.setMode({ kind: 'pass' }));

test('a trickled body fails the store call as a timeout after the configured attempts', async () => {
  const { proxy, skill } = behind;
  const tableName = skill.table!.tableName;
  const store = new DynamoTrainingStore(createDynamoClient(storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: tableName, DYNAMODB_ENDPOINT: proxy.endpoint })), tableName);
  try {
    proxy.setMode({ kind: 'trickle', everyMs: EVERY_MS });
    const before = proxy.stats();
    const failure = await store.history('trickle-reader').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isStoreError(failure) && failure.code).toBe('timeout');
    const after = proxy.stats();
    expect(after.requests - before.requests).toBe(STORE_TIMEOUTS.maxAttempts);
    // Wait for the proxy to see each hang-up (the close event follows the client's destroy).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxy.stats().cutMidBody - before.cutMidBody).toBe(STORE_TIMEOUTS.maxAttempts);
  } finally {
    store.close();
  }
}, 30_000);

test('through the exported handler: the launch is answered, and history says the log is out of reach', async () => {
  const { proxy, skill } = behind;
  const conv = new Conversation(skill.invoke, { userId: 'amzn1.ask.account.trickle' });
  proxy.setMode({ kind: 'trickle', everyMs: EVERY_MS });
  const before = proxy.stats();
  await conv.launch();
  expect(conv.ended).toBe(false);
  await conv.intent('LastTimeIntent');
  expect(conv.transcript.at(-1)).toContain(t('log.unavailable'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = proxy.stats();
  // Every request the two turns made was a trickled one the client gave up on mid-body.
  expect(after.requests - before.requests).toBeGreaterThanOrEqual(2);
  expect(after.cutMidBody - before.cutMidBody).toBe(after.requests - before.requests);
}, 30_000);
