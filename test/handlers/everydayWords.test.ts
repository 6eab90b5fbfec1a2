// What the everyday words of the interaction models mean to the skill, in every locale: "go" to
// "ready to start a set?" starts one, and a rest said in words ("a minute") is timed by its id.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

describe.each(Object.keys(LOCALES))('everyday words in %s', (locale) => {
  const t = translator(locale);

  it('"go" (ResumeIntent) to "ready to start a set?" starts the set', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-go` });
    await talk.launch();
    await talk.intent('AMAZON.ResumeIntent');
    expect(talk.said).toContain(t('runnerDeadlift.cue.setup'));
    expect(talk.sessionState.stage).toMatchObject({ name: 'running', set: { repsDone: 0 } });
  });

  it('a rest said in words is timed by the value id of its span', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-rest-words` });
    await talk.launch();
    await talk.intent('RestIntent', { duration: { value: 'a couple of minutes', id: '120' } });
    expect(talk.said.startsWith(t('rest.start', { seconds: 120 }))).toBe(true);
  });

  it('a span no value matches is asked again, not guessed', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-rest-unknown` });
    await talk.launch();
    await talk.intent('RestIntent', { duration: { value: 'a fortnight' } });
    expect(talk.said.startsWith(t('notHeard.restSeconds'))).toBe(true);
  });

  it('numbers said win over a span heard alongside them', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-rest-both` });
    await talk.launch();
    await talk.intent('RestIntent', { minutes: 1, duration: { value: 'a minute and a half', id: '90' } });
    expect(talk.said.startsWith(t('rest.start', { seconds: 60 }))).toBe(true);
  });
});
