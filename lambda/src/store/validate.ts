// Shapes read from the table (or handed in by a caller) are checked field by field, never cast:
// an item written by an older build, by hand, or by another tool must not crash a handler.
import type { LoggedSet, Pacing, Settings, Unit, Weight } from '../workout/model';
import { MAX_ID_LENGTH, canonicalTime } from './keys';
import type { Profile } from './types';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(reason: string): Checked<T> => ({ ok: false, reason });

type Fields = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isUnit = (v: unknown): v is Unit => v === 'lb' || v === 'kg';
const isPacing = (v: unknown): v is Pacing => v === 'wholeSet' || v === 'repByRep';
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is string => typeof v === 'string' && canonicalTime(v) !== undefined;

export function checkWeight(value: unknown): Checked<Weight> {
  if (!isRecord(value)) return bad('weight is not an object');
  if (!isAmount(value.amount)) return bad('weight amount is not a non-negative number');
  if (!isUnit(value.unit)) return bad('weight unit is not lb or kg');
  return ok({ amount: value.amount, unit: value.unit });
}

export function checkLoggedSet(value: unknown): Checked<LoggedSet> {
  if (!isRecord(value)) return bad('set is not an object');
  const { id, at, reps, weight, clean, source } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return bad('set id is missing or too long');
  if (!isTime(at)) return bad('set time is not an ISO 8601 time');
  if (!isCount(reps)) return bad('reps is not a non-negative integer');
  if (source !== 'guided' && source !== 'voice') return bad('source is not guided or voice');
  if (clean !== undefined && typeof clean !== 'boolean') return bad('clean is not a boolean');
  let checkedWeight: Weight | undefined;
  if (weight !== undefined) {
    const w = checkWeight(weight);
    if (!w.ok) return bad(w.reason);
    checkedWeight = w.value;
  }
  return ok({
    id,
    at,
    reps,
    source,
    ...(checkedWeight !== undefined ? { weight: checkedWeight } : {}),
    ...(clean !== undefined ? { clean } : {}),
  });
}

export function checkSettings(value: unknown): Checked<Settings> {
  if (!isRecord(value)) return bad('settings is not an object');
  const { unit, barWeight, targetReps, breathsPerHold, secondsPerBreath, pacing, restSeconds } = value;
  if (!isUnit(unit)) return bad('settings unit is not lb or kg');
  if (!isAmount(barWeight)) return bad('barWeight is not a non-negative number');
  if (!isCount(targetReps)) return bad('targetReps is not a non-negative integer');
  if (!isCount(breathsPerHold)) return bad('breathsPerHold is not a non-negative integer');
  if (!isAmount(secondsPerBreath)) return bad('secondsPerBreath is not a non-negative number');
  if (!isPacing(pacing)) return bad('pacing is not wholeSet or repByRep');
  if (!isAmount(restSeconds)) return bad('restSeconds is not a non-negative number');
  return ok({ unit, barWeight, targetReps, breathsPerHold, secondsPerBreath, pacing, restSeconds });
}

export function checkProfile(value: unknown): Checked<Profile> {
  if (!isRecord(value)) return bad('profile is not an object');
  const { settings, createdAt, setsLogged, version } = value;
  const checkedSettings = checkSettings(settings);
  if (!checkedSettings.ok) return bad(checkedSettings.reason);
  if (!isTime(createdAt)) return bad('createdAt is not an ISO 8601 time');
  if (!isCount(version)) return bad('version is not a non-negative integer');
  if (setsLogged !== undefined && !isCount(setsLogged)) return bad('setsLogged is not a non-negative integer');
  return ok({
    settings: checkedSettings.value,
    createdAt,
    version,
    ...(setsLogged !== undefined ? { setsLogged } : {}),
  });
}
