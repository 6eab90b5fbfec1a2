// An Echo Show plays each block itself: rep by rep the document reports back (UserEvent), and the
// skill keeps the exact count from those reports. Through the exported handler, in every locale.
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { Conversation } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
beforeAll(async () => {
  skill = await loadExportedSkill();
});
afterAll(() => skill.table?.close());

type Block = { sentAt: number; firstRep: number; lastRep: number; repStarts: number[]; repEnds: number[]; endsAt: number; heard?: number };

function block(talk: Conversation): Block {
  return (talk.sessionState.stage as { set: { block: Block } }).set.block;
}

function stage(talk: Conversation): { name: string; set?: { repsDone: number; target: number } } {
  return talk.sessionState.stage as { name: string; set?: { repsDone: number; target: number } };
}

function directives(response: ResponseEnvelope): readonly Directive[] {
  return response.response.directives ?? [];
}

/** The SendEvent arguments of the block's command sequence, in the order the device sends them. */
function events(response: ResponseEnvelope): unknown[][] {
  const execute = directives(response).find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as { commands: { type: string; arguments?: unknown[] }[] } | undefined;
  if (!execute) throw new Error('no ExecuteCommands in the response');
  return execute.commands.filter((c) => c.type === 'SendEvent').map((c) => c.arguments!);
}

/** A response that changes nothing on the device: nothing said, nothing shown, the session left as it is. */
function expectUntouched(response: ResponseEnvelope): void {
  expect(response.response.outputSpeech).toBeUndefined();
  expect(response.response.reprompt).toBeUndefined();
  expect(response.response.directives ?? []).toEqual([]);
  expect(response.response.shouldEndSession).toBeUndefined();
}

describe.each(Object.keys(LOCALES))('exact count on an Echo Show, in %s', (locale) => {
  const t = translator(locale);

  it('a full set of ten: the document plays each block, reports every rep, and its last event asks the question', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-full`, screen: true });
    await talk.launch();
    let response = await talk.intent('StartSetIntent', { reps: 10 });
    let reported = 0;
    for (;;) {
      const played = block(talk);
      // The document, not the response's speech, plays the block; the microphone stays closed.
      expect(response.response.reprompt).toBeUndefined();
      expect(response.response.shouldEndSession).toBeUndefined();
      const sent = events(response);
      const reps = sent.filter((args) => args[0] === 'rep');
      expect(reps.map((args) => args[1])).toEqual(Array.from({ length: played.lastRep - played.firstRep + 1 }, (_, i) => played.firstRep + i));
      expect(sent[sent.length - 1]).toEqual(['end', played.sentAt]);
      for (const [index, args] of reps.entries()) {
        talk.at(played.sentAt + played.repEnds[index]!);
        expectUntouched(await talk.userEvent(args));
        reported += 1;
        expect(block(talk).heard).toBe(args[1]);
        expect(stage(talk).name).toBe('running');
      }
      talk.at(played.sentAt + played.endsAt);
      await talk.userEvent(['end', played.sentAt]);
      if (played.lastRep === 10) {
        expect(talk.said).toBe(t('ask.wasClean.say'));
        expect(talk.reprompt).toBe(t('ask.wasClean.reprompt'));
        break;
      }
      expect(talk.said).toBe(t('ask.keepGoing.say'));
      response = await talk.intent('AMAZON.YesIntent');
    }
    expect(reported).toBe(10);
    await talk.intent('AMAZON.YesIntent');
    expect(talk.sessionState.lastSet).toMatchObject({ reps: 10, clean: true });
  });

  it('a pause between rep reports: the count is the last rep reported, not the (slower) estimate', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-pause`, screen: true });
    await talk.launch();
    const response = await talk.intent('StartSetIntent', { reps: 10 });
    const played = block(talk);
    for (const args of events(response).slice(0, 3)) await talk.userEvent(args);
    // The estimate has only two reps counted here; the device said three.
    talk.at(played.sentAt + played.repEnds[2]! - 1);
    await talk.intent('AMAZON.PauseIntent');
    expect(stage(talk)).toMatchObject({ name: 'paused', set: { repsDone: 3 } });
    expect(talk.said).toContain(t('paused', { reps: 3, target: 10 }));
  });

  it('a screen still playing, past the estimate: reps not reported are not counted', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-slow`, screen: true });
    await talk.launch();
    const response = await talk.intent('StartSetIntent', { reps: 10 });
    const played = block(talk);
    for (const args of events(response).slice(0, 2)) await talk.userEvent(args);
    talk.at(played.sentAt + played.endsAt + 5000);
    await talk.intent('AMAZON.PauseIntent');
    expect(stage(talk)).toMatchObject({ name: 'paused', set: { repsDone: 2 } });
  });

  it('no report arrives: the timeline counts, as on a speaker', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-lost`, screen: true });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const played = block(talk);
    talk.at(played.sentAt + (played.repStarts[3]! + played.repEnds[3]!) / 2);
    await talk.intent('AMAZON.PauseIntent');
    expect(stage(talk)).toMatchObject({ name: 'paused', set: { repsDone: 3 } });
  });

  it('a report lost in the middle: a later report counts the reps before it', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-gap`, screen: true });
    await talk.launch();
    const response = await talk.intent('StartSetIntent', { reps: 10 });
    const played = block(talk);
    const reps = events(response).filter((args) => args[0] === 'rep');
    await talk.userEvent(reps[0]!);
    // Rep 2's report never comes; rep 3's does.
    await talk.userEvent(reps[2]!);
    talk.at(played.sentAt + played.repEnds[1]! - 1);
    await talk.intent('AMAZON.PauseIntent');
    expect(stage(talk)).toMatchObject({ name: 'paused', set: { repsDone: 3 } });
  });

  it('a late report from a block no longer playing changes nothing', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-late`, screen: true });
    await talk.launch();
    const response = await talk.intent('StartSetIntent', { reps: 10 });
    const played = block(talk);
    talk.at(played.sentAt + played.repEnds[0]! + 10);
    await talk.intent('AMAZON.PauseIntent');
    const before = talk.sessionState;
    expectUntouched(await talk.userEvent(events(response)[3]!));
    expect(talk.sessionState).toEqual(before);
    await talk.userEvent(['end', played.sentAt]);
    expect(talk.said).toBe('');
    expect(talk.sessionState).toEqual(before);
  });

  it('touching Pause does what saying pause does', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-touch`, screen: true });
    await talk.launch();
    const response = await talk.intent('StartSetIntent', { reps: 10 });
    for (const args of events(response).slice(0, 2)) await talk.userEvent(args);
    await talk.userEvent(['say', 'pause']);
    expect(stage(talk)).toMatchObject({ name: 'paused', set: { repsDone: 2 } });
    expect(talk.said).toContain(t('paused', { reps: 2, target: 10 }));
    await talk.userEvent(['say', 'next']);
    expect(stage(talk)).toMatchObject({ name: 'running', set: { repsDone: 2 } });
    expect(block(talk).firstRep).toBe(3);
  });

  it('a speaker without a screen gets no directive, and its set is spoken as before', async () => {
    const talk = new Conversation(skill.invoke, { locale, userId: `${locale}-show-none` });
    const all = [await talk.launch(), await talk.intent('StartSetIntent', { reps: 10 }), await talk.intent('AMAZON.YesIntent'), await talk.intent('AMAZON.HelpIntent')];
    for (const response of all) expect(response.response.directives ?? []).toEqual([]);
    expect(all[1]!.response.reprompt).toBeDefined();
    // The block is in the speech itself, up to its question.
    expect(all[1]!.response.outputSpeech?.type === 'SSML' && all[1]!.response.outputSpeech.ssml).toMatch(/<break/);
    expect(talk.transcript[3]).toContain(t('ask.keepGoing.say'));
  });
});
