// Built-in intent words, fillers and launch phrases are per language: one file per language,
// registered in PHRASES. A language without one (it-IT, ja-JP...) gets the model's own samples
// only, and the coach says so once at start.
import { languageOf } from '../locales';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import type { Phrases } from './types';

export type { Phrases } from './types';

const PHRASES: Readonly<Record<string, Phrases>> = {
  de: german,
  en: english,
  es: spanish,
  fr: french,
};

const NONE: Phrases = { builtIns: {}, leadingFillers: [], trailingFillers: [], determiners: [], launch: [], oneShot: [] };

export function phrasesFor(locale: string): { readonly phrases: Phrases; readonly known: boolean } {
  const phrases = PHRASES[languageOf(locale)];
  return phrases ? { phrases, known: true } : { phrases: NONE, known: false };
}
