import type { Act, Asked, Effect } from './acts';
import type { Heard, HeardWeight, LaunchInfo, SettingsChangeHeard, TimerNote, WorkoutEvent } from './events';
import { exerciseOf, type Exercise } from './exercises';
import type { NextSet } from './nextSet';
import { habit } from './habit';
import { logbook } from './logbook';
import { type ActiveSet, type FinishedSet, type Line, type LoggedSet, type Weight } from './model';
import { activeSet, checkCount, exercisesOf, checkWeight, refuse, reply, standingQuestion, type Verdict, type Outcome, type TurnContext } from './outcome';
import { observePace, paceFor, withPaceSample } from './calibration';
import { isPlaying, planBlock, repsCountedAt } from './pacing';
import { suggestNext } from './progression';
import { applySettingsChange, BOUNDS, weeklyGoal, type SettingsChange } from './settings';
import { introLine } from './tempo';
import { initialState, type PendingStart, type WorkoutState } from './state';

export type { Outcome, TurnContext } from './outcome';

/** Marks (seconds left) spoken during a rest countdown. */
export const REST_MARKS = [60, 30, 10] as const;

/**
 * The whole coach as one pure function: the state before, what the runner did, and when.
 * First the set is brought up to `now` (a block may have played out, or been cut off), then the
 * event is decided against the state it really finds.
 */
export function transition(state: WorkoutState, event: WorkoutEvent, ctx: TurnContext): Outcome {
  // The screen's reports come while the block plays: they are evidence, not a barge-in.
  if (event.type === 'repHeard' || event.type === 'blockHeard') return heard(state, event);
  const answered = ANSWERS.has(event.type);
  const learned = answered ? calibrate(state, ctx) : state;
  const settled = settle(learned, ctx, answered);
  const cutOff = state.stage.name === 'running' && settled.state.stage.name === 'paused';
  // "Repeat" said over a block means the rep it cut into: play that rep again.
  const decided = event.type === 'repeat' && cutOff ? carryOn(settled.state, ctx) : decide(settled.state, event, ctx);
  const outcome = withoutStalePending(decided);
  // A pace learned is kept with the settings, so the next session starts with it.
  const learnedEffects: readonly Effect[] = learned !== state && !outcome.effects.some((e) => e.type === 'saveSettings') ? [{ type: 'saveSettings' }] : [];
  const owed = [...settled.effects, ...learnedEffects, ...released(settled.state, outcome)];
  return owed.length === 0 ? outcome : { ...outcome, effects: [...settled.effects, ...outcome.effects, ...owed.slice(settled.effects.length)] };
}

/**
 * A stored set that has ended stays in the store until the runner answers "was it clean?" (or
 * the question is left some other way): until then the set itself waits in the session, and a
 * session that ends without a word at that question must still find it. The turn that leaves the
 * question, and so writes the set, clears it.
 */
function released(settled: WorkoutState, outcome: Outcome): Effect[] {
  if (settled.question !== 'wasClean' || settled.stage.name !== 'finished' || settled.stage.set.stored !== true) return [];
  const { stage, question } = outcome.state;
  // Still the same set at the same question ("help", a bad answer): it waits on.
  if (question === 'wasClean' && stage.name === 'finished' && stage.set.startedAt === settled.stage.set.startedAt) return [];
  return outcome.effects.some((effect) => effect.type === 'savePausedSet' || effect.type === 'clearPausedSet') ? [] : [{ type: 'clearPausedSet' }];
}

/** The set asked for is kept only while "carry on, or start fresh?" stands. */
function withoutStalePending(outcome: Outcome): Outcome {
  if (!outcome.state.pendingStart || outcome.state.question === 'carryOnOrFresh') return outcome;
  const { pendingStart: _stale, ...state } = outcome.state;
  return { ...outcome, state };
}

/** An answer to a block's closing question teaches the runner's pace, when it came promptly. */
function calibrate(state: WorkoutState, ctx: Pick<TurnContext, 'now' | 'voice'>): WorkoutState {
  if (state.stage.name !== 'running' || !state.stage.set.block) return state;
  const factor = observePace(state.stage.set.block, ctx.now);
  if (factor === undefined) return state;
  return { ...state, settings: withPaceSample(state.settings, ctx.voice.language, factor) };
}

/** A state brought up to date, and what that owes the store (a set the block finished). */
interface Settled {
  readonly state: WorkoutState;
  readonly effects: readonly Effect[];
}

/**
 * Replies to the question a block ends with ("keep going?", "say next", "was it clean?"): whoever
 * answers it heard the whole block, whatever the timeline says; a prompt answer also teaches the
 * runner's pace (calibration.ts).
 */
const ANSWERS: ReadonlySet<WorkoutEvent['type']> = new Set(['yes', 'no', 'next', 'resume']);

/**
 * Where the runner really is at `now`: the block is cut off (paused) or played out. `answered`
 * means the request replies to the block's closing question, so it was heard to the end.
 */
export function settle(state: WorkoutState, ctx: Pick<TurnContext, 'now' | 'requestId' | 'voice'>, answered = false): Settled {
  if (state.stage.name !== 'running' || !state.stage.set.block) return { state, effects: [] };
  const { set } = state.stage;
  const block = set.block!;
  const pace = paceFor(state.settings, ctx.voice.language);
  // Once the last count has been heard (read off as any other), the whole block counts: "that
  // was my last rep" said over the closing words logs every rep of it. A screen that reports its
  // reps is believed over the estimate: it is still playing until it reports the last one (its
  // sequence takes longer than speech alone), and the count is the last rep it reported. Only a
  // block with no report at all falls back to the timeline.
  const counted = block.heard ?? repsCountedAt(block, ctx.now, pace);
  const reported = block.heard !== undefined && block.heard < block.lastRep;
  if (!answered && (reported || isPlaying(block, ctx.now, pace)) && counted < block.lastRep) {
    const repsDone = Math.min(set.target, Math.max(set.repsDone, counted));
    return { state: { ...state, stage: { name: 'paused', set: { ...set, repsDone } }, question: 'resume' }, effects: [] };
  }
  const played: ActiveSet = { ...set, repsDone: block.lastRep };
  if (played.repsDone < played.target) return { state: { ...state, stage: { name: 'running', set: played } }, effects: [] };
  return finishSet(state, played, ctx, false);
}

/** The set ends: the end-of-set talk gets it, and the log gets it once the runner says whether it was clean. */
function finishSet(state: WorkoutState, set: ActiveSet, ctx: Pick<TurnContext, 'now' | 'datedAt' | 'requestId'>, early: boolean): Settled {
  const finished: FinishedSet = {
    exercise: set.exercise,
    reps: set.repsDone,
    target: set.target,
    startedAt: set.startedAt,
    finishedAt: ctx.now,
    early,
    ...(set.weight && { weight: set.weight }),
    ...(wasStored(set) && { stored: true }),
  };
  const logged: LoggedSet = {
    id: ctx.requestId,
    exercise: set.exercise,
    at: new Date(ctx.datedAt ?? ctx.now).toISOString(),
    reps: finished.reps,
    source: 'guided',
    ...(set.weight && { weight: set.weight }),
  };
  return {
    state: { ...state, stage: { name: 'finished', set: finished }, question: 'wasClean', lastSet: logged },
    effects: [{ type: 'logSet', set: logged }],
  };
}

function decide(state: WorkoutState, event: WorkoutEvent, ctx: TurnContext): Outcome {
  switch (event.type) {
    case 'launch':
      return launch(state, event.info, ctx);
    case 'start':
      return startSet(state, event.reps, event.weight, ctx);
    case 'pause':
      return pause(state);
    case 'resume':
    case 'next':
      return carryOn(state, ctx);
    case 'finish':
      return finishEarly(state, ctx);
    case 'correct':
      return correctCount(state, event.reps, ctx);
    case 'repCount':
      return repCount(state);
    case 'repeat':
      return repeat(state);
    case 'startOver':
      return startOver(state, ctx);
    case 'rest':
      return rest(state, event.seconds, event.note);
    case 'restTimer':
      return restTimer(state, event.seconds, event.next);
    case 'askTimers':
      return askTimers(state);
    case 'continueWorkout':
      return continueWorkout(state, event.info, event.next, ctx);
    case 'reminders':
      // Alexa takes over to ask for the permission: the session ends until it answers.
      if (event.outcome.kind === 'ask') return { state, acts: [{ type: 'reminders', outcome: event.outcome }, { type: 'end' }], effects: [] };
      return reply(state, [{ type: 'reminders', outcome: event.outcome }]);
    case 'change':
      return changeSetting(state, event.change);
    case 'explain':
      return reply(state, [{ type: 'explain', exercise: exerciseNow(state, ctx).id, topic: event.topic }]);
    case 'yes':
      return answer(state, true, ctx);
    case 'no':
      return answer(state, false, ctx);
    case 'help':
      return reply(state, [helpFor(state)]);
    case 'stop':
      return stop(state);
    case 'fallback':
      return reply(state, [{ type: 'didNotUnderstand' }]);
    case 'notYourQuestion':
      // The question stands, so the turn closes by asking it again.
      return reply(state, [{ type: 'notYourQuestion' }]);
    case 'sessionEnded':
      return sessionEnded(state);
    case 'logSet':
    case 'changeLast':
    case 'deleteLast':
    case 'history':
    case 'deleteHistory':
      return logbook(state, event, ctx);
    case 'repHeard':
    case 'blockHeard':
      return heard(state, event);
  }
}

/** The exercise being coached: the set's in progress or just finished, else the one a new set would be. */
function exerciseNow(state: WorkoutState, ctx: Pick<TurnContext, 'exercises'>): Exercise {
  const set = activeSet(state.stage) ?? (state.stage.name === 'finished' ? state.stage.set : undefined);
  return exerciseOf(set, exercisesOf(ctx));
}

/** Help for where the runner is and the question they were asked, in the pacing in force. */
function helpFor(state: WorkoutState): Act {
  const question = standingQuestion(state);
  if (question === 'wasClean' || question === 'resumeSaved' || question === 'carryOnOrFresh') return { type: 'help', topic: question };
  const stage = state.stage.name;
  if (stage === 'resting') return { type: 'help', topic: stage };
  return { type: 'help', topic: stage, pacing: state.settings.pacing };
}

function emptyBar(state: WorkoutState): Weight {
  return { amount: state.settings.barWeight, unit: state.settings.unit };
}

function launch(state: WorkoutState, info: LaunchInfo, ctx: TurnContext): Outcome {
  // A launch starts the talk afresh (what the session owes the store is the save phase's ledger).
  const fresh: WorkoutState = {
    ...initialState(state.settings),
    ...(info.lastSet && { lastSet: info.lastSet }),
    ...(info.lastSet?.weight && { lastWeight: info.lastSet.weight }),
  };
  const acts: Act[] = [{ type: 'welcome', firstTime: info.firstTime }];
  // A runner who has trained hears the week against their goal, and the streak, in one sentence.
  if (!info.firstTime && info.recentSets && info.recentSets.length > 0) {
    acts.push({ type: 'habit', habit: habit(info.recentSets, ctx.now, weeklyGoal(state.settings)) });
  }
  if (info.savedSet && info.savedSet.repsDone < info.savedSet.target) {
    acts.push({ type: 'savedSetFound', reps: info.savedSet.repsDone, target: info.savedSet.target });
    return reply({ ...fresh, savedSet: info.savedSet, question: 'resumeSaved' }, acts);
  }
  if (info.lastSet) acts.push({ type: 'lastTime', set: info.lastSet });
  acts.push({ type: 'suggest', suggestion: suggestNext(exerciseOf(info.lastSet, exercisesOf(ctx)), info.lastSet, emptyBar(state)) });
  return reply({ ...fresh, question: 'start' }, acts);
}

function startSet(state: WorkoutState, reps: Heard, weight: HeardWeight | undefined, ctx: TurnContext): Outcome {
  const exercise = exerciseOf(undefined, exercisesOf(ctx));
  const { min, max } = exercise.bounds.targetReps;
  const target = reps === 'missing' ? { ok: true as const, value: state.pendingStart?.target ?? state.settings.targetReps } : checkCount(reps, 'reps', min, max);
  if (!target.ok) return refuse(state, target.act);
  // Unless told otherwise, a runner lifts what they lifted last, or the empty bar.
  let lift = (reps === 'missing' && !weight && state.pendingStart?.weight) || state.lastWeight || emptyBar(state);
  if (weight && weight.amount !== 'missing') {
    const checked = checkWeight(weight, state);
    if (!checked.ok) return refuse(state, checked.act);
    lift = checked.value;
  }
  // A set with reps in it is never closed behind the runner's back: they choose first.
  const unfinished = unfinishedSet(state);
  if (unfinished && state.question !== 'carryOnOrFresh') return askCarryOnOrFresh(state, unfinished, { target: target.value, weight: lift });
  const before = closeUnfinished(state, ctx);
  const set: ActiveSet = {
    exercise: exercise.id,
    target: target.value,
    repsDone: 0,
    startedAt: ctx.now,
    ...(lift && { weight: lift }),
  };
  // A saved set (this session's, or one offered at launch) gives way to the new one, whose first
  // block replaces it in the store (withProgress). "Carry on, or start fresh?" no longer stands,
  // so transition() drops the set that was asked for (withoutStalePending).
  const { savedSet: _dropped, ...rest } = before.state;
  const intro = introLine(exercise, undefined, { target: target.value, weight: lift });
  return sendBlock({ ...rest, ...(lift && { lastWeight: lift }) }, set, intro, ctx, before.acts, [...before.effects]);
}

/** A set begun and not finished: the one in progress, else one saved from an earlier session. */
function unfinishedSet(state: WorkoutState): { readonly set: ActiveSet; readonly saved: boolean } | undefined {
  const set = activeSet(state.stage);
  if (set && set.repsDone > 0 && set.repsDone < set.target) return { set, saved: false };
  const saved = state.savedSet;
  return saved && saved.repsDone > 0 && saved.repsDone < saved.target ? { set: saved, saved: true } : undefined;
}

/** "You're six reps into a set of ten. Carry on from there, or start fresh?" The set waits, paused. */
function askCarryOnOrFresh(state: WorkoutState, unfinished: { readonly set: ActiveSet; readonly saved: boolean }, wanted: PendingStart): Outcome {
  const { set, saved } = unfinished;
  const stage = saved ? state.stage : { name: 'paused' as const, set };
  const said: Act = saved ? { type: 'savedSetFound', reps: set.repsDone, target: set.target } : { type: 'unfinishedSet', reps: set.repsDone, target: set.target };
  return reply({ ...state, stage, question: 'carryOnOrFresh', pendingStart: wanted }, [said]);
}

/** The runner chose to start fresh: the unfinished set is logged with what was counted, and they hear so. */
function closeUnfinished(state: WorkoutState, ctx: TurnContext): Settled & { readonly acts: Act[] } {
  const unfinished = unfinishedSet(state);
  if (!unfinished) return { ...closeCurrentSet(state, ctx), acts: [] };
  const { set, saved } = unfinished;
  const told: Act[] = [{ type: 'unfinishedLogged', reps: set.repsDone, target: set.target }];
  if (!saved) return { ...closeCurrentSet(state, ctx), acts: told };
  const logged = finishSet({ ...state, stage: { name: 'paused', set } }, set, ctx, true);
  // Logged from a stage that was never this session's: the stage stays as it was.
  return { state: { ...state, lastSet: logged.state.lastSet! }, effects: logged.effects, acts: told };
}

/** A set left half-done when another starts is logged with what was counted, not dropped. */
function closeCurrentSet(state: WorkoutState, ctx: TurnContext): Settled {
  const set = activeSet(state.stage);
  if (!set || set.repsDone === 0) return { state, effects: [] };
  const closed = finishSet(state, set, ctx, true);
  return { ...closed, state: { ...closed.state, question: undefined } };
}

/** Speaks the next block of reps and decides what the response asks after it. */
function sendBlock(state: WorkoutState, set: ActiveSet, intro: Line | undefined, ctx: TurnContext, acts: Act[] = [], effects: Effect[] = []): Outcome {
  const exercise = exerciseOf(set, exercisesOf(ctx));
  const pace = paceFor(state.settings, ctx.voice.language);
  const plan = planBlock(
    { exercise, fromRep: set.repsDone + 1, target: set.target, settings: state.settings, sentAt: ctx.now, pace, ...(intro && { intro }) },
    ctx.voice,
  );
  const done = plan.block.lastRep >= set.target;
  // What the response says after the last count: an answer to its question comes after that.
  const closing: Act[] = done ? [{ type: 'setDone', reps: set.target, target: set.target, early: false, ...(set.weight && { weight: set.weight }) }] : [];
  const question = done ? 'wasClean' : standingQuestion({ ...state, stage: { name: 'running', set }, question: undefined });
  const block = { ...plan.block, closeMs: ctx.voice.actsMs([...closing, { type: 'ask', question }]) };
  const running: ActiveSet = { ...set, block, stored: true };
  const next: WorkoutState = { ...state, stage: { name: 'running', set: running }, question: undefined };
  const all: Act[] = [...acts, { type: 'reps', segments: plan.segments, block }, ...closing];
  return reply(done ? { ...next, question: 'wasClean' } : next, all, withProgress(effects, set));
}

/**
 * The set in progress is stored as each block is sent, the first and the last too, with the reps
 * counted before it, so a session that ends without a word (an Echo Show may never send
 * SessionEndedRequest) still finds it at the next launch. One write a block, none per rep. The
 * next launch offers the reps counted before the block, never the block's: with no request after
 * it, nothing says the runner was still there while it played (README, "Nothing is lost"). It is
 * cleared once the set is answered (released), or abandoned with nothing counted.
 */
function withProgress(effects: readonly Effect[], set: ActiveSet): Effect[] {
  const others = effects.filter((effect) => effect.type !== 'clearPausedSet');
  const { block: _played, stored: _flag, ...counted } = set;
  return [...others, { type: 'savePausedSet', set: counted }];
}

/** A set with a block sent has been stored (withProgress), and must be cleared when it ends. */
function wasStored(set: ActiveSet | undefined): boolean {
  // Sessions from before the flag: only a later block was stored then.
  return set !== undefined && (set.stored === true || (set.block !== undefined && set.block.firstRep > 1));
}

/** What a stored set that ends with nothing to log owes the store: its removal. */
const forgotten = (set: ActiveSet | undefined): Effect[] => (wasStored(set) ? [{ type: 'clearPausedSet' }] : []);

/**
 * A screen device's report on the block it plays. A rep done is noted and nothing is said (the
 * answer must not interrupt the sequence); the end of the block asks its question. A report on
 * any other block (a sequence replaced, a late event) changes nothing.
 */
function heard(state: WorkoutState, event: Extract<WorkoutEvent, { type: 'repHeard' | 'blockHeard' }>): Outcome {
  const block = state.stage.name === 'running' ? state.stage.set.block : undefined;
  if (state.stage.name !== 'running' || !block || block.sentAt !== event.sentAt) return { state, acts: [], effects: [] };
  const rep = event.type === 'blockHeard' ? block.lastRep : event.rep;
  if (!Number.isInteger(rep) || rep < block.firstRep || rep > block.lastRep) return { state, acts: [], effects: [] };
  const set = { ...state.stage.set, block: { ...block, heard: Math.max(rep, block.heard ?? 0) } };
  const next: WorkoutState = { ...state, stage: { name: 'running', set } };
  if (event.type === 'repHeard' || !state.question) return { state: next, acts: [], effects: [] };
  return { state: next, acts: [{ type: 'ask', question: state.question }], effects: [] };
}

function pause(state: WorkoutState): Outcome {
  const set = activeSet(state.stage);
  if (!set) return reply(state, [{ type: 'notNow', stage: state.stage.name }]);
  return reply({ ...state, stage: { name: 'paused', set }, question: 'resume' }, [
    { type: 'paused', reps: set.repsDone, target: set.target },
  ]);
}

function carryOn(state: WorkoutState, ctx: TurnContext): Outcome {
  const set = activeSet(state.stage);
  if (set) {
    if (set.repsDone >= set.target) return finishNow(state, set, ctx);
    const intro: Line | undefined =
      state.stage.name === 'paused' ? introLine(exerciseOf(set, exercisesOf(ctx)), { rep: set.repsDone + 1, target: set.target }) : undefined;
    return sendBlock(state, set, intro, ctx);
  }
  if (state.savedSet) return resumeSaved(state, state.savedSet, ctx);
  if (state.stage.name === 'finished' || state.stage.name === 'resting') return startSet(state, 'missing', undefined, ctx);
  // "Go", "carry on" to "ready to start a set?" means yes.
  if (standingQuestion(state) === 'start') return startSet(state, 'missing', undefined, ctx);
  return reply(state, [{ type: 'notNow', stage: state.stage.name }]);
}

function resumeSaved(state: WorkoutState, set: ActiveSet, ctx: TurnContext): Outcome {
  const { savedSet: _resumed, ...rest } = state;
  const intro = introLine(exerciseOf(set, exercisesOf(ctx)), { rep: set.repsDone + 1, target: set.target });
  const { block: _old, ...unplayed } = set;
  // Its first block replaces the stored set (withProgress).
  return sendBlock({ ...rest, ...(set.weight && { lastWeight: set.weight }) }, { ...unplayed, startedAt: ctx.now }, intro, ctx);
}

function finishNow(state: WorkoutState, set: ActiveSet, ctx: TurnContext): Outcome {
  if (set.repsDone === 0) {
    return reply({ ...state, stage: { name: 'ready' }, question: 'start' }, [{ type: 'setAbandoned' }], forgotten(set));
  }
  const early = set.repsDone < set.target;
  const finished = finishSet(state, set, ctx, early);
  return reply(
    finished.state,
    [{ type: 'setDone', reps: set.repsDone, target: set.target, early, ...(set.weight && { weight: set.weight }) }],
    finished.effects,
  );
}

function finishEarly(state: WorkoutState, ctx: TurnContext): Outcome {
  const set = activeSet(state.stage);
  // "I'm done" to a saved set on offer ends it where it stopped: logged as unfinished, and said.
  const question = standingQuestion(state);
  if (!set && state.savedSet && (question === 'resumeSaved' || question === 'carryOnOrFresh')) return dropSaved(state, ctx);
  if (!set) return reply(state, [{ type: 'notNow', stage: state.stage.name }]);
  return finishNow(state, set, ctx);
}

function correctCount(state: WorkoutState, heard: Heard, ctx: TurnContext): Outcome {
  // "I did four" to a set offered at launch corrects that set: it was stored, so it is cleared once it ends.
  const offered = !activeSet(state.stage) && state.savedSet ? state.savedSet : undefined;
  const { savedSet: _taken, ...unoffered } = state;
  const base: WorkoutState = offered ? { ...unoffered, stage: { name: 'paused', set: { ...offered, stored: true } } } : state;
  const set = activeSet(base.stage);
  if (set) {
    const reps = checkCount(heard, 'reps', 0, set.target);
    if (!reps.ok) return refuse(state, reps.act);
    // The block that was playing no longer matches the count: the next one is planned afresh.
    const { block: _stale, ...unplayed } = set;
    const corrected: ActiveSet = { ...unplayed, repsDone: reps.value };
    if (reps.value >= set.target) return finishNow(base, corrected, ctx);
    return reply({ ...base, stage: { name: 'paused', set: corrected }, question: 'resume' }, [
      { type: 'countIs', reps: reps.value, target: set.target },
    ]);
  }
  // After the set, "I did seven" corrects the logged set, stored or not, like "change that to seven".
  if (state.stage.name === 'finished' && state.lastSet) return logbook(state, { type: 'changeLast', reps: heard }, ctx);
  return reply(state, [{ type: 'notNow', stage: state.stage.name }]);
}

/**
 * "How many have I done?" at any moment. Said over a block it is a barge-in like any other: the
 * set is already paused at the rep the timeline reached, so the answer is that count and the
 * question that stands (carry on?).
 */
function repCount(state: WorkoutState): Outcome {
  const set = activeSet(state.stage);
  if (set) return reply(state, [{ type: 'repCount', reps: set.repsDone, target: set.target, finished: false }]);
  if (state.stage.name === 'finished') {
    const { reps, target } = state.stage.set;
    return reply(state, [{ type: 'repCount', reps, target, finished: true }]);
  }
  if (state.savedSet) return reply(state, [{ type: 'savedSetFound', reps: state.savedSet.repsDone, target: state.savedSet.target }]);
  return reply(state, [{ type: 'notNow', stage: state.stage.name }]);
}

/** "Repeat" while paused says where the set stands; anywhere else it asks the question again. */
function repeat(state: WorkoutState): Outcome {
  const set = state.stage.name === 'paused' ? state.stage.set : undefined;
  return reply(state, set ? [{ type: 'paused', reps: set.repsDone, target: set.target }] : []);
}

function startOver(state: WorkoutState, ctx: TurnContext): Outcome {
  // "Start over" with reps in a set is "start fresh": the reps done are logged, or the runner chooses.
  const unfinished = unfinishedSet(state);
  if (unfinished) {
    const { target, weight } = unfinished.set;
    if (state.question === 'carryOnOrFresh') return startSet(state, 'missing', undefined, ctx);
    return askCarryOnOrFresh(state, unfinished, { target, ...(weight && { weight }) });
  }
  const set = activeSet(state.stage) ?? (state.stage.name === 'finished' ? state.stage.set : undefined);
  if (!set) return startSet(state, 'missing', undefined, ctx);
  const again: ActiveSet = {
    exercise: set.exercise,
    target: set.target,
    repsDone: 0,
    startedAt: ctx.now,
    ...(set.weight && { weight: set.weight }),
  };
  return sendBlock({ ...state, question: undefined }, again, introLine(exerciseOf(again, exercisesOf(ctx))), ctx);
}

function rest(state: WorkoutState, heard: Heard, note?: TimerNote): Outcome {
  const seconds =
    heard === 'missing' ? { ok: true as const, value: state.settings.restSeconds } : checkCount(heard, 'restSeconds', BOUNDS.restSeconds.min, BOUNDS.restSeconds.max);
  if (!seconds.ok) return refuse(state, seconds.act);
  const marks = REST_MARKS.filter((mark) => mark < seconds.value);
  const acts: Act[] = [...(note ? [{ type: 'timerNote' as const, note }] : []), { type: 'rest', seconds: seconds.value, marks }];
  const set = activeSet(state.stage);
  // A rest mid-set puts the bar down: the set picks up again with the setup at its next rep.
  if (set) return reply({ ...state, stage: { name: 'paused', set }, question: 'resume' }, acts);
  return reply({ ...state, stage: { name: 'resting' }, question: 'afterRest' }, acts);
}

/**
 * The rest is an Alexa timer: the session ends, and the timer's task brings the runner back.
 * Only between sets (the handler never offers a timer mid-set), so nothing is left running.
 */
function restTimer(state: WorkoutState, seconds: number, next: NextSet): Outcome {
  const { question: _asked, ...rest } = state;
  return { state: { ...rest, stage: { name: 'resting' } }, acts: [{ type: 'restTimerSet', seconds, next }, { type: 'end' }], effects: [] };
}

/** Alexa takes over to ask for the timers permission; its answer comes back as a new request. */
function askTimers(state: WorkoutState): Outcome {
  const { question: _asked, ...rest } = state;
  return { state: { ...rest, stage: { name: 'resting' } }, acts: [{ type: 'askTimers' }, { type: 'end' }], effects: [] };
}

/**
 * The relaunch from a rest timer: the runner said yes to continuing, so the coach names the next
 * set and asks if they are ready; a yes starts it with those reps at that weight. A set saved
 * mid-way (an earlier session) still comes first, as at any launch.
 */
function continueWorkout(state: WorkoutState, info: LaunchInfo, next: NextSet, ctx: TurnContext): Outcome {
  if (info.savedSet && info.savedSet.repsDone < info.savedSet.target) return launch(state, info, ctx);
  const launched = launch(state, info, ctx);
  const settings = { ...launched.state.settings, targetReps: next.reps };
  const ready: WorkoutState = { ...launched.state, settings, ...(next.weight && { lastWeight: next.weight }), question: 'start' };
  return { state: ready, acts: [{ type: 'nextSet', next }, { type: 'ask', question: 'start' }], effects: [] };
}

function changeSetting(state: WorkoutState, heard: SettingsChangeHeard): Outcome {
  const change = checkChange(heard, state);
  if (!change.ok) return refuse(state, change.act);
  const result = applySettingsChange(state.settings, change.value);
  if (!result.ok) return refuse(state, { type: 'outOfRange', asked: askedFor(result.setting), min: result.min, max: result.max });
  return reply({ ...state, settings: result.settings }, [{ type: 'settingChanged', change: change.value, settings: result.settings }], [{ type: 'saveSettings' }]);
}

function askedFor(setting: 'targetReps' | 'breathsPerHold' | 'secondsPerBreath' | 'restSeconds' | 'weeklyGoal' | 'barWeight'): Asked {
  const asked = { targetReps: 'target', breathsPerHold: 'breaths', secondsPerBreath: 'seconds', restSeconds: 'restSeconds', weeklyGoal: 'goal', barWeight: 'weight' } as const;
  return asked[setting];
}

function checkChange(heard: SettingsChangeHeard, state: WorkoutState): Verdict<SettingsChange> {
  switch (heard.setting) {
    case 'breathsPerHold':
    case 'secondsPerBreath':
    case 'targetReps':
    case 'weeklyGoal': {
      const { min, max } = BOUNDS[heard.setting];
      const value = checkCount(heard.value, askedFor(heard.setting), min, max);
      return value.ok ? { ok: true, value: { setting: heard.setting, value: value.value } } : value;
    }
    case 'holdLength':
      return heard.direction === 'unrecognized'
        ? { ok: false, act: { type: 'notHeard', asked: 'choice' } }
        : { ok: true, value: { setting: 'holdLength', direction: heard.direction } };
    case 'pacing':
      return heard.value === 'unrecognized'
        ? { ok: false, act: { type: 'notHeard', asked: 'choice' } }
        : { ok: true, value: { setting: 'pacing', value: heard.value } };
    case 'unit':
      return heard.value === 'unrecognized'
        ? { ok: false, act: { type: 'notHeard', asked: 'unit' } }
        : { ok: true, value: { setting: 'unit', value: heard.value } };
    case 'barWeight': {
      const weight = checkWeight(heard.weight, state);
      return weight.ok ? { ok: true, value: { setting: 'barWeight', value: weight.value.amount, unit: weight.value.unit } } : weight;
    }
  }
}

function answer(state: WorkoutState, yes: boolean, ctx: TurnContext): Outcome {
  const question = standingQuestion(state);
  switch (question) {
    case 'start':
    case 'another':
    case 'afterRest':
      return yes ? startSet(state, 'missing', undefined, ctx) : stop(state);
    case 'keepGoing':
    case 'nextRep':
    case 'resume':
      return yes ? carryOn(state, ctx) : finishEarly(state, ctx);
    case 'resumeSaved':
      // A saved set that did not survive validation cannot be resumed: a yes starts a fresh one.
      if (yes) return state.savedSet ? resumeSaved(state, state.savedSet, ctx) : startSet(state, 'missing', undefined, ctx);
      return dropSaved(state, ctx);
    case 'carryOnOrFresh':
      // "Carry on from there, or start fresh?": yes carries on, no starts the set asked for.
      return yes ? carryOn(state, ctx) : startSet(state, 'missing', undefined, ctx);
    case 'wasClean':
      return noteClean(state, yes, ctx);
    case 'deleteLast':
    case 'deleteHistory':
    case 'logReps':
      return logbook(state, { type: 'answer', yes }, ctx);
  }
}

/** "No" to picking a saved set up: its reps go to the log as an unfinished set, said in one sentence. */
function dropSaved(state: WorkoutState, ctx: TurnContext): Outcome {
  const closed = closeUnfinished(state, ctx);
  const { savedSet: _dropped, ...rest } = closed.state;
  const said: Act[] = closed.acts.length > 0 ? closed.acts : [{ type: 'savedSetDropped' }];
  return reply({ ...rest, question: 'start' }, said, [...closed.effects, { type: 'clearPausedSet' }]);
}

function noteClean(state: WorkoutState, clean: boolean, ctx: TurnContext): Outcome {
  if (!state.lastSet) return reply({ ...state, question: 'another' }, []);
  const lastSet: LoggedSet = { ...state.lastSet, clean };
  // The set is still in the save phase's outbox (written once answered), so this changes it there.
  return reply(
    { ...state, lastSet, question: 'another' },
    [
      { type: 'cleanNoted', clean },
      // The rule of the exercise that set was, whatever comes next.
      { type: 'suggest', suggestion: suggestNext(exerciseOf(lastSet, exercisesOf(ctx)), lastSet, emptyBar(state)) },
    ],
    [{ type: 'updateSet', set: lastSet }],
  );
}

function stop(state: WorkoutState): Outcome {
  const set = activeSet(state.stage);
  const { question: _asked, ...rest } = state;
  if (set && set.repsDone > 0) {
    return {
      state: { ...rest, stage: { name: 'paused', set } },
      acts: [{ type: 'setSavedForLater', reps: set.repsDone, target: set.target }, { type: 'end' }],
      effects: [{ type: 'savePausedSet', set }],
    };
  }
  return { state: { ...rest, stage: { name: 'ready' } }, acts: [{ type: 'goodbye' }, { type: 'end' }], effects: forgotten(set) };
}

function sessionEnded(state: WorkoutState): Outcome {
  const ended = stop(state);
  return { ...ended, acts: [] };
}

