// The utterance matcher on the real en-US interaction model.
import path from 'node:path';
import { createMatcher, FALLBACK_INTENT, type Match } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';

const root = path.resolve(__dirname, '../..');
const model = loadInteractionModel(root, 'en-US');
const matcher = createMatcher(model, 'en-US');
const intents = model.interactionModel.languageModel.intents;

/** A natural value to say for each slot type when a sample has a placeholder. */
const SAY: Record<string, { said: string; value: string; id?: string }> = {
  'AMAZON.NUMBER': { said: 'twelve', value: '12' },
  WeightUnit: { said: 'kilos', value: 'kilos', id: 'kg' },
  PacingMode: { said: 'rep by rep', value: 'rep by rep', id: 'repByRep' },
  HoldChange: { said: 'longer', value: 'longer', id: 'longer' },
};

function slots(m: Match): Record<string, string> {
  return Object.fromEntries(Object.values(m.slots).map((s) => [s.name, s.resolution?.id ?? s.value]));
}

describe('every sample utterance resolves to its own intent', () => {
  const cases = intents.flatMap((intent) => (intent.samples ?? []).map((sample) => [intent.name, sample] as const));

  it('covers the whole model', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases)('%s: "%s"', (name, sample) => {
    const intent = intents.find((i) => i.name === name);
    const expected: Record<string, string> = {};
    const said = sample.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const type = intent?.slots?.find((s) => s.name === slot)?.type ?? '';
      const say = SAY[type];
      if (!say) throw new Error(`no test value for ${type}`);
      expected[slot] = say.id ?? say.value;
      return say.said;
    });
    const match = matcher.match(said);
    expect(match.intent).toBe(name);
    expect(slots(match)).toEqual(expected);
  });
});

describe('numbers', () => {
  it.each([
    ['start a set of 8', '8'],
    ['start a set of eight', '8'],
    ['start a set of twelve', '12'],
    ['start a set of twenty', '20'],
    ['start a set of ninety five', '95'],
    ['start a set of ninety-five', '95'],
    ['start a set of a hundred', '100'],
    ['start a set of one hundred and five', '105'],
    ['start a set of a hundred and five', '105'],
    ['start a set of two hundred twenty', '220'],
    ['start a set of 105', '105'],
  ])('"%s" -> reps %s', (text, reps) => {
    const match = matcher.match(text);
    expect(match.intent).toBe('StartSetIntent');
    expect(match.slots.reps?.value).toBe(reps);
  });

  it('reads weights next to units, in words and digits', () => {
    expect(slots(matcher.match('start a set of eight at sixty five pounds'))).toEqual({ reps: '8', weight: '65', unit: 'lb' });
    expect(slots(matcher.match('start a set of 8 at 65 lbs'))).toEqual({ reps: '8', weight: '65', unit: 'lb' });
    expect(slots(matcher.match('log a set of twelve at a hundred and five pounds'))).toEqual({ reps: '12', weight: '105', unit: 'lb' });
    expect(slots(matcher.match('my bar weighs twenty kilograms'))).toEqual({ weight: '20', unit: 'kg' });
  });

  it('reads halves and decimal points', () => {
    expect(matcher.match('rest for two and a half minutes').slots.minutes?.value).toBe('2.5');
    expect(matcher.match('rest for 1.5 minutes').slots.minutes?.value).toBe('1.5');
    expect(matcher.match('my bar weighs twenty point five kilos').slots.weight?.value).toBe('20.5');
  });

  it('sends a number slot as digits and leaves unsaid slots out of the match', () => {
    const match = matcher.match('I did seven');
    expect(match).toMatchObject({ intent: 'CorrectCountIntent', slots: { reps: { value: '7', type: 'AMAZON.NUMBER' } } });
    expect(match.slots.reps?.resolution).toBeUndefined();
    expect(Object.keys(matcher.match('start a set of eight').slots)).toEqual(['reps']);
  });
});

describe('custom slot values and synonyms resolve to their ids', () => {
  it.each([
    ['use pounds', 'unit', 'lb', 'pounds'],
    ['use lbs', 'unit', 'lb', 'pounds'],
    ['use pound', 'unit', 'lb', 'pounds'],
    ['use kilos', 'unit', 'kg', 'kilograms'],
    ['switch to kilogram', 'unit', 'kg', 'kilograms'],
    ['use kg', 'unit', 'kg', 'kilograms'],
    ['coach me one rep at a time', 'pacing', 'repByRep', 'rep by rep'],
    ['switch to the whole set', 'pacing', 'wholeSet', 'whole set'],
    ['coach me all at once', 'pacing', 'wholeSet', 'whole set'],
    ['continuous pacing', 'pacing', 'wholeSet', 'whole set'],
    ['slower holds', 'change', 'longer', 'longer'],
    ['make the holds quicker', 'change', 'shorter', 'shorter'],
    ['short holds', 'change', 'shorter', 'shorter'],
  ])('"%s" -> %s = %s', (text, slot, id, name) => {
    const match = matcher.match(text);
    expect(match.slots[slot]?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id, name });
    expect(match.slots[slot]?.value).toBe(text.includes('one rep at a time') ? 'one rep at a time' : match.slots[slot]?.value);
  });

  it('a word that is no value of the type is still sent, as ER_SUCCESS_NO_MATCH', () => {
    const match = matcher.match('start a set of eight at sixty five furlongs');
    expect(match.intent).toBe('StartSetIntent');
    expect(match.slots.unit).toMatchObject({ value: 'furlongs', resolution: { status: 'ER_SUCCESS_NO_MATCH' } });
  });

  it('prefers the sample whose slot resolves ("switch to" is both a unit and a pacing sample)', () => {
    expect(matcher.match('switch to kilos').intent).toBe('SetUnitIntent');
    expect(matcher.match('switch to rep by rep').intent).toBe('SetPacingIntent');
  });
});

describe('built-in intents', () => {
  it.each([
    ['yes', 'AMAZON.YesIntent'], ['yeah', 'AMAZON.YesIntent'], ['sure', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'], ['nope', 'AMAZON.NoIntent'],
    ['help', 'AMAZON.HelpIntent'], ['what can I say', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'], ['cancel', 'AMAZON.CancelIntent'],
    ['pause', 'AMAZON.PauseIntent'], ['hold on', 'AMAZON.PauseIntent'], ['wait', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'], ['continue', 'AMAZON.ResumeIntent'], ['keep going', 'AMAZON.ResumeIntent'],
    ['next', 'AMAZON.NextIntent'], ['next rep', 'AMAZON.NextIntent'],
    ['repeat', 'AMAZON.RepeatIntent'], ['say that again', 'AMAZON.RepeatIntent'],
    ['start over', 'AMAZON.StartOverIntent'], ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('"%s" -> %s', (text, intent) => {
    expect(matcher.match(text).intent).toBe(intent);
  });

  it('"start" is the custom StartSetIntent, "start over" the built-in', () => {
    expect(matcher.match('start').intent).toBe('StartSetIntent');
    expect(matcher.match('start over').intent).toBe('AMAZON.StartOverIntent');
  });
});

describe('case, punctuation and near misses', () => {
  it.each([
    ["Let's go!", 'StartSetIntent'],
    ['LETS GO', 'StartSetIntent'],
    ['Alexa, pause.', 'AMAZON.PauseIntent'],
    ["I'm done with this set", 'FinishSetIntent'],
    ['im done with this set', 'FinishSetIntent'],
    ['What’s my best?', 'BestSetIntent'],
    ['please start a set', 'StartSetIntent'],
    ['end my set', 'FinishSetIntent'],
    ['finish my set now', 'FinishSetIntent'],
    ['how do I do the runner deadlift', 'ExplainHowIntent'],
    ['delete the last set please', 'DeleteLastSetIntent'],
    ['how many sets have I done in this week', 'WeekCountIntent'],
  ])('"%s" -> %s', (text, intent) => {
    expect(matcher.match(text).intent).toBe(intent);
  });

  it('keeps near-miss numbers apart from the words around them', () => {
    expect(matcher.match('make it three breaths')).toMatchObject({ intent: 'SetBreathsIntent', slots: { breaths: { value: '3' } } });
    expect(matcher.match('make it three')).toMatchObject({ intent: 'CorrectCountIntent', slots: { reps: { value: '3' } } });
    expect(matcher.match('I did a set of ten')).toMatchObject({ intent: 'LogSetIntent', slots: { reps: { value: '10' } } });
    expect(matcher.match('I did ten')).toMatchObject({ intent: 'CorrectCountIntent', slots: { reps: { value: '10' } } });
  });
});

describe('nonsense goes to AMAZON.FallbackIntent', () => {
  it.each([
    'purple monkey dishwasher',
    'order a pizza',
    "what's the weather in Paris",
    'start a fire',
    'play some music',
    'eight',
    'set',
    'blorp',
  ])('"%s"', (text) => {
    expect(matcher.match(text)).toEqual({ intent: FALLBACK_INTENT, slots: {} });
  });
});

describe('invocation and dialog answers', () => {
  it('knows launch phrases and one-shot requests', () => {
    expect(matcher.invocation('open runner deadlift')).toEqual({ kind: 'launch' });
    expect(matcher.invocation('Alexa, launch Runner Deadlift')).toEqual({ kind: 'launch' });
    expect(matcher.invocation('ask runner deadlift to start a set of eight')).toEqual({ kind: 'oneShot', utterance: 'start a set of eight' });
    expect(matcher.invocation('start a set')).toBeUndefined();
  });

  it("reads an answer to LogSetIntent's reps prompt from the slot's samples", () => {
    expect(matcher.matchSlotAnswer('eight', 'LogSetIntent', 'reps')?.value).toBe('8');
    expect(matcher.matchSlotAnswer('twelve reps', 'LogSetIntent', 'reps')?.value).toBe('12');
    expect(matcher.matchSlotAnswer('it was 10', 'LogSetIntent', 'reps')?.value).toBe('10');
    expect(matcher.matchSlotAnswer('purple', 'LogSetIntent', 'reps')).toBeUndefined();
  });
});
