import type { Act } from './acts';
import type { WorkoutEvent } from './events';
import { summarize } from './history';
import { exerciseOf } from './exercises';
import type { LoggedSet } from './model';
import { checkCount, checkWeight, exercisesOf, refuse, reply, type Outcome, type TurnContext } from './outcome';
import { BOUNDS } from './settings';
import type { WorkoutState } from './state';

/** The training log's side of the conversation: logging by voice, corrections, history. */
export type LogbookEvent =
  | Extract<WorkoutEvent, { type: 'logSet' | 'changeLast' | 'deleteLast' | 'history' | 'deleteHistory' }>
  | { readonly type: 'answer'; readonly yes: boolean };

const MAX_LOGGED_REPS = BOUNDS.loggedReps.max;

export function logbook(state: WorkoutState, event: LogbookEvent, ctx: TurnContext): Outcome {
  switch (event.type) {
    case 'logSet':
      return logByVoice(state, event, ctx);
    case 'changeLast':
      return changeLast(state, event);
    case 'deleteLast': {
      const last = state.lastSet ?? event.stored;
      if (!last) return reply(state, [{ type: 'nothingLogged' }]);
      return reply({ ...state, toDelete: last, question: 'deleteLast' }, [{ type: 'describeSet', set: last }]);
    }
    case 'deleteHistory':
      return reply({ ...state, question: 'deleteHistory' }, []);
    case 'history': {
      if (event.sets === 'unavailable') return reply(state, [{ type: 'logUnavailable' }]);
      const summary = summarize(event.query, event.sets, ctx.now, state.settings.unit);
      return reply(state, [{ type: 'history', summary }]);
    }
    case 'answer':
      return answer(state, event.yes);
  }
}

function logByVoice(state: WorkoutState, event: Extract<LogbookEvent, { type: 'logSet' }>, ctx: TurnContext): Outcome {
  if (event.reps === 'missing') return reply({ ...state, question: 'logReps' }, []);
  const reps = checkCount(event.reps, 'reps', 1, MAX_LOGGED_REPS);
  if (!reps.ok) return refuse({ ...state, question: 'logReps' }, reps.act);
  let weight = undefined;
  if (event.weight && event.weight.amount !== 'missing') {
    const checked = checkWeight(event.weight, state);
    if (!checked.ok) return refuse(state, checked.act);
    weight = checked.value;
  }
  const set: LoggedSet = {
    // Distinct from the id of a guided set the same request may have finished (see settle).
    id: `${ctx.requestId}:voice`,
    exercise: exerciseOf(undefined, exercisesOf(ctx)).id,
    at: new Date(ctx.datedAt ?? ctx.now).toISOString(),
    reps: reps.value,
    source: 'voice',
    ...(weight && { weight }),
  };
  const next: WorkoutState = { ...state, lastSet: set, question: 'wasClean', ...(weight && { lastWeight: weight }) };
  return reply(next, [{ type: 'setLogged', set }], [{ type: 'logSet', set }]);
}

function changeLast(state: WorkoutState, event: Extract<LogbookEvent, { type: 'changeLast' }>): Outcome {
  const last = state.lastSet ?? event.stored;
  if (!last) return reply(state, [{ type: 'nothingLogged' }]);
  const reps = checkCount(event.reps, 'reps', 1, MAX_LOGGED_REPS);
  if (!reps.ok) return refuse(state, reps.act);
  const changed: LoggedSet = { ...last, reps: reps.value };
  // Stored or still in the save phase's outbox: the ledger knows which (ledger.ts).
  return reply({ ...state, lastSet: changed }, [{ type: 'setChanged', set: changed }], [{ type: 'updateSet', set: changed }]);
}

function answer(state: WorkoutState, yes: boolean): Outcome {
  const { question: _asked, toDelete, ...rest } = state;
  const kept: Act[] = [{ type: 'keptHistory' }];
  switch (state.question) {
    case 'deleteLast': {
      if (!yes || !toDelete) return reply(rest, kept);
      const { lastSet, ...others } = rest;
      const next: WorkoutState = { ...others, ...(lastSet && lastSet.id !== toDelete.id && { lastSet }) };
      return reply(next, [{ type: 'setDeleted' }], [{ type: 'deleteSet', set: toDelete }]);
    }
    case 'deleteHistory': {
      if (!yes) return reply(rest, kept);
      const { lastSet: _gone, lastWeight: _weight, ...cleared } = rest;
      return reply(cleared, [{ type: 'historyDeleted' }], [{ type: 'deleteHistory' }]);
    }
    default:
      return reply({ ...state, question: 'logReps' }, [{ type: 'notHeard', asked: 'reps' }]);
  }
}
