import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  SPEAKING_RATES,
  breakAfterSentenceMs,
  breakMs,
  charsPerSecond,
  estimateSpeechMs,
  estimateSsmlMs,
  parseBreakTime,
  speakingRate,
} from '../../lambda/src/speech/estimate';
import { speech } from '../../lambda/src/speech/ssml';

interface Fit {
  readonly wpm: number;
  readonly sentences: number;
  readonly totalMeasuredMs: number;
}
interface FitFile {
  readonly nominalWpm: number;
  readonly languages: Record<string, { locale: string; nominal: Record<string, number>; fits: Fit[]; samples: { text: string; sentences: number; ms: Record<string, number> }[] }>;
}
/** The measurement the figures come from (bench/fidelity-fit.mjs writes it). */
const FIT = JSON.parse(readFileSync(path.join(__dirname, '../../bench/fidelity-fit.json'), 'utf8')) as FitFile;
const EN = SPEAKING_RATES.en!;

describe.each(Object.entries(FIT.languages))('the %s figures', (language, fit) => {
  it('are the committed fit at the nominal pace', () => {
    const rate = SPEAKING_RATES[language]!;
    expect(rate.charsPerSecond).toBeCloseTo(fit.nominal.charsPerSecond!, 1);
    for (const key of ['sentencePauseMs', 'clausePauseMs', 'replacedByBreakMs'] as const) {
      expect(Math.abs(rate[key] - fit.nominal[key]!)).toBeLessThanOrEqual(1);
    }
  });

  // The figures are fitted to the strings of one sentence, as every line of a block but one is.
  const single = fit.samples.filter((sample) => sample.sentences === 1);
  /** At 150 words a minute: time is linear in 1/pace, fitted through the three measured speeds. */
  const atNominal = (ms: Record<string, number>) => {
    const points = Object.entries(ms).map(([wpm, t]) => [1 / Number(wpm), t] as const);
    const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
    const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
    const slope = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
    return my + slope * (1 / FIT.nominalWpm - mx);
  };

  it('time the measured sentences between the fastest and slowest voices, near the middle', () => {
    const estimate = single.reduce((sum, sample) => sum + estimateSpeechMs(sample.text, fit.locale), 0);
    const measured = (wpm: number) => single.reduce((sum, sample) => sum + sample.ms[wpm]!, 0);
    expect(single.length).toBeGreaterThan(100);
    expect(estimate).toBeGreaterThan(measured(180));
    expect(estimate).toBeLessThan(measured(130));
    const middle = single.reduce((sum, sample) => sum + atNominal(sample.ms), 0);
    expect(Math.abs(estimate / middle - 1)).toBeLessThan(0.01);
  });

  it('time each one-sentence line within 800 ms of its measured length at the nominal pace', () => {
    for (const sample of single) {
      expect(Math.abs(estimateSpeechMs(sample.text, fit.locale) - atNominal(sample.ms))).toBeLessThan(800);
    }
  });
});

describe('estimateSpeechMs', () => {
  it('is zero for nothing to say', () => {
    expect(estimateSpeechMs('', 'en-US')).toBe(0);
    expect(estimateSpeechMs('   \n', 'en-US')).toBe(0);
  });

  it('uses the rate of the language, and the slowest one for unknown languages', () => {
    const text = 'y'.repeat(270);
    expect(estimateSpeechMs(text, 'de-DE')).toBe(Math.ceil((270 / SPEAKING_RATES.de!.charsPerSecond) * 1000));
    expect(estimateSpeechMs(text, 'fr-CA')).toBe(Math.ceil((270 / SPEAKING_RATES.fr!.charsPerSecond) * 1000));
    expect(estimateSpeechMs(text, 'en-GB')).toBe(estimateSpeechMs(text, 'en-US'));
    expect(charsPerSecond('es_MX')).toBe(SPEAKING_RATES.es!.charsPerSecond);
    const slowest = Math.min(...Object.values(SPEAKING_RATES).map((r) => r.charsPerSecond));
    expect(charsPerSecond('ja-JP')).toBe(slowest);
  });

  it('adds a pause for every sentence end (the last one too) and clause boundary', () => {
    const base = estimateSpeechMs('aaaa aaaa aaaa', 'en-US');
    expect(estimateSpeechMs('aaaa. aaaa, aaaa.', 'en-US')).toBeGreaterThanOrEqual(base + 2 * EN.sentencePauseMs + EN.clausePauseMs);
    expect(estimateSpeechMs('aaaa.', 'en-US')).toBe(estimateSpeechMs('aaaaa', 'en-US') + EN.sentencePauseMs);
    expect(estimateSpeechMs('3.5 kg', 'en-US')).toBe(estimateSpeechMs('3x5 kg', 'en-US'));
  });

  it('adds up over sentences: the whole is never shorter than its parts', () => {
    const parts = ['Lower the bar.', 'Hold!', 'Stand tall, squeeze.'];
    const sum = parts.reduce((ms, p) => ms + estimateSpeechMs(p, 'en-US'), 0);
    const whole = estimateSpeechMs(parts.join(' '), 'en-US');
    expect(whole).toBeGreaterThanOrEqual(sum - parts.length);
    expect(whole - sum).toBeLessThan(200);
  });

  it('weighs digits as the words they are spoken as', () => {
    expect(estimateSpeechMs('rep 7', 'en-US')).toBeGreaterThan(estimateSpeechMs('rep x', 'en-US'));
  });

  it('grows with the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('en-US', 'de-DE', 'es-ES', 'fr-FR'), (a, b, locale) => {
        expect(estimateSpeechMs(`${a} ${b}`, locale)).toBeGreaterThanOrEqual(estimateSpeechMs(a, locale));
      }),
    );
  });
});

describe('breaks', () => {
  it.each([
    ['500ms', 500],
    ['10000ms', 10_000],
    ['2s', 2_000],
    ['1.5s', 1_500],
    ['10.5s', 10_500],
    ['5', undefined],
    ['x5ms', undefined],
    ['', undefined],
  ])('parses %j as %j', (value, ms) => {
    expect(parseBreakTime(value)).toBe(ms);
  });

  it('sums timed breaks exactly and estimates strengths', () => {
    expect(breakMs('a<break time="2s"/>b<break time="250ms"/>')).toBe(2_250);
    expect(breakMs('<break strength="strong"/><break/><break strength="none"/>')).toBe(EN.replacedByBreakMs + EN.clausePauseMs);
  });
});

describe('estimateSsmlMs', () => {
  it('is the text estimate plus the exact breaks', () => {
    const text = 'Lower the bar slowly';
    const ssml = speech().say(text).pause(25_000).toSsml();
    expect(estimateSsmlMs(ssml, 'en-US')).toBe(estimateSpeechMs(text, 'en-US') + 25_000);
    expect(estimateSsmlMs(`<speak>${ssml}</speak>`, 'en-US')).toBe(estimateSsmlMs(ssml, 'en-US'));
  });

  it('reads entities as the characters they stand for', () => {
    expect(estimateSsmlMs('Tom &amp; Jerry&apos;s', 'en-US')).toBe(estimateSpeechMs("Tom & Jerry's", 'en-US'));
  });

  it('does not count markup as speech', () => {
    const plain = estimateSsmlMs('slow', 'en-US');
    expect(estimateSsmlMs('<emphasis level="moderate">slow</emphasis>', 'en-US')).toBe(plain);
    expect(estimateSsmlMs('<say-as interpret-as="cardinal">1500</say-as>', 'en-US')).toBe(
      estimateSpeechMs('1500', 'en-US'),
    );
  });

  it('gives each <s> its sentence pause, also the last one', () => {
    const two = estimateSsmlMs(speech().sentence('aaaa').sentence('bbbb').toSsml(), 'en-US');
    expect(two).toBeGreaterThanOrEqual(estimateSpeechMs('aaaa bbbb', 'en-US') + 2 * EN.sentencePauseMs);
    expect(speech().sentence('aaaa').estimateMs('en-US')).toBe(estimateSpeechMs('aaaa.', 'en-US'));
  });

  it('matches the builder silence for any pauses (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { maxLength: 10 }), (pauses) => {
        const s = pauses.reduce((acc, ms) => acc.pause(ms), speech().say('go'));
        expect(estimateSsmlMs(s.render(), 'en-US') - estimateSpeechMs('go', 'en-US')).toBe(s.silenceMs);
        expect(s.estimateMs('en-US')).toBe(estimateSsmlMs(s.render(), 'en-US'));
      }),
    );
  });
});

describe.each(['en-US', 'de-DE', 'es-ES', 'fr-FR'])('a break beside a sentence in %s', (locale) => {
  const { replacedByBreakMs } = speakingRate(locale);
  const a = 'Push with your quads.';
  const b = 'Pinch the glutes.';
  // The two sentences said one after the other (the space between them is a character too).
  const plain = estimateSpeechMs(`${a} ${b}`, locale);

  it('takes the place of the sentence pause instead of adding to it', () => {
    const short = speech().sentence(a).pause(400).sentence(b).toSsml();
    expect(estimateSsmlMs(short, locale)).toBe(plain);
    const long = speech().sentence(a).pause(4000).sentence(b).toSsml();
    expect(estimateSsmlMs(long, locale)).toBe(plain + 4000 - replacedByBreakMs);
    expect(breakAfterSentenceMs(4000, locale)).toBe(4000 - replacedByBreakMs);
  });

  it('adds in full where no sentence ended before it', () => {
    expect(estimateSsmlMs(speech().say('go').pause(4000).toSsml(), locale)).toBe(estimateSpeechMs('go', locale) + 4000);
  });
});
