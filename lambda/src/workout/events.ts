import type { ActiveSet, LoggedSet, Pacing, Unit } from './model';
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

/** What the runner has on record, read once at launch. */
export interface LaunchInfo {
  readonly firstTime: boolean;
  readonly savedSet?: ActiveSet;
  readonly lastSet?: LoggedSet;
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
  | { readonly type: 'rest'; readonly seconds: Heard }
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
  | { readonly setting: 'breathsPerHold' | 'secondsPerBreath' | 'targetReps'; readonly value: Heard }
  | { readonly setting: 'holdLength'; readonly direction: 'longer' | 'shorter' | 'unrecognized' }
  | { readonly setting: 'pacing'; readonly value: Pacing | 'unrecognized' }
  | { readonly setting: 'unit'; readonly value: Unit | 'unrecognized' }
  | { readonly setting: 'barWeight'; readonly weight: HeardWeight };

export type { SettingsChange };
