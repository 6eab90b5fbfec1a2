// Text -> intent and slots, from a locale's interaction model: what Alexa's NLU does for a
// device, done by exact sample matching plus a little tolerance. Pure: no I/O, no clock.
//
// How a match is chosen: every sample of every intent is tried against the whole utterance
// (slots take any span of words their type accepts). Among the samples that fit, the most
// specific wins: most literal words matched, then most slots resolved to a value of their type.
// Only when no sample fits exactly is one missing or extra word forgiven, and only in samples
// with three or more literal words, so short commands never drift into one another. Nothing
// fits -> AMAZON.FallbackIntent, as on a device.
//
// Words are compared by their folded key (normalize.ts keyOf: accents, umlauts, French
// elisions), so "esa fue la ultima" meets "esa fue la última"; slot values keep the words as said.
//
// The pieces: matching/patterns.ts (the model compiled), matching/fit.ts (fitting and ranking),
// matching/fillers.ts, matching/invocation.ts (opening the skill, one-shots).
import { languageOf } from './locales';
import type { InteractionModel } from './model';
import { numbersFor } from './numbers';
import { phrasesFor } from './phrases';
import { best, type Candidate, type Vocabulary } from './matching/fit';
import { stripFillers, type Fillers } from './matching/fillers';
import { invocations } from './matching/invocation';
import { compile, indexSlotTypes, saidIn, type Pattern } from './matching/patterns';
import { FALLBACK_INTENT, type Invocation, type Match, type SlotMatch } from './matching/types';

export { FALLBACK_INTENT, type Invocation, type Match, type Resolution, type SlotMatch } from './matching/types';

export interface Matcher {
  match(text: string): Match;
  /** The answer to a slot elicitation ("eight", "eight reps"), from the slot's own samples. */
  matchSlotAnswer(text: string, intent: string, slot: string): SlotMatch | undefined;
  /** "open runner deadlift" / "ask runner deadlift to start a set"; undefined for anything else. */
  invocation(text: string): Invocation | undefined;
  /** What the runner says to open the skill in this locale ("öffne läufer kreuzheben"). */
  readonly launchText: string;
  /** The locale lacks number words or built-in phrases: the coach warns once. */
  readonly gaps: readonly string[];
}

/** Every sample as a pattern: the model's, then the built-in intents' usual words. */
function intentPatterns(model: InteractionModel, builtIns: Readonly<Record<string, readonly string[]>>, where: string, language: string): Pattern[] {
  return model.interactionModel.languageModel.intents.flatMap((intent) => [
    ...(intent.samples ?? []).map((sample) => compile(intent, sample, true, where, language)),
    ...(builtIns[intent.name] ?? []).map((sample) => compile(intent, sample, false, where, language)),
  ]);
}

/** Per intent and slot ("LogSetIntent/reps"): the answers a slot elicitation accepts. */
function slotAnswerPatterns(model: InteractionModel, where: string, language: string): ReadonlyMap<string, readonly Pattern[]> {
  const answers = new Map<string, Pattern[]>();
  for (const intent of model.interactionModel.languageModel.intents) {
    for (const slot of intent.slots ?? []) {
      const samples = [`{${slot.name}}`, ...(slot.samples ?? [])];
      answers.set(`${intent.name}/${slot.name}`, samples.map((s) => compile(intent, s, true, where, language)));
    }
  }
  return answers;
}

function toMatch(c: Candidate): Match {
  return { intent: c.pattern.intent, sample: c.pattern.sample, slots: Object.fromEntries(c.slots.map((s) => [s.name, s])) };
}

export interface MatcherOptions {
  /**
   * Only what the model's samples and slots say: no word forgiven, no determiner swapped, no
   * filler dropped after the command (the wake word and "okay" before it still are). The
   * natural-phrasing corpus tests use it, so a phrase passes on the model's words, not on tolerance.
   */
  readonly strict?: boolean;
}

export function createMatcher(model: InteractionModel, locale: string, options: MatcherOptions = {}): Matcher {
  const lm = model.interactionModel.languageModel;
  const language = languageOf(locale);
  const said = (text: string) => saidIn(text, language);
  const keysOf = (text: string): string[] => [...said(text).keys];
  const where = `${locale}.json`;
  const numbers = numbersFor(locale);
  const { phrases, known } = phrasesFor(locale);
  const gaps: string[] = [];
  if (!numbers.hasWords) gaps.push(`numbers in ${locale} are understood as digits only (no number words yet)`);
  if (!known) gaps.push(`built-in intents in ${locale} are understood only through the samples in the model`);

  const vocabulary: Vocabulary = {
    values: indexSlotTypes(lm.types, language),
    readNumber: numbers.read,
    determiners: new Set(options.strict ? [] : phrases.determiners.flatMap(keysOf)),
    maxEdits: options.strict ? 0 : 1,
  };
  const fillers: Fillers = {
    leading: phrases.leadingFillers.map((f) => keysOf(f.join(' '))),
    trailing: phrases.trailingFillers.map((f) => keysOf(f.join(' '))),
  };
  const patterns = intentPatterns(model, phrases.builtIns, where, language);
  const slotAnswers = slotAnswerPatterns(model, where, language);

  function match(text: string): Match {
    const tokens = said(text);
    // The words as typed first: a filler word may be part of a sample ("wait", "now", German
    // "mal"), so the words before a command go before those after it ("ähm, warte mal").
    let found = best(patterns, tokens, vocabulary);
    for (const trailing of options.strict ? [false] : [false, true]) {
      const stripped = stripFillers(tokens, trailing ? fillers : { ...fillers, trailing: [] });
      if (found === undefined && stripped.keys.length < tokens.keys.length) found = best(patterns, stripped, vocabulary);
    }
    return found ? toMatch(found) : { intent: FALLBACK_INTENT, slots: {} };
  }

  function matchSlotAnswer(text: string, intent: string, slot: string): SlotMatch | undefined {
    const pool = slotAnswers.get(`${intent}/${slot}`);
    if (!pool) return undefined;
    return best(pool, stripFillers(said(text), fillers), vocabulary)?.slots.find((s) => s.name === slot);
  }

  const { invocation, launchText } = invocations(phrases, lm.invocationName, language, match);
  return { match, matchSlotAnswer, invocation, launchText, gaps };
}
