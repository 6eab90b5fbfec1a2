// Minimal reproductions of bugs the fuzzing found in lambda/src, kept so they stay fixed.
import { Conversation } from '../support/conversation';
import { loadExportedSkill } from '../support/skill';
import { translator } from '../../lambda/src/i18n';

const GENERIC = translator('en-US')('error.generic');

// Found by FUZZ_STORE_TURNS=20000 npx jest test/fuzz/storeLedger, seed 651868105: the session
// state says the coach asked "pick up the saved set?" (question 'resumeSaved') but carries no
// usable savedSet (restore() in snapshot.ts drops an invalid savedSet and keeps the question).
// "Yes" then reaches transition.ts resumeSaved(), which reads `state.savedSet!.repsDone`:
// TypeError, and the generic error handler answers.
test('yes to "pick it up from there?" with no saved set in the session is not an unhandled error', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const conv = new Conversation(invoke);
  await conv.launch();
  conv.setSessionAttributes({ state: { ...conv.sessionState, question: 'resumeSaved' } });
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).not.toContain(GENERIC);
});

test('the same with a saved set that no longer validates (repsDone -1)', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const conv = new Conversation(invoke);
  await conv.launch();
  const savedSet = { target: 10, repsDone: -1, startedAt: 0 };
  conv.setSessionAttributes({ state: { ...conv.sessionState, question: 'resumeSaved', savedSet } });
  await conv.intent('AMAZON.YesIntent');
  expect(conv.said).not.toContain(GENERIC);
});
