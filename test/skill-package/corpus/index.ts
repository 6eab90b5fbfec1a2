import { german } from './de';
import { english, englishVariants } from './en';
import { spanish } from './es';
import { french } from './fr';
import type { Corpus } from './types';

export type { Corpus } from './types';

function merged(...parts: Corpus[]): Corpus {
  const out: Record<string, string[]> = {};
  for (const part of parts) for (const [intent, phrases] of Object.entries(part)) out[intent] = [...(out[intent] ?? []), ...phrases];
  return out;
}

/** Every locale's corpus: the language's phrasings plus the locale's own words. */
export const CORPUS: Readonly<Record<string, Corpus>> = {
  'en-US': merged(english, englishVariants['en-US'] ?? {}),
  'en-GB': merged(english, englishVariants['en-GB'] ?? {}),
  'en-CA': merged(english, englishVariants['en-CA'] ?? {}),
  'en-AU': merged(english, englishVariants['en-AU'] ?? {}),
  'en-IN': merged(english, englishVariants['en-IN'] ?? {}),
  'de-DE': german,
  'es-ES': spanish,
  'fr-FR': french,
};
