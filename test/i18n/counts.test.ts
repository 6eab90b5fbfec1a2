// A count of one is said as a word that agrees with what it counts (una repetición, une
// répétition, eine Wiederholung): Alexa reads a bare "1" as "uno", "un", "eins".
import { LOCALES, translator } from '../../lambda/src/i18n';

const ONE = { count: 1, rep: 1, reps: 1, target: 10 };
const COUNTED = ['runnerDeadlift.cue.count.first', 'countIs', 'repCount.done', 'repCount.left', 'repCount.finished', 'setDone.full'];
/** The masculine or neuter "one" that must not count a feminine repetition. */
const WRONG_ONE: Readonly<Record<string, RegExp>> = { es: /\b(uno|un)\b/i, fr: /\bun\b/i, de: /\b(eins|ein)\b/i };

describe.each(Object.keys(LOCALES))('counts of one in %s', (locale) => {
  const t = translator(locale);
  it.each(COUNTED)('%s says one in words, in the right gender', (key) => {
    const line = t(key, ONE);
    expect(line).not.toMatch(/\b1\b/);
    const wrong = WRONG_ONE[locale.slice(0, 2)];
    if (wrong) expect(line).not.toMatch(wrong);
  });
});
