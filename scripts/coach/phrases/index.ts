// Built-in intent words, fillers and launch phrases are per language: the seam for de-DE,
// es-ES and fr-FR is one file per language added to PHRASES. A language without one gets the
// model's own samples only, and the coach says so once at start.
import { languageOf } from '../locales';
import { english } from './en';
import type { Phrases } from './types';

export type { Phrases } from './types';

const PHRASES: Readonly<Record<string, Phrases>> = {
  en: english,
};

const NONE: Phrases = { builtIns: {}, leadingFillers: [], trailingFillers: [], determiners: [], launch: [], oneShot: [] };

export function phrasesFor(locale: string): { readonly phrases: Phrases; readonly known: boolean } {
  const phrases = PHRASES[languageOf(locale)];
  return phrases ? { phrases, known: true } : { phrases: NONE, known: false };
}
