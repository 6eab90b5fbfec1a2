// What "rest for three minutes" becomes: an Alexa timer that relaunches the workout when the
// runner has allowed timers, Alexa's permission question the first time, and otherwise the
// spoken countdown the skill has always had.
import type { HandlerInput } from 'ask-sdk-core';
import type { Directive } from 'ask-sdk-model';
import { isStoreError } from '../store';
import { voiceFor } from '../speech/render';
import type { Heard, TimerNote, WorkoutEvent } from '../workout/events';
import { activeSet } from '../workout/outcome';
import { BOUNDS } from '../workout/settings';
import { nextSet, readNextSet, nextSetInput, TIMER_REST, type NextSet } from '../workout/nextSet';
import type { LoggedSet } from '../workout/model';
import { settle } from '../workout/transition';
import type { Turn } from '../turn';
import { askForDirective, canCallAlexaApis, consentAnswer, scopeStatus } from './permissions';
import { TIMERS_SCOPE, restTimerRequest, setRestTimer, type TimerOutcome } from './timers';

export interface RestTurn {
  readonly event: WorkoutEvent;
  readonly directives: readonly Directive[];
}

/** Sets finished lately: enough to number the next set of today's workout. */
const RECENT_SETS = 20;

async function recentSets(turn: Turn): Promise<LoggedSet[]> {
  const known = [...turn.ledger.outbox, ...(turn.state.lastSet ? [turn.state.lastSet] : [])];
  if (!turn.services.store) return known;
  try {
    return [...known, ...(await turn.services.store.history(turn.person, { limit: RECENT_SETS }))];
  } catch (error) {
    if (isStoreError(error)) return known;
    throw error;
  }
}

/** The next set repeats the one just finished (its reps, its weight); else the runner's settings. */
async function upcoming(turn: Turn): Promise<NextSet> {
  const { settings, stage } = turn.state;
  const reps = stage.name === 'finished' ? stage.set.target : settings.targetReps;
  return nextSet(await recentSets(turn), turn.datedAt, reps, turn.state.lastWeight ?? { amount: settings.barWeight, unit: settings.unit });
}

/** The spoken countdown, never longer than one response can hold. */
function countdown(seconds: number, note?: TimerNote): WorkoutEvent {
  return { type: 'rest', seconds: Math.min(seconds, BOUNDS.restSeconds.max), ...(note && { note }) };
}

function fallback(outcome: Exclude<TimerOutcome, 'set'>, seconds: number): WorkoutEvent {
  return countdown(seconds, outcome === 'notAllowed' ? 'howToAllow' : 'timerFailed');
}

async function timerOrCountdown(input: HandlerInput, turn: Turn, seconds: number, next: NextSet): Promise<WorkoutEvent> {
  const envelope = input.requestEnvelope;
  const skillId = envelope.context?.System?.application?.applicationId ?? '';
  const request = restTimerRequest(turn.speaker.t, turn.speaker.locale, skillId, seconds, next);
  const outcome = await setRestTimer(input, request);
  return outcome === 'set' ? { type: 'restTimer', seconds, next } : fallback(outcome, seconds);
}

/** What the AskFor token carries to the answer: the rest asked for and the set it leads to. */
interface PendingRest {
  readonly rest: number;
  readonly next: NextSet;
}

function readPending(token: unknown): PendingRest | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const parsed = JSON.parse(token) as { rest?: unknown; next?: unknown };
    const next = readNextSet(parsed.next);
    const rest = parsed.rest;
    if (!next || typeof rest !== 'number' || !Number.isInteger(rest) || rest < TIMER_REST.min || rest > TIMER_REST.max) return undefined;
    return { rest, next };
  } catch {
    return undefined;
  }
}

/**
 * "Rest", "rest for three minutes": between sets, with Alexa's APIs reachable and a rest a timer
 * can time, the rest becomes a timer (or the question that allows one). Mid-set, or when the
 * runner said no to timers, it is the countdown, bounded as before.
 */
export async function restTurn(input: HandlerInput, turn: Turn, heard: Heard): Promise<RestTurn> {
  const seconds = heard === 'missing' ? turn.state.settings.restSeconds : heard;
  const plain: RestTurn = { event: { type: 'rest', seconds: heard }, directives: [] };
  const envelope = input.requestEnvelope;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < TIMER_REST.min || seconds > TIMER_REST.max) return plain;
  if (!canCallAlexaApis(envelope)) return plain;
  if (activeSet(settle(turn.state, { now: turn.now, requestId: turn.requestId, voice: voiceFor(turn.speaker) }).state.stage)) return plain;
  const status = scopeStatus(envelope, TIMERS_SCOPE);
  if (status === 'DENIED') return { event: countdown(seconds), directives: [] };
  const next = await upcoming(turn);
  if (status === 'unknown') {
    const token: PendingRest = { rest: seconds, next };
    return { event: { type: 'askTimers' }, directives: [askForDirective(TIMERS_SCOPE, JSON.stringify({ ...token, next: nextSetInput(next) }))] };
  }
  return { event: await timerOrCountdown(input, turn, seconds, next), directives: [] };
}

/** Alexa's answer to the timers question: the timer if allowed, else the countdown and how to allow it. */
export async function consentTurn(input: HandlerInput, turn: Turn, payload: unknown, token: unknown): Promise<WorkoutEvent> {
  const pending = readPending(token) ?? { rest: turn.state.settings.restSeconds, next: await upcoming(turn) };
  const answer = consentAnswer(payload);
  if (answer !== 'ACCEPTED' || !canCallAlexaApis(input.requestEnvelope)) return countdown(pending.rest, 'howToAllow');
  return timerOrCountdown(input, turn, pending.rest, pending.next);
}
