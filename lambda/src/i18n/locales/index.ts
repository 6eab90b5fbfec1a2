import type { Unit } from '../../workout/model';
import { enAU } from './en-AU';
import { enCA } from './en-CA';
import { enGB } from './en-GB';
import { enIN } from './en-IN';
import { enUS } from './en-US';

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

type Strings = Pick<LocaleInfo, 'resources' | 'feminine'>;

/**
 * A locale read on its first use. Imported, esbuild evaluates a module's top level at load; asked
 * for with require(), it evaluates it when first asked. The non-English locales (about 75 KB of
 * text) are read only by a container whose runner speaks them, so an English cold start never
 * builds them: about 2 M instructions less on Node 22 and 20 (README, "Module load and the first
 * request"). Kept once read: esbuild evaluates the module once, but each require() of it returns
 * a fresh copy of its exports, and i18next reads `resources` on every lookup.
 */
function onFirstUse(unit: Unit, load: () => Strings): LocaleInfo {
  let strings: Strings | undefined;
  return {
    get resources() {
      return (strings ??= load()).resources;
    },
    unit,
    get feminine() {
      return (strings ??= load()).feminine;
    },
  };
}

/* eslint-disable @typescript-eslint/no-require-imports -- read on first use, see onFirstUse */
const esES = (): Strings => {
  const { esES: resources, esESFeminine: feminine } = require('./es-ES') as typeof import('./es-ES');
  return { resources, feminine };
};
const frFR = (): Strings => {
  const { frFR: resources, frFRFeminine: feminine } = require('./fr-FR') as typeof import('./fr-FR');
  return { resources, feminine };
};
const deDE = (): Strings => ({ resources: (require('./de-DE') as typeof import('./de-DE')).deDE });
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every locale the skill speaks, with its resources and the unit its runners use by default. */
export const LOCALES: Readonly<Record<string, LocaleInfo>> = {
  'en-US': { resources: enUS, unit: 'lb' },
  'en-GB': { resources: enGB, unit: 'kg' },
  'en-CA': { resources: enCA, unit: 'lb' },
  'en-AU': { resources: enAU, unit: 'kg' },
  'en-IN': { resources: enIN, unit: 'kg' },
  'es-ES': onFirstUse('kg', esES),
  'fr-FR': onFirstUse('kg', frFR),
  'de-DE': onFirstUse('kg', deDE),
};
