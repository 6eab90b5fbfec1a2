// A second exercise needs a descriptor and its words, nothing else: the test-only squat is coached
// through the real core, presentation and speech renderer, with its own cues, tempo, bounds and
// progression, and none of the deadlift's.
import { render, voiceFor, type Speaker } from '../../../lambda/src/speech/render';
import type { Act } from '../../../lambda/src/workout/acts';
import type { WorkoutEvent } from '../../../lambda/src/workout/events';
import { catalog, EXERCISES, exerciseOf, RUNNER_DEADLIFT_EXERCISE } from '../../../lambda/src/workout/exercises';
import { EXERCISE_ID, RUNNER_DEADLIFT } from '../../../lambda/src/workout/model';
import { activeSet } from '../../../lambda/src/workout/outcome';
import { present } from '../../../lambda/src/workout/presentation';
import { defaultSettings } from '../../../lambda/src/workout/settings';
import { initialState, type WorkoutState } from '../../../lambda/src/workout/state';
import { holdMs } from '../../../lambda/src/workout/tempo';
import { transition, type Outcome } from '../../../lambda/src/workout/transition';
import { TEST_SQUAT, TEST_SQUAT_WORDS, testTranslator } from './testSquat';

const speaker: Speaker = { locale: 'en-US', t: testTranslator() };
const exercises = catalog(TEST_SQUAT, RUNNER_DEADLIFT_EXERCISE);
const T0 = Date.parse('2026-11-20T07:00:00Z');
let counter = 0;

function turn(state: WorkoutState, event: WorkoutEvent, now: number): { outcome: Outcome; speech: string; reprompt?: string } {
  const outcome = transition(state, event, { now, requestId: `squat-${(counter += 1)}`, voice: voiceFor(speaker), exercises });
  const rendered = render(speaker, present({ preface: [], decided: outcome.acts, warnings: [] }));
  return { outcome, speech: rendered.speech, ...(rendered.reprompt && { reprompt: rendered.reprompt }) };
}

function repsAct(outcome: Outcome): Extract<Act, { type: 'reps' }> {
  const act = outcome.acts.find((a): a is Extract<Act, { type: 'reps' }> => a.type === 'reps');
  if (!act) throw new Error(`no reps in ${outcome.acts.map((a) => a.type).join(', ')}`);
  return act;
}

const fresh = (): WorkoutState => initialState(defaultSettings('lb'));
const deadliftWords = ['Butt out', 'Bar just in front of your knees', 'Slight arch', 'Pinch the glutes'];

describe('a test-only second exercise', () => {
  it('is coached in its own words, phase by phase, with its own pads and hold', () => {
    const { outcome, speech, reprompt } = turn(fresh(), { type: 'start', reps: 3 }, T0);
    const reps = repsAct(outcome);
    expect(reps.segments.every((s) => s.kind === 'silence' || s.line.exercise === 'testSquat')).toBe(true);
    expect(new Set(reps.segments.map((s) => s.phase))).toEqual(new Set(['setup', 'descent', 'bottom', 'drive']));
    const { cue } = TEST_SQUAT_WORDS;
    const order = [cue.setup, cue.sitBack, cue.knees, 'Stay low for 3 breaths.', cue.drive, cue.tall, 'Squat 1.', cue.chest, 'Squat 2.'];
    const at = order.map((words) => speech.indexOf(words));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const words of deadliftWords) expect(speech).not.toContain(words);
    // The hold is the runner's breaths at their seconds per breath, in the squat's bottom phase.
    const holds = reps.segments.filter((s) => s.kind === 'silence' && s.phase === 'bottom');
    // (a hold longer than one break comes a breath at a time: each silence one breath or all of it).
    const silent = holds.map((s) => (s.kind === 'silence' ? s.ms : 0));
    expect(silent.reduce((a, b) => a + b, 0)).toBe(3 * holdMs(fresh().settings));
    expect(silent.every((ms) => ms <= 10_000)).toBe(true);
    // The drive pauses exactly as the descriptor says between its two cues.
    expect(reps.segments).toContainEqual({ kind: 'silence', ms: 500, phase: 'drive' });
    expect(reprompt).toBeDefined();
  });

  it('carries the block timeline on the act that speaks it, the same the state keeps', () => {
    const { outcome } = turn(fresh(), { type: 'start', reps: 3 }, T0);
    const set = activeSet(outcome.state.stage);
    expect(repsAct(outcome).block).toEqual(set?.block);
    expect(repsAct(outcome).block.sentAt).toBe(T0);
    expect(set?.exercise).toBe('testSquat');
  });

  it('keeps to a set`s own exercise when the catalog`s default is another', () => {
    const deadliftFirst = catalog(RUNNER_DEADLIFT_EXERCISE, TEST_SQUAT);
    const ctx = (now: number) => ({ now, requestId: `mixed-${(counter += 1)}`, voice: voiceFor(speaker), exercises: deadliftFirst });
    const say = (outcome: Outcome) => render(speaker, present({ preface: [], decided: outcome.acts, warnings: [] })).speech;
    const squats = turn(fresh(), { type: 'start', reps: 8, weight: { amount: 50, unit: 'lb' } }, T0).outcome;
    const paused = transition(squats.state, { type: 'pause' }, ctx(T0 + repsAct(squats).block.repEnds[1]! + 10));
    const resumed = transition(paused.state, { type: 'resume' }, ctx(T0 + 600_000));
    expect(say(resumed)).toMatch(/^<s>Squats again from rep 3 of 8\.<\/s>/);
    for (const words of deadliftWords) expect(say(resumed)).not.toContain(words);
    const clean = transition(resumed.state, { type: 'yes' }, ctx(T0 + 1_200_000));
    expect(clean.acts).toContainEqual({ type: 'suggest', suggestion: { kind: 'addWeight', from: { amount: 50, unit: 'lb' }, to: { amount: 60, unit: 'lb' } } });
    // A new set is of the default: the deadlift.
    const next = transition(clean.state, { type: 'yes' }, ctx(T0 + 1_300_000));
    expect(activeSet(next.state.stage)?.exercise).toBe(RUNNER_DEADLIFT);
    expect(say(next)).toContain('Butt out');
  });

  it('suggests by the rule of the exercise last lifted, at launch', () => {
    const lastSet = { id: 's', exercise: 'testSquat', at: '2026-11-19T07:00:00.000Z', reps: 8, clean: true, source: 'guided', weight: { amount: 50, unit: 'lb' } } as const;
    const launched = transition(fresh(), { type: 'launch', info: { firstTime: false, lastSet } }, { now: T0, requestId: 'l', voice: voiceFor(speaker), exercises: catalog(RUNNER_DEADLIFT_EXERCISE, TEST_SQUAT) });
    expect(launched.acts).toContainEqual({ type: 'suggest', suggestion: { kind: 'addWeight', from: { amount: 50, unit: 'lb' }, to: { amount: 60, unit: 'lb' } } });
  });

  it('refuses a target outside its own bounds, not the deadlift`s', () => {
    const { outcome } = turn(fresh(), { type: 'start', reps: 25 }, T0);
    expect(outcome.acts[0]).toEqual({ type: 'outOfRange', asked: 'reps', min: 2, max: 20 });
    expect(RUNNER_DEADLIFT_EXERCISE.bounds.targetReps.max).toBeGreaterThanOrEqual(25);
  });

  it('picks a paused set up with its own words', () => {
    const first = turn(fresh(), { type: 'start', reps: 8 }, T0);
    const block = repsAct(first.outcome).block;
    const paused = turn(first.outcome.state, { type: 'pause' }, T0 + block.repEnds[1]! + 10);
    const resumed = turn(paused.outcome.state, { type: 'resume' }, T0 + 600_000);
    expect(resumed.speech).toMatch(/^<s>Squats again from rep 3 of 8\.<\/s>/);
  });

  it('applies its own progression: eight clean reps add its own step', () => {
    const started = turn(fresh(), { type: 'start', reps: 8, weight: { amount: 50, unit: 'lb' } }, T0);
    // Every block ends with a question; the yes to the last one ("was every rep clean?") is the clean answer.
    let last = started;
    for (let now = T0 + 300_000; last.outcome.state.stage.name === 'running'; now += 300_000) {
      last = turn(last.outcome.state, { type: 'yes' }, now);
    }
    expect(last.outcome.acts).toContainEqual({ type: 'cleanNoted', clean: true });
    expect(last.outcome.acts).toContainEqual({
      type: 'suggest',
      suggestion: { kind: 'addWeight', from: { amount: 50, unit: 'lb' }, to: { amount: 60, unit: 'lb' } },
    });
  });

  it('explains itself with its own how and why', () => {
    expect(turn(fresh(), { type: 'explain', topic: 'how' }, T0).speech).toContain(TEST_SQUAT_WORDS.explain.how);
    expect(turn(fresh(), { type: 'explain', topic: 'why' }, T0).speech).toContain(TEST_SQUAT_WORDS.explain.why);
  });
});

describe('the exercise catalog', () => {
  it('has the Runner Deadlift as its default, the exercise every unnamed stored set is', () => {
    expect(EXERCISES.default.id).toBe(RUNNER_DEADLIFT);
    expect(EXERCISES.byId(RUNNER_DEADLIFT)).toBe(RUNNER_DEADLIFT_EXERCISE);
  });

  it('names every exercise with an id the stored shapes accept', () => {
    for (const exercise of [...EXERCISES.all, TEST_SQUAT]) expect(EXERCISE_ID.read(exercise.id, 'id')).toEqual({ ok: true, value: exercise.id });
  });

  it('finds a set`s own exercise, and the default for a set that names none or an unknown one', () => {
    expect(exerciseOf({ exercise: 'testSquat' }, exercises)).toBe(TEST_SQUAT);
    expect(exerciseOf({ exercise: 'nope' }, exercises)).toBe(TEST_SQUAT);
    expect(exerciseOf(undefined, catalog(RUNNER_DEADLIFT_EXERCISE, TEST_SQUAT))).toBe(RUNNER_DEADLIFT_EXERCISE);
    expect(exerciseOf({ exercise: 'testSquat' }, catalog(RUNNER_DEADLIFT_EXERCISE, TEST_SQUAT))).toBe(TEST_SQUAT);
  });
});
