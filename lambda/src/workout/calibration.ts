// The clock learns the device. Alexa does not say how fast it spoke, but an answer to a block's
// closing question ("keep going?", "next", "was it clean?") cannot come before the block has
// been spoken: the time from the block's sending to the answer bounds how long it really played.
// A prompt answer (soon after the block's expected end) pins the runner's pace; a late one (the
// runner rested before saying yes) says nothing and is ignored. The pace is kept per language
// with the settings, so it outlives the session and plans and reads the next blocks.
import type { Block, Settings } from './model';
import { PACE_RANGE, type Pace } from './pacing';
import { BOUNDS } from './settings';

export const CALIBRATION = {
  /**
   * From the end of the response to the answer's timestamp, at the least: the runner's "yes" and
   * Alexa hearing it. Erring short makes the pace learned a little slow, the safe side.
   */
  answerMs: 1000,
  /** An answer later than this past the end the slowest plausible voice would reach teaches nothing. */
  promptMs: 4000,
  /** Around a learned pace, the voices a reading still allows for (the answer's own scatter). */
  band: 0.02,
} as const;

export type PaceSamples = NonNullable<Settings['pace']>;

/** The factor on the nominal pace that `answeredAt` shows, or undefined when it teaches nothing. */
export function observePace(block: Block, answeredAt: number): number | undefined {
  const quiet = block.repQuiet?.[block.repQuiet.length - 1];
  if (quiet === undefined) return undefined;
  // The closing words and question are speech too: the answer comes after them.
  const spoken = block.endsAt - quiet + (block.closeMs ?? 0);
  const elapsed = answeredAt - block.sentAt - CALIBRATION.answerMs;
  if (spoken <= 0 || elapsed <= quiet) return undefined;
  const { min, max } = BOUNDS.paceFactor;
  const latest = quiet + spoken / min + CALIBRATION.promptMs;
  if (elapsed > latest) return undefined;
  // Earlier than the fastest voice could have finished: the runner did not wait for the end.
  const factor = spoken / (elapsed - quiet);
  return factor > max ? undefined : Math.max(min, factor);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function samplesFor(settings: Settings, language: string): readonly number[] {
  return settings.pace?.find((p) => p.language === language)?.samples ?? [];
}

/** Settings with one more observed pace for `language`, the oldest dropped past the limit. */
export function withPaceSample(settings: Settings, language: string, factor: number): Settings {
  const kept = [...samplesFor(settings, language), factor].slice(-BOUNDS.paceSamples.max);
  const others = (settings.pace ?? []).filter((p) => p.language !== language);
  return { ...settings, pace: [...others, { language, samples: kept }] };
}

/**
 * The voices a block is planned and read with: Alexa's whole range until an answer has taught the
 * pace, then a narrow band around the median of the last answers (robust to one stray answer).
 */
export function paceFor(settings: Settings, language: string): Pace {
  const samples = samplesFor(settings, language);
  if (samples.length === 0) return PACE_RANGE;
  const factor = median(samples);
  return { slow: factor * (1 - CALIBRATION.band), fast: factor * (1 + CALIBRATION.band) };
}
