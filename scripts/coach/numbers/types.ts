/**
 * Reads a whole run of words as one number, or undefined when the words are not exactly one
 * number. Whole-run only: the matcher tries every split of the utterance, so "eight sixty five"
 * must NOT read as one number, or "a set of eight sixty five pounds" could never split.
 */
export type NumberReader = (tokens: readonly string[]) => number | undefined;
