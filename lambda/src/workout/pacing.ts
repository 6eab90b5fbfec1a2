import type { Exercise } from './exercises';
import { BLOCK_LIMITS } from './limits';
import type { Block, Line, Pacing, Segment, Settings } from './model';
import { repScript, segmentBytes, segmentChars, segmentMs, type Voice } from './tempo';

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
}

function maxRepsFor(pacing: Pacing): number {
  return pacing === 'repByRep' ? 1 : Number.POSITIVE_INFINITY;
}

/**
 * Packs as many whole reps as fit one response, from `fromRep` towards `target`, and records when
 * each rep starts and is counted so a barge-in can be placed later. Always at least one rep.
 */
export function planBlock(request: BlockRequest, voice: Voice): BlockPlan {
  const { exercise, fromRep, target, settings, sentAt, intro } = request;
  const budgetMs = BLOCK_LIMITS.maxMs - BLOCK_LIMITS.reserveMs;
  const budgetChars = BLOCK_LIMITS.maxChars - BLOCK_LIMITS.reserveChars;
  const budgetBytes = BLOCK_LIMITS.maxJsonBytes - BLOCK_LIMITS.reserveJsonBytes;
  const segments: Segment[] = [];
  let elapsed = 0;
  let chars = 0;
  let bytes = 0;
  if (intro) {
    segments.push({ kind: 'say', line: intro, phase: 'setup' });
    elapsed += voice.speechMs(intro);
    chars += voice.ssmlChars(intro);
    bytes += voice.jsonBytes(intro);
  }
  const repStarts: number[] = [];
  const repEnds: number[] = [];
  const limit = Math.min(target, fromRep - 1 + maxRepsFor(settings.pacing));
  for (let rep = fromRep; rep <= limit; rep += 1) {
    const script = repScript(exercise, rep, target, settings, voice);
    // One plain loop per rep: this runs for every rep of every block planned.
    let ms = 0;
    let size = 0;
    let weight = 0;
    for (let i = 0; i < script.length; i += 1) {
      const segment = script[i]!;
      ms += segmentMs(segment, voice);
      size += segmentChars(segment, voice);
      weight += segmentBytes(segment, voice);
    }
    const fits = elapsed + ms <= budgetMs && chars + size <= budgetChars && bytes + weight <= budgetBytes;
    if (!fits && repStarts.length > 0) break;
    repStarts.push(elapsed);
    for (let i = 0; i < script.length; i += 1) segments.push(script[i]!);
    elapsed += ms;
    chars += size;
    bytes += weight;
    repEnds.push(elapsed);
  }
  const block: Block = {
    sentAt,
    firstRep: fromRep,
    lastRep: fromRep + repStarts.length - 1,
    repStarts,
    repEnds,
    endsAt: elapsed,
  };
  return { segments, block, durationMs: elapsed };
}

/**
 * Reps counted by `now`, the moment a request arrived. Alexa does not say where a barge-in cut
 * the speech, so the block's timeline is the best evidence: a rep counts once its count was due.
 * Times before the block was sent (clock skew, out-of-order requests) count nothing.
 */
export function repsCountedAt(block: Block, now: number): number {
  const elapsed = now - block.sentAt;
  const counted = block.repEnds.filter((end) => end <= elapsed).length;
  return block.firstRep - 1 + counted;
}

/**
 * Was the block's rep speech still playing at `now`? A request stamped before the block was sent
 * (out of order, clock skew) is taken as an interruption at its very start: nothing was heard.
 */
export function isPlaying(block: Block, now: number): boolean {
  return now - block.sentAt < block.endsAt;
}
