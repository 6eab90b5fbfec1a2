import fc from 'fast-check';
import { BLOCK_LIMITS } from '../../lambda/src/workout/limits';
import { countDue, isPlaying, PACE_RANGE, planBlock, repsCountedAt } from '../../lambda/src/workout/pacing';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import { holdMs, introLine, LONGEST_BREAK_MS, repScript, segmentBytes, segmentChars, segmentMs } from '../../lambda/src/workout/tempo';
import type { Segment } from '../../lambda/src/workout/model';
import { fakeVoice } from './fakeVoice';

const settings = defaultSettings('lb');
const exercise = RUNNER_DEADLIFT_EXERCISE;

describe('planBlock', () => {
  it('packs as many whole reps as fit the budget, and no more', () => {
    const voice = fakeVoice();
    const plan = planBlock({ exercise, fromRep: 1, target: 30, settings, sentAt: 0, intro: introLine(exercise) }, voice);
    const reps = plan.block.lastRep - plan.block.firstRep + 1;
    const budget = BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs;
    expect(plan.durationMs).toBeLessThanOrEqual(budget);
    // No more: with the next rep, under the slowest voice the planner allows (speech stretched,
    // breaks exact), the block would run past the budget. Reps differ in length (cues in full on
    // the first, shorter later), so the next rep is measured itself.
    const next = repScript(exercise, plan.block.lastRep + 1, 30, settings, voice);
    const slowMs = (segments: readonly Segment[]) =>
      segments.reduce((ms, seg) => ms + (seg.kind === 'say' ? voice.speechMs(seg.line) / PACE_RANGE.slow : seg.ms), 0);
    expect(plan.block.lastRep).toBeLessThan(30);
    expect(slowMs(plan.segments) + slowMs(next)).toBeGreaterThan(budget);
    expect(plan.block.repStarts).toHaveLength(reps);
  });

  it('splits a long set into blocks that pick up where the last ended', () => {
    const first = planBlock({ exercise, fromRep: 1, target: 30, settings, sentAt: 0 }, fakeVoice());
    expect(first.block.lastRep).toBeLessThan(30);
    const second = planBlock({ exercise, fromRep: first.block.lastRep + 1, target: 30, settings, sentAt: 0 }, fakeVoice());
    expect(second.block.firstRep).toBe(first.block.lastRep + 1);
  });

  it('never plans past the default voice\'s cap for a pace learned as fast (found by the conversation fuzz)', () => {
    const budget = BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs;
    for (const factor of [1, 1.15, 1.3]) {
      const pace = { slow: factor * 0.98, fast: factor * 1.02 };
      const plan = planBlock({ exercise, fromRep: 1, target: 30, settings, sentAt: 0, intro: introLine(exercise), pace }, fakeVoice());
      // durationMs is the default voice's estimate: what the response checker holds to 240 s.
      expect(plan.durationMs).toBeLessThanOrEqual(budget);
    }
  });

  it('speaks one rep per block when pacing is rep by rep', () => {
    const plan = planBlock({ exercise, fromRep: 4, target: 10, settings: { ...settings, pacing: 'repByRep' }, sentAt: 0 }, fakeVoice());
    expect([plan.block.firstRep, plan.block.lastRep]).toEqual([4, 4]);
  });

  it('holds in silence for exactly breaths times seconds per breath, never two breaks side by side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 8 }), (breaths, seconds) => {
        const s = { ...settings, breathsPerHold: breaths, secondsPerBreath: seconds, pacing: 'repByRep' as const };
        const plan = planBlock({ exercise, fromRep: 1, target: 1, settings: s, sentAt: 0 }, fakeVoice());
        const hold = plan.segments.filter((seg) => seg.phase === 'hold');
        const silences = hold.filter((seg) => seg.kind === 'silence');
        expect(silences.reduce((sum, seg) => sum + seg.ms, 0)).toBe(breaths * seconds * 1000);
        expect(holdMs(s)).toBe(breaths * seconds * 1000);
        for (const seg of silences) expect(seg.ms).toBeLessThanOrEqual(LONGEST_BREAK_MS);
        plan.segments.forEach((seg, i) => {
          if (seg.kind === 'silence') expect(plan.segments[i + 1]?.kind).not.toBe('silence');
        });
        if (breaths * seconds * 1000 > LONGEST_BREAK_MS) {
          // One silence per breath, the next breath named between them: "2", ..., "and 3".
          expect(silences).toHaveLength(breaths);
          expect(silences.every((seg) => seg.ms === seconds * 1000)).toBe(true);
          const marks = hold.flatMap((seg) => (seg.kind === 'say' ? [seg.line] : []));
          expect(marks).toEqual(
            Array.from({ length: breaths - 1 }, (_, i) => ({ exercise: exercise.id, cue: i + 2 === breaths ? 'breathMarkLast' : 'breathMark', count: i + 2 })),
          );
        } else {
          expect(hold).toHaveLength(1);
        }
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
  const at = (ms: number) => block.sentAt + ms;

  it('keeps apart the exact silence of each rep from its speech', () => {
    const quiet = block.repQuiet!;
    expect(quiet).toHaveLength(block.repEnds.length);
    // The fake voice speaks 1 s a line; the rest is silence.
    const lines = plan.segments.filter((seg) => seg.kind === 'say').length;
    expect(block.endsAt - quiet[quiet.length - 1]!).toBe(lines * 1000);
    expect(countDue(block, 0, 1)).toBe(block.repEnds[0]);
    expect(countDue(block, 0, 2)).toBe(quiet[0]! + (block.repEnds[0]! - quiet[0]!) / 2);
  });

  it('counts a rep once its count is due under the fastest voice', () => {
    const due = countDue(block, 0, PACE_RANGE.fast);
    expect(repsCountedAt(block, at(due - 1))).toBe(2);
    expect(repsCountedAt(block, at(due))).toBe(3);
  });

  it('is never more than one rep ahead of the slowest voice', () => {
    for (let ms = 0; ms <= block.endsAt / PACE_RANGE.slow; ms += 250) {
      const slowest = block.repEnds.filter((_, i) => countDue(block, i, PACE_RANGE.slow) <= ms).length;
      const fastest = block.repEnds.filter((_, i) => countDue(block, i, PACE_RANGE.fast) <= ms).length;
      const named = repsCountedAt(block, at(ms)) - (block.firstRep - 1);
      expect(named).toBe(Math.min(fastest, slowest + 1));
      expect(named - slowest).toBeLessThanOrEqual(1);
    }
  });

  it('reads a narrower range exactly: one known voice names what it has said', () => {
    const known = { slow: 1, fast: 1 };
    const end = block.repEnds[1]!;
    expect(repsCountedAt(block, at(end - 1), known)).toBe(3);
    expect(repsCountedAt(block, at(end), known)).toBe(4);
  });

  it('counts nothing for a request stamped before the block was sent', () => {
    expect(repsCountedAt(block, block.sentAt - 60_000)).toBe(2);
    expect(isPlaying(block, block.sentAt - 60_000)).toBe(true);
  });

  it('counts every rep once the block has played out, even for the slowest voice', () => {
    const quiet = block.repQuiet![block.repQuiet!.length - 1]!;
    const slowEnd = quiet + (block.endsAt - quiet) / PACE_RANGE.slow;
    expect(repsCountedAt(block, at(slowEnd))).toBe(block.lastRep);
    expect(isPlaying(block, at(slowEnd - 1))).toBe(true);
    expect(isPlaying(block, at(slowEnd))).toBe(false);
  });
});
