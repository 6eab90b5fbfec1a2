// "What's my best" as a lifter means it, said in one sentence, in every locale, through the
// exported handler and a real dynalite log: the heaviest full clean set (every rep clean, at
// least the exercise's clean-rep count), said as such, above a heavier partial set; before any
// full clean set, the heaviest, with what a full set would take.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

/** One sentence: a single closing mark, at the end (weights here are whole, so no decimal point). */
const ONE_SENTENCE = /^[^.!?]+[.!?]$/;
/** The word for clean form, per language: the answer says the best set was clean throughout. */
const CLEAN: Readonly<Record<string, string>> = { en: 'clean', de: 'sauber', es: 'limpias', fr: 'propres' };

describe.each(Object.keys(LOCALES))('the best set in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const weightSlot = { value: unit, id: unit };
  const spoken = (amount: number) => t(`weight.${unit}`, { amount: new Intl.NumberFormat(locale).format(amount), count: amount });
  const setSaid = (reps: number, amount: number) => t('log.setWithWeight', { count: reps, weight: spoken(amount) });
  let runner = 0;

  async function logged(sets: readonly (readonly [reps: number, weight: number, clean: boolean])[]): Promise<Conversation> {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-best-${(runner += 1)}` });
    await talk.launch();
    for (const [reps, weight, clean] of sets) {
      await talk.intent('LogSetIntent', { reps, weight, unit: weightSlot });
      await talk.intent(clean ? 'AMAZON.YesIntent' : 'AMAZON.NoIntent');
      talk.wait(5 * 60_000);
    }
    return talk;
  }

  it('a full clean set beats a heavier partial one, and the answer says it was a full clean set', async () => {
    const talk = await logged([
      [10, 40, true],
      [6, 50, true],
      [10, 45, false],
    ]);
    await talk.intent('BestSetIntent');
    const line = t('history.best', { set: setSaid(10, 40) });
    expect(talk.said).toBe([line, t('ask.another.say')].join(' '));
    expect(line).toMatch(ONE_SENTENCE);
    expect(line).toContain(CLEAN[locale.slice(0, 2)]!);
  });

  it('with no full clean set yet: the heaviest, and what a full set would take, in one sentence', async () => {
    const talk = await logged([
      [8, 40, true],
      [10, 50, false],
      [12, 45, false],
    ]);
    await talk.intent('BestSetIntent');
    const line = t('history.bestPartial', { set: setSaid(10, 50), count: 10 });
    expect(talk.said).toBe([line, t('ask.another.say')].join(' '));
    expect(line).toMatch(ONE_SENTENCE);
    expect(line).not.toBe(t('history.best', { set: setSaid(10, 50) }));
  });
});
