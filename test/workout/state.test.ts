import { defaultSettings } from '../../lambda/src/workout/settings';
import { beginSession, initialState, QUESTIONS, STAGE_NAMES } from '../../lambda/src/workout/state';
import type { ActiveSet, LoggedSet } from '../../lambda/src/workout/model';

describe('a session begins from the log', () => {
  const lastSet: LoggedSet = { id: 'a', exercise: 'runnerDeadlift', at: '2026-11-19T07:00:00.000Z', reps: 8, source: 'guided', weight: { amount: 60, unit: 'kg' } };
  const savedSet: ActiveSet = { exercise: 'runnerDeadlift', target: 10, repsDone: 4, startedAt: 0 };

  it('with the runner`s settings, the set paused earlier, and the last set and its weight', () => {
    const settings = { ...defaultSettings('kg'), targetReps: 12 };
    expect(beginSession(initialState(defaultSettings('lb')), { settings, savedSet, lastSet })).toEqual({
      ...initialState(settings),
      savedSet,
      lastSet,
      lastWeight: { amount: 60, unit: 'kg' },
    });
  });

  it('keeping what the session had when the log has nothing', () => {
    const state = { ...initialState(defaultSettings('lb')), lastWeight: { amount: 95, unit: 'lb' as const } };
    expect(beginSession(state, {})).toEqual(state);
  });
});

test('the question and stage lists are the ones the readers and the turn log share', () => {
  expect(QUESTIONS).toContain('resumeSaved');
  expect([...STAGE_NAMES].sort()).toEqual(['finished', 'paused', 'ready', 'resting', 'running']);
});
