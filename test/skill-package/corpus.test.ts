// The interaction models understand runners in their own words. Each locale has a corpus of
// natural phrasings (test/skill-package/corpus/), checked against the model by the local coach's
// matcher in strict mode: only the model's samples, slots and slot values count, no word forgiven,
// no determiner swapped. Every sample is needed by some phrase, and the test deletes each one in
// turn to show it: a sample removed from a model fails here.
import path from 'node:path';
import { createMatcher, type Match } from '../../scripts/coach/matcher';
import { loadInteractionModel, type InteractionModel } from '../../scripts/coach/model';
import { tokenize } from '../../scripts/coach/normalize';
import { phrasesFor } from '../../scripts/coach/phrases';
import { CORPUS } from './corpus';

const root = path.resolve(__dirname, '../..');

/** The intents a runner uses mid-workout, hands on the bar: each has at least 15 phrasings. */
const WORKOUT_INTENTS = [
  'StartSetIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.NextIntent',
  'FinishSetIntent',
  'CorrectCountIntent',
  'RepCountIntent',
  'RestIntent',
  'LogSetIntent',
];
const MIN_WORKOUT_PHRASES = 15;
const MIN_OTHER_PHRASES = 3;
/** Built-ins answered by the platform's own words; the corpus need not repeat them. */
const NOT_IN_CORPUS = new Set([
  'AMAZON.FallbackIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
]);

interface Phrase {
  readonly intent: string;
  readonly said: string;
  readonly slots: Readonly<Record<string, string>>;
}

function phrasesOf(corpus: Readonly<Record<string, readonly string[]>>): Phrase[] {
  return Object.entries(corpus).flatMap(([intent, lines]) =>
    lines.map((line) => {
      const [said = '', slotText = ''] = line.split('|');
      const slots = Object.fromEntries(
        slotText
          .trim()
          .split(/\s+/)
          .filter((pair) => pair !== '')
          .map((pair) => pair.split('=') as [string, string]),
      );
      return { intent, said: said.trim(), slots };
    }),
  );
}

/** What a match means to the skill: the intent and each slot's number or value id. */
function outcome(match: Match): { intent: string; slots: Record<string, string> } {
  return {
    intent: match.intent,
    slots: Object.fromEntries(Object.values(match.slots).map((s) => [s.name, s.resolution?.id ?? s.value])),
  };
}

function without(model: InteractionModel, intent: string, sample: string): InteractionModel {
  const lm = model.interactionModel.languageModel;
  const intents = lm.intents.map((i) => (i.name === intent ? { ...i, samples: (i.samples ?? []).filter((s) => s !== sample) } : i));
  return { interactionModel: { ...model.interactionModel, languageModel: { ...lm, intents } } };
}

describe.each(Object.keys(CORPUS))('natural phrasings in %s', (locale) => {
  const model = loadInteractionModel(root, locale);
  const intents = model.interactionModel.languageModel.intents;
  const strict = createMatcher(model, locale, { strict: true });
  const tolerant = createMatcher(model, locale);
  const phrases = phrasesOf(CORPUS[locale] ?? {});
  const sampleKeys = new Set(intents.flatMap((i) => i.samples ?? []).map((s) => tokenize(s).join(' ')));

  test('every intent has its phrasings: 15 or more for the workout intents', () => {
    const counts = new Map<string, number>();
    for (const p of phrases) counts.set(p.intent, (counts.get(p.intent) ?? 0) + 1);
    const short = intents
      .map((i) => i.name)
      .filter((name) => !NOT_IN_CORPUS.has(name))
      .map((name) => ({ name, count: counts.get(name) ?? 0, min: WORKOUT_INTENTS.includes(name) ? MIN_WORKOUT_PHRASES : MIN_OTHER_PHRASES }))
      .filter(({ count, min }) => count < min);
    expect(short).toEqual([]);
    expect(WORKOUT_INTENTS.filter((name) => !intents.some((i) => i.name === name))).toEqual([]);
  });

  test('no phrase is one of the model\'s own samples word for word', () => {
    expect(phrases.filter((p) => sampleKeys.has(tokenize(p.said).join(' '))).map((p) => p.said)).toEqual([]);
  });

  test('every phrase means what the runner meant, on the model\'s samples alone and in the coach', () => {
    const wrong = phrases
      .map((p) => ({ said: p.said, expected: { intent: p.intent, slots: p.slots }, strict: outcome(strict.match(p.said)), coach: outcome(tolerant.match(p.said)) }))
      .filter((r) => JSON.stringify(r.strict) !== JSON.stringify(r.expected) || JSON.stringify(r.coach) !== JSON.stringify(r.expected))
      .map((r) => `"${r.said}": expected ${JSON.stringify(r.expected)}, strict ${JSON.stringify(r.strict)}, coach ${JSON.stringify(r.coach)}`);
    expect(wrong).toEqual([]);
  });

  test('every sample is needed: deleting it changes what some phrase means', () => {
    const bySample = new Map<string, Phrase[]>();
    for (const p of phrases) {
      const sample = strict.match(p.said).sample;
      if (sample !== undefined) bySample.set(sample, [...(bySample.get(sample) ?? []), p]);
    }
    const unneeded: string[] = [];
    let deleted = 0;
    // A sample the coach also knows as a built-in's own word ("continúa") stays understood
    // without it, on Alexa as in the coach: deleting it changes nothing, so it is not tried.
    const builtInWords = phrasesFor(locale).phrases.builtIns;
    for (const intent of intents) {
      const ownWords = new Set((builtInWords[intent.name] ?? []).map((w) => tokenize(w).join(' ')));
      for (const sample of (intent.samples ?? []).filter((s) => !ownWords.has(tokenize(s).join(' ')))) {
        const users = (bySample.get(sample) ?? []).filter((p) => p.intent === intent.name);
        const smaller = createMatcher(without(model, intent.name, sample), locale, { strict: true });
        deleted++;
        const changed = users.some((p) => JSON.stringify(outcome(smaller.match(p.said))) !== JSON.stringify({ intent: p.intent, slots: p.slots }));
        if (!changed) unneeded.push(`${intent.name}: "${sample}"`);
      }
    }
    console.log(`CORPUS_FIGURES ${locale}: ${phrases.length} phrasings; ${deleted} samples deleted one by one, ${deleted - unneeded.length} of them caught by a phrase`);
    expect(unneeded).toEqual([]);
  });
});

// Issue 13's list of what once went to the fallback in en-US, word for word.
test.each([
  ["let's do twelve reps", 'StartSetIntent', { reps: '12' }],
  ['do twelve reps', 'StartSetIntent', { reps: '12' }],
  ['twelve reps at sixty five', 'StartSetIntent', { reps: '12', weight: '65' }],
  ["I'm ready", 'StartSetIntent', {}],
  ['begin', 'StartSetIntent', {}],
  ['hang on', 'AMAZON.PauseIntent', {}],
  ['hold up', 'AMAZON.PauseIntent', {}],
  ['one sec', 'AMAZON.PauseIntent', {}],
  ['go', 'AMAZON.ResumeIntent', {}],
  ['go on', 'AMAZON.ResumeIntent', {}],
  ['carry on', 'AMAZON.ResumeIntent', {}],
  ['unpause', 'AMAZON.ResumeIntent', {}],
  ["I'm done", 'FinishSetIntent', {}],
  ['done', 'FinishSetIntent', {}],
  ['finished', 'FinishSetIntent', {}],
  ["that's it", 'FinishSetIntent', {}],
  ['last rep', 'FinishSetIntent', {}],
  ['stop the set', 'FinishSetIntent', {}],
  ['actually it was six', 'CorrectCountIntent', { reps: '6' }],
  ['make that eight', 'CorrectCountIntent', { reps: '8' }],
  ['log ten reps at 65', 'LogSetIntent', { reps: '10', weight: '65' }],
  ['record a set of 10', 'LogSetIntent', { reps: '10' }],
  ['history', 'LastTimeIntent', {}],
  ["what's my PR", 'BestSetIntent', {}],
  ['rest for a minute', 'RestIntent', { duration: '60' }],
  ['start a set of 10 at 65 lbs', 'StartSetIntent', { reps: '10', weight: '65', unit: 'lb' }],
  ['start a set of 10 at 65 lb', 'StartSetIntent', { reps: '10', weight: '65', unit: 'lb' }],
  ['start a set of 10 at 30 kg', 'StartSetIntent', { reps: '10', weight: '30', unit: 'kg' }],
  ['start a set of 10 at 30 kilo', 'StartSetIntent', { reps: '10', weight: '30', unit: 'kg' }],
  ['start a set of 10 at 30 kilos', 'StartSetIntent', { reps: '10', weight: '30', unit: 'kg' }],
  ['how many have I done', 'RepCountIntent', {}],
  ['what rep am I on', 'RepCountIntent', {}],
  ['how many left', 'RepCountIntent', {}],
  ['yep', 'AMAZON.YesIntent', {}],
  ['sure', 'AMAZON.YesIntent', {}],
  ['nope', 'AMAZON.NoIntent', {}],
] as const)('en-US understands "%s" on its samples alone', (said, intent, slots) => {
  const strict = createMatcher(loadInteractionModel(root, 'en-US'), 'en-US', { strict: true });
  expect(outcome(strict.match(said))).toEqual({ intent, slots });
});
