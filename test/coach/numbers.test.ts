import { numbersFor } from '../../scripts/coach/numbers';
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

describe('numbers per locale', () => {
  it('has English words for every English locale', () => {
    expect(numbersFor('en-US').hasWords).toBe(true);
    expect(numbersFor('en-GB').read(['seven'])).toBe(7);
  });

  it('falls back to digits only where no words exist yet', () => {
    const de = numbersFor('de-DE');
    expect(de.hasWords).toBe(false);
    expect(de.read(['12'])).toBe(12);
    expect(de.read(['zwölf'])).toBeUndefined();
  });
});
