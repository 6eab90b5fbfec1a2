// Every listed locale's resources against the English base (en.ts): same keys, the plural forms
// its language needs, the same {{variables}}, nothing empty, nothing left untranslated.
import { LOCALES } from '../../lambda/src/i18n';
import { en } from '../../lambda/src/i18n/locales/en';
import { baseKeys, EN_FLAT, EN_KEYS, flatten, KNOWN_UNPASSED, pluralCategories, sorted, splitPlural, variables, type KeyParts } from './keys';

const EN_PLURAL_SUFFIXES = pluralCategories('en');

/** The English string a locale's key answers to: the same form, else English's `other`. */
function englishFor({ base, plural }: KeyParts): string | undefined {
  const forms = EN_KEYS.get(base);
  if (!forms) return undefined;
  if (forms.size === 0) return EN_FLAT.get(base) as string;
  const form = plural && forms.has(plural) ? plural : 'other';
  return EN_FLAT.get(`${base}_${form}`) as string;
}

/** Every variable any English form of a key uses. */
function englishVariables(base: string): { all: Set<string>; other: Set<string> } {
  const forms = EN_KEYS.get(base) ?? new Set();
  const texts = forms.size === 0 ? [EN_FLAT.get(base) as string] : [...forms].map((form) => EN_FLAT.get(`${base}_${form}`) as string);
  const all = new Set(texts.flatMap((text) => [...variables(text)]));
  return { all, other: variables(englishFor({ base, plural: 'other' }) ?? '') };
}

test('English itself uses only the plural forms English has (one, other)', () => {
  const odd = [...EN_KEYS].flatMap(([base, forms]) => [...forms].filter((f) => !EN_PLURAL_SUFFIXES.has(f)).map((f) => `${base}_${f}`));
  expect(odd).toEqual([]);
  const incomplete = [...EN_KEYS].filter(([, forms]) => forms.size > 0 && forms.size !== EN_PLURAL_SUFFIXES.size).map(([base]) => base);
  expect(incomplete).toEqual([]);
});

describe.each(Object.keys(LOCALES))('resources of %s', (locale) => {
  const resources = LOCALES[locale]!.resources;
  const flat = flatten(resources);
  const keys = baseKeys(flat);
  const language = locale.split('-')[0] ?? locale;
  const needed = pluralCategories(locale);

  test('every resource is a non-empty string', () => {
    const bad = [...flat].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    expect(bad).toEqual([]);
  });

  test('has every key of en.ts', () => {
    expect(sorted([...EN_KEYS.keys()].filter((key) => !keys.has(key)))).toEqual([]);
  });

  test('has no key en.ts lacks (plural suffixes aside)', () => {
    expect(sorted([...keys.keys()].filter((key) => !EN_KEYS.has(key)))).toEqual([]);
  });

  test(`every counted key has exactly the plural forms ${locale} needs (${[...needed].join(', ')})`, () => {
    const problems: string[] = [];
    for (const [base, forms] of keys) {
      const englishForms = EN_KEYS.get(base);
      if (!englishForms) continue; // reported above
      if (englishForms.size > 0 && forms.size === 0) problems.push(`${base}: English counts it, ${locale} has a single string`);
      // A language may need forms where English needs none, but only where a count is passed.
      if (englishForms.size === 0 && forms.size > 0 && !englishVariables(base).all.has('count')) {
        problems.push(`${base}: split into plural forms, but English passes no {{count}}`);
      }
      if (forms.size === 0) continue;
      for (const form of needed) if (!forms.has(form)) problems.push(`${base}_${form}: missing`);
      for (const form of forms) if (!needed.has(form)) problems.push(`${base}_${form}: ${language} never uses the "${form}" form`);
      if (flat.has(base)) problems.push(`${base}: both a plain string and plural forms`);
    }
    expect(problems).toEqual([]);
  });

  test('uses the same {{variables}} as English, key by key', () => {
    const problems: string[] = [];
    for (const [key, value] of flat) {
      if (typeof value !== 'string') continue;
      const parts = splitPlural(key);
      if (!EN_KEYS.has(parts.base)) continue;
      const { all, other } = englishVariables(parts.base);
      const used = variables(value);
      // `one` (and `zero`, `two`) may say the number as a word; the other forms must say it.
      const numberAsWord = parts.plural === 'one' || parts.plural === 'zero' || parts.plural === 'two';
      const required = !parts.plural ? all : numberAsWord ? new Set([...all].filter((v) => v !== 'count')) : other;
      const allowed = new Set([...all, ...(parts.plural ? ['count'] : [])]);
      for (const v of required) if (!used.has(v) && !KNOWN_UNPASSED.has(`${parts.base}: {{${v}}}`)) problems.push(`${key}: lacks {{${v}}}`);
      for (const v of used) if (!allowed.has(v)) problems.push(`${key}: {{${v}}} is not passed for this key`);
    }
    expect(problems).toEqual([]);
  });

  const translated = language === 'en' ? test.skip : test;
  translated('nothing longer than two words is left in English', () => {
    const untranslated = [...flat]
      .filter(([key, value]) => typeof value === 'string' && value.trim().split(/\s+/).length > 2 && value === englishFor(splitPlural(key)))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  const variant = language === 'en' && locale !== 'en-US' ? test : test.skip;
  variant('is its own variant, not the English placeholder', () => {
    expect(resources).not.toBe(en);
  });
});
