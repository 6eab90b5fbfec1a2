import type { ActiveSet, LoggedSet, Pacing, Unit } from './model';
import type { NextSet } from './nextSet';
import type { RemindersOutcome } from './reminders';
import type { SettingsChange } from './settings';

/**
 * A number as Alexa heard it: absent, not a number ("?"), or a value still to be range-checked
 * by the core, which knows what makes sense where.
 */
export type Heard = number | 'missing' | 'unrecognized';

export interface HeardWeight {
  readonly amount: Heard;
  /** Absent means "the runner's unit"; 'unrecognized' means a unit Alexa could not match. */
  readonly unit?: Unit | 'unrecognized';
}

/** Why a rest is counted down here instead of by an Alexa timer, said once before the countdown. */
export type TimerNote = 'howToAllow' | 'timerFailed';

/** What the runner has on record, read once at launch. */
export interface LaunchInfo {
  readonly firstTime: boolean;
  readonly savedSet?: ActiveSet;
  readonly lastSet?: LoggedSet;
  /** The newest sets, for the week's sessions and the streak the greeting tells. */
  readonly recentSets?: readonly LoggedSet[];
}

export type WorkoutEvent =
  | { readonly type: 'launch'; readonly info: LaunchInfo }
  | { readonly type: 'start'; readonly reps: Heard; readonly weight?: HeardWeight }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'next' }
  | { readonly type: 'finish' }
  | { readonly type: 'correct'; readonly reps: Heard }
  | { readonly type: 'repCount' }
  | { readonly type: 'repeat' }
  | { readonly type: 'startOver' }
  | { readonly type: 'rest'; readonly seconds: Heard; readonly note?: TimerNote }
  // An Alexa timer was set for the rest; when it rings its task relaunches into `next`.
  | { readonly type: 'restTimer'; readonly seconds: number; readonly next: NextSet }
  // Alexa is about to ask the runner's permission for timers (the handler sends the request).
  | { readonly type: 'askTimers' }
  // The relaunch from a rest timer's task: straight into the next set.
  | { readonly type: 'continueWorkout'; readonly info: LaunchInfo; readonly next: NextSet }
  // What a reminders request (set, list, stop) came to; the Alexa API calls are the handler's.
  | { readonly type: 'reminders'; readonly outcome: RemindersOutcome }
  | { readonly type: 'change'; readonly change: SettingsChangeHeard }
  | { readonly type: 'explain'; readonly topic: 'how' | 'why' }
  | { readonly type: 'yes' }
  | { readonly type: 'no' }
  | { readonly type: 'help' }
  | { readonly type: 'stop' }
  | { readonly type: 'fallback' }
  /** A yes or no from another voice than the one that asked a question about its own log. */
  | { readonly type: 'notYourQuestion' }
  | { readonly type: 'sessionEnded' }
  | { readonly type: 'logSet'; readonly reps: Heard; readonly weight?: HeardWeight }
  | { readonly type: 'changeLast'; readonly reps: Heard; readonly stored?: LoggedSet }
  | { readonly type: 'deleteLast'; readonly stored?: LoggedSet }
  | { readonly type: 'history'; readonly query: HistoryQuery; readonly sets: readonly LoggedSet[] | 'unavailable' }
  | { readonly type: 'deleteHistory' }
  /** A screen device that plays the block reports a rep done (the block is named by when it was sent). */
  | { readonly type: 'repHeard'; readonly rep: number; readonly sentAt: number }
  /** A screen device has played the whole block: the question it ends with is asked now. */
  | { readonly type: 'blockHeard'; readonly sentAt: number };

/** What a runner can ask of their log. */
export type HistoryQuery = 'last' | 'best' | 'week';

/** A settings change as heard: numbers not yet checked, or a choice from a slot type. */
export type SettingsChangeHeard =
  | { readonly setting: 'breathsPerHold' | 'secondsPerBreath' | 'targetReps' | 'weeklyGoal'; readonly value: Heard }
  | { readonly setting: 'holdLength'; readonly direction: 'longer' | 'shorter' | 'unrecognized' }
  | { readonly setting: 'pacing'; readonly value: Pacing | 'unrecognized' }
  | { readonly setting: 'unit'; readonly value: Unit | 'unrecognized' }
  | { readonly setting: 'barWeight'; readonly weight: HeardWeight };

export type { SettingsChange };
