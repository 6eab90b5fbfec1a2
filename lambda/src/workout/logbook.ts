import type { Act } from './acts';
import type { WorkoutEvent } from './events';
import { summarize } from './history';
import { EXERCISES, exerciseOf } from './exercises';
import type { LoggedSet } from './model';
import { checkCount, checkWeight, refuse, reply, type Outcome, type TurnContext } from './outcome';
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
      const stored = event.sets.filter((set) => !state.outbox.some((unsaved) => unsaved.id === set.id));
      const summary = summarize(event.query, [...state.outbox, ...stored], ctx.now, state.settings.unit);
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
    exercise: exerciseOf(undefined, ctx.exercises ?? EXERCISES).id,
    at: new Date(ctx.now).toISOString(),
    reps: reps.value,
    source: 'voice',
    ...(weight && { weight }),
  };
  const next: WorkoutState = {
    ...state,
    lastSet: set,
    outbox: [...state.outbox.filter((s) => s.id !== set.id), set],
    question: 'wasClean',
    ...(weight && { lastWeight: weight }),
  };
  return reply(next, [{ type: 'setLogged', set }]);
}

function changeLast(state: WorkoutState, event: Extract<LogbookEvent, { type: 'changeLast' }>): Outcome {
  const last = state.lastSet ?? event.stored;
  if (!last) return reply(state, [{ type: 'nothingLogged' }]);
  const reps = checkCount(event.reps, 'reps', 1, MAX_LOGGED_REPS);
  if (!reps.ok) return refuse(state, reps.act);
  const changed: LoggedSet = { ...last, reps: reps.value };
  const unsaved = state.outbox.some((s) => s.id === last.id);
  const next: WorkoutState = {
    ...state,
    lastSet: changed,
    outbox: state.outbox.map((s) => (s.id === last.id ? changed : s)),
  };
  return reply(next, [{ type: 'setChanged', set: changed }], unsaved ? [] : [{ type: 'updateSet', set: changed }]);
}

function answer(state: WorkoutState, yes: boolean): Outcome {
  const { question: _asked, toDelete, ...rest } = state;
  const kept: Act[] = [{ type: 'keptHistory' }];
  switch (state.question) {
    case 'deleteLast': {
      if (!yes || !toDelete) return reply(rest, kept);
      const unsaved = state.outbox.some((s) => s.id === toDelete.id);
      const { lastSet, ...others } = rest;
      const next: WorkoutState = {
        ...others,
        outbox: state.outbox.filter((s) => s.id !== toDelete.id),
        ...(lastSet && lastSet.id !== toDelete.id && { lastSet }),
      };
      return reply(next, [{ type: 'setDeleted' }], unsaved ? [] : [{ type: 'deleteSet', set: toDelete }]);
    }
    case 'deleteHistory': {
      if (!yes) return reply(rest, kept);
      const { lastSet: _gone, lastWeight: _weight, ...cleared } = rest;
      return reply({ ...cleared, outbox: [] }, [{ type: 'historyDeleted' }], [{ type: 'deleteHistory' }]);
    }
    default:
      return reply({ ...state, question: 'logReps' }, [{ type: 'notHeard', asked: 'reps' }]);
  }
}
