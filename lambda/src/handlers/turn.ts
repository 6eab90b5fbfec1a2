import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Speaker } from '../speech/render';
import type { TrainingStore } from '../store';
import type { Act } from '../workout/acts';
import type { LaunchInfo } from '../workout/events';
import type { WorkoutState } from '../workout/state';
import { SkillError } from './errors';

/** What the skill needs from the outside world; tests and the local coach pass their own. */
export interface Services {
  /** Absent: the log lives in the session only (no table configured). */
  readonly store?: TrainingStore;
}

/** Everything the load phase learned about this request, for the handler and the save phase. */
export interface Turn {
  readonly speaker: Speaker;
  /** The person the log belongs to: a recognized speaker, else the Alexa account. */
  readonly person: string;
  readonly now: number;
  readonly requestId: string;
  readonly state: WorkoutState;
  /** Said before anything else this turn, e.g. that a stored state could not be used. */
  readonly preface: readonly Act[];
  /** Read from the store when the session began (launch or a one-shot request). */
  readonly launch?: LaunchInfo;
  readonly services: Services;
}

const TURN = 'runnerDeadliftTurn';

export function setTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function getTurn(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
  if (!turn) throw new SkillError('NO_TURN', 'the load interceptor did not run for this request');
  return turn;
}

export function personOf(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  return system?.person?.personId ?? system?.user?.userId ?? envelope.session?.user?.userId ?? 'anonymous';
}

/**
 * The request's own timestamp places a barge-in and dates a logged set. A missing or odd one
 * falls back to the last time this session saw, never to the server's clock: a retried request
 * then gets the same time again, so the set it logs keeps the same key and is stored once.
 */
export function requestTime(envelope: RequestEnvelope, lastSeen: number | undefined): number {
  const parsed = Date.parse(envelope.request?.timestamp ?? '');
  return Number.isFinite(parsed) ? parsed : (lastSeen ?? 0);
}

