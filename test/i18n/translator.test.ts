// The translator's cache answers exactly what i18next would, whatever was asked before.
import i18next from 'i18next';
import { LOCALES, translator } from '../../lambda/src/i18n';

const reference = i18next.createInstance();
void reference.init({
  initAsync: false,
  resources: Object.fromEntries(Object.entries(LOCALES).map(([locale, info]) => [locale, { translation: info.resources }])),
  lng: 'en-US',
  fallbackLng: 'en-US',
  returnNull: false,
  interpolation: { escapeValue: false },
});

const ASKS: [string, Record<string, unknown> | undefined][] = [
  ['log.set', { count: 1 }],
  ['log.set', { count: 2 }],
  ['log.set', { count: 1 }],
  ['log.setWithWeight', { count: 1, weight: '20 kilos' }],
  ['log.setWithWeight', { weight: '20 kilos', count: 1 }],
  ['log.setWithWeight', { count: 1, weight: '25 kilos' }],
  ['log.logged', { set: '8 reps' }],
  ['log.logged', { set: '9 reps' }],
  ['log.unavailable', undefined],
  ['log.unavailable', {}],
];

test.each(Object.keys(LOCALES))('%s: cached lines equal fresh i18next renderings, asked in any order and twice', (locale) => {
  const t = translator(locale);
  for (const round of [1, 2]) {
    for (const [key, options] of round === 1 ? ASKS : [...ASKS].reverse()) {
      expect(t(key, options)).toBe(reference.t(key, { ...options, lng: locale }));
    }
  }
  // Two translators of one locale share the cache and agree.
  expect(translator(locale)('log.set', { count: 3 })).toBe(t('log.set', { count: 3 }));
});

test('locales do not share lines', () => {
  expect(translator('de-DE')('log.unavailable')).not.toBe(translator('en-US')('log.unavailable'));
});
