// One deadline per turn, shared by every store call the turn makes: Alexa waits about 8 s and the
// Lambda stops at its timeout, so a slow store must cost the runner a late write, never a lost
// answer. What does not fit waits in the session for the next turn.

export interface Deadline {
  /** Milliseconds left for store calls (may be negative once passed). */
  remaining(): number;
}

/** Without a Lambda context (local runs, tests): Alexa's 8 s less the time to answer. */
export const DEFAULT_TURN_BUDGET_MS = 6_000;
/** Kept back from the Lambda's remaining time to render, log and send the answer. */
export const ANSWER_MARGIN_MS = 1_000;
/** A store call started with less than this left could not finish: it waits for the next turn. */
export const MIN_CALL_MS = 50;

export const NO_DEADLINE: Deadline = { remaining: () => Number.POSITIVE_INFINITY };

/** `clock` is read at the edge of the turn (the handler), never inside the workout core. */
export function deadlineIn(ms: number, clock: () => number = Date.now): Deadline {
  const end = clock() + ms;
  return { remaining: () => end - clock() };
}

interface LambdaContextLike {
  getRemainingTimeInMillis?: () => number;
}

/** From the Lambda context's remaining time less the answer margin, capped by Alexa's wait. */
export function turnDeadline(context: unknown, clock: () => number = Date.now): Deadline {
  const remaining = (context as LambdaContextLike | undefined)?.getRemainingTimeInMillis;
  const lambda = typeof remaining === 'function' ? remaining.call(context) - ANSWER_MARGIN_MS : Number.NaN;
  const budget = Number.isFinite(lambda) ? Math.min(lambda, DEFAULT_TURN_BUDGET_MS) : DEFAULT_TURN_BUDGET_MS;
  return deadlineIn(budget, clock);
}
