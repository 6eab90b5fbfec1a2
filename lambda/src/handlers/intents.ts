import type { Intent } from 'ask-sdk-model';
import { isStoreError, type TrainingStore } from '../store';
import type { Heard, HistoryQuery, WorkoutEvent } from '../workout/events';
import { WEEK_MS, workoutOf } from '../workout/history';
import { withUnsaved } from '../workout/ledger';
import type { LoggedSet } from '../workout/model';
import { heardChoice, heardNumber, heardUnit, heardWeight, slot } from './slots';
import { ownLastSet, ownerOf } from '../people';
import type { Turn } from '../turn';

type IntentEvent = (intent: Intent, turn: Turn) => WorkoutEvent | Promise<WorkoutEvent>;

const reps = (intent: Intent) => heardNumber(slot(intent, 'reps'));

/** "This week" reads every set of the week, page by page: a busy week is hundreds, not thousands. */
const WEEK_LIMIT = 100_000;
/** "Last time" reads back from the newest set until the workout's start shows (a gap before it). */
const LAST_FIRST_READ = 50;
const LAST_MAX_READ = 100_000;

async function lastStored(turn: Turn): Promise<LoggedSet | undefined> {
  if (ownLastSet(turn.people, turn.state, turn.person) || !turn.services.store) return undefined;
  try {
    return (await turn.services.store.history(turn.person, { limit: 1 }))[0];
  } catch (error) {
    if (isStoreError(error)) return undefined;
    throw error;
  }
}

async function lastWorkout(store: TrainingStore, person: string): Promise<readonly LoggedSet[]> {
  // Rarely more than one read: a workout is a few sets; a runner who never rests six hours
  // makes the reads grow fourfold each time, within the turn's deadline.
  for (let limit = LAST_FIRST_READ; ; limit *= 4) {
    const sets = await store.history(person, { limit: Math.min(limit, LAST_MAX_READ) });
    if (sets.length < limit || limit >= LAST_MAX_READ || workoutOf(sets).complete) return sets;
  }
}

async function storedFor(query: HistoryQuery, store: TrainingStore, turn: Turn): Promise<readonly LoggedSet[]> {
  switch (query) {
    case 'week':
      return store.history(turn.person, { limit: WEEK_LIMIT, since: new Date(turn.now - WEEK_MS).toISOString() });
    case 'best': {
      const best = await store.best(turn.person);
      return best ? [best] : [];
    }
    case 'last':
      return lastWorkout(store, turn.person);
  }
}

function history(query: HistoryQuery): IntentEvent {
  return async (_intent, turn) => {
    const store = turn.services.store;
    // Sets finished this session but not stored yet are part of the runner's history too.
    // Only this person's: another runner's unsaved sets on the same device are theirs.
    const ledger = { ...turn.ledger, outbox: turn.ledger.outbox.filter((set) => ownerOf(turn.people, set.id, turn.person) === turn.person) };
    if (!store) return { type: 'history', query, sets: ledger.outbox };
    try {
      return { type: 'history', query, sets: withUnsaved(ledger, await storedFor(query, store, turn)) };
    } catch (error) {
      if (isStoreError(error)) return { type: 'history', query, sets: 'unavailable' };
      throw error;
    }
  };
}

/** Spans said in words ("a minute and a half"): each value's id is its length in seconds. */
const REST_LENGTHS = ['30', '60', '90', '120', '180'] as const;

/** The rest asked for, in seconds: "rest for ninety seconds", "rest for three minutes", "a minute". */
export function restHeard(intent: Intent): Heard {
  const seconds = heardNumber(slot(intent, 'seconds'));
  const minutes = heardNumber(slot(intent, 'minutes'));
  if (seconds === 'missing' && minutes === 'missing') {
    const span = heardChoice(slot(intent, 'duration'), REST_LENGTHS);
    if (span !== 'missing') return span === 'unrecognized' ? span : Number(span);
  }
  return typeof minutes === 'number' && seconds === 'missing' ? minutes * 60 : seconds;
}

function restSeconds(intent: Intent): WorkoutEvent {
  return { type: 'rest', seconds: restHeard(intent) };
}

function breathLength(intent: Intent): WorkoutEvent {
  const seconds = heardNumber(slot(intent, 'seconds'));
  if (seconds !== 'missing') return { type: 'change', change: { setting: 'secondsPerBreath', value: seconds } };
  const direction = heardChoice(slot(intent, 'change'), ['longer', 'shorter'] as const);
  return { type: 'change', change: { setting: 'holdLength', direction: direction === 'missing' ? 'unrecognized' : direction } };
}

function choice<T extends string>(intent: Intent, name: string, ids: readonly T[]): T | 'unrecognized' {
  const value = heardChoice(slot(intent, name), ids);
  return value === 'missing' ? 'unrecognized' : value;
}

/**
 * Every intent of the interaction model, and what it means to the workout. What an event means
 * in the current state is the core's business, not this table's.
 */
export const INTENT_EVENTS: Readonly<Record<string, IntentEvent>> = {
  StartSetIntent: (intent) => ({ type: 'start', reps: reps(intent), weight: heardWeight(intent) }),
  FinishSetIntent: () => ({ type: 'finish' }),
  CorrectCountIntent: (intent) => ({ type: 'correct', reps: reps(intent) }),
  RepCountIntent: () => ({ type: 'repCount' }),
  RestIntent: restSeconds,
  SetBreathsIntent: (intent) => ({ type: 'change', change: { setting: 'breathsPerHold', value: heardNumber(slot(intent, 'breaths')) } }),
  SetBreathLengthIntent: breathLength,
  SetPacingIntent: (intent) => ({ type: 'change', change: { setting: 'pacing', value: choice(intent, 'pacing', ['wholeSet', 'repByRep'] as const) } }),
  SetUnitIntent: (intent) => ({ type: 'change', change: { setting: 'unit', value: heardUnit(slot(intent, 'unit')) ?? 'unrecognized' } }),
  SetBarWeightIntent: (intent) => ({ type: 'change', change: { setting: 'barWeight', weight: heardWeight(intent) } }),
  SetTargetIntent: (intent) => ({ type: 'change', change: { setting: 'targetReps', value: reps(intent) } }),
  SetWeeklyGoalIntent: (intent) => ({ type: 'change', change: { setting: 'weeklyGoal', value: heardNumber(slot(intent, 'goal')) } }),
  ExplainHowIntent: () => ({ type: 'explain', topic: 'how' }),
  ExplainWhyIntent: () => ({ type: 'explain', topic: 'why' }),
  LogSetIntent: (intent) => ({ type: 'logSet', reps: reps(intent), weight: heardWeight(intent) }),
  ChangeLastSetIntent: async (intent, turn) => {
    const stored = await lastStored(turn);
    return { type: 'changeLast', reps: reps(intent), ...(stored && { stored }) };
  },
  DeleteLastSetIntent: async (_intent, turn) => {
    const stored = await lastStored(turn);
    return { type: 'deleteLast', ...(stored && { stored }) };
  },
  LastTimeIntent: history('last'),
  BestSetIntent: history('best'),
  WeekCountIntent: history('week'),
  DeleteHistoryIntent: () => ({ type: 'deleteHistory' }),
  'AMAZON.YesIntent': () => ({ type: 'yes' }),
  'AMAZON.NoIntent': () => ({ type: 'no' }),
  'AMAZON.HelpIntent': () => ({ type: 'help' }),
  'AMAZON.StopIntent': () => ({ type: 'stop' }),
  'AMAZON.CancelIntent': () => ({ type: 'stop' }),
  'AMAZON.NavigateHomeIntent': () => ({ type: 'stop' }),
  'AMAZON.FallbackIntent': () => ({ type: 'fallback' }),
  'AMAZON.PauseIntent': () => ({ type: 'pause' }),
  'AMAZON.ResumeIntent': () => ({ type: 'resume' }),
  'AMAZON.NextIntent': () => ({ type: 'next' }),
  'AMAZON.RepeatIntent': () => ({ type: 'repeat' }),
  'AMAZON.StartOverIntent': () => ({ type: 'startOver' }),
};
