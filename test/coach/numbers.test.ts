import { numbersFor } from '../../scripts/coach/numbers';
import { readGermanNumber } from '../../scripts/coach/numbers/de';
import { readEnglishNumber } from '../../scripts/coach/numbers/en';

const read = (text: string): number | undefined => readEnglishNumber(text.split(' '));

describe('English number words', () => {
  it.each([
    ['zero', 0], ['one', 1], ['nine', 9], ['ten', 10], ['thirteen', 13], ['nineteen', 19],
    ['twenty', 20], ['twenty one', 21], ['forty five', 45], ['ninety nine', 99],
    ['hundred', 100], ['a hundred', 100], ['one hundred', 100], ['a hundred and five', 105],
    ['one hundred five', 105], ['two hundred and twenty five', 225], ['nine hundred ninety nine', 999],
    ['a thousand', 1000], ['two thousand and five', 2005],
    ['two and a half', 2.5], ['a half', 0.5], ['one point five', 1.5], ['twenty point two five', 20.25],
    ['65', 65], ['2.5', 2.5],
  ])('%s = %d', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['eight sixty five', 'and', 'a', 'five twenty', 'hundred hundred', 'twenty twenty', 'point', 'one and', 'pounds', ''])(
    '"%s" is not one number',
    (text) => {
      expect(readEnglishNumber(text === '' ? [] : text.split(' '))).toBeUndefined();
    },
  );
});

describe('German number words', () => {
  const readDe = (text: string): number | undefined => readGermanNumber(text.split(' '));

  it.each([
    ['null', 0], ['eins', 1], ['zwölf', 12], ['zwoelf', 12], ['sechzehn', 16], ['siebzehn', 17],
    ['zwanzig', 20], ['einundzwanzig', 21], ['fünfundsechzig', 65], ['fuenfundsechzig', 65],
    ['fünf und sechzig', 65], ['funfundsechzig', 65], ['zwolf', 12], ['zwei komma funf', 2.5], ['zwoeinhalb', 2.5], ['dreißig', 30], ['dreissig', 30], ['hundert', 100], ['hundertfünf', 105],
    ['einhundertfünf', 105], ['zwei hundert zwanzig', 220], ['tausend', 1000], ['zweitausendfünf', 2005],
    ['zweieinhalb', 2.5], ['zwei einhalb', 2.5], ['anderthalb', 1.5], ['zwanzig komma fünf', 20.5],
    ['zwei komma fünf', 2.5], ['65', 65], ['2.5', 2.5],
  ])('%s = %d', (text, value) => {
    expect(readDe(text)).toBe(value);
  });

  it.each(['acht sechzig fünf', 'und', 'komma', 'kilo', 'zwölf kilo', 'hunderthundert'])('"%s" is not one number', (text) => {
    expect(readDe(text)).toBeUndefined();
  });
});

describe('numbers per locale', () => {
  it('has English words for every English locale', () => {
    expect(numbersFor('en-US').hasWords).toBe(true);
    expect(numbersFor('en-GB').read(['seven'])).toBe(7);
  });

  it('has German, Spanish and French words', () => {
    const de = numbersFor('de-DE');
    expect(de.hasWords).toBe(true);
    expect(de.read(['fünfundsechzig'])).toBe(65);
    expect(de.read(['zweieinhalb'])).toBe(2.5);
    expect(de.read(['zwölf'])).toBe(12);
    expect(de.read(['12'])).toBe(12);
    expect(numbersFor('es-ES').read(['sesenta', 'y', 'cinco'])).toBe(65);
    expect(numbersFor('fr-FR').read(['soixante', 'cinq'])).toBe(65);
  });

  it('falls back to digits only in a language with no reader', () => {
    const ja = numbersFor('ja-JP');
    expect(ja.hasWords).toBe(false);
    expect(ja.read(['12'])).toBe(12);
    expect(ja.read(['2.5'])).toBe(2.5);
    expect(ja.read(['zwölf'])).toBeUndefined();
    expect(ja.read(['twelve'])).toBeUndefined();
  });
});
