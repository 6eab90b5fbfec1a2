import type { Exercise } from './exercises';
import { BLOCK_LIMITS } from './limits';
import type { Block, Line, Pacing, Segment, Settings } from './model';
import { measuredRep } from './repPlans';
import { segmentBytes, segmentChars, type Voice } from './tempo';

export interface BlockPlan {
  readonly segments: readonly Segment[];
  readonly block: Block;
  /** Estimated length of the reps (and intro) alone, without the closing talk. */
  readonly durationMs: number;
}

export interface BlockRequest {
  readonly exercise: Exercise;
  readonly fromRep: number;
  readonly target: number;
  readonly settings: Settings;
  readonly sentAt: number;
  /** Spoken before the first rep: the setup, or where the set picks up again. */
  readonly intro?: Line;
  /** The voices to plan for (the runner's learned pace); Alexa's whole range by default. */
  readonly pace?: Pace;
}

function maxRepsFor(pacing: Pacing): number {
  return pacing === 'repByRep' ? 1 : Number.POSITIVE_INFINITY;
}

/**
 * Packs as many whole reps as fit one response, from `fromRep` towards `target`, and records when
 * each rep starts and is counted so a barge-in can be placed later. Always at least one rep.
 */
export function planBlock(request: BlockRequest, voice: Voice): BlockPlan {
  const { exercise, sentAt } = request;
  const key = planKey(request);
  let byExercise = plansByVoice.get(voice);
  if (byExercise === undefined) plansByVoice.set(voice, (byExercise = new WeakMap()));
  let plans = byExercise.get(exercise);
  if (plans === undefined) byExercise.set(exercise, (plans = new Map()));
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = freshPlan(request, voice);
    // Frozen, as it is shared: what is made of a frozen list may be kept with it (segmentsSpeech).
    Object.freeze(plan.segments);
    if (plans.size < MAX_PLANS) plans.set(key, plan);
  }
  // Only the moment it is sent is the block's own; the rest is shared, and read-only.
  return { segments: plan.segments, block: { ...plan.block, sentAt }, durationMs: plan.durationMs };
}

/**
 * Plans by voice, exercise and everything else a plan reads but the moment it is sent: the same
 * blocks (a set's first, its resume at rep 4) are planned set after set, and a plan's segments
 * array, shared, also lets the speech layer keep what it made of it. Bounded per exercise.
 */
const plansByVoice = new WeakMap<Voice, WeakMap<Exercise, Map<string, BlockPlan>>>();
// A runner's sets plan a few dozen blocks; a kept plan also keeps its speech (a few KB).
export const MAX_PLANS = 64;

function planKey(request: BlockRequest): string {
  const { fromRep, target, settings, intro, pace = PACE_RANGE } = request;
  const head = `${fromRep}/${target}/${settings.breathsPerHold}/${settings.secondsPerBreath}/${settings.pacing}/${pace.slow}/${pace.fast}`;
  // The whole line: its words read every field of it (lineText passes the line as the options).
  return intro === undefined ? head : `${head}|${JSON.stringify(intro)}`;
}

function freshPlan(request: BlockRequest, voice: Voice): BlockPlan {
  const { exercise, fromRep, target, settings, sentAt, intro, pace = PACE_RANGE } = request;
  const budgetMs = BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs;
  const budgetChars = BLOCK_LIMITS.maxChars - BLOCK_LIMITS.reserveChars;
  const budgetBytes = BLOCK_LIMITS.maxJsonBytes - BLOCK_LIMITS.reserveJsonBytes;
  const segments: Segment[] = [];
  // The timeline in two parts: speech, which a faster or slower voice shortens or stretches,
  // and breaks, which no voice changes.
  let spoken = 0;
  let quiet = 0;
  let chars = 0;
  let bytes = 0;
  if (intro) {
    const seg: Segment = { kind: 'say', line: intro, phase: 'setup' };
    spoken += voice.speechMs(intro);
    chars += segmentChars(seg, voice);
    bytes += segmentBytes(seg, voice);
    segments.push(seg);
  }
  const repStarts: number[] = [];
  const repEnds: number[] = [];
  const repQuiet: number[] = [];
  const limit = Math.min(target, fromRep - 1 + maxRepsFor(settings.pacing));
  for (let rep = fromRep; rep <= limit; rep += 1) {
    const spokenBefore = spoken;
    const quietBefore = quiet;
    const countBefore = segments.length;
    // Measured once per voice and rep (repPlans); its figures added one by one, in the order
    // the segments would have been, so the sums are the same to the last bit.
    const measured = measuredRep(exercise, rep, target, settings, voice);
    for (let i = 0; i < measured.segments.length; i += 1) {
      spoken += measured.spoken[i]!;
      quiet += measured.quiet[i]!;
      segments.push(measured.segments[i]!);
    }
    chars += measured.chars;
    bytes += measured.bytes;
    // The audio cap must hold for the slowest voice planned for, and never rests on a learned pace
    // being fast: a calibration may shorten blocks, never stretch one past the default voice's cap.
    const fits =
      spoken / Math.min(pace.slow, 1) + quiet <= budgetMs &&
      chars <= budgetChars &&
      bytes <= budgetBytes &&
      withinOneRep(repEnds, repQuiet, spoken + quiet, quiet, pace);
    if (!fits && repEnds.length > 0) {
      spoken = spokenBefore;
      quiet = quietBefore;
      segments.length = countBefore;
      break;
    }
    repStarts.push(spokenBefore + quietBefore);
    repEnds.push(spoken + quiet);
    repQuiet.push(quiet);
  }
  const elapsed = spoken + quiet;
  const block: Block = {
    sentAt,
    firstRep: fromRep,
    lastRep: fromRep + repEnds.length - 1,
    repStarts,
    repEnds,
    repQuiet,
    endsAt: elapsed,
  };
  return { segments, block, durationMs: elapsed };
}

/**
 * Does the read-off rule stay within one rep of every voice in `pace` with one more count (due at
 * `end`, `quiet` of it breaks)? It does while, at any moment, at most two counts fall between the
 * fastest voice and the slowest: the count two before the new one, by the slowest voice, is due
 * no later than the new one by the fastest. The gap between the two voices grows with the block,
 * so an untaught pace (Alexa's whole range) caps a block at a few reps, and a learned one (a
 * narrow band) hardly ever does.
 */
function withinOneRep(repEnds: readonly number[], repQuiet: readonly number[], end: number, quiet: number, pace: Pace): boolean {
  const k = repEnds.length - 2;
  if (k < 0) return true;
  const slowDue = repQuiet[k]! + (repEnds[k]! - repQuiet[k]!) / pace.slow;
  return slowDue <= quiet + (end - quiet) / pace.fast;
}

/**
 * How fast a voice may speak, as a factor on the nominal pace the estimate is fitted at (150
 * words a minute). Alexa's usual range is about 120 to 180 words a minute; measured against the
 * estimate (npm run bench:fidelity), espeak-ng at 120 speaks 0.79 to 0.83 times its pace and at
 * 180 1.23 to 1.34 times, so the range is a little wider than 120/150..180/150: a voice slower
 * than the slowest assumed would put the count two ahead.
 */
export interface Pace {
  readonly slow: number;
  readonly fast: number;
}

export const PACE_RANGE: Pace = { slow: 0.78, fast: 1.3 };

/** When rep `i` of the block is counted by a voice `factor` times the nominal pace. */
export function countDue(block: Block, i: number, factor: number): number {
  const end = block.repEnds[i] ?? block.endsAt;
  const quiet = block.repQuiet?.[i] ?? 0;
  return quiet + (end - quiet) / factor;
}

function countsHeard(block: Block, elapsed: number, factor: number): number {
  let heard = 0;
  while (heard < block.repEnds.length && countDue(block, heard, factor) <= elapsed) heard += 1;
  return heard;
}

/**
 * Reps counted by `now`, the moment a request arrived. Alexa does not say where a barge-in cut
 * the speech, so the block's timeline is the best evidence. The read-off rule: a rep counts once
 * its count is due under the fastest voice `pace` allows, unless the slowest would then put the
 * runner more than one rep behind (the count is never more than one ahead of the slowest voice).
 * The rep named is then within one of the truth for any voice in the range whose timelines lie
 * within two reps of each other. Times before the block was sent count nothing.
 */
export function repsCountedAt(block: Block, now: number, pace: Pace = PACE_RANGE): number {
  const elapsed = now - block.sentAt;
  const counted = Math.min(countsHeard(block, elapsed, pace.fast), countsHeard(block, elapsed, pace.slow) + 1);
  return block.firstRep - 1 + counted;
}

/**
 * Was the block's rep speech still playing at `now`, for the slowest voice `pace` allows? A
 * request stamped before the block was sent (out of order, clock skew) is taken as an
 * interruption at its very start: nothing was heard.
 */
export function isPlaying(block: Block, now: number, pace: Pace = PACE_RANGE): boolean {
  const quiet = block.repQuiet?.[block.repQuiet.length - 1] ?? 0;
  return now - block.sentAt < quiet + (block.endsAt - quiet) / pace.slow;
}
