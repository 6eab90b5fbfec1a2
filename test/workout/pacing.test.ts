import fc from 'fast-check';
import { BLOCK_LIMITS } from '../../lambda/src/workout/limits';
import { isPlaying, planBlock, repsCountedAt } from '../../lambda/src/workout/pacing';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import { holdMs, introLine, segmentBytes, segmentChars, segmentMs } from '../../lambda/src/workout/tempo';
import { fakeVoice } from './fakeVoice';

const settings = defaultSettings('lb');
const exercise = RUNNER_DEADLIFT_EXERCISE;

describe('planBlock', () => {
  it('packs as many whole reps as fit the budget, and no more', () => {
    const voice = fakeVoice();
    const plan = planBlock({ exercise, fromRep: 1, target: 30, settings, sentAt: 0, intro: introLine(exercise) }, voice);
    const reps = plan.block.lastRep - plan.block.firstRep + 1;
    const repMs = plan.block.repEnds[0]! - plan.block.repStarts[0]!;
    const budget = BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs;
    expect(plan.durationMs).toBeLessThanOrEqual(budget);
    expect(plan.durationMs + repMs).toBeGreaterThan(budget);
    expect(plan.block.repStarts).toHaveLength(reps);
  });

  it('splits a long set into blocks that pick up where the last ended', () => {
    const first = planBlock({ exercise, fromRep: 1, target: 30, settings, sentAt: 0 }, fakeVoice());
    expect(first.block.lastRep).toBeLessThan(30);
    const second = planBlock({ exercise, fromRep: first.block.lastRep + 1, target: 30, settings, sentAt: 0 }, fakeVoice());
    expect(second.block.firstRep).toBe(first.block.lastRep + 1);
  });

  it('speaks one rep per block when pacing is rep by rep', () => {
    const plan = planBlock({ exercise, fromRep: 4, target: 10, settings: { ...settings, pacing: 'repByRep' }, sentAt: 0 }, fakeVoice());
    expect([plan.block.firstRep, plan.block.lastRep]).toEqual([4, 4]);
  });

  it('holds in silence for exactly breaths times seconds per breath', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 8 }), (breaths, seconds) => {
        const s = { ...settings, breathsPerHold: breaths, secondsPerBreath: seconds, pacing: 'repByRep' as const };
        const plan = planBlock({ exercise, fromRep: 1, target: 1, settings: s, sentAt: 0 }, fakeVoice());
        const holds = plan.segments.filter((seg) => seg.kind === 'silence' && seg.phase === 'hold');
        expect(holds).toHaveLength(1);
        expect(holds[0]).toMatchObject({ ms: breaths * seconds * 1000 });
        expect(holdMs(s)).toBe(breaths * seconds * 1000);
      }),
    );
  });

  it('never exceeds the response limits, and always speaks at least one rep', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 200, max: 6000 }),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 10, max: 600 }),
        (target, breaths, seconds, lineMs, lineChars, lineBytes) => {
          const voice = fakeVoice(lineMs, lineChars, lineBytes);
          const s = { ...settings, breathsPerHold: breaths, secondsPerBreath: seconds };
          const plan = planBlock({ exercise, fromRep: 1, target, settings: s, sentAt: 0, intro: introLine(exercise) }, voice);
          const reps = plan.block.lastRep - plan.block.firstRep + 1;
          expect(reps).toBeGreaterThanOrEqual(1);
          const ms = plan.segments.reduce((sum, seg) => sum + segmentMs(seg, voice), 0);
          const chars = plan.segments.reduce((sum, seg) => sum + segmentChars(seg, voice), 0);
          const bytes = plan.segments.reduce((sum, seg) => sum + segmentBytes(seg, voice), 0);
          expect(ms).toBe(plan.durationMs);
          if (reps > 1) {
            expect(ms).toBeLessThanOrEqual(BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs);
            expect(chars).toBeLessThanOrEqual(BLOCK_LIMITS.maxChars - BLOCK_LIMITS.reserveChars);
            expect(bytes).toBeLessThanOrEqual(BLOCK_LIMITS.maxJsonBytes - BLOCK_LIMITS.reserveJsonBytes);
          }
        },
      ),
    );
  });

  it('keeps the lowering slow even when the cues are short', () => {
    const plan = planBlock({ exercise, fromRep: 1, target: 1, settings, sentAt: 0 }, fakeVoice(100));
    const lowering = plan.segments.filter((seg) => seg.phase === 'lowering');
    const ms = lowering.reduce((sum, seg) => sum + segmentMs(seg, fakeVoice(100)), 0);
    const pad = RUNNER_DEADLIFT_EXERCISE.phases.find((phase) => phase.name === 'lowering')!.steps.find((step) => 'padTo' in step);
    expect(pad).toEqual({ padTo: 4000 });
    expect(ms).toBe(4000);
  });
});

describe('repsCountedAt', () => {
  const plan = planBlock({ exercise, fromRep: 3, target: 10, settings, sentAt: 1_000_000 }, fakeVoice());
  const { block } = plan;

  it('counts a rep once its count is due, not before', () => {
    const end = block.repEnds[0]!;
    expect(repsCountedAt(block, block.sentAt + end - 1)).toBe(2);
    expect(repsCountedAt(block, block.sentAt + end)).toBe(3);
  });

  it('counts nothing for a request stamped before the block was sent', () => {
    expect(repsCountedAt(block, block.sentAt - 60_000)).toBe(2);
    expect(isPlaying(block, block.sentAt - 60_000)).toBe(true);
  });

  it('counts every rep once the block has played out', () => {
    expect(repsCountedAt(block, block.sentAt + block.endsAt + 1)).toBe(block.lastRep);
    expect(isPlaying(block, block.sentAt + block.endsAt)).toBe(false);
  });
});
