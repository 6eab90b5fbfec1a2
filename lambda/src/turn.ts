// What the load phase hands the handler and the save phase: shared by interceptors/ and
// handlers/, which never import each other (eslint.config.mjs enforces it).
import type { HandlerInput } from 'ask-sdk-core';
import type { People } from './people';
import type { Speaker } from './speech/render';
import type { TrainingStore } from './store';
import type { Act } from './workout/acts';
import type { LaunchInfo } from './workout/events';
import type { Ledger } from './workout/ledger';
import type { WorkoutState } from './workout/state';

/** What the skill needs from the outside world; tests and the local coach pass their own. */
export interface Services {
  /** Absent: the log lives in the session only (no table configured). */
  readonly store?: TrainingStore;
  /**
   * The server's clock, read once when a request arrives: the turn's deadline starts from it, and
   * it dates a request that carries no usable time when the session has none either. Default Date.now.
   */
  readonly clock?: () => number;
}

/** Everything the load phase learned about this request, for the handler and the save phase. */
export interface Turn {
  readonly speaker: Speaker;
  /** The person the log belongs to: a recognized speaker, else the Alexa account. */
  readonly person: string;
  /** The request's own time: what the core paces and counts by. */
  readonly now: number;
  /** The time a set logged this turn, or a delete's mark, is dated with (request.ts datingTime). */
  readonly datedAt: number;
  readonly requestId: string;
  readonly state: WorkoutState;
  /** What the session still owes the store; the save phase's, never the core's. */
  readonly ledger: Ledger;
  /** Said before anything else this turn, e.g. that a stored state could not be used. */
  readonly preface: readonly Act[];
  /** Read from the store when the session began (launch or a one-shot request). */
  readonly launch?: LaunchInfo;
  /** The launch found a cleared history's sets still in the table: the save phase removes some. */
  readonly purgeOwed?: boolean;
  /** Who owns the session's sets and questions (several people on one device). */
  readonly people: People;
  /** With the store bound to this turn's deadline. */
  readonly services: Services;
}

const TURN = 'runnerDeadliftTurn';

/** Errors of the skill itself (the store has StoreError): the code is what the logs show. */
export class SkillError extends Error {
  constructor(
    readonly code: 'NO_TURN',
    message: string,
  ) {
    super(message);
    this.name = 'SkillError';
  }
}

export function setTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function getTurn(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
  if (!turn) throw new SkillError('NO_TURN', 'the load interceptor did not run for this request');
  return turn;
}
