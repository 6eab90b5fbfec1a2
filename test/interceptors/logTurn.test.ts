// A turn that fails still gets its log line: ask-sdk runs no response interceptor after an error
// handler, so skill.ts wraps the generic one with logFailedTurns.
import type { TrainingStore } from '../../lambda/src/store';
import { setLogSink } from '../../lambda/src/log';
import { skillBuilder } from '../../lambda/src/skill';
import { Conversation } from '../support/conversation';

class BrokenWiring extends Error {
  readonly code = 'BROKEN_WIRING';
  constructor() {
    super('the runner said something private');
    this.name = 'BrokenWiring';
  }
}

/** Not a StoreError: the load phase does not expect it, so the generic error handler answers. */
const broken = new Proxy({} as TrainingStore, {
  get: () => () => {
    throw new BrokenWiring();
  },
});

test('the generic error handler answers and the failed turn is logged, name and code only', async () => {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line));
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const skill = skillBuilder({ store: broken }).create();
    const talk = new Conversation((envelope) => skill.invoke(envelope));
    const response = await talk.launch();
    expect(response.response.shouldEndSession).toBe(false);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'turn', outcome: 'error', errorName: 'BrokenWiring', errorCode: 'BROKEN_WIRING', requestType: 'LaunchRequest' });
    expect(lines[0]).not.toContain('private');
  } finally {
    errors.mockRestore();
    setLogSink(undefined);
  }
});

test('a turn line has its fields in a fixed order, absent ones left out, and none when no one reads it', async () => {
  const lines: string[] = [];
  const skill = skillBuilder({}).create();
  const talk = new Conversation((envelope) => skill.invoke(envelope));
  await talk.launch(); // no sink and quiet under jest: nothing written
  expect(lines).toHaveLength(0);
  setLogSink((line) => lines.push(line));
  try {
    await talk.intent('StartSetIntent', { reps: 5, weight: 'heavy' });
    await talk.sessionEnded('USER_INITIATED');
  } finally {
    setLogSink(undefined);
  }
  const [start, ended] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(Object.keys(start!)).toEqual(['time', 'level', 'message', 'requestType', 'intent', 'slots', 'locale', 'newSession', 'user', 'person', 'before', 'after', 'latencyMs', 'outcome', 'reprompt']);
  expect(start!.slots).toEqual({ reps: 5, weight: 'withheld' });
  expect(Object.keys(ended!)).toEqual(['time', 'level', 'message', 'requestType', 'reason', 'locale', 'newSession', 'user', 'person', 'before', 'after', 'latencyMs', 'outcome', 'reprompt']);
});
