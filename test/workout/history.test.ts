// The order history reads a log in: newest first by time, from canonical ISO times compared as
// text (the way the store's sort keys compare), whatever order the sets come in.
import fc from 'fast-check';
import { summarize, workoutOf } from '../../lambda/src/workout/history';
import type { LoggedSet } from '../../lambda/src/workout/model';

const set = (id: number, ms: number): LoggedSet => ({ id: `s${id}`, exercise: 'runnerDeadlift', at: new Date(ms).toISOString(), reps: 5, source: 'voice' });

// From 1970 to 2100, spread enough that sets fall on both sides of a workout's 6 h gap.
const times = fc.uniqueArray(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 30 });

test('a workout is read newest first, by time, from sets in any order', () => {
  fc.assert(
    fc.property(times, fc.func(fc.integer()), (ms, key) => {
      const sets = ms.map((t, i) => set(i, t));
      const shuffled = [...sets].sort((a, b) => key(a.id) - key(b.id));
      const byTime = [...sets].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      const { sets: workout } = workoutOf(shuffled);
      expect(workout.map((s) => s.id)).toEqual(byTime.slice(0, workout.length).map((s) => s.id));
      const last = summarize('last', shuffled, Date.parse(byTime[0]!.at), 'kg');
      expect(last.kind === 'last' && last.at).toBe(byTime[0]!.at);
    }),
  );
});
