// The benchmark's scripted workout still plays against the built bundle (npm test builds it
// first), so `npm run bench` cannot quietly break when the skill changes.
import path from 'node:path';
import { createDynamoClient, createTable } from '../../lambda/src/store/dynamo';
import { uniqueTableName } from '../support/storeTable';

type Invoke = (envelope: unknown) => Promise<unknown>;
interface WorkoutModule {
  seedReturningRunner(invoke: Invoke): Promise<void>;
  weekEnvelope(userId?: string): unknown;
  workout(invoke: Invoke, options: { userId: string; start: number; timed?: (turn: () => Promise<unknown>, name: string) => Promise<unknown> }): Promise<void>;
  invoker(handler: unknown): Invoke;
  START: number;
}

test('the benchmark workout runs every turn against dist/index.js', async () => {
  const saved = { ...process.env };
  try {
    delete process.env.DEADLIFT_TABLE;
    process.env.SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000be4c';
    let bench: WorkoutModule | undefined;
    let handler: unknown;
    jest.isolateModules(() => {
      bench = require(path.join(__dirname, '../../bench/workout.cjs')) as WorkoutModule;
      handler = (require(path.join(__dirname, '../../dist/index.js')) as { handler: unknown }).handler;
    });
    const turns: string[] = [];
    await bench!.workout(bench!.invoker(handler), {
      userId: 'bench-smoke',
      start: bench!.START,
      timed: (turn, name) => {
        turns.push(name);
        return turn();
      },
    });
    expect(turns).toEqual(expect.arrayContaining(['launch', 'start', 'pause', 'resume', 'finish', 'clean', 'logSet']));
  } finally {
    process.env = saved;
  }
});

test("the bench's week-first cold start reads the returning runner's log against a real table", async () => {
  const saved = { ...process.env };
  const tableName = uniqueTableName('bench-week');
  const admin = createDynamoClient({ tableName, region: 'us-east-1', endpoint: process.env.DYNAMODB_ENDPOINT!, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await createTable(admin, tableName);
    process.env.DEADLIFT_TABLE = tableName;
    process.env.SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000be4c';
    let bench: WorkoutModule | undefined;
    let handler: unknown;
    jest.isolateModules(() => {
      bench = require(path.join(__dirname, '../../bench/workout.cjs')) as WorkoutModule;
      handler = (require(path.join(__dirname, '../../dist/index.js')) as { handler: unknown }).handler;
    });
    const invoke = bench!.invoker(handler);
    const speech = async (envelope: unknown) => ((await invoke(envelope)) as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
    const nothingYet = await speech(bench!.weekEnvelope('amzn1.ask.account.bench-nobody'));
    await bench!.seedReturningRunner(invoke);
    const week = await speech(bench!.weekEnvelope());
    // Three workouts on three days: the answer counts them, where an empty log says there are none.
    expect(week).not.toBe(nothingYet);
    expect(week).toMatch(/\b3 sessions\b/);
  } finally {
    admin.destroy();
    process.env = saved;
  }
});
