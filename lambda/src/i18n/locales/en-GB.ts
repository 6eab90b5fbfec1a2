// British English: kilos first, British idiom ("bum", "have a go", "cheers"), contractions as
// people say them. Everything not listed here is the shared English in en.ts.
import { en } from './en';
import { mergeResources } from './merge';

export const enGB = mergeResources(en, {
  welcome: {
    first:
      "Welcome to Runner Deadlift. It's a slow hip hinge with a barbell that builds the hips, back and grip you need late in a long run. Start with the lightest bar you've got.",
  },
  suggest: {
    addWeight: 'Those were ten clean reps, so today have a go at {{to}}.',
  },
  savedSet: {
    dropped: "Right, we'll start afresh.",
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
    start: 'Rest for {{seconds}} seconds. Bar down, and give your hands a shake.',
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
  notNow: {
    ready: "There's no set on at the moment.",
  },
  didNotUnderstand: "Sorry, I didn't catch that.",
  cleanNoted: {
    yes: 'Nice one, noted as clean.',
  },
  log: {
    kept: "Right, I've kept it.",
    unavailable: "I can't reach your training log at the moment.",
  },
  stateReset: "I've lost track of where we were, so let's start again from the top.",
  saveFailed: "I couldn't save to your log just now; I'll keep trying.",
  goodbye: 'Good lifting. Cheers, see you next time.',
});
