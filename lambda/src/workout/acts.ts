import type { Block, ExerciseId, LoggedSet, Pacing, Segment, Settings, Unit, Weight } from './model';
import type { NextSet } from './nextSet';
import type { RemindersOutcome } from './reminders';
import type { Habit } from './habit';
import type { TimerNote } from './events';
import type { HistorySummary } from './history';
import type { Suggestion } from './progression';
import type { SettingsChange } from './settings';
import type { Question, Stage } from './state';

/**
 * What help is about: where the runner is (idle, mid-set, paused, resting, after a set) or the
 * question they were asked ("was it clean?", a saved set, carry on or start fresh).
 */
export type HelpTopic = 'ready' | 'running' | 'paused' | 'finished' | 'resting' | 'wasClean' | 'resumeSaved' | 'carryOnOrFresh';

/** What a number was wanted for, so a refusal can say which. */
export type Asked = 'reps' | 'weight' | 'unit' | 'breaths' | 'seconds' | 'restSeconds' | 'target' | 'goal' | 'choice';

/**
 * What the coach decides to say, in order. How it is said (words, SSML) is the speech layer's job.
 * A response ends with `ask` (the session stays open, and the question is the reprompt) or
 * `end`; a response to a session-ended request has no acts at all.
 */
export type Act =
  | { readonly type: 'welcome'; readonly firstTime: boolean }
  | { readonly type: 'lastTime'; readonly set: LoggedSet }
  | { readonly type: 'suggest'; readonly suggestion: Suggestion }
  | { readonly type: 'savedSetFound'; readonly reps: number; readonly target: number }
  | { readonly type: 'savedSetDropped' }
  /** A set in progress when the runner asks for a new one: how far it got. */
  | { readonly type: 'unfinishedSet'; readonly reps: number; readonly target: number }
  /** An unfinished set the runner chose not to carry on: logged with the reps it came to. */
  | { readonly type: 'unfinishedLogged'; readonly reps: number; readonly target: number }
  /** A block of reps, with its timeline: when each rep starts and is counted, from `block.sentAt`. */
  | { readonly type: 'reps'; readonly segments: readonly Segment[]; readonly block: Block }
  | { readonly type: 'setDone'; readonly reps: number; readonly target: number; readonly weight?: Weight; readonly early: boolean }
  | { readonly type: 'setAbandoned' }
  | { readonly type: 'paused'; readonly reps: number; readonly target: number }
  | { readonly type: 'countIs'; readonly reps: number; readonly target: number }
  /** "How many have I done?": the reps of the set in progress, or of the set just finished. */
  | { readonly type: 'repCount'; readonly reps: number; readonly target: number; readonly finished: boolean }
  | { readonly type: 'rest'; readonly seconds: number; readonly marks: readonly number[] }
  | { readonly type: 'restTimerSet'; readonly seconds: number; readonly next: NextSet }
  | { readonly type: 'askTimers' }
  | { readonly type: 'timerNote'; readonly note: TimerNote }
  | { readonly type: 'nextSet'; readonly next: NextSet }
  | { readonly type: 'reminders'; readonly outcome: RemindersOutcome }
  | { readonly type: 'habit'; readonly habit: Habit }
  | { readonly type: 'settingChanged'; readonly change: SettingsChange; readonly settings: Settings }
  | { readonly type: 'outOfRange'; readonly asked: Asked; readonly min: number; readonly max: number; readonly unit?: Unit }
  | { readonly type: 'notHeard'; readonly asked: Asked }
  | { readonly type: 'explain'; readonly exercise: ExerciseId; readonly topic: 'how' | 'why' }
  /** `pacing` where what to say depends on it (a set under way, or one to come). */
  | { readonly type: 'help'; readonly topic: HelpTopic; readonly pacing?: Pacing }
  | { readonly type: 'notNow'; readonly stage: Stage['name'] }
  | { readonly type: 'didNotUnderstand' }
  | { readonly type: 'notYourQuestion' }
  | { readonly type: 'cleanNoted'; readonly clean: boolean }
  | { readonly type: 'setSavedForLater'; readonly reps: number; readonly target: number }
  | { readonly type: 'stateReset' }
  | { readonly type: 'saveFailed' }
  /** The store stayed out of reach so long that the session could not hold everything unsaved. */
  | { readonly type: 'unsavedDropped'; readonly sets: number; readonly changes: number }
  | { readonly type: 'setLogged'; readonly set: LoggedSet }
  | { readonly type: 'setChanged'; readonly set: LoggedSet }
  | { readonly type: 'setDeleted' }
  | { readonly type: 'nothingLogged' }
  | { readonly type: 'historyDeleted' }
  | { readonly type: 'keptHistory' }
  | { readonly type: 'logUnavailable' }
  | { readonly type: 'describeSet'; readonly set: LoggedSet }
  | { readonly type: 'history'; readonly summary: HistorySummary }
  | { readonly type: 'goodbye' }
  | { readonly type: 'ask'; readonly question: Question }
  | { readonly type: 'end' };

export type { Effect } from './effects';
