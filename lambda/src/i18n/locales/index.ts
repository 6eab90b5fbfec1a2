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

/**
 * A module read on its first use. Imported, esbuild evaluates a module's top level at load; asked
 * for with require(), it evaluates it when first asked. The non-English locales (about 75 KB of
 * text) are read only by a container whose runner speaks them, so an English cold start never
 * builds them: 1.9 M instructions less on Node 22 (README, "Compile hints").
 */
function onFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
/* eslint-disable @typescript-eslint/no-require-imports -- read on first use, see onFirstUse */
const esESModule = onFirstUse(() => require('./es-ES') as typeof import('./es-ES'));
const frFRModule = onFirstUse(() => require('./fr-FR') as typeof import('./fr-FR'));
const deDEModule = onFirstUse(() => require('./de-DE') as typeof import('./de-DE'));
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every locale the skill speaks, with its resources and the unit its runners use by default. */
export const LOCALES: Readonly<Record<string, LocaleInfo>> = {
  'en-US': { resources: enUS, unit: 'lb' },
  'en-GB': { resources: enGB, unit: 'kg' },
  'en-CA': { resources: enCA, unit: 'lb' },
  'en-AU': { resources: enAU, unit: 'kg' },
  'en-IN': { resources: enIN, unit: 'kg' },
  'es-ES': {
    get resources() {
      return esESModule().esES;
    },
    unit: 'kg',
    get feminine() {
      return esESModule().esESFeminine;
    },
  },
  'fr-FR': {
    get resources() {
      return frFRModule().frFR;
    },
    unit: 'kg',
    get feminine() {
      return frFRModule().frFRFeminine;
    },
  },
  'de-DE': {
    get resources() {
      return deDEModule().deDE;
    },
    unit: 'kg',
  },
};

