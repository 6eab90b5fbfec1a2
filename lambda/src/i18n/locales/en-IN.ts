// Indian English: kilos first; "shall we", "one more set", "take rest", "very good", and full
// forms ("I am not able to") as they are usually spoken, not as a caricature. Everything not
// listed here is the shared English in en.ts.
import { en } from './en';
import { mergeResources } from './merge';

export const enIN = mergeResources(en, {
  welcome: {
    first:
      'Welcome to Runner Deadlift. This is a slow hip hinge with a barbell. It builds the hips, back and grip you need in the last part of a long run. Start with the lightest bar you have.',
  },
  suggest: {
    addWeight: 'All ten reps were clean, so today you can go up to {{to}}.',
  },
  savedSet: {
    dropped: 'Okay, we will start a fresh set.',
  },
  runnerDeadlift: {
    cue: {
      hinge: {
        full1: 'Push your hips back, as if you are sitting on a stool behind you.',
        full2: 'Take your hips back, far behind you.',
        short2: 'Push your hips back.',
      },
      glutes: {
        full1: 'Squeeze the glutes to finish standing.',
        short1: 'Squeeze the glutes.',
        short2: 'Tighten the glutes.',
      },
    },
  },
  rest: {
    start: 'Take rest for {{seconds}} seconds. Keep the bar down and relax your hands.',
  },
  outOfRange: {
    unit: 'I know kilos and pounds.',
  },
  notHeard: {
    unit: 'I did not catch the unit. I know kilos and pounds.',
  },
  help: {
    example: 'start a set of twelve at thirty kilos',
    finished: {
      wholeSet: "You can start one more set, take rest, say how many have I done to hear that set's count, or change settings, like three breaths or longer holds.",
      repByRep: "You can start one more set, take rest, say how many have I done to hear that set's count, or change settings: say three breaths, or switch to the whole set.",
    },
  },
  didNotUnderstand: 'Sorry, I did not understand that.',
  cleanNoted: {
    yes: 'Very good, noted as clean.',
  },
  log: {
    kept: 'Okay, I have kept it.',
    unavailable: 'I am not able to reach your training log right now.',
  },
  stateReset: 'I lost track of where we were, so we will start again from the beginning.',
  goodbye: 'Well done today. See you next time.',
  ask: {
    start: { say: 'Shall we start a set?' },
    resumeSaved: { say: 'Shall we continue from there?' },
    carryOnOrFresh: { say: 'Shall we continue from there, or start fresh?', reprompt: 'Say continue to finish that set, or start fresh to begin a new one.' },
    another: { say: 'One more set?', reprompt: 'Say yes for one more set, rest to take a break, or stop.' },
  },
});
