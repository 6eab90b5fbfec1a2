import i18next, { type i18n as I18n } from 'i18next';
import type { Unit } from '../workout/model';
import { LOCALES } from './locales';

export { LOCALES } from './locales';

/** A translate function fixed to one locale; the speech layer needs nothing more of i18next. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const DEFAULT_LOCALE = 'en-US';

/**
 * The locale to speak for a request's locale. Own keys only: the locale comes from the request,
 * and `constructor` or `__proto__` are keys of every object (`in` would say yes to them).
 */
export function supportedLocale(locale: string | undefined): string {
  if (typeof locale === 'string' && Object.hasOwn(LOCALES, locale)) return locale;
  const language = locale?.split('-')[0];
  return Object.keys(LOCALES).find((known) => known.split('-')[0] === language) ?? DEFAULT_LOCALE;
}

let instance: I18n | undefined;

/** One i18next instance per container, initialized synchronously: resources are bundled. */
function i18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: Object.fromEntries(Object.entries(LOCALES).map(([locale, info]) => [locale, { translation: info.resources }])),
      lng: DEFAULT_LOCALE,
      // A missing key must never be read out as its name; tests keep every locale complete.
      fallbackLng: DEFAULT_LOCALE,
      returnNull: false,
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/**
 * Strings already rendered, by locale, key and values. Pacing asks for the same lines hundreds
 * of times a turn, and i18next's getFixedT copies its whole option set on every call: this keeps
 * a warm turn well under a millisecond. Bounded, since values (counts, weights) vary.
 */
const rendered = new Map<string, string>();
const MAX_RENDERED = 2_000;

export function translator(locale: string): Translate {
  const lng = supportedLocale(locale);
  return (key, options) => {
    const id = options ? `${lng}|${key}|${JSON.stringify(options)}` : `${lng}|${key}`;
    const hit = rendered.get(id);
    if (hit !== undefined) return hit;
    const text = i18n().t(key, { ...options, lng } as never) as unknown as string;
    if (rendered.size < MAX_RENDERED) rendered.set(id, text);
    return text;
  };
}

export function defaultUnit(locale: string): Unit {
  return LOCALES[supportedLocale(locale)]?.unit ?? 'lb';
}
