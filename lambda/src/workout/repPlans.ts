import type { Exercise } from './exercises';
import type { Segment, Settings } from './model';
import { repScript, segmentBytes, segmentChars, type Voice } from './tempo';

/**
 * One rep's script as planBlock adds it up: the segments, and what each adds to the timeline,
 * in order, so that summing them gives the very numbers summing the segments would.
 */
export interface MeasuredRep {
  readonly segments: readonly Segment[];
  /** Per segment: its speech (a line), or minus the part of the sentence pause it replaces (a break). */
  readonly spoken: readonly number[];
  /** Per segment: its exact silence (0 for a line). */
  readonly quiet: readonly number[];
  /** SSML characters and response JSON bytes of the whole rep (whole numbers: their sum is exact). */
  readonly chars: number;
  readonly bytes: number;
}

export function measureRep(exercise: Exercise, rep: number, target: number, settings: Settings, voice: Voice): MeasuredRep {
  const segments = repScript(exercise, rep, target, settings, voice);
  const spoken: number[] = [];
  const quiet: number[] = [];
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i]!;
    if (seg.kind === 'say') {
      spoken.push(voice.speechMs(seg.line));
      quiet.push(0);
    } else {
      const pause = voice.pauseMs(seg.ms);
      spoken.push(-pause.replacesMs);
      quiet.push(pause.quietMs);
    }
    chars += segmentChars(seg, voice);
    bytes += segmentBytes(seg, voice);
  }
  return { segments, spoken, quiet, chars, bytes };
}

/**
 * Measured reps by voice, exercise and (rep, target, hold): planning a block measures every rep
 * it tries, and the same reps come back every set, in every turn, for as long as the container
 * lives. A rep's script is a pure function of these (the voice times its lines), so a hit is the
 * same result without a segment, line or estimate made. Voices are held weakly (a speech layer
 * keeps one per locale); each voice's entries are bounded, since targets and settings vary.
 */
// Keyed in steps (voice, exercise, rep, target, breaths, seconds) so a hit builds no key string.
type Keyed = Map<number, Keyed | MeasuredRep>;
const byVoice = new WeakMap<Voice, WeakMap<Exercise, Keyed>>();
export const MAX_REPS_PER_VOICE = 512;
const counts = new WeakMap<Voice, { size: number }>();

/** The map under `key`, made when `create` (only while there is room: no empty maps past the bound). */
function step(node: Keyed | undefined, key: number, create: boolean): Keyed | undefined {
  const next = node?.get(key);
  if (next instanceof Map) return next;
  if (!create || node === undefined) return undefined;
  const made: Keyed = new Map();
  node.set(key, made);
  return made;
}

export function measuredRep(exercise: Exercise, rep: number, target: number, settings: Settings, voice: Voice): MeasuredRep {
  let byExercise = byVoice.get(voice);
  if (byExercise === undefined) {
    byExercise = new WeakMap();
    byVoice.set(voice, byExercise);
    counts.set(voice, { size: 0 });
  }
  let root = byExercise.get(exercise);
  if (root === undefined) {
    root = new Map();
    byExercise.set(exercise, root);
  }
  const count = counts.get(voice)!;
  const room = count.size < MAX_REPS_PER_VOICE;
  // Everything of the settings a rep's script reads: the hold's breaths and their length.
  const node = step(step(step(root, rep, room), target, room), settings.breathsPerHold, room);
  const hit = node?.get(settings.secondsPerBreath);
  if (hit !== undefined && !(hit instanceof Map)) return hit;
  const measured = measureRep(exercise, rep, target, settings, voice);
  if (room && node !== undefined) {
    node.set(settings.secondsPerBreath, measured);
    count.size += 1;
  }
  return measured;
}

/** How many reps are kept for `voice` (for tests of the bound). */
export function measuredRepCount(voice: Voice): number {
  return counts.get(voice)?.size ?? 0;
}
