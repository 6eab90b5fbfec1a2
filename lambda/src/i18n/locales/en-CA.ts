// Canadian English: pounds, like most Canadian gyms, and otherwise the shared English, which
// Canadians say the same way. Many gyms mix metric and imperial plates, so the help after a set
// mentions switching to kilos.
import { en } from './en';
import { mergeResources } from './merge';

export const enCA = mergeResources(en, {
  help: {
    finished: {
      wholeSet: "You can start another set, take a rest, say how many have I done to hear that set's count, or change settings, like three breaths, longer holds, or kilos.",
      repByRep: "You can start another set, take a rest, say how many have I done to hear that set's count, or change settings, like three breaths, the whole set, or kilos.",
    },
  },
});
