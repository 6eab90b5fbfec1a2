// Every document the skill can send, in every locale and on every Echo Show viewport, validated
// by apl-suggester (Amazon's APL validator); every word it shows comes from the datasource; every
// response that carries one stays within the response checker's limits (Conversation checks each).
import { StaticAplTemplateValidator } from 'apl-suggester';
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { views as documentViews } from '../../lambda/src/screen';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
  // apl-suggester logs "No mixin for component : mainTemplate" for every document; it is not a finding.
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => skill.table?.close());

/** Echo Spot, Show 5, Show 8, Show 10 and 15, Show 21. */
const VIEWPORTS = [
  { shape: 'ROUND', pixelWidth: 480, pixelHeight: 480 },
  { shape: 'RECTANGLE', pixelWidth: 960, pixelHeight: 480 },
  { shape: 'RECTANGLE', pixelWidth: 1024, pixelHeight: 600 },
  { shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800 },
  { shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080 },
] as const;

/** The component and command types our documents may use: a typo is not valid APL, whatever the schema lets through. */
const KNOWN_TYPES = new Set(['Frame', 'Container', 'Text', 'TouchWrapper', 'SetValue', 'SpeakItem', 'Idle', 'SendEvent', 'R', 'P', 'B', 'H']);

type Render = { type: string; token: string; document: Record<string, unknown>; datasources: { s: { properties: Record<string, unknown> } } };

function renders(response: ResponseEnvelope): Render[] {
  return ((response.response.directives ?? []) as Directive[]).filter((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as unknown as Render[];
}

function types(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => types(item, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' && typeof value === 'string') out.add(value);
      else types(value, out);
    }
  }
  return out;
}

/** Every response of a session that shows every view: launch, a set, help, history, rest. */
async function session(locale: string, viewport: (typeof VIEWPORTS)[number], index: number): Promise<ResponseEnvelope[]> {
  const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-docs-${index}`, screen: viewport });
  const out: ResponseEnvelope[] = [await talk.launch()];
  out.push(await talk.intent('AMAZON.HelpIntent'));
  out.push(await talk.intent('StartSetIntent', { reps: 3, weight: 60 }));
  const block = (talk.sessionState.stage as { set: { block: { sentAt: number; endsAt: number } } }).set.block;
  talk.at(block.sentAt + block.endsAt + 1000);
  await talk.userEvent(['end', block.sentAt]);
  out.push(await talk.intent('AMAZON.YesIntent'));
  out.push(await talk.intent('RestIntent', { seconds: 90 }));
  out.push(await talk.intent('LastTimeIntent'));
  out.push(await talk.intent('BestSetIntent'));
  return out;
}

const validator = new StaticAplTemplateValidator();

describe.each(Object.keys(LOCALES))('screens in %s', (locale) => {
  const t = translator(locale);

  it.each(VIEWPORTS.map((viewport, index) => [`${viewport.shape} ${viewport.pixelWidth}x${viewport.pixelHeight}`, viewport, index] as const))(
    'on %s: every document is valid APL with all its words in the datasource',
    async (_name, viewport, index) => {
      const responses = await session(locale, viewport, index);
      const documents = responses.flatMap(renders);
      const views = new Set<string>();
      for (const render of documents) {
        expect(render.token).toBe('runnerDeadlift');
        expect(await validator.validate(render.document)).toEqual([]);
        expect(await validator.validateDataSources(render.datasources)).toEqual([]);
        expect([...types(render.document)].filter((type) => !KNOWN_TYPES.has(type) && type !== 'APL')).toEqual([]);
        // Every ${d.X} the document reads is in the datasource; no word is written into the document.
        const json = JSON.stringify(render.document);
        for (const [, key] of json.matchAll(/\bd\.(\w+)/g)) expect(render.datasources.s.properties).toHaveProperty(key!);
        const shown = Object.entries(documentViews()).find(([, view]) => json.includes(JSON.stringify(view)));
        views.add(shown![0]);
      }
      expect([...views].sort()).toEqual(['help', 'history', 'rest', 'set', 'status']);
      const set = documents.find((render) => JSON.stringify(render.document).includes(JSON.stringify(documentViews().set)))!;
      expect(set.datasources.s.properties).toMatchObject({ rep: t('screen.repOf', { rep: 1, target: 3 }), pause: t('screen.button.pause') });
    },
  );
});

test('the validator catches a broken document (so a pass above means something)', async () => {
  const broken = { type: 'APL', version: '2023.3', mainTemplate: { parameters: ['payload'], item: { type: 'Text', textAlign: 'sideways', maxLines: 'x' } } };
  expect((await validator.validate(broken)).length).toBeGreaterThan(0);
});
