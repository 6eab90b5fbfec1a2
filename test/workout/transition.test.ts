import fc from 'fast-check';
import type { Act, Effect } from '../../lambda/src/workout/acts';
import { EMPTY_LEDGER, record, withUnsaved, type Ledger } from '../../lambda/src/workout/ledger';
import type { Heard, WorkoutEvent } from '../../lambda/src/workout/events';
import type { ActiveSet, LoggedSet } from '../../lambda/src/workout/model';
import { activeSet } from '../../lambda/src/workout/outcome';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { initialState, type WorkoutState } from '../../lambda/src/workout/state';
import { transition, type Outcome, type TurnContext } from '../../lambda/src/workout/transition';
import { restore, serialize } from '../../lambda/src/workout/snapshot';
import { fakeVoice } from './fakeVoice';

const T0 = Date.parse('2026-11-20T07:00:00Z');
let counter = 0;
const ctx = (now: number): TurnContext => ({ now, requestId: `req-${(counter += 1)}`, voice: fakeVoice() });
const fresh = (): WorkoutState => initialState(defaultSettings('lb'));

// The save phase's ledger, threaded beside the states as the skill does (handlers/save.ts), so a
// test can see what a state owes the store and which writes would reach it.
const ledgers = new WeakMap<WorkoutState, Ledger>();
const writes = new WeakMap<Outcome, readonly Effect[]>();
const ledgerOf = (state: WorkoutState): Ledger => ledgers.get(state) ?? EMPTY_LEDGER;
const outboxOf = (state: WorkoutState) => ledgerOf(state).outbox;
const storeWrites = (outcome: Outcome) => writes.get(outcome)!;

function run(state: WorkoutState, event: WorkoutEvent, now: number): Outcome {
  const out = transition(state, event, ctx(now));
  const recorded = record(ledgerOf(state), out.effects);
  ledgers.set(out.state, recorded.ledger);
  writes.set(out, recorded.writes);
  return out;
}

function asked(outcome: Outcome): string | undefined {
  const last = outcome.acts[outcome.acts.length - 1];
  return last?.type === 'ask' ? last.question : undefined;
}

function actTypes(outcome: Outcome): string[] {
  return outcome.acts.map((act) => act.type);
}

function setOf(state: WorkoutState): ActiveSet {
  const set = activeSet(state.stage);
  if (!set) throw new Error(`no set in stage ${state.stage.name}`);
  return set;
}

function started(target = 10, now = T0): Outcome {
  return run(fresh(), { type: 'start', reps: target }, now);
}

describe('launch', () => {
  it('greets a first-timer, suggests the lightest bar and asks to start', () => {
    const out = run(fresh(), { type: 'launch', info: { firstTime: true } }, T0);
    expect(out.acts).toEqual([
      { type: 'welcome', firstTime: true },
      { type: 'suggest', suggestion: { kind: 'lightestBar', weight: { amount: 45, unit: 'lb' } } },
      { type: 'ask', question: 'start' },
    ]);
  });

  it('greets a returning runner with their last set and the next step', () => {
    const lastSet: LoggedSet = { id: 'a', exercise: 'runnerDeadlift', at: '2026-11-13T07:00:00.000Z', reps: 12, clean: true, source: 'guided', weight: { amount: 95, unit: 'lb' } };
    const out = run(fresh(), { type: 'launch', info: { firstTime: false, lastSet } }, T0);
    expect(actTypes(out)).toEqual(['welcome', 'lastTime', 'suggest', 'ask']);
    expect(out.acts[2]).toEqual({ type: 'suggest', suggestion: { kind: 'addWeight', from: { amount: 95, unit: 'lb' }, to: { amount: 100, unit: 'lb' } } });
    expect(out.state.lastWeight).toEqual({ amount: 95, unit: 'lb' });
  });

  it('offers to resume a set paused in an earlier session', () => {
    const savedSet: ActiveSet = { exercise: 'runnerDeadlift', target: 10, repsDone: 4, startedAt: T0 - 86_400_000 };
    const out = run(fresh(), { type: 'launch', info: { firstTime: false, savedSet } }, T0);
    expect(out.acts).toContainEqual({ type: 'savedSetFound', reps: 4, target: 10 });
    expect(asked(out)).toBe('resumeSaved');
    const yes = run(out.state, { type: 'yes' }, T0 + 5000);
    expect(setOf(yes.state).block?.firstRep).toBe(5);
    // The resumed set is stored again with its new block, replacing what the launch offered.
    expect(yes.effects).toEqual([{ type: 'savePausedSet', set: expect.objectContaining({ repsDone: 4, target: 10 }) }]);
    // No: the four reps go to the log as an unfinished set, and the runner hears so.
    const no = run(out.state, { type: 'no' }, T0 + 5000);
    expect(no.acts.slice(0, -1)).toEqual([{ type: 'unfinishedLogged', reps: 4, target: 10 }]);
    expect(no.state.savedSet).toBeUndefined();
    expect(no.effects).toEqual([{ type: 'logSet', set: expect.objectContaining({ reps: 4 }) }, { type: 'clearPausedSet' }]);
    // "I'm done" to the offer ends the saved set where it stopped, the same way.
    const done = run(out.state, { type: 'finish' }, T0 + 5000);
    expect(done.acts.slice(0, -1)).toEqual([{ type: 'unfinishedLogged', reps: 4, target: 10 }]);
    expect(done.effects).toEqual([{ type: 'logSet', set: expect.objectContaining({ reps: 4 }) }, { type: 'clearPausedSet' }]);
  });
});

describe('starting a set', () => {
  it('uses the default target and says the reps and weight, then the setup, before rep one', () => {
    const out = run(fresh(), { type: 'start', reps: 'missing' }, T0);
    const set = setOf(out.state);
    expect(set.target).toBe(10);
    const reps = out.acts.find((a): a is Extract<Act, { type: 'reps' }> => a.type === 'reps');
    expect(reps?.segments[0]).toEqual({
      kind: 'say',
      line: { exercise: 'runnerDeadlift', cue: 'setupAt', count: 10, target: 10, weight: set.weight },
      phase: 'setup',
    });
    expect(set.weight).toBeDefined();
  });

  it.each<[Heard, string]>([
    ['unrecognized', 'notHeard'],
    [0, 'outOfRange'],
    [-3, 'outOfRange'],
    [5000, 'outOfRange'],
    [7.5, 'outOfRange'],
  ])('refuses %p reps with %s and changes nothing', (reps, act) => {
    const before = fresh();
    const out = run(before, { type: 'start', reps }, T0);
    expect(actTypes(out)).toEqual([act, 'ask']);
    expect(out.state.stage).toEqual(before.stage);
  });

  it('refuses a unit Alexa could not match, and an absurd weight', () => {
    expect(actTypes(run(fresh(), { type: 'start', reps: 10, weight: { amount: 60, unit: 'unrecognized' } }, T0))).toEqual(['notHeard', 'ask']);
    const heavy = run(fresh(), { type: 'start', reps: 10, weight: { amount: 5000, unit: 'lb' } }, T0);
    expect(heavy.acts[0]).toEqual({ type: 'outOfRange', asked: 'weight', min: 1, max: 600, unit: 'lb' });
  });

  it('remembers the weight for the next set', () => {
    const out = run(fresh(), { type: 'start', reps: 10, weight: { amount: 30, unit: 'kg' } }, T0);
    expect(setOf(out.state).weight).toEqual({ amount: 30, unit: 'kg' });
    expect(out.state.lastWeight).toEqual({ amount: 30, unit: 'kg' });
  });
});

describe('the set running', () => {
  it('counts every rep of a block that played out and asks to keep going', () => {
    const first = started(30);
    const block = setOf(first.state).block!;
    expect(asked(first)).toBe('keepGoing');
    const next = run(first.state, { type: 'yes' }, block.sentAt + block.endsAt + 2000);
    expect(setOf(next.state).block!.firstRep).toBe(block.lastRep + 1);
    expect(setOf(next.state).repsDone).toBe(block.lastRep);
  });

  it('finishes and logs the set when the last block played out', () => {
    const first = started(3);
    const block = setOf(first.state).block!;
    expect(asked(first)).toBe('wasClean');
    const after = run(first.state, { type: 'yes' }, block.sentAt + block.endsAt + 4000);
    expect(after.state.stage.name).toBe('finished');
    expect(outboxOf(after.state)).toHaveLength(1);
    expect(outboxOf(after.state)[0]).toMatchObject({ reps: 3, clean: true, source: 'guided' });
    expect(asked(after)).toBe('another');
  });

  it('pauses at the rep reached when a request cuts the block off', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const out = run(first.state, { type: 'pause' }, block.sentAt + block.repEnds[2]! + 10);
    expect(out.state.stage.name).toBe('paused');
    expect(out.acts[0]).toEqual({ type: 'paused', reps: 3, target: 10 });
  });

  it('treats any interruption as a pause: help mid-block keeps the rep reached', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const out = run(first.state, { type: 'help' }, block.sentAt + block.repEnds[4]! + 10);
    expect(setOf(out.state).repsDone).toBe(5);
    expect(asked(out)).toBe('resume');
  });

  it('ends early with the reps reached, and abandons a set with none', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const early = run(first.state, { type: 'finish' }, block.sentAt + block.repEnds[1]! + 10);
    expect(early.acts[0]).toEqual({ type: 'setDone', reps: 2, target: 10, early: true, weight: { amount: 45, unit: 'lb' } });
    expect(outboxOf(early.state)[0]?.reps).toBe(2);
    const none = run(first.state, { type: 'finish' }, block.sentAt + 10);
    expect(actTypes(none)).toEqual(['setAbandoned', 'ask']);
    expect(outboxOf(none.state)).toEqual([]);
  });

  it('takes a corrected count within 0..target only', () => {
    const first = started(10);
    const fixed = run(first.state, { type: 'correct', reps: 7 }, T0 + 1000);
    expect(setOf(fixed.state).repsDone).toBe(7);
    const over = run(first.state, { type: 'correct', reps: 11 }, T0 + 1000);
    expect(over.acts[0]).toEqual({ type: 'outOfRange', asked: 'reps', min: 0, max: 10 });
    const full = run(first.state, { type: 'correct', reps: 10 }, T0 + 1000);
    expect(full.state.stage.name).toBe('finished');
  });

  it('starts over from rep one with the same target and weight', () => {
    const first = run(fresh(), { type: 'start', reps: 8, weight: { amount: 65 } }, T0);
    // Before the first count nothing is lost: straight back to rep one.
    const again = run(first.state, { type: 'startOver' }, T0 + 5_000);
    expect(setOf(again.state)).toMatchObject({ target: 8, repsDone: 0, weight: { amount: 65, unit: 'lb' } });
    expect(setOf(again.state).block!.firstRep).toBe(1);
    // With reps done, "start over" asks first, and a second one logs them and starts afresh.
    const block = setOf(first.state).block!;
    const asks = run(first.state, { type: 'startOver' }, block.sentAt + block.repEnds[1]! + 10);
    expect(asked(asks)).toBe('carryOnOrFresh');
    expect(asks.effects).toEqual([]);
    const fresh2 = run(asks.state, { type: 'startOver' }, block.sentAt + block.repEnds[1]! + 5_000);
    expect(fresh2.acts[0]).toEqual({ type: 'unfinishedLogged', reps: 2, target: 8 });
    // The old set is logged, and the new one stored as its first block is sent.
    expect(fresh2.effects).toEqual([
      { type: 'logSet', set: expect.objectContaining({ reps: 2 }) },
      { type: 'savePausedSet', set: expect.objectContaining({ repsDone: 0, target: 8 }) },
    ]);
    expect(setOf(fresh2.state)).toMatchObject({ target: 8, repsDone: 0, weight: { amount: 65, unit: 'lb' } });
  });

  it('saves a set stopped midway for later, and says nothing on session end', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const stopped = run(first.state, { type: 'stop' }, block.sentAt + block.repEnds[3]! + 10);
    expect(actTypes(stopped)).toEqual(['setSavedForLater', 'end']);
    expect(stopped.effects).toEqual([{ type: 'savePausedSet', set: expect.objectContaining({ repsDone: 4, target: 10 }) }]);
    const ended = run(first.state, { type: 'sessionEnded' }, block.sentAt + block.repEnds[3]! + 10);
    expect(ended.acts).toEqual([]);
    expect(ended.effects).toEqual(stopped.effects);
  });
});

describe('between sets', () => {
  function finished(): WorkoutState {
    const first = started(2);
    const block = setOf(first.state).block!;
    return run(first.state, { type: 'no' }, block.sentAt + block.endsAt + 1000).state;
  }

  it('notes an unclean set and suggests staying at the weight', () => {
    const state = finished();
    expect(outboxOf(state)[0]?.clean).toBe(false);
  });

  it('rests with marks at 60, 30 and 10 seconds, then asks for the next set', () => {
    const out = run(finished(), { type: 'rest', seconds: 90 }, T0 + 100_000);
    expect(out.acts[0]).toEqual({ type: 'rest', seconds: 90, marks: [60, 30, 10] });
    expect(asked(out)).toBe('afterRest');
    expect(actTypes(run(out.state, { type: 'yes' }, T0 + 200_000))).toContain('reps');
  });

  it('says a pause or a finish makes no sense without a set', () => {
    for (const type of ['pause', 'finish'] as const) {
      expect(actTypes(run(finished(), { type }, T0 + 100_000))).toEqual(['notNow', 'ask']);
    }
  });
});

describe('settings', () => {
  it.each<[WorkoutEvent, Partial<ReturnType<typeof defaultSettings>>]>([
    [{ type: 'change', change: { setting: 'breathsPerHold', value: 2 } }, { breathsPerHold: 2 }],
    [{ type: 'change', change: { setting: 'secondsPerBreath', value: 5 } }, { secondsPerBreath: 5 }],
    [{ type: 'change', change: { setting: 'holdLength', direction: 'longer' } }, { secondsPerBreath: 5 }],
    [{ type: 'change', change: { setting: 'holdLength', direction: 'shorter' } }, { secondsPerBreath: 3 }],
    [{ type: 'change', change: { setting: 'pacing', value: 'repByRep' } }, { pacing: 'repByRep' }],
    [{ type: 'change', change: { setting: 'unit', value: 'kg' } }, { unit: 'kg', barWeight: 20.5 }],
    [{ type: 'change', change: { setting: 'targetReps', value: 12 } }, { targetReps: 12 }],
    [{ type: 'change', change: { setting: 'barWeight', weight: { amount: 35 } } }, { barWeight: 35 }],
  ])('%j changes the settings and saves them', (event, expected) => {
    const out = run(fresh(), event, T0);
    expect(out.state.settings).toMatchObject(expected);
    expect(out.effects).toEqual([{ type: 'saveSettings' }]);
  });

  it.each<WorkoutEvent>([
    { type: 'change', change: { setting: 'breathsPerHold', value: 40 } },
    { type: 'change', change: { setting: 'secondsPerBreath', value: 'unrecognized' } },
    { type: 'change', change: { setting: 'pacing', value: 'unrecognized' } },
    { type: 'change', change: { setting: 'unit', value: 'unrecognized' } },
  ])('refuses %j without saving', (event) => {
    const out = run(fresh(), event, T0);
    expect(out.state.settings).toEqual(fresh().settings);
    expect(out.effects).toEqual([]);
  });
});

describe('the training log', () => {
  it('logs a set by voice, asking for the reps when they are missing', () => {
    const missing = run(fresh(), { type: 'logSet', reps: 'missing' }, T0);
    expect(asked(missing)).toBe('logReps');
    const logged = run(missing.state, { type: 'logSet', reps: 10, weight: { amount: 65, unit: 'lb' } }, T0 + 1000);
    expect(outboxOf(logged.state)).toEqual([expect.objectContaining({ reps: 10, source: 'voice', weight: { amount: 65, unit: 'lb' } })]);
    expect(asked(logged)).toBe('wasClean');
  });

  it('changes the last set in the session, or the stored one with an update', () => {
    const logged = run(fresh(), { type: 'logSet', reps: 10 }, T0);
    const changed = run(logged.state, { type: 'changeLast', reps: 8 }, T0 + 1000);
    expect(outboxOf(changed.state)[0]?.reps).toBe(8);
    // Changed in the outbox: the store never had it.
    expect(storeWrites(changed)).toEqual([]);
    const stored: LoggedSet = { id: 'old', exercise: 'runnerDeadlift', at: '2026-11-01T07:00:00.000Z', reps: 10, source: 'guided' };
    const remote = run(fresh(), { type: 'changeLast', reps: 9, stored }, T0);
    expect(storeWrites(remote)).toEqual([{ type: 'updateSet', set: { ...stored, reps: 9 } }]);
  });

  it('deletes the last set only after a yes', () => {
    const stored: LoggedSet = { id: 'old', exercise: 'runnerDeadlift', at: '2026-11-01T07:00:00.000Z', reps: 10, source: 'guided' };
    const asking = run(fresh(), { type: 'deleteLast', stored }, T0);
    expect(asked(asking)).toBe('deleteLast');
    expect(asking.effects).toEqual([]);
    expect(run(asking.state, { type: 'no' }, T0).effects).toEqual([]);
    expect(run(asking.state, { type: 'yes' }, T0).effects).toEqual([{ type: 'deleteSet', set: stored }]);
    expect(actTypes(run(fresh(), { type: 'deleteLast' }, T0))).toEqual(['nothingLogged', 'ask']);
  });

  it('deletes the whole history only after a yes', () => {
    const asking = run(fresh(), { type: 'deleteHistory' }, T0);
    expect(asked(asking)).toBe('deleteHistory');
    expect(run(asking.state, { type: 'yes' }, T0).effects).toEqual([{ type: 'deleteHistory' }]);
    expect(run(asking.state, { type: 'no' }, T0).effects).toEqual([]);
  });

  it('answers history questions, counting sets not yet saved', () => {
    const logged = run(fresh(), { type: 'logSet', reps: 12, weight: { amount: 95 } }, T0);
    // The handler hands the core the stored sets with the ledger's unsaved ones (handlers/intents.ts).
    const out = run(logged.state, { type: 'history', query: 'week', sets: withUnsaved(ledgerOf(logged.state), []) }, T0 + 1000);
    expect(out.acts[0]).toMatchObject({ type: 'history', summary: { kind: 'week', sets: 1, reps: 12 } });
    expect(actTypes(run(fresh(), { type: 'history', query: 'best', sets: 'unavailable' }, T0))).toEqual(['logUnavailable', 'ask']);
  });
});

// ---- properties over random conversations ----

const heard: fc.Arbitrary<Heard> = fc.oneof(
  fc.constant<Heard>('missing'),
  fc.constant<Heard>('unrecognized'),
  fc.integer({ min: -50, max: 5000 }),
  fc.double({ min: -10, max: 100, noNaN: true }),
);

const event: fc.Arbitrary<WorkoutEvent> = fc.oneof(
  fc.record({ type: fc.constant('start' as const), reps: heard }),
  fc.constantFrom<WorkoutEvent>(
    { type: 'pause' }, { type: 'resume' }, { type: 'next' }, { type: 'finish' }, { type: 'repeat' }, { type: 'startOver' },
    { type: 'yes' }, { type: 'no' }, { type: 'help' }, { type: 'fallback' }, { type: 'notYourQuestion' }, { type: 'stop' }, { type: 'sessionEnded' },
    { type: 'deleteHistory' }, { type: 'explain', topic: 'how' }, { type: 'launch', info: { firstTime: false } },
  ),
  fc.record({ type: fc.constant('correct' as const), reps: heard }),
  fc.record({ type: fc.constant('rest' as const), seconds: heard }),
  fc.record({ type: fc.constant('logSet' as const), reps: heard }),
  fc.record({ type: fc.constant('changeLast' as const), reps: heard }),
);

const step = fc.tuple(event, fc.integer({ min: -20_000, max: 300_000 }));

/** Plays random steps from a fresh state, handing each turn to `check`. */
function walk(check: (out: Outcome, event: WorkoutEvent) => void, maxLength = 40) {
  return fc.property(fc.array(step, { maxLength }), (steps) => {
    let state = fresh();
    let now = T0;
    for (const [e, dt] of steps) {
      now += dt;
      const out = run(state, e, now);
      check(out, e);
      state = out.state;
    }
  });
}

describe('properties', () => {
  it('keeps the rep count within 0..target whatever the runner says and whenever', () => {
    fc.assert(
      walk(({ state }) => {
        const set = activeSet(state.stage);
        if (set) {
          expect(set.repsDone).toBeGreaterThanOrEqual(0);
          expect(set.repsDone).toBeLessThanOrEqual(set.target);
        }
        for (const logged of outboxOf(state)) expect(logged.reps).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('resumes at the rep after the one the pause found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 0, max: 600_000 }), (target, at, rest) => {
        const first = started(target);
        const block = setOf(first.state).block!;
        const paused = run(first.state, { type: 'pause' }, block.sentAt + Math.floor(block.endsAt * at));
        if (paused.state.stage.name === 'finished') {
          // Paused after the set's last count was heard: the whole set counts, and is logged.
          expect(block.lastRep).toBe(target);
          expect(paused.state.lastSet?.reps).toBe(target);
          return;
        }
        const reached = setOf(paused.state).repsDone;
        const resumed = run(paused.state, { type: 'resume' }, block.sentAt + block.endsAt + rest);
        if (reached === target) expect(resumed.state.stage.name).toBe('finished');
        else expect(setOf(resumed.state).block!.firstRep).toBe(reached + 1);
      }),
    );
  });

  it('ends every answer with a question or the end of the session', () => {
    fc.assert(
      walk((out, e) => {
        const last = out.acts[out.acts.length - 1];
        if (e.type === 'sessionEnded') expect(out.acts).toEqual([]);
        else expect(['ask', 'end']).toContain(last?.type);
      }, 25),
      { numRuns: 300 },
    );
  });

  it('logs each finished set once, with its own id', () => {
    fc.assert(
      walk(({ state }) => {
        const ids = outboxOf(state).map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('two sets from one request', () => {
  it('keeps a guided set that played out when the same request logs another by voice', () => {
    const first = started(2);
    const block = setOf(first.state).block!;
    const out = run(first.state, { type: 'logSet', reps: 8 }, block.sentAt + block.endsAt + 1000);
    expect(outboxOf(out.state).map((s) => [s.source, s.reps])).toEqual([
      ['guided', 2],
      ['voice', 8],
    ]);
  });
});

describe('answers to the question a block ends with', () => {
  it('count the whole block even when they come before the slow estimate says it ended', () => {
    const first = run(fresh(), { type: 'change', change: { setting: 'pacing', value: 'repByRep' } }, T0);
    const one = run(first.state, { type: 'start', reps: 10 }, T0 + 1000);
    const block = setOf(one.state).block!;
    const next = run(one.state, { type: 'next' }, block.sentAt + block.endsAt - 3000);
    expect(setOf(next.state).block!.firstRep).toBe(2);
    const done = started(3);
    const last = setOf(done.state).block!;
    const clean = run(done.state, { type: 'yes' }, last.sentAt + last.endsAt - 8000);
    expect(clean.state.stage.name).toBe('finished');
    expect(outboxOf(clean.state)[0]).toMatchObject({ reps: 3, clean: true });
  });

  it('but a pause over the block still counts only the reps reached', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const paused = run(first.state, { type: 'pause' }, block.sentAt + block.repEnds[1]! + 10);
    expect(setOf(paused.state).repsDone).toBe(2);
  });
});

describe('corrections, repeats and rests mid-set', () => {
  it('a count corrected below the block survives the trip through the session', () => {
    const first = started(30);
    const block = setOf(first.state).block!;
    const played = run(first.state, { type: 'yes' }, block.sentAt + block.endsAt + 1000);
    const fixed = run(played.state, { type: 'correct', reps: 2 }, block.sentAt + block.endsAt + 60_000);
    const restored = restore(serialize(fixed.state, ledgerOf(fixed.state)), 'lb');
    expect(restored.ok).toBe(true);
    expect(setOf(restored.state).repsDone).toBe(2);
  });

  it('"I did two" after the set was stored updates the stored set', () => {
    const first = started(3);
    const block = setOf(first.state).block!;
    const clean = run(first.state, { type: 'yes' }, block.sentAt + block.endsAt + 1000);
    // The save phase stored it: the ledger owes nothing.
    const stored = { ...clean.state };
    ledgers.set(stored, EMPTY_LEDGER);
    const fixed = run(stored, { type: 'correct', reps: 2 }, T0 + 400_000);
    expect(storeWrites(fixed)).toEqual([{ type: 'updateSet', set: expect.objectContaining({ reps: 2 }) }]);
  });

  it('repeat over a block plays the rep it cut into again; between sets it asks again', () => {
    const first = started(10);
    const block = setOf(first.state).block!;
    const again = run(first.state, { type: 'repeat' }, block.sentAt + block.repEnds[3]! + 10);
    expect(setOf(again.state).block!.firstRep).toBe(5);
    const between = run(fresh(), { type: 'repeat' }, T0);
    expect(actTypes(between)).toEqual(['ask']);
  });

  it('a rest mid-set pauses the set, so it picks up with the setup', () => {
    const first = started(30);
    const block = setOf(first.state).block!;
    const resting = run(first.state, { type: 'rest', seconds: 30 }, block.sentAt + block.endsAt + 1000);
    expect(resting.state.stage.name).toBe('paused');
    const back = run(resting.state, { type: 'resume' }, T0 + 900_000);
    const reps = back.acts.find((a): a is Extract<Act, { type: 'reps' }> => a.type === 'reps');
    expect(reps?.segments[0]).toMatchObject({ line: { cue: 'resumeAt' } });
  });
});
