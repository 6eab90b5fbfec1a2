import { LOCALES, translator } from '../../lambda/src/i18n';
import { voiceFor } from '../../lambda/src/speech/render';
import { CALIBRATION, observePace, paceFor, samplesFor, withPaceSample } from '../../lambda/src/workout/calibration';
import type { WorkoutEvent } from '../../lambda/src/workout/events';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import type { Block, Settings } from '../../lambda/src/workout/model';
import { activeSet } from '../../lambda/src/workout/outcome';
import { countDue, PACE_RANGE, planBlock, repsCountedAt, type Pace } from '../../lambda/src/workout/pacing';
import { BOUNDS, defaultSettings } from '../../lambda/src/workout/settings';
import { initialState, type WorkoutState } from '../../lambda/src/workout/state';
import { transition, type Outcome } from '../../lambda/src/workout/transition';
import { introLine, type Voice } from '../../lambda/src/workout/tempo';

const T0 = Date.parse('2026-11-20T07:00:00Z');
let counter = 0;

/** When a voice `factor` times the nominal pace has said the whole response a block ends. */
function playedBy(block: Block, factor: number): number {
  const quiet = block.repQuiet![block.repQuiet!.length - 1]!;
  return block.sentAt + quiet + (block.endsAt - quiet + (block.closeMs ?? 0)) / factor;
}

/** A small deterministic scatter (no Math.random: a failure must replay). */
function scatter(i: number): number {
  return ((i * 7919) % 1000) / 1000;
}

describe.each(Object.keys(LOCALES))('the clock in %s', (locale) => {
  const voice: Voice = voiceFor({ locale, t: translator(locale) });
  const run = (state: WorkoutState, event: WorkoutEvent, now: number): Outcome => transition(state, event, { now, requestId: `req-${(counter += 1)}`, voice });
  const started = (settings: Settings = defaultSettings(LOCALES[locale]!.unit), now = T0) => run(initialState(settings), { type: 'start', reps: 10 }, now);
  const blockOf = (state: WorkoutState): Block => activeSet(state.stage)!.block!;

  it('learns a pace from a stream of prompt answers, and keeps it with the settings', () => {
    for (const truth of [0.85, 1, 1.15]) {
      let out = started();
      for (let i = 0; i < 4; i += 1) {
        // The runner says "yes" between 1 and 2.5 s after Alexa stops talking.
        const answeredAt = playedBy(blockOf(out.state), truth) + 1000 + 1500 * scatter(i + 1);
        out = run(out.state, { type: 'yes' }, answeredAt);
        if (i === 0) expect(out.effects).toContainEqual({ type: 'saveSettings' });
        if (out.state.stage.name !== 'running') out = started(out.state.settings, answeredAt + 5000);
      }
      const learned = paceFor(out.state.settings, voice.language);
      // Late by up to 1.5 s over a block of two minutes and more: within 2% of the truth, never faster.
      expect(learned.slow).toBeLessThanOrEqual(truth * 1.001);
      expect(learned.fast).toBeGreaterThanOrEqual(truth * 0.98);
      expect(learned.fast - learned.slow).toBeLessThan(0.1);
    }
  });

  it('ignores an answer given after a rest, and one given before the block could have ended', () => {
    const out = started();
    const block = blockOf(out.state);
    const rested = run(out.state, { type: 'yes' }, playedBy(block, PACE_RANGE.slow) + 90_000);
    expect(samplesFor(rested.state.settings, voice.language)).toEqual([]);
    expect(rested.effects).not.toContainEqual({ type: 'saveSettings' });
    expect(observePace(block, playedBy(block, 2))).toBeUndefined();
  });

  it('keeps the factor within its bounds', () => {
    const block = blockOf(started().state);
    const { min, max } = BOUNDS.paceFactor;
    for (let factor = 0.6; factor <= 1.4; factor += 0.05) {
      const seen = observePace(block, playedBy(block, factor) + CALIBRATION.answerMs);
      if (seen !== undefined) {
        expect(seen).toBeGreaterThanOrEqual(min);
        expect(seen).toBeLessThanOrEqual(max);
      }
    }
    let settings = defaultSettings('kg');
    for (let i = 0; i < 20; i += 1) settings = withPaceSample(settings, voice.language, max);
    expect(samplesFor(settings, voice.language)).toHaveLength(BOUNDS.paceSamples.max);
    expect(paceFor(settings, voice.language).fast).toBeLessThanOrEqual(max * (1 + CALIBRATION.band));
  });

  it('counts the whole block once its last count is heard, for "that was my last rep" and "how many"', () => {
    const out = started();
    const block = blockOf(out.state);
    const last = block.repEnds.length - 1;
    // The last count is read as heard once the fastest voice has said it and the slowest has said
    // the one before (never more than one rep ahead of the slowest voice).
    const heard = Math.max(countDue(block, last, PACE_RANGE.fast), countDue(block, last - 1, PACE_RANGE.slow));
    const at = block.sentAt + heard + 1;
    const finished = run(out.state, { type: 'finish' }, at);
    expect(finished.state.stage.name).toBe('finished');
    expect(finished.state.lastSet?.reps).toBe(block.lastRep);
    const counted = run(out.state, { type: 'repCount' }, at);
    expect(counted.acts).toContainEqual(expect.objectContaining({ type: 'repCount', reps: block.lastRep }));
    // A moment earlier it is not the whole block.
    const before = run(out.state, { type: 'finish' }, block.sentAt + heard - 1);
    expect(before.state.lastSet?.reps ?? 0).toBeLessThan(block.lastRep);
  });

  // Holds from the shortest to the longest: short ones pack the most speech into a block, where
  // the fastest and slowest voices drift apart the most.
  const holds = [
    { breathsPerHold: BOUNDS.breathsPerHold.min, secondsPerBreath: BOUNDS.secondsPerBreath.min },
    { breathsPerHold: 3, secondsPerBreath: 4 },
    { breathsPerHold: BOUNDS.breathsPerHold.max, secondsPerBreath: BOUNDS.secondsPerBreath.max },
  ];
  const planFor = (hold: (typeof holds)[number], pace?: Pace) => {
    const settings = { ...defaultSettings(LOCALES[locale]!.unit), ...hold };
    const intro = introLine(RUNNER_DEADLIFT_EXERCISE);
    return planBlock({ exercise: RUNNER_DEADLIFT_EXERCISE, fromRep: 1, target: 30, settings, sentAt: T0, intro, ...(pace && { pace }) }, voice).block;
  };

  it('names a rep within one of the truth at every moment, for any voice in the range, before the pace is learned', () => {
    for (const hold of holds) {
      const block = planFor(hold);
      for (const factor of [PACE_RANGE.slow, 0.8, 0.9, 1, 1.1, 1.2, PACE_RANGE.fast]) {
        const end = countDue(block, block.repEnds.length - 1, factor);
        for (let ms = 0; ms <= end + 1000; ms += 250) {
          const heard = block.repEnds.filter((_, i) => countDue(block, i, factor) <= ms).length;
          const error = repsCountedAt(block, block.sentAt + ms) - block.firstRep + 1 - heard;
          expect(Math.abs(error)).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('plans shorter blocks before the pace is learned, longer once it is', () => {
    const shortest = holds[0]!;
    const learned = paceFor(withPaceSample(defaultSettings(LOCALES[locale]!.unit), voice.language, 1), voice.language);
    const untaught = planFor(shortest);
    const taught = planFor(shortest, learned);
    // Untaught, the gap between the fastest and slowest voice is what ends the block.
    const n = untaught.repEnds.length;
    const slowDue = (i: number) => countDue(untaught, i, PACE_RANGE.slow);
    expect(slowDue(n - 3)).toBeLessThanOrEqual(countDue(untaught, n - 1, PACE_RANGE.fast));
    // The same slowest voice alone (the same 240 s cap) would have packed more reps.
    expect(planFor(shortest, { slow: PACE_RANGE.slow, fast: PACE_RANGE.slow }).repEnds.length).toBeGreaterThan(n);
    expect(taught.repEnds.length).toBeGreaterThan(n);
  });

  it('plans a block the slowest voice still says within the response limits', () => {
    const settings = defaultSettings(LOCALES[locale]!.unit);
    const plan = planBlock({ exercise: RUNNER_DEADLIFT_EXERCISE, fromRep: 1, target: 30, settings, sentAt: 0 }, voice);
    const quiet = plan.block.repQuiet![plan.block.repQuiet!.length - 1]!;
    expect(quiet + (plan.block.endsAt - quiet) / PACE_RANGE.slow).toBeLessThanOrEqual(240_000);
  });
});
