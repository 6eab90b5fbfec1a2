// "How did last week go" talks about the last seven days, not "last time, today", in every locale:
// the runner's own words resolve (by the local coach's matcher, on the locale's interaction model)
// to the seven-day question, and the exported handler answers it from a real dynalite log with the
// sessions, sets, reps and the heaviest weight, in two short sentences.
import path from 'node:path';
import { LOCALES, translator } from '../../lambda/src/i18n';
import type { LoggedSet } from '../../lambda/src/workout/model';
import { createMatcher } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const root = path.resolve(__dirname, '../..');
const NOW = Date.parse('2026-11-20T18:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How runners ask about their week in each locale ("last week" as they mean it). */
const ASKED: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['how did last week go', 'how did I do last week', 'how was my week'],
  'en-GB': ['how did last week go', 'how did I get on last week', 'how was last week'],
  'en-CA': ['how did last week go', 'what did I do last week', 'how did my week go'],
  'en-AU': ['how did last week go', 'how did I go last week', 'how was my week'],
  'en-IN': ['how did last week go', 'how did I do last week', 'how was last week'],
  'de-DE': ['wie lief die letzte woche', 'was habe ich letzte woche gemacht', 'wie war meine woche'],
  'es-ES': ['cómo fue la semana pasada', 'qué tal la semana pasada', 'qué tal mi semana'],
  'fr-FR': ["comment s'est passée la semaine dernière", "qu'est-ce que j'ai fait la semaine dernière", "c'était comment la semaine dernière"],
};

describe.each(Object.keys(LOCALES))('"how did last week go" in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const matcher = createMatcher(loadInteractionModel(root, locale), locale);
  const spoken = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
  let n = 0;
  const aSet = (at: number, reps: number, amount: number): LoggedSet => ({
    id: `week-${locale}-${(n += 1)}`,
    exercise: 'runnerDeadlift',
    at: new Date(at).toISOString(),
    reps,
    source: 'guided',
    clean: true,
    weight: { amount, unit },
  });

  it.each(ASKED[locale]!)('"%s" is the seven-day question', (phrase) => {
    expect(matcher.match(phrase).intent).toBe('WeekCountIntent');
  });

  it('answers with the sessions, sets, reps and heaviest weight of the last seven days', async () => {
    const userId = `${locale}-last-week`;
    const store = skill.table!.store;
    // Three sessions in the window (yesterday, three days ago, six days ago) and a heavier one
    // nine days ago that is not.
    const sets = [
      ...[0, 1, 2].map((i) => aSet(NOW - DAY + i * 10 * 60_000, 10, 40)),
      ...[0, 1].map((i) => aSet(NOW - 3 * DAY + i * 10 * 60_000, 8, 45)),
      aSet(NOW - 6 * DAY, 5, 35),
      aSet(NOW - 9 * DAY, 12, 60),
    ];
    for (const set of sets) await store.logSet(userId, set);
    const talk = new Conversation(skill.invoke, { locale, userId, start: NOW });
    await talk.launch();
    await talk.intent(matcher.match(ASKED[locale]![0]!).intent);
    const week = t('history.week', {
      sessions: t('history.sessions', { count: 3 }),
      sets: t('history.sets', { count: 6 }),
      reps: t('history.reps', { count: 51 }),
    });
    expect(talk.said).toBe([week, t('history.heaviest', { weight: spoken(45) }), t('ask.start.say')].join(' '));
    expect(talk.said).not.toContain(t('history.today'));
  });

  it('one session of one set: each count in the singular', async () => {
    const userId = `${locale}-last-week-one`;
    await skill.table!.store.logSet(userId, aSet(NOW - 2 * DAY, 1, 40));
    const talk = new Conversation(skill.invoke, { locale, userId, start: NOW });
    await talk.launch();
    await talk.intent('WeekCountIntent');
    const week = t('history.week', { sessions: t('history.sessions', { count: 1 }), sets: t('history.sets', { count: 1 }), reps: t('history.reps', { count: 1 }) });
    expect(talk.said.startsWith(week)).toBe(true);
    expect(talk.said).not.toMatch(/\b1\b/);
  });
});
