// Which words a cue is said in on a given rep. A coach does not read the same list ten times: the
// cues are said in full while the runner learns them, then shorter, and each wording comes round
// in turn. Chosen from the rep number and the target alone, so a rep's script is the same every
// time it is planned (the timeline is estimated line by line) and a test can replay it.

/** A cue said in full on the first `full` reps, then in `short` shorter wordings in turn. */
export interface Phrasings {
  readonly full: number;
  readonly short: number;
}

/** `<cue>.full<n>` on rep n while n <= full, then `<cue>.short<k>` round robin. */
export function phrased(cue: string, phrasings: Phrasings, rep: number): string {
  if (rep <= phrasings.full) return `${cue}.full${rep}`;
  return `${cue}.short${((rep - phrasings.full - 1) % phrasings.short) + 1}`;
}

/**
 * One cue of `cues` per rep, each in `wordings` wordings (`<cue>.v<n>`): a cue comes back only
 * after every other, and in other words, so no sentence repeats within cues × wordings reps.
 * On the last rep of a set (of more than one) `lastRep` is said instead, if there is one.
 */
export function rotated(cues: readonly string[], wordings: number, rep: number, target: number, lastRep?: string): string {
  if (lastRep !== undefined && rep === target && target > 1) return lastRep;
  const turn = rep - 1;
  const cue = cues[turn % cues.length]!;
  return wordings > 1 ? `${cue}.v${(Math.floor(turn / cues.length) % wordings) + 1}` : cue;
}

/** A set needs this many reps before halfway is worth a word. */
const HALFWAY_FROM = 4;

/**
 * The count's wording: `first` on rep one, `halfway` at the middle of a set of four or more,
 * `last` on the last rep, and otherwise `plain<n>` in turn.
 */
export function countWording(cue: string, plain: number, rep: number, target: number): string {
  if (rep === 1) return `${cue}.first`;
  if (rep === target) return `${cue}.last`;
  if (target >= HALFWAY_FROM && rep === Math.round(target / 2)) return `${cue}.halfway`;
  return `${cue}.plain${((rep - 2) % plain) + 1}`;
}
