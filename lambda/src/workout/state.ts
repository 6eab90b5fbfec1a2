import { ACTIVE_SET, FINISHED_SET, WEIGHT, type ActiveSet, type LoggedSet, type Settings, type Weight } from './model';
import { int, object, optional, tagged, type Infer } from './schema';

/** Bump when the stored shape changes; older snapshots are migrated or replaced (see snapshot.ts). */
export const STATE_VERSION = 2;

/** What a yes or a no means right now: the question the coach last asked. */
export const QUESTIONS = [
  'start', // ready for a set?
  'keepGoing', // a block ended before the set did
  'nextRep', // rep-by-rep pacing: say next
  'resume', // the set is paused
  'resumeSaved', // a set paused in an earlier session
  'carryOnOrFresh', // a new set asked for while one is unfinished: carry on, or log it and start fresh?
  'wasClean', // was every rep slow and clean?
  'another', // another set?
  'afterRest', // the rest is over: start the next set?
  'logReps', // logging a set by voice: how many reps?
  'deleteLast',
  'deleteHistory',
] as const;
export type Question = (typeof QUESTIONS)[number];

/** The set a runner asked for while another was unfinished, started if they choose to start fresh. */
export const PENDING_START = object({ target: int({ min: 1 }), weight: optional(WEIGHT) });
export type PendingStart = Infer<typeof PENDING_START>;

export const STAGE = tagged('name', {
  ready: {},
  running: { set: ACTIVE_SET },
  paused: { set: ACTIVE_SET },
  finished: { set: FINISHED_SET },
  resting: {},
});
export type Stage = Infer<typeof STAGE>;
export const STAGE_NAMES = STAGE.tags;

export interface WorkoutState {
  readonly version: typeof STATE_VERSION;
  readonly settings: Settings;
  readonly stage: Stage;
  readonly question?: Question;
  /** The set a yes/no about cleanliness, or a count correction, still applies to. */
  readonly lastSet?: LoggedSet;
  /** The weight the runner last lifted, so "start a set" can reuse it. */
  readonly lastWeight?: Weight;
  /** A set paused in an earlier session, offered at launch. */
  readonly savedSet?: ActiveSet;
  /** A set the runner asked to delete, waiting for their yes. */
  readonly toDelete?: LoggedSet;
  /** The new set asked for while the question "carry on, or start fresh?" stands. */
  readonly pendingStart?: PendingStart;
}

export function initialState(settings: Settings): WorkoutState {
  return { version: STATE_VERSION, settings, stage: { name: 'ready' } };
}

/**
 * A session begins from what the log holds: the runner's settings, a set paused in an earlier
 * session (offered by the launch; a one-shot "resume" picks it up too), and the last set with its
 * weight. The load phase reads them; only the core puts them into the state.
 */
export function beginSession(state: WorkoutState, fromLog: { readonly settings?: Settings; readonly savedSet?: ActiveSet; readonly lastSet?: LoggedSet }): WorkoutState {
  const { settings, savedSet, lastSet } = fromLog;
  return {
    ...state,
    ...(settings && { settings }),
    ...(savedSet && { savedSet }),
    ...(lastSet && { lastSet }),
    ...(lastSet?.weight && { lastWeight: lastSet.weight }),
  };
}
