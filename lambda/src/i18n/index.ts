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

/**
 * `{{count, fem}}`: the count of a feminine noun (una repetición, une répétition) in the words of
 * the locale's `feminine` table where they differ from how Alexa reads the digits ("21" would be
 * "veintiuno", "vingt et un"); otherwise the number as i18next would write it.
 */
function feminineCount(value: unknown, lng: string | undefined): string {
  const words = LOCALES[supportedLocale(lng)]?.feminine;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  return (n !== undefined && words !== undefined && Object.hasOwn(words, n) ? words[n] : undefined) ?? String(value);
}

/** One i18next instance per container, initialized synchronously: resources are bundled. */
function i18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      // Read when i18next first needs a locale's strings, so a locale nobody asks for is never
      // loaded (locales/index.ts); i18next looks up only the request's language and en-US.
      resources: Object.fromEntries(
        Object.entries(LOCALES).map(([locale, info]) => [
          locale,
          {
            get translation() {
              return info.resources;
            },
          },
        ]),
      ),
      lng: DEFAULT_LOCALE,
      // A missing key must never be read out as its name; tests keep every locale complete.
      fallbackLng: DEFAULT_LOCALE,
      returnNull: false,
      interpolation: { escapeValue: false },
    });
    instance.services.formatter?.add('fem', feminineCount);
  }
  return instance;
}

/**
 * Strings already rendered, per locale, in a trie: the key, then each option's name and value in
 * the order given, then the text. Pacing asks for the same lines hundreds of times a turn, and
 * i18next's getFixedT copies its whole option set on every call; a hit here walks a few Maps and
 * allocates nothing (no key string is built). Map keys compare by SameValueZero, so the count 1
 * and the text '1' (which i18next plurals differently) stay apart. Bounded, since values vary.
 */
type Trie = Map<unknown, Trie | string>;
const TEXT = Symbol('text');
const rendered = new Map<string, { readonly root: Trie; size: number }>();
const MAX_RENDERED = 2_000;

function child(node: Trie, key: unknown, create: boolean): Trie | undefined {
  const next = node.get(key);
  if (next instanceof Map) return next;
  if (!create) return undefined;
  const made: Trie = new Map();
  node.set(key, made);
  return made;
}

// An object value (not sent today) is keyed by its JSON, so equal values share an entry.
const valueKey = (value: unknown): unknown => (typeof value === 'object' && value !== null ? JSON.stringify(value) : value);

function find(root: Trie, key: string, options: Record<string, unknown> | undefined, create: boolean): Trie | undefined {
  let node = child(root, key, create);
  if (options !== undefined) {
    for (const name in options) {
      if (node === undefined) return undefined;
      node = child(node, name, create);
      if (node === undefined) return undefined;
      node = child(node, valueKey(options[name]), create);
    }
  }
  return node;
}

/**
 * Initializes i18next now (about 2.3 ms here, all locales' resources): the Lambda entry calls it
 * at module load, so the first request does not pay for it.
 */
export function prepareTranslations(): void {
  i18n();
}

// One translate function per locale, not one per turn: the speech layer keeps what it measures
// per translate function (voiceFor), and that must outlive the turn.
const translators = new Map<string, Translate>();

export function translator(locale: string): Translate {
  const lng = supportedLocale(locale);
  const known = translators.get(lng);
  if (known !== undefined) return known;
  const made = makeTranslator(lng);
  translators.set(lng, made);
  return made;
}

type Options = Record<string, unknown>;

/** The services of i18next's that render() drives (typed `any` in i18next's own types). */
interface Services {
  readonly languageUtils: { toResolveHierarchy(code: string): readonly string[] };
  readonly pluralResolver: { getSuffix(code: string, count: unknown, options: Options): string };
  readonly interpolator: I18n['services']['interpolator'];
}

/** t() itself: what render() is held to (test/i18n/render.test.ts), and where it hands over. */
export function translateWithT(key: string, options: Options | undefined, lng: string): string {
  return i18n().t(key, { ...options, lng } as never) as unknown as string;
}

// Counts nestings by i18next's default nesting prefix, and render() tests for interpolation by its
// default prefix (`{{`): init() sets neither, and both must change with it if it ever does.
const nestings = (line: string): number => line.split('$t(').length - 1;

/**
 * Options of t()'s own that render() does not implement (i18next's Translator reads them; the
 * skill sends none today): a line asked for with any of them goes to t(), so it is never rendered
 * as if they were not there. Not applyPostProcessor: i18next's nesting sets it on every nested
 * line, and no post-processor is registered.
 */
const T_ONLY = /^(?:context|ordinal|replace|lngs|returnObjects|returnDetails|postProcess|ns|nsSeparator|keySeparator|fallbackLng|skipInterpolation|interpolation|nest|defaultValue.*)$/;

function needsT(options: Options): boolean {
  for (const name in options) if (T_ONLY.test(name)) return true;
  return false;
}

/**
 * A line as i18next's t() renders it, through i18next's own services: its language hierarchy,
 * plural suffixes, resource store, interpolator and nesting, in t()'s lookup order (in each
 * language of the hierarchy: the `_zero` form when the count is 0, the count's plural form, the
 * bare key). What t() adds around them (option copies, key and namespace parsing, missing keys,
 * and the options in T_ONLY), none of which this skill uses, is about 20 KB of i18next's code
 * that a cold start's first turn would otherwise compile. A key not found as a string (missing,
 * or a subtree), or asked for with an option of T_ONLY, goes to t() itself.
 */
function render(instance: I18n, key: string, options: Options, lng: string): string {
  if (needsT(options)) return translateWithT(key, options, lng);
  const { languageUtils, pluralResolver, interpolator } = instance.services as unknown as Services;
  const count = options.count;
  const plural = count !== undefined && typeof count !== 'string';
  let found: unknown;
  for (const code of languageUtils.toResolveHierarchy(lng)) {
    if (plural) {
      const zeroForm = count === 0 ? lookUp(instance, code, `${key}_zero`) : undefined;
      const countForm = zeroForm ?? lookUp(instance, code, key + pluralResolver.getSuffix(code, count, options));
      found = countForm ?? lookUp(instance, code, key);
    } else {
      found = lookUp(instance, code, key);
    }
    if (found !== undefined) break;
  }
  if (typeof found !== 'string') return translateWithT(key, options, lng);
  const data = { ...options, lng };
  let line = found.includes('{{') ? interpolator.interpolate(found, data, lng, data as never) : found;
  // As t(): a nesting that interpolation brought in (from a value) is left as it is.
  if (nestings(found) > 0 && nestings(line) === nestings(found)) {
    line = interpolator.nest(line, (nested: string, nestedOptions: Options) => (nested === key ? '' : render(instance, nested, nestedOptions, lng)), data as never);
  }
  return line;
}

/** What t() would find (null counts as missing: `returnNull: false`). */
function lookUp(instance: I18n, code: string, key: string): unknown {
  return instance.getResource(code, 'translation', key) ?? undefined;
}

function makeTranslator(lng: string): Translate {
  let cache = rendered.get(lng);
  if (cache === undefined) {
    cache = { root: new Map(), size: 0 };
    rendered.set(lng, cache);
  }
  const own = cache;
  return (key, options) => {
    const hit = find(own.root, key, options, false)?.get(TEXT);
    if (typeof hit === 'string') return hit;
    const text = render(i18n(), key, options ?? {}, lng);
    if (own.size < MAX_RENDERED) {
      find(own.root, key, options, true)!.set(TEXT, text);
      own.size += 1;
    }
    return text;
  };
}

export function defaultUnit(locale: string): Unit {
  return LOCALES[supportedLocale(locale)]?.unit ?? 'lb';
}
