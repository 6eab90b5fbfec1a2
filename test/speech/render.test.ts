import fc from 'fast-check';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { formatAmount, lineText, render, voiceFor } from '../../lambda/src/speech/render';
import { planBlock } from '../../lambda/src/workout/pacing';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { MAX_SSML_CHARS } from '../../lambda/src/speech/limits';
import { estimateSsmlMs } from '../../lambda/src/speech/estimate';

describe.each(Object.keys(LOCALES))('rendering in %s', (locale) => {
  const speaker = { locale, t: translator(locale) };

  it('writes weights as Intl would, for every weight a runner can lift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (tenths) => {
        const amount = tenths / 10;
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(amount);
        expect(formatAmount(locale, amount)).toBe(intl);
      }),
    );
  });

  it('keeps a whole block of reps with everything said around it within the response limits', () => {
    for (const target of [1, 10, 30]) {
      const settings = { ...defaultSettings(LOCALES[locale]!.unit), breathsPerHold: 6, secondsPerBreath: 8 };
      const plan = planBlock({ fromRep: 1, target, settings, sentAt: 0, intro: { cue: 'setup' } }, voiceFor(speaker));
      // The most a response says around its reps: a warning first, the end of the set, that
      // saving failed, and the question.
      const out = render(speaker, [
        { type: 'stateReset' },
        { type: 'reps', segments: plan.segments },
        { type: 'setDone', reps: target - 1, target, early: true, weight: { amount: 102.5, unit: 'kg' } },
        { type: 'saveFailed' },
        { type: 'ask', question: 'wasClean' },
      ]);
      expect(out.speech.length).toBeLessThanOrEqual(MAX_SSML_CHARS);
      expect(estimateSsmlMs(out.speech, locale)).toBeLessThanOrEqual(240_000);
    }
  });

  it('times each line as the whole response is timed', () => {
    const voice = voiceFor(speaker);
    const line = { cue: 'barPath' } as const;
    const alone = render(speaker, [{ type: 'reps', segments: [{ kind: 'say', line, phase: 'lowering' }] }]);
    expect(voice.speechMs(line)).toBe(estimateSsmlMs(alone.speech, locale));
    expect(lineText(speaker, line)).toBe(speaker.t('cue.barPath'));
  });
});
