// Pounds are feminine in Spanish and French (la libra, la livre): a whole number of pounds ending
// in one agrees with them ("veintiuna libras", "vingt et une livres"), where Alexa would read the
// digits "21" in the masculine. Kilos are masculine and keep their digits. The expected words are
// written out here, not taken from the locales' tables.
import { translator } from '../../lambda/src/i18n';
import { weightText } from '../../lambda/src/speech/render';

const EXPECTED: Readonly<Record<'es-ES' | 'fr-FR', Readonly<Record<number, string>>>> = {
  'es-ES': { 1: 'una libra', 21: 'veintiuna libras', 31: 'treinta y una libras', 61: 'sesenta y una libras' },
  'fr-FR': { 1: 'une livre', 21: 'vingt et une livres', 31: 'trente et une livres', 61: 'soixante et une livres' },
};

describe.each(['es-ES', 'fr-FR'] as const)('pounds agree in gender in %s', (locale) => {
  const speaker = { locale, t: translator(locale) };

  it.each([1, 21, 31, 61])('%i lb is said with the feminine numeral', (n) => {
    expect(weightText(speaker, { amount: n, unit: 'lb' })).toBe(EXPECTED[locale][n]);
  });

  it('a set announced at 21 lb says the weight in the feminine', () => {
    const line = speaker.t('log.setWithWeight', { count: 10, weight: weightText(speaker, { amount: 21, unit: 'lb' }) });
    expect(line).toContain(EXPECTED[locale][21]!);
    expect(line).not.toMatch(/\b21\b/);
  });

  it('kilos are masculine and stay in digits; other pounds and decimals stay in digits', () => {
    expect(weightText(speaker, { amount: 21, unit: 'kg' })).toMatch(/^21 kilos$/);
    expect(weightText(speaker, { amount: 45, unit: 'lb' })).toMatch(/^45 (libras|livres)$/);
    // A decimal keeps its local mark; the table holds whole numbers only.
    expect(weightText(speaker, { amount: 21.5, unit: 'lb' })).toMatch(/^21,5 (libras|livres)$/);
  });
});
