// A second exercise that exists only for tests: it proves a new exercise is a descriptor and its
// words, and nothing else. Bounds, tempo and progression differ from the deadlift's on purpose,
// so a test can tell whose rules were applied.
import i18next from 'i18next';
import { LOCALES, type Translate } from '../../../lambda/src/i18n';
import type { Exercise } from '../../../lambda/src/workout/exercises';

export const TEST_SQUAT: Exercise = {
  id: 'testSquat',
  phases: [
    { name: 'descent', steps: [{ say: 'sitBack' }, { rotate: ['knees', 'chest'] }, { padTo: 3000 }] },
    { name: 'bottom', steps: [{ say: 'breathe', count: 'breaths' }, { hold: 'breaths' }] },
    { name: 'drive', steps: [{ say: 'drive' }, { pause: 500 }, { say: 'tall' }, { padTo: 2500 }, { count: 'count' }] },
  ],
  intro: { start: 'setup', resume: 'resumeAt' },
  minPadMs: 300,
  bounds: {
    targetReps: { min: 2, max: 20 },
    breathsPerHold: { min: 1, max: 4 },
    secondsPerBreath: { min: 2, max: 6 },
    weight: { lb: { min: 5, max: 300 }, kg: { min: 2, max: 140 } },
  },
  defaults: { targetReps: 8, breathsPerHold: 2, secondsPerBreath: 3 },
  progression: { cleanReps: 8, step: { lb: 10, kg: 5 } },
};

/** Its words, as a locale file would hold them under its id. */
export const TEST_SQUAT_WORDS = {
  cue: {
    setup: 'Hold the weight at your chest, feet wide.',
    resumeAt: 'Squats again from rep {{rep}} of {{target}}.',
    sitBack: 'Sit back and down.',
    knees: 'Knees out over the toes.',
    chest: 'Chest up.',
    breathe_one: 'Stay low for one breath.',
    breathe_other: 'Stay low for {{count}} breaths.',
    drive: 'Drive through the heels.',
    tall: 'Stand tall.',
    count: 'Squat {{rep}}.',
    breathMark: '{{count}}.',
    breathMarkLast: 'Last, {{count}}.',
  },
  explain: {
    how: 'Hold a weight at your chest and sit between your heels.',
    why: 'Squats build the quads that take the downhills.',
  },
};

/** The en-US words with the test exercise's added under its id, as a new locale entry would be. */
export function testTranslator(): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: { 'en-US': { translation: { ...LOCALES['en-US']!.resources, testSquat: TEST_SQUAT_WORDS } } },
    lng: 'en-US',
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key, options as never) as unknown as string;
}
