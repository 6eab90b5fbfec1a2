// The launch greeting knows the habit: sessions this week against the weekly goal (default two,
// settable by voice, kept in the profile) and the weeks in a row that met it. Exported handler,
// dynalite.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const DAY = 24 * 60 * 60 * 1000;
const start = Date.parse('2026-12-04T18:00:00.000Z');

describe.each(Object.keys(LOCALES))('weekly goal in %s', (locale) => {
  const t = translator(locale);

  test('the greeting says the week and the streak in one sentence; the goal is set by voice and kept', async () => {
    const userId = `amzn1.ask.account.goal-${locale}`;
    // Two sessions a week for the three weeks before this one, one session so far this week.
    let id = 0;
    for (const daysAgo of [1, 8, 10, 15, 17, 22, 24]) {
      id += 1;
      await skill.table!.store.logSet(userId, { id: `planted-${id}`, at: new Date(start - daysAgo * DAY).toISOString(), reps: 10, source: 'guided', exercise: 'runnerDeadlift' });
    }
    const talk = new Conversation(skill.invoke, { locale, userId, start });
    await talk.launch();
    const week = t('habit.week', { done: 1, count: 2 });
    expect(talk.said.startsWith(`${t('welcome.back')} ${t('habit.withStreak', { week, streak: t('habit.streak', { count: 3 }) })}`)).toBe(true);

    await talk.intent('SetWeeklyGoalIntent', { goal: 3 });
    expect(talk.said.startsWith(t('setting.weeklyGoal', { count: 3 }))).toBe(true);
    await talk.intent('SetWeeklyGoalIntent', { goal: 9 });
    expect(talk.said.startsWith(t('outOfRange.goal', { min: 1, max: 7 }))).toBe(true);
    await talk.intent('AMAZON.StopIntent');

    const again = new Conversation(skill.invoke, { locale, userId, start: start + 60_000 });
    await again.launch();
    expect(again.said.startsWith(`${t('welcome.back')} ${t('habit.alone', { week: t('habit.week', { done: 1, count: 3 }) })}`)).toBe(true);
  });
});
