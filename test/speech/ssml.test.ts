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
  pauseSsml,
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

describe('a speech built from shared parts (the persistent list)', () => {
  // A reference model: the nodes as a plain array, merged and rendered the obvious way.
  type Model = readonly ({ kind: 'text'; text: string } | { kind: 'pause'; ms: number } | { kind: 'number'; value: number })[];
  const pushModel = (model: Model, node: Model[number]): Model => {
    const last = model[model.length - 1];
    if (last?.kind === 'pause' && node.kind === 'pause') return [...model.slice(0, -1), { kind: 'pause', ms: last.ms + node.ms }];
    return [...model, node];
  };
  const renderModel = (model: Model): string =>
    model
      .map((node) =>
        node.kind === 'text' ? escapeText(node.text) : node.kind === 'number' ? String(node.value) : chainBreaks(node.ms).map((ms) => `<break time="${ms}ms"/>`).join(''),
      )
      .join(' ');
  const silenceOf = (model: Model): number => model.reduce((sum, node) => sum + (node.kind === 'pause' ? node.ms : 0), 0);

  type Op =
    | { op: 'say'; from: number; text: string }
    | { op: 'pause'; from: number; ms: number }
    | { op: 'number'; from: number; value: number }
    | { op: 'append'; from: number; other: number }
    | { op: 'render'; from: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('say' as const), from: fc.nat(), text: fc.constantFrom('Hips back', 'R&D', '<bar>', '') }),
    fc.record({ op: fc.constant('pause' as const), from: fc.nat(), ms: fc.integer({ min: -100, max: 25_000 }) }),
    fc.record({ op: fc.constant('number' as const), from: fc.nat(), value: fc.integer({ min: 0, max: 999 }) }),
    fc.record({ op: fc.constant('append' as const), from: fc.nat(), other: fc.nat() }),
    fc.record({ op: fc.constant('render' as const), from: fc.nat() }),
  );

  it('equals the reference model however its parts are shared, branched and rendered on the way (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const built: [Speech, Model][] = [[speech(), []]];
        for (const step of ops) {
          const [base, model] = built[step.from % built.length]!;
          switch (step.op) {
            case 'say': {
              const text = step.text;
              built.push([base.say(text), text === '' ? model : pushModel(model, { kind: 'text', text })]);
              break;
            }
            case 'pause':
              built.push([base.pause(step.ms), step.ms <= 0 ? model : pushModel(model, { kind: 'pause', ms: step.ms })]);
              break;
            case 'number':
              built.push([base.number(step.value), pushModel(model, { kind: 'number', value: step.value })]);
              break;
            case 'append': {
              const [other, otherModel] = built[step.other % built.length]!;
              built.push([base.append(other), otherModel.reduce(pushModel, model)]);
              break;
            }
            case 'render':
              // Rendering an intermediate speech caches it; later branches must not be affected.
              expect(base.render()).toBe(renderModel(model));
              break;
          }
        }
        for (const [real, model] of built) {
          expect(real.render()).toBe(renderModel(model));
          expect(real.silenceMs).toBe(silenceOf(model));
          expect(real.isEmpty).toBe(model.length === 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('text normalization fast path', () => {
  // The full normalization, as written before the fast path: whatever the shortcut skips must
  // already be normal.
  const normalized = (text: string): string =>
    text
      // eslint-disable-next-line no-control-regex -- the characters XML forbids are the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const piece = fc.constantFrom('a', 'Hips', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u0001', '\uffff', '&', 'é', '\r\n');

  it('says exactly the normalized text, for any text (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        const expected = normalized(text);
        expect(speech().say(text).render()).toBe(expected === '' ? '' : escapeText(expected));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pauseSsml', () => {
  it('equals the pause as a speech, for any duration (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 300_000, noNaN: true }), (ms) => {
        expect(pauseSsml(ms)).toBe(speech().pause(ms).toSsml());
      }),
    );
    expect(() => pauseSsml(Number.NaN)).toThrow(SpeechError);
  });
});

describe('a sentence of plain text', () => {
  it('renders as the same sentence built from a speech, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, text) => {
        const base = speech().say(before);
        expect(base.sentence(text).render()).toBe(base.sentence(speech().say(text)).render());
        expect(base.sentence(text).isEmpty).toBe(base.sentence(speech().say(text)).isEmpty);
        expect(base.sentence(text).silenceMs).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
