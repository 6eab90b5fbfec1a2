// eslint.config.mjs keeps ICU's costly first uses (localeCompare, Intl formatters, toLocale*String)
// out of lambda/src: each is shown to fail on a planted use, and the cheap neighbours it must let
// through (plain comparison, Intl.PluralRules that i18next uses) to pass.
import { describeRule, type RulePlant } from './lintPlanted';

const PLANTS: readonly RulePlant[] = [
  { name: 'localeCompare in the core', file: 'lambda/src/workout/planted.ts', code: "export const f = (a: string, b: string): number => a.localeCompare(b);\n", fires: true },
  { name: 'localeCompare passed as a method', file: 'lambda/src/store/planted.ts', code: "export const f = (xs: string[]): string[] => xs.sort((a, b) => String.prototype.localeCompare.call(a, b));\n", fires: true },
  { name: 'Intl.NumberFormat in speech', file: 'lambda/src/speech/planted.ts', code: "export const f = (n: number): string => new Intl.NumberFormat('de-DE').format(n);\n", fires: true },
  { name: 'Intl.DateTimeFormat in a handler', file: 'lambda/src/handlers/planted.ts', code: "export const f = (d: Date): string => Intl.DateTimeFormat('en-US').format(d);\n", fires: true },
  { name: 'Intl.Collator in i18n', file: 'lambda/src/i18n/planted.ts', code: "export const c = new Intl.Collator('fr-FR');\n", fires: true },
  { name: 'Number#toLocaleString', file: 'lambda/src/speech/planted.ts', code: "export const f = (n: number): string => n.toLocaleString('fr-FR');\n", fires: true },
  { name: 'Date#toLocaleDateString', file: 'lambda/src/screen/planted.ts', code: "export const f = (d: Date): string => d.toLocaleDateString('en-GB');\n", fires: true },
  { name: 'text compared with < and >', file: 'lambda/src/workout/planted.ts', code: "export const f = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);\n", fires: false },
  { name: 'Intl.PluralRules (i18next plurals; no locale set to build)', file: 'lambda/src/i18n/planted.ts', code: "export const p = new Intl.PluralRules('en-US');\n", fires: false },
  { name: 'tests may use Intl to check the hand-written formats', file: 'test/speech/planted.test.ts', code: "export const f = (n: number): string => new Intl.NumberFormat('de-DE').format(n);\n", fires: false },
];

describeRule(
  'no costly ICU first use in lambda/src (eslint.config.mjs)',
  PLANTS,
  (m) => m.ruleId === 'no-restricted-properties',
  (fired) => {
    expect(fired).not.toEqual([]);
    expect(fired[0]!.message).toMatch(/cold start/);
  },
);
