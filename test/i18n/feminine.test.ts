// Counts agree in gender with what they count: "veintiuna repeticiones", "Llevas veintiuna",
// "vingt et une répétitions", "Et de vingt et une" (Alexa would read the digits "21" as the
// masculine "veintiuno", "vingt et un"). The rules are cited with the tables in es-ES.ts and
// fr-FR.ts; the expected words here are written out, not taken from those tables.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { flatten } from './keys';

const ENDING_IN_ONE = [1, 21, 31, 41, 51, 61, 71, 81] as const;

const EXPECTED: Readonly<Record<'es-ES' | 'fr-FR', Readonly<Record<number, string>>>> = {
  'es-ES': {
    1: 'una', 21: 'veintiuna', 31: 'treinta y una', 41: 'cuarenta y una', 51: 'cincuenta y una',
    61: 'sesenta y una', 71: 'setenta y una', 81: 'ochenta y una',
  },
  'fr-FR': {
    1: 'une', 21: 'vingt et une', 31: 'trente et une', 41: 'quarante et une', 51: 'cinquante et une',
    // "onze" never takes a gender: 71 is "soixante et onze" in both, and the digits read right.
    61: 'soixante et une', 71: '71', 81: 'quatre-vingt-une',
  },
};

describe.each(['es-ES', 'fr-FR'] as const)('feminine counts in %s', (locale) => {
  const t = translator(locale);
  const words = EXPECTED[locale];

  it.each(ENDING_IN_ONE.filter((n) => n > 1 && words[n] !== String(n)))('%i reps: the count and the logged set agree with the feminine noun', (n) => {
    const word = words[n]!;
    const noun = locale === 'es-ES' ? 'repeticiones' : 'répétitions';
    expect(t('log.set', { count: n })).toBe(`${word} ${noun}`);
    expect(t('runnerDeadlift.cue.count.plain1', { count: n })).toBe(locale === 'es-ES' ? `Llevas ${word}.` : `Et de ${word}.`);
    expect(t('repCount.done', { count: n })).toContain(word);
    expect(t('setDone.early', { count: n, target: 90 })).toContain(` ${word} `);
  });

  it('the target after "de" / "sur" agrees too', () => {
    expect(t('countIs', { count: 5, target: 21 })).toContain(words[21]!);
  });

  it('a count of one in a feminine line is a word', () => {
    expect(t('setDone.early', { count: 1, target: 5 })).toContain(` ${words[1]} `);
  });

  it('masculine counts stay as digits, which Alexa reads in the masculine, beside feminine ones', () => {
    expect(t('timer.minutes', { count: 21 })).toMatch(/^21 /);
    expect(t('history.daysAgo', { count: 21 })).toContain('21');
    expect(t('log.set', { count: 21 })).toContain(words[21]!);
  });

  if (locale === 'fr-FR') {
    it('71 stays "soixante et onze" (onze is invariable) while 81 becomes "quatre-vingt-une"', () => {
      expect(t('runnerDeadlift.cue.count.plain1', { count: 71 })).toBe('Et de 71.');
      expect(t('runnerDeadlift.cue.count.plain1', { count: 81 })).toBe('Et de quatre-vingt-une.');
    });
  }

  it('no rep line says a number ending in 1 (but 11, 71, 91 in French) in digits', () => {
    const noun = locale === 'es-ES' ? /repetici|serie|respiraci/ : /répétition|série|respiration/;
    const flat = flatten(LOCALES[locale]!.resources);
    const wrong: string[] = [];
    for (const [key, value] of flat) {
      // Seconds (segundos, secondes) are masculine: their digits already read right.
      if (typeof value !== 'string' || !noun.test(value) || /segundo|seconde/.test(value) || key.startsWith('screen.')) continue;
      const base = key.replace(/_(one|many|other)$/, '');
      for (const n of ENDING_IN_ONE.filter((m) => m > 1 && words[m] !== String(m))) {
        const line = t(base, { count: n, reps: n, rep: n, target: n, done: n, min: n, max: n, number: 2, weight: '20 kilos', when: 'x', set: 'x', list: 'x' });
        if (new RegExp(`\\b${n}\\b`).test(line)) wrong.push(`${base}: ${line}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});
