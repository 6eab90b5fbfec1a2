// The Echo Show's help screen ("Things you can say") in every locale: it lists what spoken help
// names, the count question included, and each thing it tells the runner to say is understood
// by that locale's interaction model as what it offers (the coach's matcher on the model's own
// samples, as the help and corpus tests check the spoken words). documents.test.ts validates the
// document itself with apl-suggester on every viewport.
import path from 'node:path';
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { createMatcher } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

const root = path.resolve(__dirname, '../..');

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

/** What each line of the help screen offers, by its key under screen.say. */
const MEANS = {
  start: 'StartSetIntent',
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  next: 'AMAZON.NextIntent',
  count: 'RepCountIntent',
  finish: 'FinishSetIntent',
  rest: 'RestIntent',
  history: 'LastTimeIntent',
} as const;

const SHOW_5 = { shape: 'RECTANGLE', pixelWidth: 960, pixelHeight: 480 } as const;

function helpLines(response: ResponseEnvelope): readonly string[] {
  const render = ((response.response.directives ?? []) as Directive[]).find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    | { datasources: { s: { properties: { lines?: readonly string[] } } } }
    | undefined;
  return render?.datasources.s.properties.lines ?? [];
}

/** A shown phrase as it is said: without its quotation marks. */
const spoken = (line: string): string => line.replace(/[“”„«»"]/g, '').trim();

describe.each(Object.keys(LOCALES))('the help screen in %s', (locale) => {
  const t = translator(locale);

  it('lists the count question with the rest, in the order a set uses them', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-help-screen`, screen: SHOW_5 });
    await talk.launch();
    const lines = helpLines(await talk.intent('AMAZON.HelpIntent'));
    expect(lines).toEqual(Object.keys(MEANS).map((key) => t(`screen.say.${key}`)));
    expect(lines).toContain(t('screen.say.count'));
  });

  it('shows only phrases the locale\'s model understands as what they offer', () => {
    const matcher = createMatcher(loadInteractionModel(root, locale), locale);
    const understood = Object.fromEntries(Object.keys(MEANS).map((key) => [key, matcher.match(spoken(t(`screen.say.${key}`))).intent]));
    expect(understood).toEqual(MEANS);
  });
});
