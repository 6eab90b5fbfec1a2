import fc from 'fast-check';
import { check } from 'ssml-check-core';
import { MAX_BREAK_MS, MAX_SSML_CHARS } from '../../lambda/src/speech/limits';
import {
  SPEAK_WRAPPER_CHARS,
  Speech,
  SpeechError,
  SpeechLimitError,
  chainBreaks,
  escapeText,
  speech,
} from '../../lambda/src/speech/ssml';

/** The break durations, in order, as rendered. */
function breaks(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));
}

async function amazonErrors(ssml: string): Promise<unknown> {
  return check(`<speak>${ssml}</speak>`, { platform: 'amazon', locale: 'en-US' });
}

describe('escaping', () => {
  it('escapes the five XML specials', () => {
    expect(escapeText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('escapes text, emphasis and sentences alike, and the result is valid SSML', async () => {
    const raw = `Tom & Jerry's <bar> "deadlift"`;
    const ssml = speech().say(raw).emphasize(raw).sentence(raw).toSsml();
    expect(ssml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(ssml).not.toContain('<bar>');
    expect(await amazonErrors(ssml)).toBeUndefined();
  });

  it('drops control characters and collapses whitespace', () => {
    expect(speech().say('  hinge\u0007  at\n\tthe hips  ').toSsml()).toBe('hinge at the hips');
  });

  it('keeps any text valid SSML (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (text) => {
        expect(await amazonErrors(speech().say(text).toSsml())).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('pauses', () => {
  it.each([
    [0, []],
    [-500, []],
    [9_999, [9_999]],
    [10_000, [10_000]],
    [10_001, [10_000, 1]],
    [25_000, [10_000, 10_000, 5_000]],
    [123_456, [10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 3_456]],
  ])('renders a %i ms pause as breaks %j', (ms, expected) => {
    const s = speech().say('go').pause(ms);
    expect(breaks(s.toSsml())).toEqual(expected);
    expect(s.silenceMs).toBe(expected.reduce((a, b) => a + b, 0));
  });

  it('drops zero and negative pauses entirely', () => {
    expect(speech().say('go').pause(0).pause(-5).say('up').toSsml()).toBe('go up');
    expect(speech().pause(0).isEmpty).toBe(true);
  });

  it('merges adjacent pauses, also across append and blank text', () => {
    const s = speech().pause(4_000).say('  ').pause(7_000).append(speech().pause(2_000).say('up'));
    expect(breaks(s.toSsml())).toEqual([10_000, 3_000]);
    expect(s.toSsml()).toBe('<break time="10000ms"/><break time="3000ms"/> up');
  });

  it('rounds to whole milliseconds and rejects non-numbers', () => {
    expect(speech().pause(1_500.4).silenceMs).toBe(1_500);
    expect(() => speech().pause(Number.NaN)).toThrow(SpeechError);
    expect(() => speech().pause(Number.POSITIVE_INFINITY)).toThrow(SpeechError);
  });

  it('chains any list of pauses exactly, no break over the limit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20_000, max: 200_000 }), { maxLength: 20 }), fc.boolean(), (pauses, withText) => {
        const s = pauses.reduce((acc, ms) => (withText ? acc.say('x').pause(ms) : acc.pause(ms)), speech());
        const expected = pauses.filter((ms) => ms > 0).reduce((a, b) => a + b, 0);
        const rendered = breaks(s.render());
        expect(s.silenceMs).toBe(expected);
        expect(rendered.reduce((a, b) => a + b, 0)).toBe(expected);
        for (const b of rendered) {
          expect(b).toBeGreaterThan(0);
          expect(b).toBeLessThanOrEqual(MAX_BREAK_MS);
        }
      }),
    );
  });

  it('chainBreaks sums exactly', () => {
    expect(chainBreaks(30_000)).toEqual([10_000, 10_000, 10_000]);
    expect(chainBreaks(0)).toEqual([]);
  });
});

describe('markup', () => {
  it('wraps sentences in <s> and counts their silence', () => {
    const s = speech().sentence(speech().say('lower').pause(2_000).say('hold')).sentence('up');
    expect(s.toSsml()).toBe('<s>lower <break time="2000ms"/> hold</s> <s>up</s>');
    expect(s.silenceMs).toBe(2_000);
  });

  it('drops empty sentences', () => {
    expect(speech().sentence('  ').sentence(speech()).isEmpty).toBe(true);
  });

  it('emphasizes with level moderate', () => {
    expect(speech().emphasize('slow').toSsml()).toBe('<emphasis level="moderate">slow</emphasis>');
  });

  it('uses say-as cardinal only where a number could be misread', () => {
    expect(speech().number(7).toSsml()).toBe('7');
    expect(speech().number(999).toSsml()).toBe('999');
    expect(speech().number(1500).toSsml()).toBe('<say-as interpret-as="cardinal">1500</say-as>');
    expect(speech().number(-3).toSsml()).toBe('<say-as interpret-as="cardinal">-3</say-as>');
    expect(() => speech().number(2.5)).toThrow(SpeechError);
  });

  it('never uses <lang> or <speak>', () => {
    const ssml = speech().say('a').sentence('b').emphasize('c').number(12345).pause(12_000).toSsml();
    expect(ssml).not.toMatch(/<lang|<speak/);
  });

  it('renders valid Amazon SSML for every building block', async () => {
    const ssml = speech().say('a').sentence('b').emphasize('c').number(12345).pause(12_000).toSsml();
    expect(await amazonErrors(ssml)).toBeUndefined();
  });

  it('is immutable', () => {
    const base = speech().say('one');
    base.say('two');
    base.pause(1_000);
    expect(base.toSsml()).toBe('one');
    expect(base.toString()).toBe('one');
  });
});

describe('limits', () => {
  // n characters of text that render as n characters.
  const textOf = (n: number): string => 'x'.repeat(n);
  const budget = MAX_SSML_CHARS - SPEAK_WRAPPER_CHARS;

  it('reports its length without <speak>', () => {
    expect(speech().say('go').pause(25_000).length).toBe(speech().say('go').pause(25_000).toSsml().length);
  });

  it('accepts exactly the budget and rejects one character more', () => {
    const fits = speech().say(textOf(budget));
    expect(fits.fitsLimits()).toBe(true);
    expect(fits.toSsml()).toHaveLength(budget);

    const over = speech().say(textOf(budget + 1));
    expect(over.fitsLimits()).toBe(false);
    expect(() => over.toSsml()).toThrow(SpeechLimitError);
    try {
      over.assertWithinLimits();
      throw new Error('no error thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(SpeechLimitError);
      expect((e as SpeechLimitError).code).toBe('SSML_TOO_LONG');
      expect((e as SpeechLimitError).actual).toBe(MAX_SSML_CHARS + 1);
    }
  });

  it('counts escapes towards the length', () => {
    const over = speech().say('&'.repeat(Math.ceil(budget / 5) + 1));
    expect(over.fitsLimits()).toBe(false);
  });

  it('checks estimated playing time when given a locale', () => {
    // Breaks alone: 25 x 10 s = 250 s, well under 8 000 characters.
    const long = speech().say('hold').pause(250_000);
    expect(long.fitsLimits()).toBe(true);
    expect(long.fitsLimits('en-US')).toBe(false);
    expect(() => long.assertWithinLimits('en-US')).toThrow(expect.objectContaining({ code: 'AUDIO_TOO_LONG' }));
    expect(speech().say('hold').pause(200_000).fitsLimits('en-US')).toBe(true);
  });

  it('exposes an empty speech', () => {
    expect(Speech.empty().toSsml()).toBe('');
    expect(Speech.empty().silenceMs).toBe(0);
  });
});
