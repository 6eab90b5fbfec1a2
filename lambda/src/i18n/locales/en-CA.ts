// Canadian English: pounds, like most Canadian gyms, and otherwise the shared English, which
// Canadians say the same way. Many gyms mix metric and imperial plates, so the help after a set
// mentions switching to kilos.
import { en } from './en';
import { mergeResources } from './merge';

export const enCA = mergeResources(en, {
  help: {
    finished: 'You can start another set, take a rest, or change settings, like three breaths, rep by rep, or kilos.',
  },
});
