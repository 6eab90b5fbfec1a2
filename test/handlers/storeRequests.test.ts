// What a workout costs the store (issue 4): one read when the session starts, nothing while a set
// is running, one write per logged set (and the best set's conditional update) and one per settings change. Counted at a proxy in front
// of dynalite, by DynamoDB operation.
import { createDynamoClient, createStore, createTable, storeConfigFromEnv } from '../../lambda/src/store/dynamo';
import { skillBuilder } from '../../lambda/src/skill';
import { startFaultProxy, type FaultProxy } from '../faults/faultProxy';
import { Conversation } from '../support/conversation';
import { uniqueTableName } from '../support/storeTable';

let proxy: FaultProxy;
let talk: Conversation;

beforeAll(async () => {
  proxy = await startFaultProxy(process.env.DYNAMODB_ENDPOINT!);
  const config = storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: uniqueTableName('requests'), DYNAMODB_ENDPOINT: proxy.endpoint });
  await createTable(createDynamoClient(config), config.tableName);
  const skill = skillBuilder({ store: createStore(config) }).create();
  talk = new Conversation((envelope) => skill.invoke(envelope));
});
afterAll(() => proxy.close());

/** The operations the store received while `turn` ran. */
async function during(turn: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.operations().length;
  await turn();
  return proxy.operations().slice(before);
}

test('a guided workout reads once, stores the set in progress once per block sent with reps counted (never per rep), and writes each set and setting once', async () => {
  expect(await during(() => talk.launch())).toEqual(['Query']);
  expect(await during(() => talk.intent('SetBreathsIntent', { breaths: 2 }))).toEqual(['UpdateItem']);
  expect(await during(() => talk.intent('StartSetIntent', { reps: 10 }))).toEqual([]);
  talk.wait(60_000);
  expect(await during(() => talk.intent('AMAZON.PauseIntent'))).toEqual([]);
  // The block sent on resume starts after counted reps: the set in progress is stored with them.
  expect(await during(() => talk.intent('AMAZON.ResumeIntent'))).toEqual(['PutItem']);
  talk.wait(30_000);
  // Finished early: the stored set in progress goes.
  expect(await during(() => talk.intent('FinishSetIntent'))).toEqual(['DeleteItem']);
  // The set is written once, when the runner has said whether it was clean, and the best set on
  // the profile is raised by a conditional update (issue 11 item 1: no question reads the log).
  expect(await during(() => talk.intent('AMAZON.YesIntent'))).toEqual(['PutItem', 'UpdateItem']);
  expect(await during(() => talk.intent('AMAZON.StopIntent'))).toEqual([]);
});
