import { EXERCISES } from './exercises';
import type { Pacing, Settings, Unit } from './model';

/**
 * A runner's settings span the exercises, so they are held to the default exercise's bounds;
 * the rest between sets is the same whatever was lifted.
 */
export const BOUNDS = {
  ...EXERCISES.default.bounds,
  restSeconds: { min: 15, max: 180 },
  /** Sessions a week the runner aims for (the launch greeting counts them against it). */
  weeklyGoal: { min: 1, max: 7 },
  /** A set logged by voice: more than anyone lifts in one slow set was misheard. */
  loggedReps: { min: 1, max: 90 },
  /**
   * How fast a runner's Alexa speaks, as a factor on the nominal pace (150 words a minute):
   * a little beyond Alexa's usual 120..180, never further (calibration.ts).
   */
  paceFactor: { min: 0.75, max: 1.3 },
  /** Recent answers kept per language to calibrate the pace from. */
  paceSamples: { min: 0, max: 5 },
} as const;

/** A standard barbell: the lightest bar a beginner should start with. */
export const STANDARD_BAR: Readonly<Record<Unit, number>> = { lb: 45, kg: 20 };

export function defaultSettings(unit: Unit): Settings {
  return {
    unit,
    barWeight: STANDARD_BAR[unit],
    ...EXERCISES.default.defaults,
    pacing: 'wholeSet',
    restSeconds: 90,
  };
}

export type SettingsChange =
  | { readonly setting: 'breathsPerHold'; readonly value: number }
  | { readonly setting: 'secondsPerBreath'; readonly value: number }
  | { readonly setting: 'holdLength'; readonly direction: 'longer' | 'shorter' }
  | { readonly setting: 'pacing'; readonly value: Pacing }
  | { readonly setting: 'unit'; readonly value: Unit }
  | { readonly setting: 'barWeight'; readonly value: number; readonly unit: Unit }
  | { readonly setting: 'targetReps'; readonly value: number }
  | { readonly setting: 'weeklyGoal'; readonly value: number };

export type NumericSetting = 'targetReps' | 'breathsPerHold' | 'secondsPerBreath' | 'restSeconds' | 'weeklyGoal';

/** Two sessions a week until the runner sets their own goal. */
export const DEFAULT_WEEKLY_GOAL = 2;

export function weeklyGoal(settings: Settings): number {
  return settings.weeklyGoal ?? DEFAULT_WEEKLY_GOAL;
}

export function inBounds(setting: NumericSetting, value: number): boolean {
  const { min, max } = BOUNDS[setting];
  return Number.isInteger(value) && value >= min && value <= max;
}

export function weightInBounds(amount: number, unit: Unit): boolean {
  const { min, max } = BOUNDS.weight[unit];
  return Number.isFinite(amount) && amount >= min && amount <= max;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly setting: NumericSetting | 'barWeight'; readonly min: number; readonly max: number };

/** Applies one spoken change, refusing values outside the bounds rather than clamping them silently. */
export function applySettingsChange(settings: Settings, change: SettingsChange): SettingsResult {
  switch (change.setting) {
    case 'breathsPerHold':
    case 'secondsPerBreath':
    case 'targetReps':
    case 'weeklyGoal':
      return inBounds(change.setting, change.value)
        ? { ok: true, settings: { ...settings, [change.setting]: change.value } }
        : { ok: false, setting: change.setting, ...BOUNDS[change.setting] };
    case 'holdLength': {
      const step = change.direction === 'longer' ? 1 : -1;
      const value = settings.secondsPerBreath + step;
      return inBounds('secondsPerBreath', value)
        ? { ok: true, settings: { ...settings, secondsPerBreath: value } }
        : { ok: false, setting: 'secondsPerBreath', ...BOUNDS.secondsPerBreath };
    }
    case 'pacing':
      return { ok: true, settings: { ...settings, pacing: change.value } };
    case 'unit':
      return {
        ok: true,
        settings: {
          ...settings,
          unit: change.value,
          barWeight: convertWeight(settings.barWeight, settings.unit, change.value),
        },
      };
    case 'barWeight': {
      const amount = convertWeight(change.value, change.unit, settings.unit);
      return weightInBounds(amount, settings.unit)
        ? { ok: true, settings: { ...settings, barWeight: amount } }
        : { ok: false, setting: 'barWeight', ...BOUNDS.weight[settings.unit] };
    }
  }
}

const KG_PER_LB = 0.45359237;

/** Converts and rounds to what a plate rack allows (whole pounds, half kilos), so speech stays simple. */
export function convertWeight(amount: number, from: Unit, to: Unit): number {
  if (from === to) return amount;
  return to === 'kg' ? Math.round(amount * KG_PER_LB * 2) / 2 : Math.round(amount / KG_PER_LB);
}
