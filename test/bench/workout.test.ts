// The benchmark's scripted workout still plays against the built bundle (npm test builds it
// first), so `npm run bench` cannot quietly break when the skill changes.
import path from 'node:path';

type Invoke = (envelope: unknown) => Promise<unknown>;
interface WorkoutModule {
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
