// The workout's vocabulary, in the runner's words. Pure: no Alexa, AWS or i18next here.
// Every shape that is stored (session attributes, store items) is a schema here, with its bounds;
// its type is inferred from it, and both readers are built from it (snapshot.ts, store/validate.ts).
import {
  array, boolean, convert, int, lenient, number, object, oneOf, optional, refine, string, type Infer,
} from './schema';
import { BOUNDS, weightInBounds } from './settings';

export const UNITS = ['lb', 'kg'] as const;
export type Unit = (typeof UNITS)[number];
export const PACINGS = ['wholeSet', 'repByRep'] as const;
export type Pacing = (typeof PACINGS)[number];

/** The exercise a set is of; every set stored before sets named one was a Runner Deadlift. */
export const RUNNER_DEADLIFT = 'runnerDeadlift';
export const EXERCISE_ID = refine(string({ min: 1, max: 40 }), (id) =>
  /^[a-z][A-Za-z0-9]*$/.test(id) ? undefined : 'is not an exercise id',
);
export type ExerciseId = Infer<typeof EXERCISE_ID>;

/** Set ids come from request ids; the store keys sets by them (a sort key holds 1 KB), so they stay short. */
export const MAX_SET_ID_LENGTH = 200;

/**
 * The one spelling of an instant: what Date#toISOString writes, so '...T10:00:00Z' and
 * '...T10:00:00.000Z' are the same time and keys sort by time. Undefined when not an ISO 8601
 * time (or outside years 0000-9999, where the spelling stops sorting as text).
 */
export function canonicalTime(iso: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const canonical = new Date(ms).toISOString();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(canonical) ? canonical : undefined;
}

/**
 * The instants a session may date things with (ms since the epoch): the request's timestamp and
 * the session's clock. A set's date is spelled from one of them, and a session adds 1 ms a turn,
 * so the bound leaves a margin below year 9999, where the canonical spelling ends (a Date itself
 * ends at 8.64e15, and toISOString throws past it).
 */
export const SESSION_TIME = { min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9000-01-01T00:00:00.000Z') } as const;

export function isSessionTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= SESSION_TIME.min && ms <= SESSION_TIME.max;
}

/** An ISO 8601 time, read in its canonical spelling. */
export const ISO_TIME = convert(string({ max: 40 }), canonicalTime, 'is not an ISO 8601 time');

/** A weight as the runner said it: the number and its unit. */
export const WEIGHT = refine(object({ amount: number(), unit: oneOf(UNITS) }), (w) =>
  weightInBounds(w.amount, w.unit) ? undefined : `is not ${BOUNDS.weight[w.unit].min}..${BOUNDS.weight[w.unit].max} ${w.unit}`,
);
export type Weight = Infer<typeof WEIGHT>;

/** What a runner can change by voice; all of it outlives the session. `barWeight` is in `unit`. */
export const SETTINGS = refine(
  object({
    unit: oneOf(UNITS),
    barWeight: number(),
    targetReps: int(BOUNDS.targetReps),
    breathsPerHold: int(BOUNDS.breathsPerHold),
    secondsPerBreath: int(BOUNDS.secondsPerBreath),
    pacing: oneOf(PACINGS),
    restSeconds: int(BOUNDS.restSeconds),
    /**
     * How fast this runner's Alexa speaks, per language: the pace factors the last prompt answers
     * to a block's closing question showed (calibration.ts). Absent until one has.
     */
    pace: lenient(array(object({ language: string({ min: 1, max: 12 }), samples: array(number(BOUNDS.paceFactor), BOUNDS.paceSamples) }), { max: 8 })),
    /** Absent until the runner sets one: the default goal applies. */
    weeklyGoal: optional(int(BOUNDS.weeklyGoal)),
  }),
  (s) => (weightInBounds(s.barWeight, s.unit) ? undefined : 'barWeight is outside the weight bounds'),
);
export type Settings = Infer<typeof SETTINGS>;

/**
 * What one response speaks of a set: reps `firstRep..lastRep`, sent at `sentAt`.
 * `repStarts[i]` / `repEnds[i]` are the offsets (ms from `sentAt`) at which rep `firstRep + i`
 * starts and is counted, estimated from speech length plus exact break time; `endsAt` is the
 * offset at which the whole response has been spoken.
 */
export const BLOCK = refine(
  object({
    sentAt: number(),
    firstRep: int({ min: 1 }),
    lastRep: int({ min: 1 }),
    repStarts: array(number()),
    repEnds: array(number()),
    /**
     * The part of each `repEnds[i]` that is exact silence (breaks), the rest being speech that a
     * faster or slower voice shortens or stretches. Absent in blocks stored before it was kept:
     * then all of it is taken as speech.
     */
    repQuiet: optional(array(number())),
    endsAt: number(),
    /** Estimated time the response speaks after the last count: the end of the set, the question. */
    closeMs: optional(number({ min: 0 })),
    /** The last rep a screen device reported done (Alexa.Presentation.APL.UserEvent); exact where the timeline estimates. */
    heard: optional(int({ min: 0 })),
  }),
  (b) => {
    const reps = b.lastRep - b.firstRep + 1;
    const timed = reps >= 1 && b.repStarts.length === reps && b.repEnds.length === reps && (b.repQuiet === undefined || b.repQuiet.length === reps);
    return timed ? undefined : 'does not time each of its reps';
  },
);
export type Block = Infer<typeof BLOCK>;

/** A set in progress (running or paused). `block` is the one that is (or was last) playing. */
const ACTIVE_SET_FIELDS = refine(
  object({
    exercise: EXERCISE_ID,
    target: int(BOUNDS.targetReps),
    weight: optional(WEIGHT),
    /** Reps completed and counted. */
    repsDone: int({ min: 0 }),
    startedAt: number(),
    block: lenient(BLOCK),
    /** Stored as the set in progress (a block of it was sent): to be cleared when it ends, whatever its count. */
    stored: optional(boolean),
  }),
  (set) => (set.repsDone <= set.target ? undefined : 'has more reps done than its target'),
);
// A block that does not fit the count only costs its timeline: the set goes on without it.
export const ACTIVE_SET = convert(ACTIVE_SET_FIELDS, (set): Infer<typeof ACTIVE_SET_FIELDS> => {
  const { block, ...rest } = set;
  return block && block.firstRep <= set.repsDone + 1 && block.lastRep <= set.target ? set : rest;
});
export type ActiveSet = Infer<typeof ACTIVE_SET>;

/** A set that has ended, for the end-of-set talk. */
export const FINISHED_SET = object({
  exercise: EXERCISE_ID,
  reps: int({ min: 0 }),
  target: int({ min: 0 }),
  weight: optional(WEIGHT),
  startedAt: number(),
  finishedAt: number(),
  early: boolean,
  /** Its progress is in the store (a later block was sent): cleared once the set is answered. */
  stored: optional(boolean),
});
export type FinishedSet = Infer<typeof FINISHED_SET>;

export const SET_SOURCES = ['guided', 'voice'] as const;

/**
 * One set in the training log. `id` is derived from the request that finished it; `at` is when;
 * `clean` (every rep slow and in form?) is unknown until the runner is asked.
 */
export const LOGGED_SET = object({
  id: string({ min: 1, max: MAX_SET_ID_LENGTH }),
  exercise: EXERCISE_ID,
  at: ISO_TIME,
  reps: int({ min: 0, max: BOUNDS.loggedReps.max }),
  weight: optional(WEIGHT),
  clean: optional(boolean),
  source: oneOf(SET_SOURCES),
});
export type LoggedSet = Infer<typeof LOGGED_SET>;

/**
 * Something the coach says during a set: the cue `<exercise>.cue.<cue>` in the locale, with its
 * values (`count` picks the plural). The words come from the locale, never from the core.
 */
export interface Line {
  readonly exercise: ExerciseId;
  readonly cue: string;
  readonly count?: number;
  readonly rep?: number;
  readonly target?: number;
  /** What the set is lifted at, for a line that says it ("ten reps at sixty-five pounds"). */
  readonly weight?: Weight;
}

/** A stretch of a set's speech: a line, or an exact silence, in a phase of the rep (or the setup). */
export type Segment =
  | { readonly kind: 'say'; readonly line: Line; readonly phase: string }
  | { readonly kind: 'silence'; readonly ms: number; readonly phase: string };
