import fc from 'fast-check';
import {
  CHARS_PER_SECOND,
  CLAUSE_PAUSE_MS,
  SENTENCE_PAUSE_MS,
  breakMs,
  charsPerSecond,
  estimateSpeechMs,
  estimateSsmlMs,
  parseBreakTime,
} from '../../lambda/src/speech/estimate';
import { speech } from '../../lambda/src/speech/ssml';

describe('estimateSpeechMs', () => {
  it('is zero for nothing to say', () => {
    expect(estimateSpeechMs('', 'en-US')).toBe(0);
    expect(estimateSpeechMs('   \n', 'en-US')).toBe(0);
  });

  it('speaks English no faster than 14 characters per second (the low end of measured rates)', () => {
    const text = 'x'.repeat(140);
    expect(estimateSpeechMs(text, 'en-US')).toBeGreaterThanOrEqual(10_000);
    expect(estimateSpeechMs(text, 'en-GB')).toBe(estimateSpeechMs(text, 'en-US'));
  });

  it('uses the rate of the language, and the slowest one for unknown languages', () => {
    const text = 'y'.repeat(270);
    expect(estimateSpeechMs(text, 'de-DE')).toBe(Math.ceil((270 / (CHARS_PER_SECOND.de ?? 0)) * 1000));
    expect(estimateSpeechMs(text, 'fr-CA')).toBe(Math.ceil((270 / (CHARS_PER_SECOND.fr ?? 0)) * 1000));
    expect(charsPerSecond('es_MX')).toBe(CHARS_PER_SECOND.es);
    const slowest = Math.min(...Object.values(CHARS_PER_SECOND));
    expect(charsPerSecond('ja-JP')).toBe(slowest);
  });

  it('adds a pause for every sentence end (the last one too) and clause boundary', () => {
    const base = estimateSpeechMs('aaaa aaaa aaaa', 'en-US');
    expect(estimateSpeechMs('aaaa. aaaa, aaaa.', 'en-US')).toBeGreaterThanOrEqual(
      base + 2 * SENTENCE_PAUSE_MS + CLAUSE_PAUSE_MS,
    );
    expect(estimateSpeechMs('aaaa.', 'en-US')).toBe(estimateSpeechMs('aaaaa', 'en-US') + SENTENCE_PAUSE_MS);
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
    expect(breakMs('<break strength="strong"/><break/><break strength="none"/>')).toBe(
      SENTENCE_PAUSE_MS + CLAUSE_PAUSE_MS,
    );
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
    expect(two).toBeGreaterThanOrEqual(estimateSpeechMs('aaaa bbbb', 'en-US') + 2 * SENTENCE_PAUSE_MS);
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
