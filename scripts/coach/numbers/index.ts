// Number words are per language. This is the seam for de-DE, es-ES and fr-FR: write
// numbers/de.ts (etc.) exporting a NumberReader and add it to READERS. A language without one
// still understands digits, and the coach says so once at start.
import { languageOf } from '../locales';
import { readDigits } from './digits';
import { readEnglishNumber } from './en';
import { readSpanishNumber } from './es';
import { readFrenchNumber } from './fr';
import type { NumberReader } from './types';

export type { NumberReader } from './types';

const READERS: Readonly<Record<string, NumberReader>> = {
  en: readEnglishNumber,
  es: readSpanishNumber,
  fr: readFrenchNumber,
};

export interface LocaleNumbers {
  readonly read: NumberReader;
  /** False when only digits are understood in this locale. */
  readonly hasWords: boolean;
}

export function numbersFor(locale: string): LocaleNumbers {
  const reader = READERS[languageOf(locale)];
  return reader ? { read: reader, hasWords: true } : { read: readDigits, hasWords: false };
}
