// skill-package/skill.json: valid against the SMAPI manifest schema and complete for certification.
import fs from 'node:fs';
import path from 'node:path';
import { SpecValidator, formatIssues, isRecord } from './smapiSpec';
import {
  INVOCATION_NAMES,
  LOCALES,
  type Locale,
  type Model,
  SKILL_PACKAGE,
  isLocale,
  modelFiles,
  normalizeUtterance,
  readJson,
  sampleRegex,
} from './skillPackage';

interface LocalizedPublishing {
  name: string;
  summary?: string;
  description?: string;
  examplePhrases?: string[];
  keywords?: string[];
  smallIconUri?: string;
  largeIconUri?: string;
}

interface Manifest {
  manifestVersion: string;
  publishingInformation: {
    locales: Record<string, LocalizedPublishing>;
    isAvailableWorldwide?: boolean;
    distributionCountries?: string[];
    category?: string;
    testingInstructions?: string;
  };
  privacyAndCompliance?: Record<string, unknown>;
  permissions?: { name: string }[];
  apis?: Record<string, unknown>;
  events?: unknown;
}

const envelope = readJson(path.join(SKILL_PACKAGE, 'skill.json'));
const SAMPLE_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:runner-deadlift';

/** What the ASK CLI uploads after the stack deploy: the Lambda ARN in every target endpoint. */
function asDeployed(value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as { manifest: Manifest };
  const custom = (copy.manifest.apis as { custom: Record<string, unknown> }).custom;
  custom['endpoint'] = { uri: SAMPLE_ARN };
  if (copy.manifest.events) (copy.manifest.events as Record<string, unknown>)['endpoint'] = { uri: SAMPLE_ARN };
  return copy;
}
const manifest = (envelope as { manifest: Manifest }).manifest;
const publishing = manifest.publishingInformation;

// publishingInformation.category is a bare string in spec.json; these are the values the skill
// manifest reference documents for custom skills.
const DOCUMENTED_CATEGORIES = [
  'ALARMS_AND_CLOCKS', 'ASTROLOGY', 'BUSINESS_AND_FINANCE', 'CALCULATORS', 'CALENDARS_AND_REMINDERS',
  'CHILDRENS_EDUCATION_AND_REFERENCE', 'CHILDRENS_GAMES', 'CHILDRENS_MUSIC_AND_AUDIO', 'CHILDRENS_NOVELTY_AND_HUMOR',
  'COMMUNICATION', 'CONNECTED_CAR', 'COOKING_AND_RECIPE', 'CURRENCY_GUIDES_AND_CONVERTERS', 'DATING',
  'DELIVERY_AND_TAKEOUT', 'DEVICE_TRACKING', 'EDUCATION_AND_REFERENCE', 'EVENT_FINDERS', 'EXERCISE_AND_WORKOUT',
  'FASHION_AND_STYLE', 'FLIGHT_FINDERS', 'FRIENDS_AND_FAMILY', 'GAME_INFO_AND_ACCESSORY', 'GAMES',
  'HEALTH_AND_FITNESS', 'HOTEL_FINDERS', 'KNOWLEDGE_AND_TRIVIA', 'MOVIE_AND_TV_KNOWLEDGE_AND_TRIVIA',
  'MOVIE_INFO_AND_REVIEWS', 'MOVIE_SHOWTIMES', 'MUSIC_AND_AUDIO_ACCESSORIES', 'MUSIC_AND_AUDIO_KNOWLEDGE_AND_TRIVIA',
  'MUSIC_INFO_REVIEWS_AND_RECOGNITION_SERVICE', 'NAVIGATION_AND_TRIP_PLANNER', 'NEWS', 'NOVELTY',
  'ORGANIZERS_AND_ASSISTANTS', 'PETS_AND_ANIMAL', 'PODCAST', 'PUBLIC_TRANSPORTATION', 'RELIGION_AND_SPIRITUALITY',
  'RESTAURANT_BOOKING_INFO_AND_REVIEW', 'SCHOOLS', 'SCORE_KEEPING', 'SELF_IMPROVEMENT', 'SHOPPING', 'SMART_HOME',
  'SOCIAL_NETWORKING', 'SPORTS_GAMES', 'SPORTS_NEWS', 'STREAMING_SERVICE', 'TAXI_AND_RIDESHARING',
  'TO_DO_LISTS_AND_NOTES', 'TRANSLATORS', 'TV_GUIDES', 'UNIT_CONVERTERS', 'WEATHER', 'WINE_AND_BEVERAGE',
  'ZIP_CODE_LOOKUP',
];

/**
 * How an example phrase may open, per language: the wake word, a launch phrase and the invocation
 * name. After the name, `connectors` may join a sample utterance ("ask X to <sample>").
 */
const LAUNCH: Record<'en' | 'de' | 'es' | 'fr', { open: string; launchers: string[]; connectors: string[] }> = {
  en: { open: 'open', launchers: ['open', 'ask', 'tell', 'start', 'launch', 'begin'], connectors: ['to', 'for', 'that', ''] },
  de: { open: 'öffne', launchers: ['öffne', 'starte', 'frag', 'frage', 'sag', 'sage', 'bitte'], connectors: ['dass', ''] },
  es: { open: 'abre', launchers: ['abre', 'pide a', 'pregunta a', 'dile a', 'inicia', 'empieza'], connectors: ['que', 'para', ''] },
  fr: { open: 'ouvre', launchers: ['ouvre', 'lance', 'demande à', 'dis à'], connectors: ['de', "d'", ''] },
};

/** What the safety line must say, per language: not medical advice; stop if it hurts; start light. */
const SAFETY: Record<'en' | 'de' | 'es' | 'fr', [RegExp, RegExp, RegExp]> = {
  en: [/not medical advice/, /stop .*if anything hurts/, /lightest bar/],
  de: [/ersetzt keine ärztliche Beratung/, /hör sofort auf, wenn etwas wehtut/, /leichtesten Stange/],
  es: [/no sustituye al consejo médico/, /para en cuanto algo te duela/, /barra más ligera/],
  fr: [/ne remplace pas un avis médical/, /arrêtez-vous dès que quelque chose fait mal/, /barre la plus légère/],
};

function language(locale: Locale): keyof typeof LAUNCH {
  const lang = locale.slice(0, 2);
  if (lang === 'en' || lang === 'de' || lang === 'es' || lang === 'fr') return lang;
  throw new Error(`no launch phrases for ${locale}`);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function loadModel(locale: string): Model | undefined {
  const found = modelFiles().find((m) => m.locale === locale);
  return found === undefined ? undefined : (readJson(found.file) as Model);
}

describe('skill.json against the SMAPI spec (ask-smapi-model spec.json)', () => {
  const validator = new SpecValidator();

  test('as `ask deploy` uploads it (endpoints written) it is a valid v1.skill.Manifest.SkillManifestEnvelope, no undeclared property', () => {
    const issues = validator.validate('v1.skill.Manifest.SkillManifestEnvelope', asDeployed(envelope), { rejectUnknownProperties: true });
    expect(formatIssues(issues)).toBe('');
  });

  test('as committed, the only gap is the events endpoint that `ask deploy` writes (targetEndpoint: custom, events)', () => {
    const issues = validator.validate('v1.skill.Manifest.SkillManifestEnvelope', envelope, { rejectUnknownProperties: true });
    expect(issues.map((i) => `${i.path} ${i.message}`)).toEqual(
      manifest.events && !(manifest.events as { endpoint?: unknown }).endpoint ? [expect.stringMatching(/events.*endpoint/)] : [],
    );
  });

  test('has a manifest and manifestVersion 1.0', () => {
    expect(isRecord(envelope) && Object.keys(envelope)).toEqual(['manifest']);
    expect(manifest.manifestVersion).toBe('1.0');
  });
});

describe('skill.json locales', () => {
  test('publishingInformation lists exactly the eight locales of issue 7', () => {
    expect(Object.keys(publishing.locales).sort()).toEqual([...LOCALES].sort());
  });

  test('every interaction model present has publishing information for its locale', () => {
    const models = modelFiles();
    expect(models.length).toBeGreaterThan(0);
    for (const { locale } of models) {
      expect({ locale, listed: locale in publishing.locales }).toEqual({ locale, listed: true });
    }
  });

  test('every locale in publishingInformation has an interaction model (skill-package/interactionModels/custom/<locale>.json)', () => {
    const models = new Set(modelFiles().map(({ locale }) => locale));
    expect(Object.keys(publishing.locales).filter((locale) => !models.has(locale))).toEqual([]);
  });

  test('no two locales share a description: each is written for its language and country', () => {
    const descriptions = LOCALES.map((locale) => publishing.locales[locale]?.description);
    expect(new Set(descriptions).size).toBe(LOCALES.length);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const info = publishing.locales[locale] as LocalizedPublishing;
    const invocation = INVOCATION_NAMES[locale];

    test('has a name, a summary (max 160), a description (max 4000) and keywords', () => {
      expect(info.name.trim().length).toBeGreaterThanOrEqual(2);
      expect(info.summary?.trim().length ?? 0).toBeGreaterThan(20);
      expect([...(info.summary ?? '')].length).toBeLessThanOrEqual(160);
      expect(info.description?.trim().length ?? 0).toBeGreaterThan(200);
      expect([...(info.description ?? '')].length).toBeLessThanOrEqual(4000);
      expect(info.keywords?.length ?? 0).toBeGreaterThanOrEqual(5);
      expect(new Set(info.keywords).size).toBe(info.keywords?.length);
    });

    test('the description ends with the health and safety line: not medical advice, stop if it hurts, the lightest bar', () => {
      const last = (info.description ?? '').split('\n\n').at(-1) ?? '';
      const [notAdvice, stop, lightest] = SAFETY[language(locale)];
      expect(last).toMatch(notAdvice);
      expect(last).toMatch(stop);
      expect(last).toMatch(lightest);
    });

    test('the description tells how to open the skill with its invocation name', () => {
      expect(info.description?.toLocaleLowerCase()).toContain(invocation);
    });

    test('has icons in the skill package: 108x108 and 512x512 PNG', () => {
      for (const [uri, size] of [[info.smallIconUri, 108], [info.largeIconUri, 512]] as const) {
        expect(uri).toMatch(/^file:\/\/assets\/.+\.png$/);
        const file = path.join(SKILL_PACKAGE, (uri ?? '').slice('file://'.length));
        expect(fs.existsSync(file)).toBe(true);
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    });

    test('has three example phrases: wake word, launch phrase, invocation name', () => {
      const { open, launchers } = LAUNCH[language(locale)];
      const phrases = info.examplePhrases ?? [];
      expect(phrases).toHaveLength(3);
      expect(normalizeUtterance(phrases[0] ?? '')).toBe(`alexa ${open} ${invocation}`);
      for (const phrase of phrases) {
        expect(phrase.startsWith('Alexa, ')).toBe(true);
        const rest = normalizeUtterance(phrase).slice('alexa '.length);
        expect({ phrase, opensWithLauncherAndName: launchers.some((l) => rest.startsWith(`${l} ${invocation}`)) }).toEqual({
          phrase,
          opensWithLauncherAndName: true,
        });
      }
    });

    const model = loadModel(locale);
    const withModel = model === undefined ? test.skip : test;
    withModel('the example phrases come from the sample utterances of the model (checked once the model exists)', () => {
      const { launchers, connectors } = LAUNCH[language(locale)];
      const languageModel = (model as Model).interactionModel.languageModel;
      expect(languageModel.invocationName).toBe(invocation);
      const samples = languageModel.intents.flatMap((intent) => intent.samples ?? []).map(sampleRegex);
      for (const phrase of info.examplePhrases ?? []) {
        const rest = normalizeUtterance(phrase).slice('alexa '.length);
        const launcher = launchers.find((l) => rest.startsWith(`${l} ${invocation}`)) ?? '';
        const tail = rest.slice(`${launcher} ${invocation}`.length).trim();
        if (tail === '') continue;
        const candidates = connectors.map((c) => (c !== '' && tail.startsWith(`${c} `) ? tail.slice(c.length + 1) : c === '' ? tail : undefined));
        const matched = candidates.some((candidate) => candidate !== undefined && samples.some((re) => re.test(candidate)));
        expect({ phrase, matchesASample: matched }).toEqual({ phrase, matchesASample: true });
      }
    });
  });
});

describe('skill.json publishing and compliance answers', () => {
  test('category is the documented one for a workout coach', () => {
    expect(DOCUMENTED_CATEGORIES).toContain(publishing.category);
    expect(publishing.category).toBe('EXERCISE_AND_WORKOUT');
  });

  test('distribution: worldwide with no country list, or a country list without worldwide', () => {
    expect(typeof publishing.isAvailableWorldwide).toBe('boolean');
    if (publishing.isAvailableWorldwide === true) {
      expect(publishing.distributionCountries ?? []).toEqual([]);
    } else {
      expect(publishing.distributionCountries?.length ?? 0).toBeGreaterThan(0);
    }
  });

  test('testing instructions tell the certification tester how to try the skill (max 4000)', () => {
    const instructions = publishing.testingInstructions ?? '';
    expect(instructions.length).toBeGreaterThan(100);
    expect(instructions.length).toBeLessThanOrEqual(4000);
    expect(instructions).toContain('Alexa, open runner deadlift');
  });

  test('privacy and compliance answers: no purchases, personal information kept (a training log per person), not for children, export compliant, no ads', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: true,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  test('no privacy or terms link is committed: they come from the deployment (scripts/privacyLinks.cjs)', () => {
    expect((manifest.privacyAndCompliance as { locales?: unknown }).locales).toBeUndefined();
    expect(JSON.stringify(envelope)).not.toMatch(/privacyPolicyUrl|termsOfUseUrl/);
  });

  test('permissions: personalization, timers and reminders', () => {
    expect(manifest.permissions).toEqual([
      { name: 'alexa::person_id:read' },
      { name: 'alexa::alerts:timers:skill:readwrite' },
      { name: 'alexa::alerts:reminders:skill:readwrite' },
    ]);
  });

  test('the testing instructions name every permission the manifest asks for, and never deny having them', () => {
    const instructions = publishing.testingInstructions ?? '';
    for (const { name } of manifest.permissions ?? []) expect({ name, named: instructions.includes(name) }).toEqual({ name, named: true });
    expect(instructions).not.toMatch(/no (consent )?permissions/i);
    expect(instructions).toMatch(/SkillDisabled/);
  });

  test('events: subscribed to SKILL_DISABLED only, so a runner who disables the skill has their data deleted', () => {
    expect(manifest.events).toMatchObject({ subscriptions: [{ eventName: 'SKILL_DISABLED' }] });
    const endpoint = (manifest.events as { endpoint?: unknown }).endpoint;
    if (endpoint !== undefined) expect(endpoint).toEqual({ uri: expect.stringMatching(/^arn:aws:lambda:/) });
  });

  test('apis: a custom skill whose one interface is APL (Echo Show, Spot); the endpoint is left to `ask deploy` (or is the Lambda ARN it wrote)', () => {
    expect(Object.keys(manifest.apis ?? {})).toEqual(['custom']);
    const custom = (manifest.apis as { custom: Record<string, unknown> }).custom;
    const interfaces = custom['interfaces'] as { type: string; supportedViewports: { shape: string }[] }[];
    expect(interfaces.map((i) => i.type)).toEqual(['ALEXA_PRESENTATION_APL']);
    expect(new Set(interfaces[0]!.supportedViewports.map((v) => v.shape))).toEqual(new Set(['ROUND', 'RECTANGLE']));
    const endpoint = custom['endpoint'];
    if (endpoint !== undefined) {
      expect(endpoint).toEqual({ uri: expect.stringMatching(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9-_]+$/) });
    }
    expect(custom['regions']).toBeUndefined();
  });

  test('every locale key in skill.json is a locale of issue 7', () => {
    for (const locale of Object.keys(publishing.locales)) expect(isLocale(locale)).toBe(true);
  });
});
