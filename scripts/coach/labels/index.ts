import { languageOf } from '../locales';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { CoachLabels } from './types';

export type { CoachLabels } from './types';

/** Per language: the five English locales share one table, as their number words do. */
export const LABELS: Readonly<Record<string, CoachLabels>> = { en, de, es, fr };

export function labelsFor(locale: string): CoachLabels {
  return LABELS[languageOf(locale)] ?? en;
}
