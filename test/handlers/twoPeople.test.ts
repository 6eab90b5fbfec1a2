// Issue 11 item 6, through the exported handler against dynalite: two recognized speakers on one
// device. A set belongs to the person who started it, and a question that confirms something of a
// person's log belongs to the person who asked it: another voice's yes is not the answer.
import { translator } from '../../lambda/src/i18n';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';
import { Conversation } from '../support/conversation';

const t = translator('en-US');
const ALICE = 'amzn1.ask.person.alice';
const BOB = 'amzn1.ask.person.bob';

let skill: LoadedSkill;
let device = 0;

beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

function talk(): { conv: Conversation; alice: string; bob: string } {
  device += 1;
  const conv = new Conversation(skill.invoke, { userId: `amzn1.ask.account.family-${device}` });
  return { conv, alice: `${ALICE}-${device}`, bob: `${BOB}-${device}` };
}

const stored = (person: string) => skill.table!.store.history(person);

test("Alice asks to delete her history, Bob says yes: nothing is deleted, and Alice is asked again", async () => {
  const { conv, alice, bob } = talk();
  conv.speaker = alice;
  await conv.launch();
  await conv.intent('LogSetIntent', { reps: 10 });
  await conv.intent('AMAZON.YesIntent');
  conv.speaker = bob;
  conv.wait(60_000);
  await conv.intent('LogSetIntent', { reps: 6 });
  await conv.intent('AMAZON.NoIntent');
  expect((await stored(alice)).map((s) => s.reps)).toEqual([10]);
  expect((await stored(bob)).map((s) => s.reps)).toEqual([6]);
  conv.speaker = alice;
  conv.wait(60_000);
  await conv.intent('DeleteHistoryIntent');
  conv.speaker = bob;
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).toContain(t('notYourQuestion'));
  expect(conv.said).toContain(t('ask.deleteHistory.say'));
  expect((await stored(alice)).map((s) => s.reps)).toEqual([10]);
  expect((await stored(bob)).map((s) => s.reps)).toEqual([6]);
  conv.speaker = alice;
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said.startsWith(t('log.historyDeleted'))).toBe(true);
  expect(await stored(alice)).toEqual([]);
  expect((await stored(bob)).map((s) => s.reps)).toEqual([6]);
});

test('a set Alice started is stored under Alice, whoever finishes it and whoever says it was clean', async () => {
  const { conv, alice, bob } = talk();
  conv.speaker = alice;
  await conv.launch();
  await conv.intent('StartSetIntent', { reps: 5 });
  // The block has played out; Bob ends the set.
  conv.wait(600_000);
  conv.speaker = bob;
  await conv.intent('FinishSetIntent');
  expect(conv.said).toContain(t('ask.wasClean.say'));
  // "Was it clean?" is Alice's question: Bob's yes is not her answer.
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).toContain(t('notYourQuestion'));
  expect(await stored(bob)).toEqual([]);
  conv.speaker = alice;
  await conv.intent('AMAZON.YesIntent');
  await conv.intent('AMAZON.StopIntent');
  expect(await stored(bob)).toEqual([]);
  const [set] = await stored(alice);
  expect(set).toMatchObject({ source: 'guided', clean: true });
});

test("an unsaved set of Alice's is never in Bob's history", async () => {
  const { conv, alice, bob } = talk();
  conv.speaker = alice;
  await conv.launch();
  await conv.intent('LogSetIntent', { reps: 9 });
  // Bob speaks before Alice answers: her set waits, still hers.
  conv.speaker = bob;
  await conv.intent('LastTimeIntent');
  expect(conv.said).toContain(t('history.empty_last'));
});

test("Bob's \"delete the last set\" is about his own last set, not the one Alice just logged", async () => {
  const { conv, alice, bob } = talk();
  conv.speaker = bob;
  await conv.launch();
  await conv.intent('LogSetIntent', { reps: 6 });
  await conv.intent('AMAZON.YesIntent');
  conv.wait(60_000);
  conv.speaker = alice;
  await conv.intent('LogSetIntent', { reps: 10 });
  await conv.intent('AMAZON.YesIntent');
  conv.speaker = bob;
  await conv.intent('DeleteLastSetIntent');
  await conv.intent('AMAZON.YesIntent');
  expect(await stored(bob)).toEqual([]);
  expect((await stored(alice)).map((s) => s.reps)).toEqual([10]);
});
