// Australian English: kilos first, relaxed idiom ("no worries", "give it a crack"), and "mate"
// once only, at goodbye: sprinkled everywhere it turns into a parody. Everything not listed here
// is the shared English in en.ts.
import { en } from './en';
import { mergeResources } from './merge';

export const enAU = mergeResources(en, {
  welcome: {
    back: "G'day, welcome back to Runner Deadlift.",
  },
  suggest: {
    addWeight: 'Ten clean reps there, so today give {{to}} a crack.',
  },
  savedSet: {
    dropped: "No worries, we'll start fresh.",
  },
  runnerDeadlift: {
    cue: {
      hinge: {
        full1: 'Bum out, hips back, as if you were reaching for a stool behind you.',
        full2: 'Push your bum out and send the hips back.',
        short2: 'Bum out, hips back.',
      },
      glutes: {
        full1: 'Squeeze the glutes to finish standing.',
        short1: 'Squeeze the glutes.',
        short2: 'Clench the glutes.',
      },
    },
  },
  rest: {
    start: 'Rest for {{seconds}} seconds. Bar down, and shake out your hands.',
  },
  outOfRange: {
    unit: 'I know kilos and pounds.',
  },
  notHeard: {
    unit: "I didn't catch the unit. I know kilos and pounds.",
  },
  help: {
    example: 'start a set of twelve at thirty kilos',
  },
  didNotUnderstand: "Sorry, I didn't catch that.",
  cleanNoted: {
    yes: 'Good stuff, noted as clean.',
  },
  log: {
    kept: "No worries, I've kept it.",
    unavailable: "I can't get to your training log right now.",
  },
  stateReset: "I've lost track of where we were, so let's start again from the top.",
  saveFailed: "I couldn't save to your log just now; I'll keep trying.",
  goodbye: 'Good lifting, mate. See you next time.',
});
