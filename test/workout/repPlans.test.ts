import fc from 'fast-check';
import { translator } from '../../lambda/src/i18n';
import { voiceFor } from '../../lambda/src/speech/render';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import { MAX_PLANS, planBlock, PACE_RANGE } from '../../lambda/src/workout/pacing';
import { segmentsSpeech } from '../../lambda/src/speech/render';
import { MAX_REPS_PER_VOICE, measuredRep, measuredRepCount, measureRep } from '../../lambda/src/workout/repPlans';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { introLine, repScript, segmentBytes, segmentChars } from '../../lambda/src/workout/tempo';
import type { Voice } from '../../lambda/src/workout/tempo';
import { fakeVoice } from './fakeVoice';

const exercise = RUNNER_DEADLIFT_EXERCISE;
const settings = defaultSettings('kg');
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'es-ES', 'fr-FR'] as const;
const realVoice = (locale: string): Voice => voiceFor({ locale, t: translator(locale) });
/** The same voice under a new identity: nothing of it is cached yet. */
const fresh = (voice: Voice): Voice => ({ ...voice });

describe('measured reps (the planner\'s cache)', () => {
  it('gives what measuring the rep afresh gives, and adds up as the segments do', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 8 }),
        (locale, target, before, breaths, seconds) => {
          const rep = (before % target) + 1;
          const s = { ...settings, breathsPerHold: breaths, secondsPerBreath: seconds };
          const voice = realVoice(locale);
          const cached = measuredRep(exercise, rep, target, s, voice);
          expect(measuredRep(exercise, rep, target, s, voice)).toEqual(cached);
          expect(cached).toEqual(measureRep(exercise, rep, target, s, fresh(voice)));
          // The figures are the segments' own, one per segment.
          const script = repScript(exercise, rep, target, s, voice);
          expect(cached.segments).toEqual(script);
          expect(cached.chars).toBe(script.reduce((n, seg) => n + segmentChars(seg, voice), 0));
          expect(cached.bytes).toBe(script.reduce((n, seg) => n + segmentBytes(seg, voice), 0));
          script.forEach((seg, i) => {
            if (seg.kind === 'say') expect([cached.spoken[i], cached.quiet[i]]).toEqual([voice.speechMs(seg.line), 0]);
            else expect([cached.spoken[i], cached.quiet[i]]).toEqual([-voice.pauseMs(seg.ms).replacesMs, voice.pauseMs(seg.ms).quietMs]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is measured once: the same rep again is the same object, not a new one', () => {
    const voice = realVoice('en-US');
    expect(measuredRep(exercise, 3, 10, settings, voice)).toBe(measuredRep(exercise, 3, 10, settings, voice));
    // A hold of another length is another rep.
    expect(measuredRep(exercise, 3, 10, { ...settings, secondsPerBreath: settings.secondsPerBreath + 1 }, voice)).not.toBe(
      measuredRep(exercise, 3, 10, settings, voice),
    );
  });

  it('plans the same block from the cache as from nothing, for every locale and pace', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 29 }),
        fc.boolean(),
        fc.constantFrom(PACE_RANGE, { slow: 0.95, fast: 1.05 }, { slow: 1.2, fast: 1.25 }),
        (locale, target, before, withIntro, pace) => {
          const fromRep = (before % target) + 1;
          const voice = realVoice(locale);
          const request = { exercise, fromRep, target, settings, sentAt: 1_000, pace, ...(withIntro && { intro: introLine(exercise) }) };
          const warm = planBlock(request, voice);
          expect(planBlock(request, voice)).toEqual(warm);
          expect(planBlock(request, fresh(voice))).toEqual(warm);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps at most MAX_REPS_PER_VOICE reps per voice, and answers right past the bound', () => {
    const voice = fakeVoice(900, 30);
    let made = 0;
    for (let target = 1; made < MAX_REPS_PER_VOICE + 50; target += 1) {
      for (let rep = 1; rep <= target; rep += 1, made += 1) measuredRep(exercise, rep, target, settings, voice);
    }
    expect(measuredRepCount(voice)).toBe(MAX_REPS_PER_VOICE);
    const late = measuredRep(exercise, 60, 70, settings, voice);
    expect(late).toEqual(measureRep(exercise, 60, 70, settings, fresh(voice)));
    expect(measuredRepCount(voice)).toBe(MAX_REPS_PER_VOICE);
  });

  it('keeps a plan per voice, sent at each request\'s own time, and its speech is the one made afresh', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 10_000_000 }), (locale, fromRep, sentAt) => {
        const voice = realVoice(locale);
        const speaker = { locale, t: translator(locale) };
        const request = { exercise, fromRep, target: 12, settings, sentAt: 5, intro: introLine(exercise, undefined, { target: 12, weight: { amount: 30, unit: 'kg' } }) };
        const first = planBlock(request, voice);
        const again = planBlock({ ...request, sentAt }, voice);
        expect(again.block).toEqual({ ...first.block, sentAt });
        expect(again.segments).toBe(first.segments);
        // The kept speech says what speaking a copy of the segments (nothing kept) says.
        expect(segmentsSpeech(speaker, again.segments).toSsml()).toBe(segmentsSpeech(speaker, [...again.segments]).toSsml());
        expect(segmentsSpeech(speaker, again.segments)).toBe(segmentsSpeech(speaker, first.segments));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps at most MAX_PLANS plans per voice and exercise, and plans right past the bound', () => {
    const voice = fakeVoice(700, 30);
    const plan = (target: number) => planBlock({ exercise, fromRep: 1, target, settings, sentAt: 0 }, voice);
    const firsts = Array.from({ length: MAX_PLANS + 10 }, (_, i) => plan(i + 1));
    // Kept: the same segments again; past the bound: planned again, equal but not the same.
    expect(plan(1).segments).toBe(firsts[0]!.segments);
    const late = plan(MAX_PLANS + 5);
    expect(late.segments).not.toBe(firsts[MAX_PLANS + 4]!.segments);
    expect(late).toEqual(planBlock({ exercise, fromRep: 1, target: MAX_PLANS + 5, settings, sentAt: 0 }, fresh(voice)));
  });

  it('keeps one voice per locale and translator, so what is measured outlives the turn', () => {
    expect(realVoice('de-DE')).toBe(realVoice('de-DE'));
    expect(translator('fr-FR')).toBe(translator('fr-FR'));
    expect(realVoice('en-GB')).not.toBe(realVoice('en-US'));
  });
});
