import type { Act, Asked, Effect } from './acts';
import type { Heard, HeardWeight } from './events';
import { EXERCISES, type ExerciseCatalog } from './exercises';
import type { ActiveSet, Weight } from './model';
import { BOUNDS, weightInBounds } from './settings';
import type { Question, Stage, WorkoutState } from './state';
import type { Voice } from './tempo';

/** What the core knows of the moment besides the state and the event. */
export interface TurnContext {
  /** When the request was made (its timestamp), in ms since the epoch. */
  readonly now: number;
  /**
   * The date a set logged this turn gets, when the edge keeps it apart from `now` (time in a
   * session moves only forward for dates; a late report keeps its own time). Absent: `now`.
   */
  readonly datedAt?: number;
  /** Identifies the request; Alexa keeps it on retries, so a set logged from it is logged once. */
  readonly requestId: string;
  readonly voice: Voice;
  /** The exercises known; absent: the skill's own (`exercises/index.ts`). */
  readonly exercises?: ExerciseCatalog;
}

/** The exercises this turn knows: the context's, else the skill's own. */
export function exercisesOf(ctx: Pick<TurnContext, 'exercises'>): ExerciseCatalog {
  return ctx.exercises ?? EXERCISES;
}

export interface Outcome {
  readonly state: WorkoutState;
  readonly acts: readonly Act[];
  readonly effects: readonly Effect[];
}

/** The question that stands when nothing more specific was asked. */
export function standingQuestion(state: WorkoutState): Question {
  if (state.question) return state.question;
  switch (state.stage.name) {
    case 'ready':
      return 'start';
    case 'running':
      return state.settings.pacing === 'repByRep' ? 'nextRep' : 'keepGoing';
    case 'paused':
      return 'resume';
    case 'finished':
      return 'another';
    case 'resting':
      return 'afterRest';
  }
}

/** The set in progress, running or paused. */
export function activeSet(stage: Stage): ActiveSet | undefined {
  return stage.name === 'running' || stage.name === 'paused' ? stage.set : undefined;
}

export function reply(state: WorkoutState, acts: readonly Act[], effects: readonly Effect[] = []): Outcome {
  const question = standingQuestion(state);
  return { state: { ...state, question }, acts: [...acts, { type: 'ask', question }], effects };
}

/** A heard value the core accepts, or the act that says why not. */
export type Verdict<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly act: Act };

export function checkCount(heard: Heard, asked: Asked, min: number, max: number): Verdict<number> {
  if (heard === 'missing' || heard === 'unrecognized') return { ok: false, act: { type: 'notHeard', asked } };
  if (!Number.isInteger(heard) || heard < min || heard > max) {
    return { ok: false, act: { type: 'outOfRange', asked, min, max } };
  }
  return { ok: true, value: heard };
}

export function checkWeight(heard: HeardWeight, state: WorkoutState): Verdict<Weight> {
  if (heard.unit === 'unrecognized') return { ok: false, act: { type: 'notHeard', asked: 'unit' } };
  if (heard.amount === 'missing' || heard.amount === 'unrecognized') {
    return { ok: false, act: { type: 'notHeard', asked: 'weight' } };
  }
  const unit = heard.unit ?? state.settings.unit;
  if (!weightInBounds(heard.amount, unit)) {
    const { min, max } = BOUNDS.weight[unit];
    return { ok: false, act: { type: 'outOfRange', asked: 'weight', min, max, unit } };
  }
  return { ok: true, value: { amount: heard.amount, unit } };
}

/** Keeps whatever was on hold (a paused set stays paused) and says what was wrong. */
export function refuse(state: WorkoutState, act: Act): Outcome {
  return reply(state, [act]);
}

