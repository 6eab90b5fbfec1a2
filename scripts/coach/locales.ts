// The locales Alexa skills can be built for: a locale outside this list is a typo, which
// deserves a different message from "a real locale this skill has no model for yet".
export const ALEXA_LOCALES = [
  'ar-SA', 'de-DE', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-ES', 'es-MX', 'es-US',
  'fr-CA', 'fr-FR', 'hi-IN', 'it-IT', 'ja-JP', 'nl-NL', 'pt-BR',
] as const;

export function isAlexaLocale(locale: string): boolean {
  return (ALEXA_LOCALES as readonly string[]).includes(locale);
}

/** "en-US" -> "en": number words and built-in phrases are per language, not per region. */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}
