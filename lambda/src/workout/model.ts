// The workout's vocabulary, in the runner's words. Pure types: no Alexa, AWS or i18next here.

export type Unit = 'lb' | 'kg';
export type Pacing = 'wholeSet' | 'repByRep';

/** What a runner can change by voice; all of it outlives the session (issue 4). */
export interface Settings {
  readonly unit: Unit;
  /** The empty bar, in `unit`. */
  readonly barWeight: number;
  readonly targetReps: number;
  readonly breathsPerHold: number;
  readonly secondsPerBreath: number;
  readonly pacing: Pacing;
  readonly restSeconds: number;
}

/** A weight as the runner said it: the number and its unit. */
export interface Weight {
  readonly amount: number;
  readonly unit: Unit;
}

/** Where a rep is: the phases the core times. */
export type RepPhase = 'lowering' | 'bottom' | 'hold' | 'return';

/** A secondary form cue; one rotates into each rep so the coaching never sounds like a loop. */
export type SecondaryCue = 'alignment' | 'neck' | 'shoulders' | 'grip' | 'hang';
export const SECONDARY_CUES: readonly SecondaryCue[] = ['alignment', 'neck', 'shoulders', 'grip', 'hang'];

/**
 * What one response speaks of a set: reps `firstRep..lastRep`, sent at `sentAt`.
 * `repStarts[i]` / `repEnds[i]` are the offsets (ms from `sentAt`) at which rep `firstRep + i`
 * starts and is counted, estimated from speech length plus exact break time.
 */
export interface Block {
  readonly sentAt: number;
  readonly firstRep: number;
  readonly lastRep: number;
  readonly repStarts: readonly number[];
  readonly repEnds: readonly number[];
  /** Offset at which the whole response has been spoken. */
  readonly endsAt: number;
}

/** A set in progress (running or paused). */
export interface ActiveSet {
  readonly target: number;
  readonly weight?: Weight;
  /** Reps completed and counted. */
  readonly repsDone: number;
  readonly startedAt: number;
  /** The block that is (or was last) playing; absent before the first one is sent. */
  readonly block?: Block;
}

/** A set that has ended, for the end-of-set talk and the log. */
export interface FinishedSet {
  readonly reps: number;
  readonly target: number;
  readonly weight?: Weight;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly early: boolean;
}

/** One set in the training log (issue 4). `id` is derived from the request that finished it. */
export interface LoggedSet {
  readonly id: string;
  /** ISO 8601 time the set was finished. */
  readonly at: string;
  readonly reps: number;
  readonly weight?: Weight;
  /** Did the runner call every rep clean (slow, perfect form)? Unknown until asked. */
  readonly clean?: boolean;
  readonly source: 'guided' | 'voice';
}

/** Something the coach says during a set; the words come from the locale, never from the core. */
export type Line =
  | { readonly cue: 'setup' }
  | { readonly cue: 'resumeAt'; readonly rep: number; readonly target: number }
  | { readonly cue: 'hinge' }
  | { readonly cue: 'barPath' }
  | { readonly cue: 'secondary'; readonly which: SecondaryCue }
  | { readonly cue: 'bottom' }
  | { readonly cue: 'breathe'; readonly breaths: number }
  | { readonly cue: 'push' }
  | { readonly cue: 'glutes' }
  | { readonly cue: 'count'; readonly rep: number; readonly target: number };

/** A stretch of a set's speech: a line, or an exact silence. */
export type Segment =
  | { readonly kind: 'say'; readonly line: Line; readonly phase: RepPhase | 'setup' }
  | { readonly kind: 'silence'; readonly ms: number; readonly phase: RepPhase | 'setup' };
