// Help matches where the runner is (idle, mid-set, paused, asked "was it clean?", after a set,
// resting, a set left unfinished) and the pacing in force, in every locale, through the exported
// handler: it says "rep by rep" only when that is the pacing, and names the "how many have I
// done" question wherever a set's count can be asked (in words the locale's model understands).
import path from 'node:path';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { createMatcher } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

const root = path.resolve(__dirname, '../..');
type Block = { sentAt: number; repStarts: number[]; repEnds: number[]; endsAt: number };
const blockOf = (talk: Conversation) => (talk.sessionState.stage as { set: { block: Block } }).set.block;
/** Well after the block would have played even in the slowest voice the clock allows. */
const playedOut = (block: Block) => block.sentAt + 2 * block.endsAt;

/** Per language: the pacing's name, and the count question as runners ask it. */
const WORDS: Readonly<Record<string, { repByRep: string; howMany: string }>> = {
  en: { repByRep: 'rep by rep', howMany: 'how many have I done' },
  de: { repByRep: 'Wiederholung für Wiederholung', howMany: 'wie viele habe ich gemacht' },
  es: { repByRep: 'repetición a repetición', howMany: 'cuántas llevo' },
  fr: { repByRep: 'répétition par répétition', howMany: "j'en suis où" },
};

describe.each(Object.keys(LOCALES))('help where the runner is, in %s', (locale) => {
  const t = translator(locale);
  const words = WORDS[locale.slice(0, 2)]!;
  const example = t('help.example');
  let runner = 0;
  const talkTo = () => new Conversation(skill.invoke, { locale, userId: `${locale}-help-${(runner += 1)}` });
  const help = (key: string) => t(key, { example });

  it('idle: what the skill does in the pacing in force, "rep by rep" only when it is', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.ready.wholeSet'), t('ask.start.say')].join(' '));
    expect(talk.said).not.toContain(words.repByRep);
    await talk.intent('SetPacingIntent', { pacing: { value: words.repByRep, id: 'repByRep' } });
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said.startsWith(help('help.ready.repByRep'))).toBe(true);
    expect(talk.said).toContain(words.repByRep);
  });

  it('mid-block: help is a barge-in, the set pauses, and help says how to go on and how to ask the count', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const block = blockOf(talk);
    talk.at(block.sentAt + block.repEnds[1]! + 500);
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.sessionState).toMatchObject({ stage: { name: 'paused', set: { repsDone: 2 } } });
    expect(talk.said).toBe([help('help.paused.wholeSet'), t('ask.resume.say')].join(' '));
    // The words help gives for the count are the count question in this locale's model.
    expect(talk.said).toContain(words.howMany);
    expect(createMatcher(loadInteractionModel(root, locale), locale).match(words.howMany).intent).toBe('RepCountIntent');
    expect(talk.said).not.toContain(words.repByRep);
  });

  it('between blocks, whole-set pacing: keep going, pause, the count; no "rep by rep"', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    talk.at(playedOut(blockOf(talk)));
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.sessionState).toMatchObject({ stage: { name: 'running' } });
    expect(talk.said).toBe([help('help.running.wholeSet'), t('ask.keepGoing.say')].join(' '));
    expect(talk.said).toContain(words.howMany);
    expect(talk.said).not.toContain(words.repByRep);
  });

  it('between reps, rep-by-rep pacing: say next, and the count', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('SetPacingIntent', { pacing: { value: words.repByRep, id: 'repByRep' } });
    await talk.intent('StartSetIntent', { reps: 5 });
    talk.at(playedOut(blockOf(talk)));
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.running.repByRep'), t('ask.nextRep.say')].join(' '));
    expect(talk.said).toContain(words.repByRep);
    expect(talk.said).toContain(words.howMany);
  });

  it('asked "was it clean?": how to answer it; after the set, what comes next in the pacing in force; then resting', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 2 });
    talk.at(playedOut(blockOf(talk)));
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.sessionState.question).toBe('wasClean');
    expect(talk.said).toBe([help('help.wasClean'), t('ask.wasClean.say')].join(' '));
    await talk.intent('AMAZON.YesIntent');
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.finished.wholeSet'), t('ask.another.say')].join(' '));
    expect(talk.said).toContain(words.howMany);
    expect(talk.said).not.toContain(words.repByRep);
    // Resting: how to start the next set.
    await talk.intent('RestIntent', { seconds: 30 });
    expect(talk.sessionState).toMatchObject({ stage: { name: 'resting' } });
    talk.wait(40_000);
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.resting'), t('ask.afterRest.say')].join(' '));
  });

  it('asked "carry on, or start fresh?": what each answer does, the reps kept either way', async () => {
    const talk = talkTo();
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const block = blockOf(talk);
    talk.at(block.sentAt + block.repEnds[1]! + 500);
    await talk.intent('StartSetIntent');
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.carryOnOrFresh'), t('ask.carryOnOrFresh.say')].join(' '));
    expect(talk.sessionState.question).toBe('carryOnOrFresh');
  });

  it('asked "pick it up from there?" at launch: what yes and no do', async () => {
    const userId = `${locale}-help-saved`;
    const first = new Conversation(skill.invoke, { locale, userId });
    await first.launch();
    await first.intent('StartSetIntent', { reps: 10 });
    const block = blockOf(first);
    first.at(block.sentAt + block.repEnds[2]! + 500);
    await first.intent('AMAZON.StopIntent');
    const talk = new Conversation(skill.invoke, { locale, userId, start: Date.parse('2026-11-21T07:00:00Z') });
    await talk.launch();
    await talk.intent('AMAZON.HelpIntent');
    expect(talk.said).toBe([help('help.resumeSaved'), t('ask.resumeSaved.say')].join(' '));
  });
});
