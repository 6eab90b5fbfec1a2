import type { Unit } from '../../workout/model';
import { deDE } from './de-DE';
import { enAU } from './en-AU';
import { enCA } from './en-CA';
import { enGB } from './en-GB';
import { enIN } from './en-IN';
import { enUS } from './en-US';
import { esES, esESFeminine } from './es-ES';
import { frFR, frFRFeminine } from './fr-FR';

export interface LocaleInfo {
  readonly resources: object;
  /** Runners in the US lift in pounds; elsewhere in kilos. */
  readonly unit: Unit;
  /**
   * `{{count, fem}}`: a count of feminine things, where its words differ from the digits' reading
   * (es "veintiuna", fr "vingt et une"); a number not listed is said in digits.
   */
  readonly feminine?: Readonly<Record<number, string>>;
}

/** Every locale the skill speaks, with its resources and the unit its runners use by default. */
export const LOCALES: Readonly<Record<string, LocaleInfo>> = {
  'en-US': { resources: enUS, unit: 'lb' },
  'en-GB': { resources: enGB, unit: 'kg' },
  'en-CA': { resources: enCA, unit: 'lb' },
  'en-AU': { resources: enAU, unit: 'kg' },
  'en-IN': { resources: enIN, unit: 'kg' },
  'es-ES': { resources: esES, unit: 'kg', feminine: esESFeminine },
  'fr-FR': { resources: frFR, unit: 'kg', feminine: frFRFeminine },
  'de-DE': { resources: deDE, unit: 'kg' },
};

