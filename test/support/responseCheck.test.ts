import { ResponseFactory } from 'ask-sdk-core';
import type { Directive, Response, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { speech } from '../../lambda/src/speech/ssml';
import {
  ResponseCheckError,
  checkResponse,
  expectValidResponse,
  findResponseProblems,
} from './responseCheck';

const LOCALE = 'en-US';

function envelope(response: Response, sessionAttributes?: Record<string, unknown>): ResponseEnvelope {
  return { version: '1.0', response, ...(sessionAttributes ? { sessionAttributes } : {}) };
}

/** What a handler returns through ask-sdk: speak + reprompt, session left open. */
function openTurn(ssml: string, reprompt = 'Ready?'): ResponseEnvelope {
  return envelope(ResponseFactory.init().speak(ssml).reprompt(reprompt).getResponse());
}

async function problemsOf(env: ResponseEnvelope): Promise<string[]> {
  return findResponseProblems(env, LOCALE);
}

describe('accepts', () => {
  it('a good open turn built with ask-sdk and the speech builder', async () => {
    const ssml = speech().sentence('Lower the bar').pause(25_000).emphasize('Stand tall').toSsml();
    const env = openTurn(ssml);
    expect(env.response.outputSpeech).toMatchObject({ type: 'SSML', ssml: `<speak>${ssml}</speak>` });
    await expect(checkResponse(env, LOCALE)).resolves.toBeUndefined();
    await expectValidResponse(env, LOCALE);
  });

  it('a screen document within its share, beside speech and state within theirs', async () => {
    const env = envelope(openTurn('Lift').response, { state: 'x'.repeat(3_900) });
    env.response.directives = [{ type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: { pad: 'x'.repeat(7_800) } } as Directive];
    expect(await problemsOf(env)).toEqual([]);
  });

  it('a closing turn without reprompt', async () => {
    const env = envelope(ResponseFactory.init().speak('Bye').withShouldEndSession(true).getResponse());
    expect(await problemsOf(env)).toEqual([]);
  });

  it('an open session handed to dialog management without reprompt', async () => {
    const delegate: Directive = { type: 'Dialog.Delegate' };
    const env = envelope(ResponseFactory.init().addDirective(delegate).getResponse());
    expect(await problemsOf(env)).toEqual([]);
  });

  it('https and soundbank audio, up to five tags', async () => {
    const clips = [
      '<audio src="https://example.com/a.mp3"/>',
      '<audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_timer_01"/>',
    ];
    expect(await problemsOf(openTurn(clips.join(' ')))).toEqual([]);
  });
});

describe('rejects', () => {
  it('a raw & in the speech', async () => {
    const problems = await problemsOf(openTurn('Tom & Jerry'));
    expect(problems).toEqual([expect.stringMatching(/outputSpeech: ssml-check-core: .*Invalid & character/)]);
  });

  it('a raw & in the reprompt', async () => {
    const problems = await problemsOf(openTurn('Fine', 'Tom & Jerry?'));
    expect(problems).toEqual([expect.stringMatching(/^reprompt: .*Invalid &/)]);
  });

  it('a 12 s break, whether written in ms or s', async () => {
    for (const time of ['12000ms', '12s']) {
      const problems = await problemsOf(openTurn(`Hold <break time="${time}"/> up`));
      expect(problems).toContainEqual(expect.stringMatching(/break .* is over 10000 ms/));
    }
  });

  it('a fractional break over 10 s that ssml-check-core lets through', async () => {
    const ssml = '<speak>Hold <break time="10.5s"/> up</speak>';
    expect(await check(ssml, { platform: 'amazon', locale: LOCALE })).toBeUndefined();
    expect(await problemsOf(openTurn(ssml))).toEqual([
      'outputSpeech: break <break time="10.5s"/> is over 10000 ms',
    ]);
  });

  it('8 001 characters of SSML but not 8 000', async () => {
    // Mostly 1 ms breaks: 8 000 characters of plain text would also be far over 240 s.
    const tick = '<break time="1ms"/>';
    const at = (n: number): ResponseEnvelope => {
      const inner = n - '<speak></speak>'.length;
      const ticks = Math.floor(inner / tick.length) - 1;
      return openTurn(tick.repeat(ticks) + 'a'.repeat(inner - ticks * tick.length));
    };
    expect(at(8_000).response.outputSpeech).toMatchObject({ ssml: expect.stringMatching(/^.{8000}$/s) });
    expect(await problemsOf(at(8_000))).toEqual([]);
    expect(await problemsOf(at(8_001))).toEqual([
      expect.stringMatching(/^outputSpeech: SSML is 8001 characters, over 8000/),
    ]);
  });

  it('an open session without reprompt, also when shouldEndSession is left undefined', async () => {
    const undef = envelope(ResponseFactory.init().speak('Lift').getResponse());
    expect(undef.response.shouldEndSession).toBeUndefined();
    expect(await problemsOf(undef)).toEqual([expect.stringMatching(/session stays open .*no reprompt/)]);

    const open = envelope(ResponseFactory.init().speak('Lift').withShouldEndSession(false).getResponse());
    expect(await problemsOf(open)).toEqual([expect.stringMatching(/no reprompt/)]);
  });

  it('no reprompt is needed where nothing changes, or where an APL document plays and its last event asks', async () => {
    // The answer to a screen's rep report: nothing said, nothing shown, the session as it was.
    expect(await problemsOf(envelope(ResponseFactory.init().getResponse()))).toEqual([]);
    const commands = { type: 'Alexa.Presentation.APL.ExecuteCommands', token: 't', commands: [] } as Directive;
    expect(await problemsOf(envelope(ResponseFactory.init().speak('Lift').addDirective(commands).getResponse()))).toEqual([]);
    // A document alone plays nothing: the open session still needs its reprompt, and closing it keeps none.
    const render = { type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: {} } as Directive;
    expect(await problemsOf(envelope(ResponseFactory.init().speak('Lift').addDirective(render).getResponse()))).toEqual([expect.stringMatching(/no reprompt/)]);
    expect(await problemsOf(envelope(ResponseFactory.init().speak('Lift').addDirective(commands).withShouldEndSession(false).getResponse()))).toEqual([expect.stringMatching(/no reprompt/)]);
  });

  it('an empty reprompt on an open session', async () => {
    expect(await problemsOf(openTurn('Lift', '  '))).toContainEqual(expect.stringMatching(/no reprompt/));
  });

  it('a reprompt that can never be spoken', async () => {
    const env = openTurn('Bye');
    env.response.shouldEndSession = true;
    expect(await problemsOf(env)).toEqual(['reprompt is never spoken: shouldEndSession is true']);
  });

  it('more than five audio tags, and http audio', async () => {
    const six = Array.from({ length: 6 }, (_, i) => `<audio src="https://example.com/${i}.mp3"/>`).join('');
    expect(await problemsOf(openTurn(six))).toContainEqual(expect.stringMatching(/6 <audio> tags, over 5/));
    expect(await problemsOf(openTurn('<audio src="http://example.com/a.mp3"/>'))).toEqual([
      expect.stringMatching(/not https/),
    ]);
  });

  it('speech estimated over 240 s', async () => {
    const long = speech().say('hold').pause(245_000).render();
    expect(await problemsOf(openTurn(long))).toEqual([expect.stringMatching(/^outputSpeech: estimated \d+ ms .* over 240000 ms/)]);
  });

  it('a response JSON over 24 KB, session attributes included', async () => {
    const env = envelope(openTurn('Lift').response, { log: 'x'.repeat(24_000) });
    expect(await problemsOf(env)).toEqual([
      expect.stringMatching(/^response JSON is \d+ bytes, over 24000/),
      expect.stringMatching(/^session attributes is \d+ bytes of JSON, over its budget of 4000/),
    ]);
  });

  it('a part over its share of the 24 KB, though the whole fits', async () => {
    const state = envelope(openTurn('Lift').response, { log: 'x'.repeat(4_000) });
    expect(await problemsOf(state)).toEqual([expect.stringMatching(/^session attributes is 4\d{3} bytes of JSON, over its budget of 4000/)]);
    // Speech in German or French costs more bytes than characters: 5 050 characters can be over 10 000 bytes.
    const speech = openTurn('Ü'.repeat(5_050));
    const speechProblems = await problemsOf(speech);
    expect(speechProblems).toContainEqual(expect.stringMatching(/^speech is 10\d{3} bytes of JSON, over its budget of 10000/));
    expect(speechProblems).not.toContainEqual(expect.stringMatching(/characters, over/));
    const screen = openTurn('Lift');
    // The screen may take the share the speech leaves unused (a block the document speaks), no more.
    screen.response.directives = [{ type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: { pad: 'x'.repeat(9_000) } } as Directive];
    expect(await problemsOf(screen)).toEqual([]);
    screen.response.directives = [{ type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: { pad: 'x'.repeat(18_000) } } as Directive];
    expect(await problemsOf(screen)).toEqual([expect.stringMatching(/^screen is \d+ bytes of JSON, over its budget of 179\d\d/)]);
    const frame = openTurn('Lift', 'x'.repeat(2_000));
    expect(await problemsOf(frame)).toEqual([expect.stringMatching(/^the rest of the response is \d+ bytes of JSON, over its budget of 2000/)]);
  });

  it('SSML without <speak>, and invalid tags', async () => {
    const env = openTurn('Lift');
    env.response.outputSpeech = { type: 'SSML', ssml: 'Lift <lang xml:lang="xx">up</lang> <foo/>' };
    const problems = await problemsOf(env);
    expect(problems).toContainEqual('outputSpeech: SSML is not wrapped in <speak>');
    expect(problems).toContainEqual(expect.stringMatching(/ssml-check-core: .*"tag":"foo"/));
  });

  it('plain text over 8 000 characters', async () => {
    const env = openTurn('Lift');
    env.response.outputSpeech = { type: 'PlainText', text: 'a'.repeat(8_001) };
    expect(await problemsOf(env)).toEqual([expect.stringMatching(/^outputSpeech: 8001 characters/)]);
  });

  it('throws one readable error listing every problem', async () => {
    const env = envelope(ResponseFactory.init().speak('Tom & Jerry <break time="12s"/>').getResponse());
    const error = await checkResponse(env, LOCALE).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseCheckError);
    const { problems, message } = error as ResponseCheckError;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) expect(message).toContain(p);
    await expect(expectValidResponse(env, LOCALE)).rejects.toThrow(/no reprompt/);
  });
});
