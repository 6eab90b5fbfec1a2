import type { Act } from './acts';
import type { Exercise, Step } from './exercises';
import type { Line, Segment, Settings, Weight } from './model';
import { countWording, phrased, rotated } from './phrasing';

/**
 * How long the coach's words take and how many characters of SSML they cost, per line.
 * The speech layer supplies it for the runner's locale, so the core can time reps without
 * knowing a single word.
 */
export interface Voice {
  speechMs(line: Line): number;
  ssmlChars(line: Line): number;
  silenceChars(ms: number): number;
  /** What the line's SSML adds to the response's JSON: UTF-8 bytes, escapes included. */
  jsonBytes(line: Line): number;
  silenceJsonBytes(ms: number): number;
  /**
   * How `ms` of silence after a line is timed: the exact break written for it, and how much of
   * the line's own pause (counted in speechMs) that break takes the place of.
   */
  pauseMs(ms: number): { readonly quietMs: number; readonly replacesMs: number };
  /** How long these acts (the last an `ask`) take to say: what a block's response says after its last count. */
  actsMs(acts: readonly Act[]): number;
  /** The language the voice speaks (its pace is learned per language). */
  readonly language: string;
}

/** Alexa's longest single break: a hold longer than this is split at breath boundaries. */
export const LONGEST_BREAK_MS = 10_000;

export function holdMs(settings: Pick<Settings, 'breathsPerHold' | 'secondsPerBreath'>): number {
  return settings.breathsPerHold * settings.secondsPerBreath * 1000;
}

/**
 * The line that opens a set (`resumeAt` absent) or picks it up again at rep `resumeAt`. A new set
 * with `opening` says its reps and weight first, where the exercise has words for it.
 */
export function introLine(
  exercise: Exercise,
  resumeAt?: { readonly rep: number; readonly target: number },
  opening?: { readonly target: number; readonly weight: Weight },
): Line {
  if (resumeAt) return { exercise: exercise.id, cue: exercise.intro.resume, rep: resumeAt.rep, target: resumeAt.target };
  if (opening && exercise.intro.announce) {
    return { exercise: exercise.id, cue: exercise.intro.announce, count: opening.target, target: opening.target, weight: opening.weight };
  }
  return { exercise: exercise.id, cue: exercise.intro.start };
}

/** The segments of one step; `spokenMs` is how long the phase has lasted so far. */
// One segment per step, built directly: pacing calls this for every step of every rep it plans,
// so no per-step array, closure or spread copy (the speech of a block is most of a turn's garbage).
function stepSegment(step: Step, phase: string, spokenMs: number, rep: number, target: number, exercise: Exercise, settings: Settings): Segment {
  const id = exercise.id;
  if ('say' in step) {
    const cue = step.phrasings ? phrased(step.say, step.phrasings, rep) : step.say;
    const line: Line = step.count === 'breaths' ? { exercise: id, cue, count: settings.breathsPerHold } : { exercise: id, cue };
    return { kind: 'say', line, phase };
  }
  if ('rotate' in step) return { kind: 'say', line: { exercise: id, cue: rotated(step.rotate, step.wordings ?? 1, rep, target, step.lastRep) }, phase };
  if ('pause' in step) return { kind: 'silence', ms: step.pause, phase };
  // repScript plays a hold through holdSegments (split per breath when long); whole, here.
  if ('hold' in step) return { kind: 'silence', ms: holdMs(settings), phase };
  if ('padTo' in step) return { kind: 'silence', ms: Math.max(exercise.minPadMs, step.padTo - spokenMs), phase };
  // `count` picks the plural form: a count agrees with the word it counts (una, une, eine).
  return { kind: 'say', line: { exercise: id, cue: step.plain ? countWording(step.count, step.plain, rep, target) : step.count, rep, target, count: rep }, phase };
}

/** The speech of one rep, phase by phase, as the exercise describes it. */
export function repScript(exercise: Exercise, rep: number, target: number, settings: Settings, voice: Voice): Segment[] {
  const segments: Segment[] = [];
  // Index loops: called for every rep a block plans, where an iterator per loop is garbage.
  for (let p = 0; p < exercise.phases.length; p += 1) {
    const phase = exercise.phases[p]!;
    let spokenMs = 0;
    for (let i = 0; i < phase.steps.length; i += 1) {
      const step = phase.steps[i]!;
      if ('hold' in step) {
        for (const segment of holdSegments(exercise, settings, phase.name)) segments.push(segment);
        continue;
      }
      const segment = stepSegment(step, phase.name, spokenMs, rep, target, exercise, settings);
      segments.push(segment);
      spokenMs += segmentMs(segment, voice);
    }
  }
  return segments;
}

/**
 * The silent hold. Longer than one break, it is one break per breath with the next breath named
 * between ("2", "and 3"): never two breaks side by side, whose sum no voice promises (espeak-ng
 * plays only the longer), and the runner hears the pace. Each breath's silence is then exact; the
 * marks' own time is in the timeline like any line.
 */
export function holdSegments(exercise: Exercise, settings: Pick<Settings, 'breathsPerHold' | 'secondsPerBreath'>, phase: string): Segment[] {
  const total = holdMs(settings);
  if (total <= LONGEST_BREAK_MS) return [{ kind: 'silence', ms: total, phase }];
  const breath = settings.secondsPerBreath * 1000;
  const out: Segment[] = [{ kind: 'silence', ms: breath, phase }];
  for (let n = 2; n <= settings.breathsPerHold; n += 1) {
    const cue = n === settings.breathsPerHold ? 'breathMarkLast' : 'breathMark';
    out.push({ kind: 'say', line: { exercise: exercise.id, cue, count: n }, phase }, { kind: 'silence', ms: breath, phase });
  }
  return out;
}

/** A segment's share of the timeline at the nominal pace (a break net of the pause it replaces). */
export function segmentMs(segment: Segment, voice: Voice): number {
  if (segment.kind === 'say') return voice.speechMs(segment.line);
  const { quietMs, replacesMs } = voice.pauseMs(segment.ms);
  return quietMs - replacesMs;
}

export function segmentChars(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.ssmlChars(segment.line) : voice.silenceChars(segment.ms);
}

export function segmentBytes(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.jsonBytes(segment.line) : voice.silenceJsonBytes(segment.ms);
}
