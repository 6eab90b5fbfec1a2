// PLACEHOLDER until the locales work lands: the English text, so the registry compiles.
// It must be replaced with words written for es-ES before es-ES is listed as supported.
import { en } from './en';

export const esES = en;
