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
  'AMAZON.TIME': { said: 'seven thirty', value: '07:30' },
  WeightUnit: { said: 'kilos', value: 'kilos', id: 'kg' },
  PacingMode: { said: 'rep by rep', value: 'rep by rep', id: 'repByRep' },
  HoldChange: { said: 'longer', value: 'longer', id: 'longer' },
  RestLength: { said: 'a couple of minutes', value: 'a couple of minutes', id: '120' },
  Weekday: { said: 'tuesdays', value: 'tuesdays', id: 'TU' },
  DayPeriod: { said: 'in the evening', value: 'in the evening', id: 'pm' },
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

// Every locale's own model, with its own number words and slot values.
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;
/** Twelve, said the way each language says it. */
const TWELVE: Record<string, string> = { en: 'twelve', de: 'zwölf', es: 'doce', fr: 'douze' };
/** Half past seven (AMAZON.TIME: 07:30), said the way each language says it. */
const HALF_PAST_SEVEN: Record<string, string> = { en: 'seven thirty', de: 'sieben uhr dreißig', es: 'siete y media', fr: 'sept heures trente' };

describe.each(LOCALES)('%s: every sample utterance resolves to its own intent', (locale) => {
  const m = loadInteractionModel(root, locale);
  const lm = m.interactionModel.languageModel;
  const mm = createMatcher(m, locale);
  const types = new Map((lm.types ?? []).map((t) => [t.name, t]));
  const cases = lm.intents.flatMap((intent) => (intent.samples ?? []).map((sample) => [intent.name, sample] as const));

  /** The sample with each slot filled: a number in words, or each custom value's name in turn. */
  function fill(name: string, sample: string, pick: number): { said: string; expected: Record<string, string> } {
    const intent = lm.intents.find((i) => i.name === name);
    const expected: Record<string, string> = {};
    const said = sample.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const type = intent?.slots?.find((s) => s.name === slot)?.type ?? '';
      if (type === 'AMAZON.NUMBER') {
        expected[slot] = '12';
        return TWELVE[locale.slice(0, 2)] ?? '12';
      }
      if (type === 'AMAZON.TIME') {
        expected[slot] = '07:30';
        return HALF_PAST_SEVEN[locale.slice(0, 2)] ?? '7:30';
      }
      const values = types.get(type)?.values ?? [];
      const value = values[pick % values.length];
      if (!value) throw new Error(`no value of ${type} in ${locale}`);
      expected[slot] = value.id ?? value.name.value;
      return value.name.value;
    });
    return { said, expected };
  }

  it('has the whole model', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(mm.gaps).toEqual([]);
  });

  it.each(cases)('%s: "%s"', (name, sample) => {
    for (const pick of [0, 1]) {
      const { said, expected } = fill(name, sample, pick);
      const match = mm.match(said);
      expect({ said, intent: match.intent }).toEqual({ said, intent: name });
      expect(slots(match)).toEqual(expected);
    }
  });

  it('every synonym of every slot value resolves to its id', () => {
    for (const type of lm.types ?? []) {
      // The first sample whose one slot is of this type: "use {unit}", "coach me {pacing}".
      const only = (i: (typeof lm.intents)[number], x: string): boolean => {
        const used = [...x.matchAll(/\{(\w+)\}/g)].map((g) => i.slots?.find((s) => s.name === g[1])?.type);
        return used.length === 1 && used[0] === type.name;
      };
      const intent = lm.intents.find((i) => i.samples?.some((x) => only(i, x)));
      const sample = intent?.samples?.find((x) => only(intent, x));
      if (!intent || !sample) throw new Error(`no sample with only a ${type.name} in ${locale}`);
      for (const value of type.values) {
        for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const match = mm.match(sample.replace(/\{\w+\}/, word));
          expect({ word, intent: match.intent, id: Object.values(match.slots)[0]?.resolution?.id }).toEqual({ word, intent: intent.name, id: value.id });
        }
      }
    }
  });
});

describe('German, Spanish and French: built-ins, typing without accents, invocation', () => {
  const matchers = Object.fromEntries(
    (['de-DE', 'es-ES', 'fr-FR'] as const).map((l) => [l, createMatcher(loadInteractionModel(root, l), l)]),
  ) as Record<'de-DE' | 'es-ES' | 'fr-FR', ReturnType<typeof createMatcher>>;

  it.each([
    ['de-DE', 'ja', 'AMAZON.YesIntent'], ['de-DE', 'jawohl', 'AMAZON.YesIntent'], ['de-DE', 'nein', 'AMAZON.NoIntent'],
    ['de-DE', 'Hilfe!', 'AMAZON.HelpIntent'], ['de-DE', 'stopp', 'AMAZON.StopIntent'], ['de-DE', 'abbrechen', 'AMAZON.CancelIntent'],
    ['de-DE', 'pause', 'AMAZON.PauseIntent'], ['de-DE', 'weiter', 'AMAZON.ResumeIntent'], ['de-DE', 'mach weiter', 'AMAZON.ResumeIntent'],
    ['de-DE', 'nächste', 'AMAZON.NextIntent'], ['de-DE', 'naechste', 'AMAZON.NextIntent'], ['de-DE', 'nachste', 'AMAZON.NextIntent'],
    ['de-DE', 'wiederholen', 'AMAZON.RepeatIntent'], ['de-DE', 'von vorne', 'AMAZON.StartOverIntent'], ['de-DE', 'nach hause', 'AMAZON.NavigateHomeIntent'],
    ['de-DE', 'Alexa, pause bitte', 'AMAZON.PauseIntent'],
    ['es-ES', 'sí', 'AMAZON.YesIntent'], ['es-ES', 'si', 'AMAZON.YesIntent'], ['es-ES', 'vale', 'AMAZON.YesIntent'], ['es-ES', 'no', 'AMAZON.NoIntent'],
    ['es-ES', 'ayuda', 'AMAZON.HelpIntent'], ['es-ES', '¿qué puedo decir?', 'AMAZON.HelpIntent'], ['es-ES', 'que puedo decir', 'AMAZON.HelpIntent'],
    ['es-ES', 'para', 'AMAZON.StopIntent'], ['es-ES', 'cancela', 'AMAZON.CancelIntent'], ['es-ES', 'pausa', 'AMAZON.PauseIntent'],
    ['es-ES', 'continúa', 'AMAZON.ResumeIntent'], ['es-ES', 'continua', 'AMAZON.ResumeIntent'], ['es-ES', 'siguiente', 'AMAZON.NextIntent'],
    ['es-ES', 'repite', 'AMAZON.RepeatIntent'], ['es-ES', 'empieza de nuevo', 'AMAZON.StartOverIntent'], ['es-ES', 'pausa por favor', 'AMAZON.PauseIntent'],
    ['fr-FR', 'oui', 'AMAZON.YesIntent'], ['fr-FR', "d'accord", 'AMAZON.YesIntent'], ['fr-FR', 'non', 'AMAZON.NoIntent'], ['fr-FR', 'aide', 'AMAZON.HelpIntent'],
    ['fr-FR', 'stop', 'AMAZON.StopIntent'], ['fr-FR', 'arrête', 'AMAZON.StopIntent'], ['fr-FR', 'arrete', 'AMAZON.StopIntent'],
    ['fr-FR', 'annule', 'AMAZON.CancelIntent'], ['fr-FR', 'pause', 'AMAZON.PauseIntent'], ['fr-FR', 'reprends', 'AMAZON.ResumeIntent'],
    ['fr-FR', 'continue', 'AMAZON.ResumeIntent'], ['fr-FR', 'suivant', 'AMAZON.NextIntent'], ['fr-FR', 'répète', 'AMAZON.RepeatIntent'],
    ['fr-FR', 'recommence', 'AMAZON.StartOverIntent'], ['fr-FR', "pause s'il te plaît", 'AMAZON.PauseIntent'],
  ] as const)('%s "%s" -> %s', (locale, text, intent) => {
    expect(matchers[locale].match(text).intent).toBe(intent);
  });

  it.each([
    ['de-DE', 'starte einen satz mit drei', 'StartSetIntent', { reps: '3' }],
    ['de-DE', 'starte einen satz mit fünfundsechzig', 'StartSetIntent', { reps: '65' }],
    ['de-DE', 'starte einen satz mit acht wiederholungen bei sechzig kilo', 'StartSetIntent', { reps: '8', weight: '60', unit: 'kg' }],
    ['de-DE', 'meine stange wiegt zweieinhalb kilo', 'SetBarWeightIntent', { weight: '2.5', unit: 'kg' }],
    ['de-DE', 'ich habe zwoelf gemacht', 'CorrectCountIntent', { reps: '12' }],
    ['de-DE', 'starte einen satz mit funf', 'StartSetIntent', { reps: '5' }],
    ['de-DE', 'losche den letzten satz', 'DeleteLastSetIntent', {}],
    ['de-DE', 'halte laenger', 'SetBreathLengthIntent', { change: 'longer' }],
    ['de-DE', 'los gehts', 'StartSetIntent', {}],
    ['es-ES', 'empieza una serie de tres', 'StartSetIntent', { reps: '3' }],
    ['es-ES', 'esa fue la ultima', 'FinishSetIntent', {}],
    ['es-ES', 'que tal me fue la ultima vez', 'LastTimeIntent', {}],
    ['es-ES', '¿Qué tal me fue la última vez?', 'LastTimeIntent', {}],
    ['es-ES', 'por que es bueno para correr', 'ExplainWhyIntent', {}],
    ['es-ES', 'he hecho veintidos', 'CorrectCountIntent', { reps: '22' }],
    ['es-ES', 'haz las respiraciones mas largas', 'SetBreathLengthIntent', { change: 'longer' }],
    ['fr-FR', 'commence une série de trois', 'StartSetIntent', { reps: '3' }],
    ['fr-FR', 'commence une serie de trois', 'StartSetIntent', { reps: '3' }],
    ["fr-FR", "j'en ai fait sept", 'CorrectCountIntent', { reps: '7' }],
    ['fr-FR', 'j’en ai fait sept', 'CorrectCountIntent', { reps: '7' }],
    ['fr-FR', 'jen ai fait sept', 'CorrectCountIntent', { reps: '7' }],
    ['fr-FR', 'j en ai fait sept', 'CorrectCountIntent', { reps: '7' }],
    ['fr-FR', "c'était ma dernière", 'FinishSetIntent', {}],
    ['fr-FR', 'cetait ma derniere', 'FinishSetIntent', {}],
    ['fr-FR', "change l'unité en kilos", 'SetUnitIntent', { unit: 'kg' }],
    ['fr-FR', 'guide-moi d une traite', 'SetPacingIntent', { pacing: 'wholeSet' }],
  ] as const)('%s "%s" -> %s', (locale, text, intent, expected) => {
    const match = matchers[locale].match(text);
    expect(match.intent).toBe(intent);
    expect(slots(match)).toEqual(expected);
  });

  it('keeps slot values as said, accents included', () => {
    expect(matchers['es-ES'].match('haz las respiraciones mas largas').slots.change?.value).toBe('mas largas');
    expect(matchers['es-ES'].match('haz las respiraciones más largas').slots.change?.value).toBe('más largas');
    expect(matchers['de-DE'].match('halte länger').slots.change?.value).toBe('länger');
  });

  it.each([
    ['de-DE', 'öffne läufer kreuzheben'], ['de-DE', 'Alexa, starte Läufer Kreuzheben'], ['de-DE', 'oeffne laeufer kreuzheben'],
    ['es-ES', 'abre peso muerto del corredor'], ['es-ES', 'Alexa, abre Peso Muerto del Corredor'],
    ['fr-FR', 'ouvre soulevé de terre du coureur'], ['fr-FR', 'lance souleve de terre du coureur'],
  ] as const)('%s: "%s" launches', (locale, text) => {
    expect(matchers[locale].invocation(text)).toEqual({ kind: 'launch' });
  });

  it.each([
    ['de-DE', 'sag läufer kreuzheben, dass das meine letzte wiederholung war', 'das war meine letzte wiederholung'],
    ['de-DE', 'sag läufer kreuzheben, dass ich sieben gemacht habe', 'ich habe sieben gemacht'],
    ['de-DE', 'sag läufer kreuzheben starte einen satz', 'starte einen satz'],
    ['de-DE', 'öffne läufer kreuzheben und starte einen satz mit drei', 'starte einen satz mit drei'],
    ['es-ES', 'pide a peso muerto del corredor que empiece una serie', 'empiece una serie'],
    ['es-ES', 'dile a peso muerto del corredor que he hecho siete', 'he hecho siete'],
    ['fr-FR', 'demande à soulevé de terre du coureur de commencer une série', 'commencer une série'],
    ['fr-FR', "demande à soulevé de terre du coureur d'enregistrer une série", 'enregistrer une série'],
  ] as const)('%s: "%s" is a one-shot', (locale, text, utterance) => {
    expect(matchers[locale].invocation(text)).toEqual({ kind: 'oneShot', utterance });
  });

  it('one-shot remainders resolve to their intents', () => {
    const de = matchers['de-DE'];
    const u = (text: string): string => {
      const inv = de.invocation(text);
      return inv?.kind === 'oneShot' ? de.match(inv.utterance).intent : 'none';
    };
    expect(u('sag läufer kreuzheben, dass ich sieben gemacht habe')).toBe('CorrectCountIntent');
    expect(u('sag läufer kreuzheben, dass das meine letzte wiederholung war')).toBe('FinishSetIntent');
    const es = matchers['es-ES'].invocation('pide a peso muerto del corredor que empiece una serie');
    expect(es?.kind === 'oneShot' && matchers['es-ES'].match(es.utterance).intent).toBe('StartSetIntent');
    const fr = matchers['fr-FR'].invocation('demande à soulevé de terre du coureur de commencer une série');
    expect(fr?.kind === 'oneShot' && matchers['fr-FR'].match(fr.utterance).intent).toBe('StartSetIntent');
  });

  it('names the launch words in the locale', () => {
    expect(matcher.launchText).toBe('open runner deadlift');
    expect(matchers['de-DE'].launchText).toBe('öffne läufer kreuzheben');
    expect(matchers['es-ES'].launchText).toBe('abre peso muerto del corredor');
    expect(matchers['fr-FR'].launchText).toBe('ouvre soulevé de terre du coureur');
  });

  it.each([
    ['de-DE', 'bestell eine pizza'], ['de-DE', 'zwölf'], ['es-ES', 'pide una pizza'], ['es-ES', 'doce'],
    ['fr-FR', 'commande une pizza'], ['fr-FR', 'douze'],
  ] as const)('%s: "%s" is fallback', (locale, text) => {
    expect(matchers[locale].match(text).intent).toBe(FALLBACK_INTENT);
  });
});

describe('a language with no phrases or number words', () => {
  it('says so, and still understands digits and the model samples', () => {
    const it_ = createMatcher(model, 'it-IT');
    expect(it_.gaps).toEqual([
      'numbers in it-IT are understood as digits only (no number words yet)',
      'built-in intents in it-IT are understood only through the samples in the model',
    ]);
    expect(it_.match('start a set of 8').slots.reps?.value).toBe('8');
    expect(it_.match('start a set of eight').intent).toBe(FALLBACK_INTENT);
    expect(it_.launchText).toBe('open runner deadlift');
  });
});
