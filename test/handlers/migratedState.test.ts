// A runner mid-set when a new version of the skill is deployed carries on where they were: the
// session attributes and the store items the v1 code wrote (recorded in test/fixtures/v1/) are
// migrated, not reset.
import { readFileSync } from 'node:fs';
import { translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill } from '../support/skill';

const t = translator('en-US');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${__dirname}/../fixtures/v1/${name}.json`, 'utf8')) as Record<string, unknown>;

test('a set paused in a v1 session resumes at its next rep, with no reset', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const talk = new Conversation(invoke);
  await talk.launch();
  const v1 = fixture('session-paused');
  talk.setSessionAttributes({ state: v1 });
  const { repsDone, target } = (v1.stage as { set: { repsDone: number; target: number } }).set;
  await talk.intent('AMAZON.ResumeIntent');
  expect(talk.said).not.toContain(t('stateReset'));
  expect(talk.said).toContain(t('runnerDeadlift.cue.resumeAt', { rep: repsDone + 1, target }));
  expect(talk.sessionState.version).toBe(2);
  // The set logged by voice that v1 could not store is still owed to the log.
  expect((talk.sessionState.outbox as { id: string; exercise: string }[]).map((s) => [s.id, s.exercise])).toEqual(
    (v1.outbox as { id: string }[]).map((s) => [s.id, 'runnerDeadlift']),
  );
});

test('a set paused and stored by v1 is offered at the next launch', async () => {
  const { invoke, table } = await loadExportedSkill();
  const items = JSON.parse(readFileSync(`${__dirname}/../fixtures/v1/store-items.json`, 'utf8')) as Record<string, unknown>[];
  const person = String(items[0]!.pk);
  for (const item of items) await table!.raw.put(item);
  const paused = JSON.parse(String(items.find((i) => i.sk === '~PAUSED')!.snapshot)) as { set: { repsDone: number; target: number } };
  const talk = new Conversation(invoke, { userId: person });
  await talk.launch();
  expect(talk.said).toContain(t('savedSet.found', { reps: paused.set.repsDone, target: paused.set.target, count: paused.set.repsDone }));
  await talk.intent('AMAZON.YesIntent');
  expect(talk.said).toContain(t('runnerDeadlift.cue.resumeAt', { rep: paused.set.repsDone + 1, target: paused.set.target }));
});

test('a profile written by a newer build is neither read nor written over', async () => {
  const { invoke, table } = await loadExportedSkill();
  const person = 'amzn1.ask.account.after-a-rollback';
  const settings = { unit: 'kg', barWeight: 20, targetReps: 8, breathsPerHold: 4, secondsPerBreath: 5, pacing: 'repByRep', restSeconds: 60 };
  const newer = { pk: person, sk: '~PROFILE', kind: 'profile', settings, version: 99, createdAt: '2026-01-01T00:00:00.000Z', futureField: 'x' };
  await table!.raw.put(newer);
  const talk = new Conversation(invoke, { userId: person });
  await talk.launch();
  // Not met as a stranger: the runner has a profile, only not one this build can read.
  expect(talk.said).toContain(t('welcome.back'));
  await talk.intent('SetBreathsIntent', { breaths: 2 });
  expect(await table!.raw.get(person, '~PROFILE')).toEqual(newer);
});
