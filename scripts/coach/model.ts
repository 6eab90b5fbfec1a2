// The parts of an ASK interaction model the coach reads, and loading one per locale.
// Typed here (not with ask-smapi-model) because only a handful of fields matter and the file is
// read at run time, so it is checked by hand rather than trusted with a cast.
import fs from 'node:fs';
import path from 'node:path';
import { CoachError } from './errors';
import { isAlexaLocale, ALEXA_LOCALES } from './locales';

export interface ModelSlot {
  readonly name: string;
  readonly type: string;
  readonly samples?: readonly string[];
}

export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

export interface SlotTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface SlotType {
  readonly name: string;
  readonly values: readonly SlotTypeValue[];
}

export interface DialogSlot {
  readonly name: string;
  readonly type: string;
  readonly elicitationRequired?: boolean;
  readonly prompts?: { readonly elicitation?: string };
}

export interface DialogIntent {
  readonly name: string;
  readonly delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  readonly slots?: readonly DialogSlot[];
}

export interface Prompt {
  readonly id: string;
  readonly variations: readonly { readonly type: string; readonly value: string }[];
}

export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly SlotType[];
    };
    readonly dialog?: {
      readonly intents?: readonly DialogIntent[];
      readonly delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
    };
    readonly prompts?: readonly Prompt[];
  };
}

export function modelPath(root: string, locale: string): string {
  return path.join(root, 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
}

/** The locales that have a model file, for error messages. */
export function availableLocales(root: string): string[] {
  const dir = path.dirname(modelPath(root, 'x'));
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}

export function loadInteractionModel(root: string, locale: string): InteractionModel {
  if (!isAlexaLocale(locale)) {
    throw new CoachError(`unknown locale "${locale}": use one of ${ALEXA_LOCALES.join(', ')} (for example --locale en-US)`, 2);
  }
  const file = modelPath(root, locale);
  if (!fs.existsSync(file)) {
    const have = availableLocales(root);
    throw new CoachError(
      `no interaction model for ${locale}: ${path.relative(root, file)} does not exist` +
        (have.length > 0 ? ` (models exist for ${have.join(', ')})` : ''),
      2,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CoachError(`the interaction model ${path.relative(root, file)} is not valid JSON: ${(error as Error).message}`, 2);
  }
  return checkModel(parsed, path.relative(root, file));
}

/** Just enough checking that the matcher cannot trip over a malformed file later. */
export function checkModel(parsed: unknown, where: string): InteractionModel {
  const lm = (parsed as { interactionModel?: { languageModel?: { intents?: unknown; invocationName?: unknown } } })
    ?.interactionModel?.languageModel;
  if (!lm || !Array.isArray(lm.intents) || typeof lm.invocationName !== 'string') {
    throw new CoachError(`the interaction model ${where} has no interactionModel.languageModel with an invocationName and intents`, 2);
  }
  for (const intent of lm.intents as unknown[]) {
    const i = intent as Partial<ModelIntent>;
    if (typeof i?.name !== 'string') throw new CoachError(`the interaction model ${where} has an intent without a name`, 2);
    if (i.samples !== undefined && !Array.isArray(i.samples)) {
      throw new CoachError(`the interaction model ${where}: samples of ${i.name} is not a list`, 2);
    }
  }
  return parsed as InteractionModel;
}
