// Shared facts about the skill package for the manifest and interaction model tests.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SKILL_PACKAGE = path.join(ROOT, 'skill-package');
export const MODELS_DIR = path.join(SKILL_PACKAGE, 'interactionModels', 'custom');

/** The locales of issue 7, in the order skill.json lists them. */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;
export type Locale = (typeof LOCALES)[number];

/** Invocation names agreed with the interaction model authors. */
export const INVOCATION_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'runner deadlift',
  'en-GB': 'runner deadlift',
  'en-CA': 'runner deadlift',
  'en-AU': 'runner deadlift',
  'en-IN': 'runner deadlift',
  'de-DE': 'läufer kreuzheben',
  'es-ES': 'peso muerto del corredor',
  'fr-FR': 'soulevé de terre du coureur',
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The interaction models present right now, by locale (file name without .json). */
export function modelFiles(): { locale: string; file: string }[] {
  if (!fs.existsSync(MODELS_DIR)) return [];
  return fs
    .readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ locale: name.slice(0, -'.json'.length), file: path.join(MODELS_DIR, name) }));
}

export interface ModelIntent {
  readonly name: string;
  readonly samples?: readonly string[];
  readonly slots?: readonly { readonly name: string; readonly type?: string; readonly samples?: readonly string[] }[];
}

export interface Model {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly { readonly name: string; readonly values?: readonly unknown[] }[];
    };
    readonly dialog?: {
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string; readonly prompts?: Readonly<Record<string, string>>; readonly validations?: readonly { readonly prompt: string }[] }[];
        readonly prompts?: Readonly<Record<string, string>>;
      }[];
    };
    readonly prompts?: readonly { readonly id: string }[];
  };
}

/** Lower-case, single spaces, no punctuation Alexa ignores: how samples are compared. */
export function normalizeUtterance(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[¿?¡!,.;:«»„“”"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sample as a whole-string regex: each {slot} stands for one or more words. */
export function sampleRegex(sample: string): RegExp {
  const parts = normalizeUtterance(sample).split(/(\{[^}]+\})/);
  const body = parts
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'u');
}
