import fc from 'fast-check';
import { LOCALES, translator } from '../../lambda/src/i18n';
import { formatAmount, lineText, render, voiceFor } from '../../lambda/src/speech/render';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import { planBlock } from '../../lambda/src/workout/pacing';
import { BOUNDS, defaultSettings } from '../../lambda/src/workout/settings';
import { MAX_BREAK_MS, MAX_SSML_CHARS, RESPONSE_JSON_BUDGET } from '../../lambda/src/speech/limits';
import { introLine } from '../../lambda/src/workout/tempo';
import { REST_MARKS } from '../../lambda/src/workout/transition';
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
    // Long holds make the longest reps; the shortest holds pack the most words into a block.
    const holds = [
      { breathsPerHold: BOUNDS.breathsPerHold.max, secondsPerBreath: BOUNDS.secondsPerBreath.max },
      { breathsPerHold: BOUNDS.breathsPerHold.min, secondsPerBreath: BOUNDS.secondsPerBreath.min },
    ];
    for (const hold of holds) {
      for (const target of [1, 10, 30]) {
        const settings = { ...defaultSettings(LOCALES[locale]!.unit), ...hold };
        const plan = planBlock({ exercise: RUNNER_DEADLIFT_EXERCISE, fromRep: 1, target, settings, sentAt: 0, intro: introLine(RUNNER_DEADLIFT_EXERCISE) }, voiceFor(speaker));
        // The most a response says around its reps: a warning first, the end of the set, that
        // saving failed, and the question.
        const out = render(speaker, {
          said: [
            { type: 'stateReset' },
            { type: 'reps', segments: plan.segments, block: plan.block },
            { type: 'setDone', reps: target - 1, target, early: true, weight: { amount: 102.5, unit: 'kg' } },
            { type: 'saveFailed' },
          ],
          close: { kind: 'ask', question: 'wasClean' },
        });
        expect(out.speech.length).toBeLessThanOrEqual(MAX_SSML_CHARS);
        expect(estimateSsmlMs(out.speech, locale)).toBeLessThanOrEqual(240_000);
        // `<speak>` and its end are added by the SDK; the reprompt is the frame's.
        const bytes = Buffer.byteLength(JSON.stringify(`<speak>${out.speech}</speak>`), 'utf8');
        expect(bytes).toBeLessThanOrEqual(RESPONSE_JSON_BUDGET.speech);
      }
    }
  });

  it("writes each breath of a hold as one exact break, the words' edges left to the words, never two breaks side by side", () => {
    const { breathsPerHold: b, secondsPerBreath: sec } = BOUNDS;
    const holds = [
      { breathsPerHold: b.min, secondsPerBreath: sec.min },
      { breathsPerHold: 3, secondsPerBreath: 4 },
      { breathsPerHold: 2, secondsPerBreath: 5 },
      { breathsPerHold: b.max, secondsPerBreath: sec.max },
    ];
    for (const hold of holds) {
      const settings = { ...defaultSettings(LOCALES[locale]!.unit), ...hold };
      const plan = planBlock({ exercise: RUNNER_DEADLIFT_EXERCISE, fromRep: 1, target: 1, settings, sentAt: 0 }, voiceFor(speaker));
      const out = render(speaker, { said: [{ type: 'reps', segments: plan.segments, block: plan.block }], close: { kind: 'silent' } });
      expect(out.speech).not.toMatch(/<break[^>]*\/>\s*<break/);
      const breaks = [...out.speech.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));
      const total = hold.breathsPerHold * hold.secondsPerBreath * 1000;
      const expected = total <= MAX_BREAK_MS ? [total] : Array<number>(hold.breathsPerHold).fill(hold.secondsPerBreath * 1000);
      // The rep's other breaks are short pauses; the hold's are the only ones of a breath or more.
      expect(breaks.filter((ms) => ms >= Math.min(...expected))).toEqual(expected);
    }
  });

  it('counts a rest down without two breaks side by side, each line due at its time by the estimate', () => {
    for (const seconds of [5, 10, 15, 45, 60, 90, 95, 180]) {
      const marks = REST_MARKS.filter((mark) => mark < seconds);
      const out = render(speaker, { said: [{ type: 'rest', seconds, marks }], close: { kind: 'silent' } });
      expect(out.speech).not.toMatch(/<break[^>]*\/>\s*<break/);
      for (const m of out.speech.matchAll(/<break time="(\d+)ms"\/>/g)) expect(Number(m[1])).toBeLessThanOrEqual(MAX_BREAK_MS);
      // Each sentence after the first starts when its seconds left are due: the estimate of all before it.
      const starts = [...out.speech.matchAll(/<s>/g)].map((m) => m.index).slice(1);
      const dueLeft = [...new Set([...Array.from({ length: Math.ceil(seconds / 10) - 1 }, (_, i) => seconds - (seconds % 10 || 10) - 10 * i), ...marks])]
        .filter((left) => left > 0)
        .sort((a, b) => b - a);
      expect(starts).toHaveLength(dueLeft.length + 1);
      [...dueLeft, 0].forEach((left, i) => {
        const at = estimateSsmlMs(out.speech.slice(0, starts[i]), locale);
        // Late only when the speech before it outlasts the time (a short rest's opening line).
        if (at > (seconds - left) * 1000 + 1) expect(out.speech.slice(0, starts[i])).not.toMatch(/<break[^>]*\/>\s*$/);
        else expect(Math.abs(at - (seconds - left) * 1000)).toBeLessThanOrEqual(1);
      });
      expect(out.speech).toContain(`<s>${speaker.t('rest.over')}</s>`);
    }
  });

  it('times each line as the whole response is timed', () => {
    const voice = voiceFor(speaker);
    const line = { exercise: RUNNER_DEADLIFT_EXERCISE.id, cue: 'barPath.full1' };
    const plan = planBlock({ exercise: RUNNER_DEADLIFT_EXERCISE, fromRep: 1, target: 1, settings: defaultSettings('kg'), sentAt: 0 }, voice);
    const alone = render(speaker, { said: [{ type: 'reps', segments: [{ kind: 'say', line, phase: 'lowering' }], block: plan.block }], close: { kind: 'silent' } });
    expect(voice.speechMs(line)).toBe(estimateSsmlMs(alone.speech, locale));
    expect(voice.jsonBytes(line)).toBe(Buffer.byteLength(JSON.stringify(alone.speech), 'utf8') - 2 + 1);
    expect(lineText(speaker, line)).toBe(speaker.t('runnerDeadlift.cue.barPath.full1'));
  });
});
