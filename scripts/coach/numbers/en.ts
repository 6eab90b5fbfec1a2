// English number words as a runner says them: "eight", "sixty five", "a hundred and five",
// "two and a half", "one point five". Colloquial "one twenty" (120) is left out on purpose: it
// reads just as well as two numbers, and the matcher would have to guess.
import type { NumberReader } from './types';
import { readDigits } from './digits';

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A parse of a prefix: the value and how many tokens it used. */
interface Partial {
  readonly value: number;
  readonly used: number;
}

/** 1..99 at `at`: "seven", "twelve", "sixty", "sixty five", or a digit token. */
function belowHundred(t: readonly string[], at: number): Partial | undefined {
  const word = t[at];
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word) && Number(word) < 100) return { value: Number(word), used: 1 };
  const unit = UNITS[word];
  if (unit !== undefined && word !== 'oh') return { value: unit, used: 1 };
  const teen = TEENS[word];
  if (teen !== undefined) return { value: teen, used: 1 };
  const tens = TENS[word];
  if (tens === undefined) return undefined;
  const next = t[at + 1];
  const more = next === undefined ? undefined : UNITS[next];
  return more !== undefined && more > 0 && next !== 'oh' ? { value: tens + more, used: 2 } : { value: tens, used: 1 };
}

/** Every parse of 0..999 starting at `at` (several: the caller needs the one that ends right). */
function belowThousand(t: readonly string[], at: number): Partial[] {
  const found: Partial[] = [];
  const head = t[at];
  if (head === 'zero') found.push({ value: 0, used: 1 });
  const small = belowHundred(t, at);
  if (small) found.push(small);
  // "hundred", "a hundred", "one hundred", "two hundred"
  let multiplier: number | undefined;
  let pos = at;
  if (head === 'a') {
    multiplier = 1;
    pos = at + 1;
  } else if (head === 'hundred') {
    multiplier = 1;
  } else {
    const u = head === undefined ? undefined : UNITS[head];
    if (u !== undefined && u > 0 && head !== 'oh') {
      multiplier = u;
      pos = at + 1;
    }
  }
  if (multiplier !== undefined && t[pos] === 'hundred') {
    const base = multiplier * 100;
    const afterHundred = pos + 1;
    found.push({ value: base, used: afterHundred - at });
    const withAnd = t[afterHundred] === 'and' ? afterHundred + 1 : afterHundred;
    const rest = belowHundred(t, withAnd);
    if (rest) {
      found.push({ value: base + rest.value, used: withAnd + rest.used - at });
    }
  }
  return found;
}

/** Whole numbers below a million ("two thousand and five"); "twelve hundred" is not read. */
function whole(t: readonly string[], at: number): Partial[] {
  const found: Partial[] = [];
  for (const head of belowThousand(t, at)) {
    found.push(head);
    if (t[at + head.used] === 'thousand') {
      const base = head.value * 1000;
      const after = at + head.used + 1;
      found.push({ value: base, used: after - at });
      const withAnd = t[after] === 'and' ? after + 1 : after;
      for (const rest of belowThousand(t, withAnd)) found.push({ value: base + rest.value, used: withAnd + rest.used - at });
    }
  }
  if (t[at] === 'a' && t[at + 1] === 'thousand') found.push({ value: 1000, used: 2 });
  return found;
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** "point five", "point two five" -> the digits after the decimal point. */
function decimals(t: readonly string[], at: number): { digits: string; used: number } | undefined {
  if (t[at] !== 'point') return undefined;
  let digits = '';
  let pos = at + 1;
  for (let word = t[pos]; word !== undefined; word = t[++pos]) {
    const d = DIGIT_WORDS[word] ?? (/^\d+$/.test(word) ? word : undefined);
    if (d === undefined) break;
    digits += d;
  }
  return digits === '' ? undefined : { digits, used: pos - at };
}

export const readEnglishNumber: NumberReader = (tokens) => {
  const digits = readDigits(tokens);
  if (digits !== undefined) return digits;
  const n = tokens.length;
  if (n === 0) return undefined;
  // "half", "a half"
  if ((n === 1 && tokens[0] === 'half') || (n === 2 && tokens[0] === 'a' && tokens[1] === 'half')) return 0.5;
  for (const w of whole(tokens, 0)) {
    if (w.used === n) return w.value;
    const rest = tokens.slice(w.used);
    // "two and a half"
    if (rest.length === 3 && rest[0] === 'and' && rest[1] === 'a' && rest[2] === 'half') return w.value + 0.5;
    const d = decimals(tokens, w.used);
    if (d && w.used + d.used === n) return Number(`${w.value}.${d.digits}`);
  }
  return undefined;
};
