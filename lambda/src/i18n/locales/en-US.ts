import { en } from './en';

/** US English is the base English as written. */
export const enUS = en;
