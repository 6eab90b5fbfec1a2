import type { NumberReader } from './types';

/** Digits are the same in every language: "8", "65", "2.5". */
export const readDigits: NumberReader = (tokens) => {
  if (tokens.length !== 1) return undefined;
  const token = tokens[0] ?? '';
  return /^\d+(\.\d+)?$/.test(token) ? Number(token) : undefined;
};
