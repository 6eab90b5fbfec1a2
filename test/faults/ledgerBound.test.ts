// Issue 11 item 8, through the exported handler, the store on dynalite behind the fault proxy:
// with the store down, unsaved sets and pending writes stay within their share of the session, so
// every response fits Alexa's 24 KB (the conversation's checker holds each to the session share),
// and what had to be let go is said, never dropped silently.
import { translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { exportedSkillBehindProxy, type SkillBehindProxy } from './faultProxy';

const t = translator('en-US');
let behind: SkillBehindProxy;

beforeAll(async () => {
  behind = await exportedSkillBehindProxy();
});
afterAll(() => behind.close());
afterEach(() => behind.proxy.setMode({ kind: 'pass' }));

/** How many sets this answer said were let go (0 when it said nothing of it). */
function toldDropped(said: string): number {
  for (let n = 1; n <= 200; n += 1) if (said.includes(t('unsavedDropped.sets', { count: n }))) return n;
  return 0;
}

test('150 sets logged with the store down: every response fits, and every set is stored or said to be let go', async () => {
  const person = 'amzn1.ask.account.bound-sets';
  const conv = new Conversation(behind.skill.invoke, { userId: person });
  await conv.launch();
  behind.proxy.setMode({ kind: 'reject' });
  let told = 0;
  for (let i = 0; i < 150; i += 1) {
    conv.wait(60_000);
    await conv.intent('LogSetIntent', { reps: 1 + (i % 20) });
    told += toldDropped(conv.said);
    await conv.intent('AMAZON.YesIntent');
    told += toldDropped(conv.said);
  }
  expect(told).toBeGreaterThan(0);
  behind.proxy.setMode({ kind: 'pass' });
  await conv.intent('AMAZON.HelpIntent');
  const stored = await behind.direct.history(person, { limit: 1000 });
  expect(new Set(stored.map((set) => set.id)).size).toBe(stored.length);
  expect(stored.length + told).toBe(150);
}, 60_000);

test('300 settings changes with the store down: the response fits and the last one is what is stored', async () => {
  const person = 'amzn1.ask.account.bound-writes';
  const conv = new Conversation(behind.skill.invoke, { userId: person });
  await conv.launch();
  behind.proxy.setMode({ kind: 'reject' });
  for (let i = 0; i < 300; i += 1) await conv.intent('SetBreathsIntent', { breaths: 1 + (i % 5) });
  // A change the next one supersedes is not kept: no change was let go, so nothing was said of it.
  expect(conv.transcript.join('\n')).not.toContain(t('unsavedDropped.changes', { count: 1 }));
  behind.proxy.setMode({ kind: 'pass' });
  await conv.intent('AMAZON.HelpIntent');
  expect((await behind.direct.loadLaunch(person)).profile?.settings.breathsPerHold).toBe(5);
}, 60_000);
