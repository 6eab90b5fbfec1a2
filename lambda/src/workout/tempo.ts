import type { Exercise, Step } from './exercises';
import type { Line, Segment, Settings } from './model';

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
}

export function holdMs(settings: Pick<Settings, 'breathsPerHold' | 'secondsPerBreath'>): number {
  return settings.breathsPerHold * settings.secondsPerBreath * 1000;
}

/** The line that opens a set (`resumeAt` absent) or picks it up again at rep `resumeAt`. */
export function introLine(exercise: Exercise, resumeAt?: { readonly rep: number; readonly target: number }): Line {
  return resumeAt
    ? { exercise: exercise.id, cue: exercise.intro.resume, rep: resumeAt.rep, target: resumeAt.target }
    : { exercise: exercise.id, cue: exercise.intro.start };
}

/** The segments of one step; `spokenMs` is how long the phase has lasted so far. */
function stepSegments(step: Step, phase: string, spokenMs: number, rep: number, target: number, exercise: Exercise, settings: Settings): Segment[] {
  const say = (cue: string, values: Omit<Line, 'exercise' | 'cue'> = {}): Segment[] => [
    { kind: 'say', line: { exercise: exercise.id, cue, ...values }, phase },
  ];
  const silence = (ms: number): Segment[] => [{ kind: 'silence', ms, phase }];
  if ('say' in step) return say(step.say, step.count === 'breaths' ? { count: settings.breathsPerHold } : {});
  if ('rotate' in step) return say(step.rotate[(rep - 1) % step.rotate.length]!);
  if ('pause' in step) return silence(step.pause);
  if ('hold' in step) return silence(holdMs(settings));
  if ('padTo' in step) return silence(Math.max(exercise.minPadMs, step.padTo - spokenMs));
  // `count` picks the plural form: a count agrees with the word it counts (una, une, eine).
  return say(step.count, { rep, target, count: rep });
}

/** The speech of one rep, phase by phase, as the exercise describes it. */
export function repScript(exercise: Exercise, rep: number, target: number, settings: Settings, voice: Voice): Segment[] {
  return exercise.phases.flatMap((phase) => {
    const segments: Segment[] = [];
    let spokenMs = 0;
    for (const step of phase.steps) {
      for (const segment of stepSegments(step, phase.name, spokenMs, rep, target, exercise, settings)) {
        segments.push(segment);
        spokenMs += segmentMs(segment, voice);
      }
    }
    return segments;
  });
}

export function segmentMs(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.speechMs(segment.line) : segment.ms;
}

export function segmentChars(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.ssmlChars(segment.line) : voice.silenceChars(segment.ms);
}

export function segmentBytes(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.jsonBytes(segment.line) : voice.silenceJsonBytes(segment.ms);
}
