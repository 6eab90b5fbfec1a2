// Every intent of the interaction model, in every stage of a workout, in every locale: each gets a
// valid answer (the Conversation driver checks SSML, limits and reprompts on every response) and
// none reaches the generic error handler.
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation, type SlotValue } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

const model = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../skill-package/interactionModels/custom/en-US.json'), 'utf8'),
) as { interactionModel: { languageModel: { intents: { name: string; slots?: { name: string; type: string }[] }[] } } };
const INTENTS = model.interactionModel.languageModel.intents;

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

type Stage = (talk: Conversation) => Promise<unknown>;

/** Ways to bring a conversation to each stage the runner can be in. */
const STAGES: Record<string, Stage> = {
  'at launch': (talk) => talk.launch(),
  'mid-block': async (talk) => {
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(40_000);
  },
  'between blocks': async (talk) => {
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 30 });
    talk.wait(300_000);
  },
  paused: async (talk) => {
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.wait(70_000);
    await talk.intent('AMAZON.PauseIntent');
  },
  'set done': async (talk) => {
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 2 });
    talk.wait(200_000);
    await talk.intent('AMAZON.YesIntent');
  },
  resting: async (talk) => {
    await talk.launch();
    await talk.intent('RestIntent', { seconds: 30 });
  },
  'one-shot (new session)': async () => undefined,
};

/** Plausible slot values, so each intent is also tried the way a runner would say it. */
function typicalSlots(intent: (typeof INTENTS)[number]): Record<string, SlotValue> {
  const values: Record<string, SlotValue> = {
    reps: 8,
    weight: 60,
    breaths: 3,
    seconds: 5,
    minutes: 2,
    unit: { value: 'kilos', id: 'kg' },
    pacing: { value: 'rep by rep', id: 'repByRep' },
    change: { value: 'longer', id: 'longer' },
  };
  return Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, values[slot.name] ?? 1]));
}

describe.each(Object.keys(LOCALES))('every intent in every stage, %s', (locale) => {
  const t = translator(locale);
  const genericError = t('error.generic');

  describe.each(Object.keys(STAGES))('%s', (stageName) => {
    it.each(INTENTS.map((intent) => [intent.name, intent] as const))('%s answers without the generic error', async (_name, intent) => {
      const variants = intent.slots?.length ? [{}, typicalSlots(intent)] : [{}];
      for (const slots of variants) {
        const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-${stageName}-${intent.name}` });
        await STAGES[stageName]!(talk);
        await talk.intent(intent.name, slots);
        expect(talk.said).not.toContain(genericError);
        if (!talk.ended) expect(talk.reprompt).not.toBe('');
      }
    });
  });
});

describe.each(Object.keys(LOCALES))('odd slot values, %s', (locale) => {
  const t = translator(locale);

  async function startWith(slots: Record<string, SlotValue>): Promise<Conversation> {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-odd` });
    await talk.launch();
    await talk.intent('StartSetIntent', slots);
    return talk;
  }

  it.each<[string, Record<string, SlotValue>, string]>([
    ['a number Alexa could not read', { reps: '?' }, 'notHeard.reps'],
    ['words instead of a number', { reps: 'lots' }, 'notHeard.reps'],
    ['zero', { reps: 0 }, 'outOfRange.reps'],
    ['5000', { reps: 5000 }, 'outOfRange.reps'],
    ['a negative count', { reps: -4 }, 'outOfRange.reps'],
    ['a fraction of a rep', { reps: '7.5' }, 'outOfRange.reps'],
  ])('refuses %s for reps and asks again, losing nothing', async (_case, slots, key) => {
    const talk = await startWith(slots);
    expect(talk.said.startsWith(t(key, { min: 1, max: 30 }))).toBe(true);
    expect(talk.sessionState.stage).toEqual({ name: 'ready' });
    expect(talk.ended).toBe(false);
  });

  it('refuses a unit that is not a unit', async () => {
    const talk = await startWith({ reps: 10, weight: 60, unit: { value: 'bananas' } });
    expect(talk.said.startsWith(t('notHeard.unit'))).toBe(true);
  });

  it('starts with the default target when no number was said', async () => {
    const talk = await startWith({});
    expect((talk.sessionState.stage as { set: { target: number } }).set.target).toBe(10);
  });

  it('keeps a paused set when a correction is out of range', async () => {
    const talk = await startWith({ reps: 10 });
    talk.wait(70_000);
    await talk.intent('AMAZON.PauseIntent');
    const before = talk.sessionState.stage;
    await talk.intent('CorrectCountIntent', { reps: 12 });
    expect(talk.said.startsWith(t('outOfRange.reps', { min: 0, max: 10 }))).toBe(true);
    expect(talk.sessionState.stage).toEqual(before);
  });

  it('explains a state it cannot read and starts safely', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-corrupt` });
    await talk.launch();
    talk.setSessionAttributes({ state: { version: 0, stage: 'lifting', settings: 'heavy' } });
    await talk.intent('AMAZON.PauseIntent');
    expect(talk.said.startsWith(t('stateReset'))).toBe(true);
    expect(talk.sessionState.stage).toEqual({ name: 'ready' });
  });
});
