import { habit, sessionStarts } from '../../lambda/src/workout/habit';
import type { LoggedSet } from '../../lambda/src/workout/model';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.parse('2026-12-04T18:00:00.000Z');
let n = 0;
const setAt = (ms: number): LoggedSet => ({ id: `s${(n += 1)}`, at: new Date(ms).toISOString(), reps: 10, source: 'guided', exercise: 'runnerDeadlift' });
/** A session of three sets, ten minutes apart, starting `daysAgo` days before now. */
const session = (daysAgo: number): LoggedSet[] => [0, 1, 2].map((i) => setAt(now - daysAgo * DAY + i * 10 * 60 * 1000));

describe('habit', () => {
  test('sets less than six hours apart are one session; further apart, two', () => {
    expect(sessionStarts([...session(1), ...session(1.5)], now)).toHaveLength(2);
    expect(sessionStarts([setAt(now - 5 * HOUR), setAt(now - 1 * HOUR)], now)).toHaveLength(1);
  });

  test('the week so far against the goal, and the weeks in a row that met it', () => {
    const sets = [...session(1), ...[8, 10, 15, 17, 22, 24].flatMap(session)];
    expect(habit(sets, now, 2)).toEqual({ done: 1, goal: 2, streak: 3 });
    // Met this week already: this week counts too.
    expect(habit([...sets, ...session(3)], now, 2)).toEqual({ done: 2, goal: 2, streak: 4 });
    // A week that missed breaks the streak.
    expect(habit([...session(1), ...session(8), ...[15, 17].flatMap(session)], now, 2)).toEqual({ done: 1, goal: 2, streak: 0 });
    expect(habit(sets, now, 3)).toEqual({ done: 1, goal: 3, streak: 0 });
  });

  test('nothing logged: nothing done, no streak; the same set stored and in the outbox counts once', () => {
    expect(habit([], now, 2)).toEqual({ done: 0, goal: 2, streak: 0 });
    const one = setAt(now - HOUR);
    expect(habit([one, one, ...session(2)], now, 2)).toEqual({ done: 2, goal: 2, streak: 1 });
  });
});
