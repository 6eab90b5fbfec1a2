// The turn log (lambda/src/interceptors/logTurn.ts) through the exported handler: one JSON line
// per turn, ids only as salted hashes, never an utterance or a slot word.
import fc from 'fast-check';
import { hashId, setLogSink } from '../../lambda/src/log';
import { Conversation } from '../support/conversation';
import { loadExportedSkill } from '../support/skill';
import { numberValue } from './steps';

const lines: string[] = [];
beforeAll(() => setLogSink((line) => lines.push(line)));
afterAll(() => setLogSink(undefined));
beforeEach(() => {
  lines.length = 0;
});

const USER = 'amzn1.ask.account.LOGTEST-secret-user';
const PERSON = 'amzn1.ask.person.LOGTEST-secret-person';

function parsed(): Record<string, unknown>[] {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every string anywhere in a parsed line. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

test('one line per turn, with request type, intent, stage before and after, latency; ids hashed', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const conv = new Conversation(invoke, { userId: USER, personId: PERSON });
  await conv.launch();
  await conv.intent('StartSetIntent', { reps: 3, weight: 65, unit: { value: 'pounds', id: 'lb' } });
  await conv.wait(5 * 60_000).intent('AMAZON.YesIntent');
  await conv.sessionEnded('USER_INITIATED');
  expect(lines).toHaveLength(4);
  const [launch, start, yes, ended] = parsed();
  expect(launch).toMatchObject({ message: 'turn', requestType: 'LaunchRequest', newSession: true, before: { stage: null }, after: { stage: 'ready', question: 'start' } });
  expect(start).toMatchObject({ requestType: 'IntentRequest', intent: 'StartSetIntent', slots: { reps: 3, weight: 65, unit: 'withheld' }, before: { stage: 'ready' }, after: { stage: 'running', target: 3 } });
  expect(yes).toMatchObject({ intent: 'AMAZON.YesIntent', before: { stage: 'running' }, after: { stage: 'finished', reps: 3 } });
  expect(ended).toMatchObject({ requestType: 'SessionEndedRequest', reason: 'USER_INITIATED' });
  for (const line of parsed()) {
    expect(typeof line.latencyMs).toBe('number');
    expect(line.user).toBe(hashId(USER));
    expect(line.person).toBe(hashId(PERSON));
  }
  const all = lines.join('\n');
  expect(all).not.toContain('LOGTEST');
  expect(all).not.toContain('pounds');
});

test('the hash is salted: another LOG_SALT gives other hashes', () => {
  const saved = process.env.LOG_SALT;
  try {
    delete process.env.LOG_SALT;
    const local = hashId(USER);
    process.env.LOG_SALT = 'production-secret';
    expect(hashId(USER)).not.toBe(local);
    expect(hashId(USER)).toMatch(/^[0-9a-f]{16}$/);
  } finally {
    if (saved === undefined) delete process.env.LOG_SALT;
    else process.env.LOG_SALT = saved;
  }
});

test('no slot word, utterance-like value or tampered state string ever reaches the log', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('StartSetIntent', 'LogSetIntent', 'SetUnitIntent', 'SetPacingIntent', 'CorrectCountIntent', 'SetBreathLengthIntent'),
      fc.string({ minLength: 4, maxLength: 30 }).map((s) => `SECRET${s}`),
      numberValue,
      async (intent, word, number) => {
        lines.length = 0;
        const conv = new Conversation(invoke, { userId: USER });
        await conv.launch();
        conv.setSessionAttributes({ state: { version: 1, stage: { name: word }, question: word, settings: { unit: word } } });
        await conv.intent(intent, { reps: word, unit: { value: word }, pacing: { value: word, id: word }, change: word, weight: number });
        expect(lines).toHaveLength(2);
        for (const line of parsed()) {
          for (const value of strings(line)) expect(value).not.toContain('SECRET');
          const slots = (line.slots ?? {}) as Record<string, unknown>;
          for (const value of Object.values(slots)) expect(typeof value === 'number' || value === 'withheld').toBe(true);
        }
      },
    ),
    { numRuns: 60 },
  );
});
