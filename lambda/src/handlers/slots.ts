import type { Intent, Slot } from 'ask-sdk-model';
import type { Heard, HeardWeight } from '../workout/events';
import type { Unit } from '../workout/model';

export function slot(intent: Intent, name: string): Slot | undefined {
  return intent.slots?.[name];
}

/**
 * AMAZON.NUMBER as Alexa sends it: a digit string, "?" when it heard a number-like sound it could
 * not read, or nothing at all. Anything else is a value we will not guess at.
 */
export function heardNumber(value: Slot | undefined): Heard {
  const raw = value?.value?.trim();
  if (raw === undefined || raw === '') return 'missing';
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : 'unrecognized';
}

/**
 * A custom slot's canonical id, from entity resolution. A value Alexa heard but could not match
 * (ER_SUCCESS_NO_MATCH) is 'unrecognized', never silently taken as a default.
 */
export function heardChoice<T extends string>(value: Slot | undefined, ids: readonly T[]): T | 'missing' | 'unrecognized' {
  if (!value?.value && !value?.resolutions) return 'missing';
  for (const authority of value.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values[0]?.value.id;
    const known = ids.find((candidate) => candidate === id);
    if (known) return known;
  }
  return 'unrecognized';
}

const UNITS = ['lb', 'kg'] as const;

export function heardUnit(value: Slot | undefined): Unit | 'unrecognized' | undefined {
  const unit = heardChoice(value, UNITS);
  return unit === 'missing' ? undefined : unit;
}

export function heardWeight(intent: Intent): HeardWeight {
  const unit = heardUnit(slot(intent, 'unit'));
  return { amount: heardNumber(slot(intent, 'weight')), ...(unit && { unit }) };
}
