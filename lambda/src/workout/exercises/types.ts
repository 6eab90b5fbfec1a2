// An exercise as data: what the core needs to coach one movement. Its words live in every locale
// under its id: `<id>.cue.<cue>` for what is said during a set, `<id>.explain.how` and
// `<id>.explain.why` for the explanations. A descriptor names cues; it never says them.
import type { ExerciseId, Unit } from '../model';
import type { Phrasings } from '../phrasing';

/** Smallest and largest value a runner may choose or say. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * One step of a rep's script, in order:
 * - `say`: a cue; `count: 'breaths'` passes the breaths per hold (for plural words); with
 *   `phrasings`, said in full on the first reps, then in shorter wordings in turn (phrasing.ts)
 * - `rotate`: one cue of the list per rep, in turn, each in `wordings` wordings, so the coaching
 *   never sounds like a loop; `lastRep` is said instead on a set's last rep
 * - `pause`: an exact silence, in ms
 * - `hold`: the timed silence, breaths × seconds per breath; longer than one break (10 s), one
 *   silence per breath with the next named between, in the cues `breathMark` and `breathMarkLast`
 * - `padTo`: silence until the phase has lasted at least `ms` (never less than `minPadMs`)
 * - `count`: the rep's number, with the target, in the exercise's words; with `plain`, worded
 *   `first`, `halfway`, `last` or one of `plain` wordings in turn
 */
export type Step =
  | { readonly say: string; readonly count?: 'breaths'; readonly phrasings?: Phrasings }
  | { readonly rotate: readonly string[]; readonly wordings?: number; readonly lastRep?: string }
  | { readonly pause: number }
  | { readonly hold: 'breaths' }
  | { readonly padTo: number }
  | { readonly count: string; readonly plain?: number };

/** A named phase of a rep (a screen can show it), and what is said and timed in it. */
export interface Phase {
  readonly name: string;
  readonly steps: readonly Step[];
}

/** When to add weight: after `cleanReps` slow reps with perfect form, by the smallest plate step. */
export interface ProgressionRule {
  readonly cleanReps: number;
  readonly step: Readonly<Record<Unit, number>>;
}

export interface Exercise {
  readonly id: ExerciseId;
  /** A rep, phase by phase. */
  readonly phases: readonly Phase[];
  /** Cues said before the first rep: the setup, and where a set picks up again (with rep and target). */
  /**
   * Cues said before the first rep: the setup, and where a set picks up again (with rep and
   * target); `announce`, if given, opens a new set instead of `start`, with its reps (`count`) and
   * weight, so a runner never lifts a weight they did not choose.
   */
  readonly intro: { readonly start: string; readonly resume: string; readonly announce?: string };
  /** Every pad keeps at least this much quiet, so cues never run into each other. */
  readonly minPadMs: number;
  readonly bounds: {
    readonly targetReps: Range;
    readonly breathsPerHold: Range;
    readonly secondsPerBreath: Range;
    readonly weight: Readonly<Record<Unit, Range>>;
  };
  /** What a runner new to the exercise starts with. */
  readonly defaults: { readonly targetReps: number; readonly breathsPerHold: number; readonly secondsPerBreath: number };
  readonly progression: ProgressionRule;
}

/** The exercises the skill knows; the default is what a set is of when nothing says otherwise. */
export interface ExerciseCatalog {
  readonly default: Exercise;
  readonly all: readonly Exercise[];
  byId(id: ExerciseId): Exercise | undefined;
}
