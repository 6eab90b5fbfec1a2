// Writes other than sets (deletes, settings, a paused set) that the store could not take wait in
// the session and are written on a later turn; settings read from nowhere never overwrite the log.
import { createDynamoClient, createStore, createTable, storeConfigFromEnv, type DynamoTrainingStore } from '../../lambda/src/store/dynamo';
import { skillBuilder } from '../../lambda/src/skill';
import { translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { uniqueTableName } from '../support/storeTable';
import { startFaultProxy, type FaultProxy } from './faultProxy';

const t = translator('en-US');
let proxy: FaultProxy;
let store: DynamoTrainingStore;
let direct: DynamoTrainingStore;
let runner = 0;

beforeAll(async () => {
  proxy = await startFaultProxy(process.env.DYNAMODB_ENDPOINT!);
  const tableName = uniqueTableName('pending');
  const config = storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: tableName, DYNAMODB_ENDPOINT: proxy.endpoint });
  await createTable(createDynamoClient(config), tableName);
  store = createStore(config);
  direct = createStore(storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: tableName }));
});
afterAll(() => proxy.close());

function conversation(): { talk: Conversation; person: string } {
  const skill = skillBuilder({ store }).create();
  const person = `pending-${(runner += 1)}`;
  return { talk: new Conversation((envelope) => skill.invoke(envelope), { userId: person }), person };
}

test('a history deleted while the store was down is deleted once it is back', async () => {
  const { talk, person } = conversation();
  await talk.launch();
  await talk.intent('LogSetIntent', { reps: 10 });
  await talk.intent('AMAZON.YesIntent');
  expect(await direct.history(person)).toHaveLength(1);
  await talk.intent('DeleteHistoryIntent');
  proxy.setMode({ kind: 'reject' });
  await talk.intent('AMAZON.YesIntent');
  expect(talk.said).toContain(t('saveFailed'));
  proxy.setMode({ kind: 'pass' });
  expect(await direct.history(person)).toHaveLength(1);
  await talk.intent('AMAZON.HelpIntent');
  expect(await direct.history(person)).toEqual([]);
  expect(talk.sessionState.pending).toBeUndefined();
});

test('settings changed after the log could not be read do not overwrite the stored ones', async () => {
  const { talk, person } = conversation();
  await talk.launch();
  await talk.intent('SetUnitIntent', { unit: { value: 'kilos', id: 'kg' } });
  await talk.intent('AMAZON.StopIntent');
  proxy.setMode({ kind: 'reject' });
  await talk.launch();
  expect(talk.said).toContain(t('log.unavailable'));
  proxy.setMode({ kind: 'pass' });
  await talk.intent('SetBreathsIntent', { breaths: 2 });
  const profile = (await direct.loadLaunch(person)).profile;
  expect(profile?.settings).toMatchObject({ unit: 'kg', breathsPerHold: 3 });
});
