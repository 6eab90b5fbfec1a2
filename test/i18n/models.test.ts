// Every interaction model is the en-US model in another language: the handlers map intents,
// slot names and slot-value ids (never the words) to events, so those must be identical.
// And the models and the listed locales are the same set.
//
// A model for a locale not in LOCALES is an error, not a skip: `ask deploy` ships every
// model in skill-package, and a request in a locale that is not listed is answered in en-US
// (supportedLocale falls back), so runners would hear English from a skill that claims their
// language. A locale's model lands in the same change that lists the locale, or waits.
import { LOCALES } from '../../lambda/src/i18n';
import { type Model, modelFiles, readJson } from '../skill-package/skillPackage';
import { sorted } from './keys';

interface SlotValue {
  readonly id?: string;
}
interface DialogSlot {
  readonly name: string;
  readonly type: string;
  readonly elicitationRequired?: boolean;
  readonly prompts?: Readonly<Record<string, string>>;
}

/** What the code depends on in a model, in a form that compares with toEqual. */
function contract(model: Model) {
  const { languageModel, dialog, prompts } = model.interactionModel;
  return {
    intents: Object.fromEntries(
      sorted(languageModel.intents.map((intent) => intent.name)).map((name) => {
        const intent = languageModel.intents.find((candidate) => candidate.name === name);
        return [name, sorted((intent?.slots ?? []).map((slot) => `${slot.name}: ${slot.type ?? '(no type)'}`))];
      }),
    ),
    slotTypes: Object.fromEntries(
      (languageModel.types ?? [])
        .map((type) => [type.name, sorted(((type.values ?? []) as SlotValue[]).map((value) => value.id ?? '(no id)'))] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    dialog: Object.fromEntries(
      (dialog?.intents ?? []).map((intent) => [
        intent.name,
        sorted(((intent.slots ?? []) as readonly DialogSlot[]).map((slot) => `${slot.name}: ${slot.type}, ${slot.elicitationRequired ? 'elicited' : 'optional'}, prompts ${sorted(Object.keys(slot.prompts ?? {})).join('+')}`)),
      ]),
    ),
    delegationStrategy: (dialog as { delegationStrategy?: string } | undefined)?.delegationStrategy,
    promptIds: sorted((prompts ?? []).map((prompt) => prompt.id)),
  };
}

const models = modelFiles();
const reference = models.find((m) => m.locale === 'en-US');

test('en-US has a model: it is the reference the others are compared with', () => {
  expect(reference).toBeDefined();
});

test('every listed locale has an interaction model', () => {
  const withModel = new Set(models.map((m) => m.locale));
  expect(sorted(Object.keys(LOCALES).filter((locale) => !withModel.has(locale)))).toEqual([]);
});

test('every interaction model belongs to a listed locale (an unfinished locale must not ship a model)', () => {
  const problems = models.filter(({ locale }) => !(locale in LOCALES)).map(({ locale }) => `${locale}: not a locale the skill knows`);
  expect(problems).toEqual([]);
});

describe.each(models.filter((m) => m.locale !== 'en-US'))('interaction model $locale', ({ file }) => {
  test('has the intents, slots (names and types), slot types, value ids and dialog of en-US', () => {
    const expected = contract(readJson(reference!.file) as Model);
    expect(contract(readJson(file) as Model)).toEqual(expected);
  });
});
