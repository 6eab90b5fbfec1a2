import type { Phrasings } from '../phrasing';
import type { Exercise } from './types';

/**
 * The Runner Deadlift: a slow hip hinge with a barbell. The lowering is slow on purpose (that is
 * where endurance strength is built), the bottom is held for a few belly breaths, and the return
 * is a quad push, then a glute squeeze.
 */
/**
 * The stride cues (butt out, bar by the knees, belly breaths, quads then glutes) are said every
 * rep: in full on the first two while the runner learns them, then in three shorter wordings in
 * turn, so none comes back more than three times in a set of ten.
 */
const STRIDE: Phrasings = { full: 2, short: 3 };

export const RUNNER_DEADLIFT_EXERCISE: Exercise = {
  id: 'runnerDeadlift',
  phases: [
    {
      name: 'lowering',
      steps: [
        { rotate: ['secondary.alignment', 'secondary.neck', 'secondary.shoulders', 'secondary.grip', 'secondary.hang'], wordings: 2, lastRep: 'lastRep' },
        { say: 'hinge', phrasings: STRIDE },
        { say: 'barPath', phrasings: STRIDE },
        { padTo: 4000 },
      ],
    },
    { name: 'bottom', steps: [{ say: 'bottom', phrasings: STRIDE }, { say: 'breathe', count: 'breaths', phrasings: STRIDE }] },
    { name: 'hold', steps: [{ hold: 'breaths' }] },
    // The bar needs a moment to move between the quad push and the glute squeeze.
    { name: 'return', steps: [{ say: 'push', phrasings: STRIDE }, { pause: 700 }, { say: 'glutes', phrasings: STRIDE }, { padTo: 3000 }, { count: 'count', plain: 3 }] },
  ],
  intro: { start: 'setup', resume: 'resumeAt', announce: 'setupAt' },
  minPadMs: 400,
  // The exercise asks for two to three breaths at the bottom; a little room either side.
  bounds: {
    targetReps: { min: 1, max: 30 },
    breathsPerHold: { min: 1, max: 6 },
    secondsPerBreath: { min: 2, max: 8 },
    /** Heavier than anyone deadlifts for ten slow reps: a number past this was misheard. */
    weight: { lb: { min: 1, max: 600 }, kg: { min: 0.5, max: 270 } },
  },
  defaults: { targetReps: 10, breathsPerHold: 3, secondsPerBreath: 4 },
  // Add weight only after at least ten slow reps with perfect form, in the smallest steps gyms have.
  progression: { cleanReps: 10, step: { lb: 5, kg: 2.5 } },
};
