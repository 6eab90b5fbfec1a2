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
