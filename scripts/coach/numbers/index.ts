// Number words are per language: numbers/<language>.ts exports a NumberReader, registered in
// READERS. A language without one (it-IT, ja-JP...) still understands digits, and the coach
// says so once at start.
import { languageOf } from '../locales';
import { readGermanNumber } from './de';
import { readDigits } from './digits';
import { readEnglishNumber } from './en';
import { readSpanishNumber } from './es';
import { readFrenchNumber } from './fr';
import type { NumberReader } from './types';

export type { NumberReader } from './types';

const READERS: Readonly<Record<string, NumberReader>> = {
  de: readGermanNumber,
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
