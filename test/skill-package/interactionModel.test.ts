// Every skill-package/interactionModels/custom/*.json: valid against the SMAPI interaction model
// schema, plus the rules Alexa enforces when it builds a model (which the schema cannot express).
import { SpecValidator, formatIssues } from './smapiSpec';
import { INVOCATION_NAMES, type Model, isLocale, modelFiles, normalizeUtterance, readJson } from './skillPackage';

const REQUIRED_BUILT_INS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
];

// Words an invocation name may not contain: wake words, launch phrases and connecting words.
const FORBIDDEN_INVOCATION_WORDS: Record<string, string[]> = {
  en: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'launch', 'ask', 'tell', 'load', 'begin', 'enable', 'open', 'start', 'run', 'play', 'resume', 'use', 'for', 'to', 'from', 'in', 'using', 'with', 'about', 'and', 'whether', 'if'],
  de: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'öffne', 'starte', 'frag', 'frage', 'sag', 'sage', 'bitte', 'beginne'],
  es: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'abre', 'abrir', 'inicia', 'empieza', 'pide', 'pregunta', 'dile'],
  fr: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'ouvre', 'lance', 'demande', 'dis', 'commence'],
};

const models = modelFiles();
const validator = new SpecValidator();

test('there is at least one interaction model', () => {
  expect(models.map((m) => m.locale)).toContain('en-US');
});

describe.each(models)('interaction model $locale', ({ locale, file }) => {
  const raw = readJson(file);
  const model = raw as Model;
  const languageModel = model.interactionModel.languageModel;
  const intents = languageModel.intents;
  const customTypes = new Map((languageModel.types ?? []).map((type) => [type.name, type]));

  test('is named after a locale of issue 7', () => {
    expect(isLocale(locale)).toBe(true);
  });

  test('is a valid v1.skill.interactionModel.InteractionModelData, with no property the spec does not declare', () => {
    const issues = validator.validate('v1.skill.interactionModel.InteractionModelData', raw, { rejectUnknownProperties: true });
    expect(formatIssues(issues)).toBe('');
  });

  test('invocation name: the agreed one, lower case, two or more words, letters and spaces only, no launch or wake words', () => {
    const name = languageModel.invocationName;
    if (isLocale(locale)) expect(name).toBe(INVOCATION_NAMES[locale]);
    expect(name).toBe(name.toLocaleLowerCase(locale));
    expect(name).toMatch(/^\p{Ll}+(?: \p{Ll}+)+$/u);
    const words = name.split(' ');
    const forbidden = FORBIDDEN_INVOCATION_WORDS[locale.slice(0, 2)] ?? FORBIDDEN_INVOCATION_WORDS['en'] ?? [];
    expect(words.filter((word) => forbidden.includes(word))).toEqual([]);
  });

  test('has the built-in intents every custom skill must handle', () => {
    const names = intents.map((intent) => intent.name);
    for (const required of REQUIRED_BUILT_INS) expect(names).toContain(required);
  });

  test('intent and slot names are unique and well formed', () => {
    const names = intents.map((intent) => intent.name);
    expect(new Set(names).size).toBe(names.length);
    for (const intent of intents) {
      expect(intent.name).toMatch(/^(AMAZON\.[A-Za-z]+|[A-Za-z][A-Za-z_]*)$/);
      const slotNames = (intent.slots ?? []).map((slot) => slot.name);
      expect(new Set(slotNames).size).toBe(slotNames.length);
      for (const slot of slotNames) expect(slot).toMatch(/^[A-Za-z][A-Za-z_]*$/);
    }
  });

  test('custom intents have samples; samples use words only (no digits, no stray symbols)', () => {
    for (const intent of intents) {
      if (!intent.name.startsWith('AMAZON.')) expect({ intent: intent.name, samples: (intent.samples ?? []).length > 0 }).toEqual({ intent: intent.name, samples: true });
      const utterances = [...(intent.samples ?? []), ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? [])];
      for (const sample of utterances) {
        // Letters, spaces, periods (abbreviations), apostrophes, hyphens and {slot} references.
        const outsideSlots = sample.replace(/\{[A-Za-z][A-Za-z_]*\}/g, ' ');
        expect({ sample, valid: /^[\p{L}\p{M} .'’-]*$/u.test(outsideSlots) && !/[{}]/.test(outsideSlots) }).toEqual({ sample, valid: true });
      }
    }
  });

  test('no sample utterance appears twice, in one intent or across intents', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        const key = normalizeUtterance(sample);
        const previous = seen.get(key);
        if (previous !== undefined) duplicates.push(`"${sample}" in ${intent.name} and ${previous}`);
        seen.set(key, intent.name);
      }
    }
    expect(duplicates).toEqual([]);
  });

  test('every {slot} in a sample is a slot of that intent', () => {
    const undeclared: string[] = [];
    for (const intent of intents) {
      const slots = new Set((intent.slots ?? []).map((slot) => slot.name));
      const utterances = [...(intent.samples ?? []), ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? [])];
      for (const sample of utterances) {
        for (const match of sample.matchAll(/\{([^}]*)\}/g)) {
          if (!slots.has(match[1] ?? '')) undeclared.push(`${intent.name}: {${match[1]}} in "${sample}"`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  test('every slot type is built in (AMAZON.*) or defined in the model, and every defined type is used', () => {
    const used = new Set<string>();
    const missing: string[] = [];
    for (const intent of intents) {
      for (const slot of intent.slots ?? []) {
        const type = slot.type ?? '';
        used.add(type);
        if (!type.startsWith('AMAZON.') && !customTypes.has(type)) missing.push(`${intent.name}.${slot.name}: ${type || '(no type)'}`);
      }
    }
    expect(missing).toEqual([]);
    expect([...customTypes.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  test('custom slot values are unique within their type, synonyms included', () => {
    for (const [name, type] of customTypes) {
      const values = (type.values ?? []) as { id?: string; name: { value: string; synonyms?: string[] } }[];
      const words = values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]).map(normalizeUtterance);
      expect({ type: name, duplicates: words.filter((w, i) => words.indexOf(w) !== i) }).toEqual({ type: name, duplicates: [] });
      const ids = values.map((v) => v.id).filter((id) => id !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('the dialog model matches the language model and every prompt it names exists (and is used)', () => {
    const dialog = model.interactionModel.dialog;
    const promptIds = (model.interactionModel.prompts ?? []).map((prompt) => prompt.id);
    const referenced = new Set<string>();
    for (const dialogIntent of dialog?.intents ?? []) {
      const intent = intents.find((candidate) => candidate.name === dialogIntent.name);
      expect({ dialogIntent: dialogIntent.name, inLanguageModel: intent !== undefined }).toEqual({ dialogIntent: dialogIntent.name, inLanguageModel: true });
      for (const id of Object.values(dialogIntent.prompts ?? {})) referenced.add(id);
      for (const slot of dialogIntent.slots ?? []) {
        const declared = intent?.slots?.find((candidate) => candidate.name === slot.name);
        expect({ slot: `${dialogIntent.name}.${slot.name}`, type: declared?.type }).toEqual({ slot: `${dialogIntent.name}.${slot.name}`, type: slot.type });
        for (const id of Object.values(slot.prompts ?? {})) referenced.add(id);
        for (const validation of slot.validations ?? []) referenced.add(validation.prompt);
      }
    }
    expect([...referenced].filter((id) => !promptIds.includes(id))).toEqual([]);
    expect(promptIds.filter((id) => !referenced.has(id))).toEqual([]);
    expect(new Set(promptIds).size).toBe(promptIds.length);
  });
});
