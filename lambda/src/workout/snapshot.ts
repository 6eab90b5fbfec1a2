import type { Effect } from './acts';
import type { ActiveSet, Block, FinishedSet, LoggedSet, Settings, Unit, Weight } from './model';
import { defaultSettings, inBounds, weightInBounds } from './settings';
import { initialState, STATE_VERSION, type Question, type Stage, type WorkoutState } from './state';

/**
 * Session attributes and stored items come back as plain JSON that anything may have written: an
 * older version of the skill, a test console, a bug. Nothing is trusted with a cast; every field is
 * checked, and a shape that does not hold up gives a safe state and says so.
 */
export type Restored =
  | { readonly ok: true; readonly state: WorkoutState }
  | { readonly ok: false; readonly state: WorkoutState; readonly reason: 'missing' | 'unknownVersion' | 'corrupt' };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => isNumber(v) && Number.isInteger(v) && v >= 0;
const isUnit = (v: unknown): v is Unit => v === 'lb' || v === 'kg';
const isString = (v: unknown): v is string => typeof v === 'string';

const QUESTIONS: readonly Question[] = [
  'start', 'keepGoing', 'nextRep', 'resume', 'resumeSaved', 'wasClean', 'another', 'afterRest', 'logReps', 'deleteLast', 'deleteHistory',
];

export function serialize(state: WorkoutState): Json {
  return JSON.parse(JSON.stringify(state)) as Json;
}

export function restore(raw: unknown, fallbackUnit: Unit): Restored {
  const fallback = initialState(defaultSettings(fallbackUnit));
  if (raw === undefined || raw === null) return { ok: false, state: fallback, reason: 'missing' };
  if (!isObject(raw)) return { ok: false, state: fallback, reason: 'corrupt' };
  if (raw.version !== STATE_VERSION) return { ok: false, state: keepSettings(raw, fallback), reason: 'unknownVersion' };
  const state = readState(raw, fallbackUnit);
  return state ? { ok: true, state } : { ok: false, state: keepSettings(raw, fallback), reason: 'corrupt' };
}

/**
 * Even from a shape we cannot use, the runner's settings and unsaved sets are worth keeping,
 * each one that is sound.
 */
function keepSettings(raw: Json, fallback: WorkoutState): WorkoutState {
  const settings = readSettings(raw.settings);
  const outbox = Array.isArray(raw.outbox) ? raw.outbox.map(readLoggedSet).filter((set) => set !== undefined) : [];
  return { ...fallback, ...(settings && { settings }), outbox };
}

function readState(raw: Json, fallbackUnit: Unit): WorkoutState | undefined {
  const settings = readSettings(raw.settings) ?? defaultSettings(fallbackUnit);
  const stage = readStage(raw.stage);
  const outbox = readList(raw.outbox, readLoggedSet);
  if (!stage || !outbox) return undefined;
  const question = QUESTIONS.find((q) => q === raw.question);
  const lastSet = readLoggedSet(raw.lastSet);
  const lastWeight = readWeight(raw.lastWeight);
  const savedSet = readActiveSet(raw.savedSet);
  const toDelete = readLoggedSet(raw.toDelete);
  const pending = Array.isArray(raw.pending) ? raw.pending.map(readEffect).filter((e) => e !== undefined) : [];
  return {
    version: STATE_VERSION,
    settings,
    stage,
    outbox,
    ...(question && { question }),
    ...(lastSet && { lastSet }),
    ...(lastWeight && { lastWeight }),
    ...(savedSet && { savedSet }),
    ...(toDelete && { toDelete }),
    ...(pending.length > 0 && { pending }),
    ...(raw.logUnread === true && { logUnread: true }),
    ...(isNumber(raw.clock) && { clock: raw.clock }),
    ...(raw.saveFailedTold === true && { saveFailedTold: true }),
  };
}

export function readSettings(raw: unknown): Settings | undefined {
  if (!isObject(raw) || !isUnit(raw.unit)) return undefined;
  const { unit, barWeight, targetReps, breathsPerHold, secondsPerBreath, pacing, restSeconds } = raw;
  const sound =
    isNumber(barWeight) && weightInBounds(barWeight, unit) &&
    isNumber(targetReps) && inBounds('targetReps', targetReps) &&
    isNumber(breathsPerHold) && inBounds('breathsPerHold', breathsPerHold) &&
    isNumber(secondsPerBreath) && inBounds('secondsPerBreath', secondsPerBreath) &&
    isNumber(restSeconds) && inBounds('restSeconds', restSeconds) &&
    (pacing === 'wholeSet' || pacing === 'repByRep');
  return sound ? { unit, barWeight, targetReps, breathsPerHold, secondsPerBreath, pacing, restSeconds } : undefined;
}

function readWeight(raw: unknown): Weight | undefined {
  if (!isObject(raw) || !isUnit(raw.unit) || !isNumber(raw.amount) || !weightInBounds(raw.amount, raw.unit)) return undefined;
  return { amount: raw.amount, unit: raw.unit };
}

function readList<T>(raw: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return undefined;
  const items = raw.map(read);
  return items.every((item): item is T => item !== undefined) ? items : undefined;
}

/** Set ids come from request ids; the store keys sets by them, so they stay short. */
export const MAX_SET_ID_LENGTH = 200;

/** The one time format the log is keyed by: what Date#toISOString writes. */
function isCanonicalTime(value: string): boolean {
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

export function readLoggedSet(raw: unknown): LoggedSet | undefined {
  if (!isObject(raw) || !isString(raw.id) || raw.id.length === 0 || raw.id.length > MAX_SET_ID_LENGTH) return undefined;
  if (!isString(raw.at) || !isCanonicalTime(raw.at)) return undefined;
  if (!isCount(raw.reps) || (raw.source !== 'guided' && raw.source !== 'voice')) return undefined;
  if (raw.clean !== undefined && typeof raw.clean !== 'boolean') return undefined;
  const weight = readWeight(raw.weight);
  if (raw.weight !== undefined && !weight) return undefined;
  return {
    id: raw.id,
    at: raw.at,
    reps: raw.reps,
    source: raw.source,
    ...(weight && { weight }),
    ...(typeof raw.clean === 'boolean' && { clean: raw.clean }),
  };
}

/** A write still owed to the store; one that does not hold up is dropped, not the state. */
function readEffect(raw: unknown): Effect | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'clearPausedSet':
    case 'saveSettings':
    case 'deleteHistory':
      return { type: raw.type };
    case 'savePausedSet': {
      const set = readActiveSet(raw.set);
      return set && { type: 'savePausedSet', set };
    }
    case 'updateSet':
    case 'deleteSet': {
      const set = readLoggedSet(raw.set);
      return set && { type: raw.type, set };
    }
    default:
      return undefined;
  }
}

function readBlock(raw: unknown): Block | undefined {
  if (!isObject(raw)) return undefined;
  const { sentAt, firstRep, lastRep, repStarts, repEnds, endsAt } = raw;
  if (!isNumber(sentAt) || !isCount(firstRep) || !isCount(lastRep) || !isNumber(endsAt)) return undefined;
  if (!Array.isArray(repStarts) || !Array.isArray(repEnds) || !repStarts.every(isNumber) || !repEnds.every(isNumber)) return undefined;
  const reps = lastRep - firstRep + 1;
  if (firstRep < 1 || reps < 1 || repStarts.length !== reps || repEnds.length !== reps) return undefined;
  return { sentAt, firstRep, lastRep, repStarts, repEnds, endsAt };
}

export function readActiveSet(raw: unknown): ActiveSet | undefined {
  if (!isObject(raw) || !isCount(raw.target) || !isCount(raw.repsDone) || !isNumber(raw.startedAt)) return undefined;
  if (!inBounds('targetReps', raw.target) || raw.repsDone > raw.target) return undefined;
  const weight = readWeight(raw.weight);
  if (raw.weight !== undefined && !weight) return undefined;
  // A block that does not fit the count only costs its timeline: the set goes on without it.
  const block = readBlock(raw.block);
  const fits = block && block.firstRep <= raw.repsDone + 1 && block.lastRep <= raw.target;
  return {
    target: raw.target,
    repsDone: raw.repsDone,
    startedAt: raw.startedAt,
    ...(weight && { weight }),
    ...(fits && { block }),
  };
}

function readFinishedSet(raw: unknown): FinishedSet | undefined {
  if (!isObject(raw) || !isCount(raw.reps) || !isCount(raw.target) || !isNumber(raw.startedAt) || !isNumber(raw.finishedAt)) return undefined;
  if (typeof raw.early !== 'boolean') return undefined;
  const weight = readWeight(raw.weight);
  if (raw.weight !== undefined && !weight) return undefined;
  return {
    reps: raw.reps,
    target: raw.target,
    startedAt: raw.startedAt,
    finishedAt: raw.finishedAt,
    early: raw.early,
    ...(weight && { weight }),
  };
}

function readStage(raw: unknown): Stage | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.name) {
    case 'ready':
    case 'resting':
      return { name: raw.name };
    case 'running':
    case 'paused': {
      const set = readActiveSet(raw.set);
      return set && { name: raw.name, set };
    }
    case 'finished': {
      const set = readFinishedSet(raw.set);
      return set && { name: 'finished', set };
    }
    default:
      return undefined;
  }
}
