// French number words as a runner says them: "huit", "soixante-cinq", "soixante et onze",
// "quatre-vingt-quinze", "cent cinq", "deux cent vingt", "quarante-deux et demi",
// "vingt virgule cinq". Hyphens are already spaces here (the tokenizer splits them) and accents
// are optional ("zéro" or "zero"). Belgian and Swiss "septante", "huitante", "octante" and
// "nonante" are read too: they cost nothing and cannot be mistaken for anything else.
import type { NumberReader } from './types';
import { decimalDigits, plain, wholeNumbers, type Partial } from './compose';
import { readDigits } from './digits';

const UNITS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
/** Tens that take "et un" and then plain units: 20..60, and the Belgian and Swiss 70..90. */
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', un: '1', une: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9',
};

/** A parse of a prefix: the value and how many tokens it used. */

/** 10..19 at `at`: "dix", "onze".."seize", "dix sept".."dix neuf". */
function tenToNineteen(t: readonly string[], at: number): Partial[] {
  const word = t[at];
  if (word === undefined) return [];
  const teen = TEENS[word];
  if (teen !== undefined) return [{ value: teen, used: 1 }];
  if (word !== 'dix') return [];
  const found: Partial[] = [{ value: 10, used: 1 }];
  const unit = UNITS[t[at + 1] ?? ''];
  if (unit !== undefined && unit >= 7) found.push({ value: 10 + unit, used: 2 });
  return found;
}

/** 1..99 at `at`, every parse: "sept", "vingt et un", "soixante douze", "quatre vingt dix neuf". */
function belowHundred(t: readonly string[], at: number): Partial[] {
  const word = t[at];
  if (word === undefined) return [];
  if (/^\d+$/.test(word) && Number(word) < 100) return [{ value: Number(word), used: 1 }];
  const found: Partial[] = [...tenToNineteen(t, at)];
  const unit = UNITS[word];
  if (unit !== undefined) found.push({ value: unit, used: 1 });
  // 80..99: "quatre vingt(s)", "quatre vingt un", "quatre vingt dix sept"
  if (word === 'quatre' && (t[at + 1] === 'vingt' || t[at + 1] === 'vingts')) {
    found.push({ value: 80, used: 2 });
    if (t[at + 1] === 'vingt') {
      const after = at + 2;
      const u = UNITS[t[after] ?? ''];
      if (u !== undefined) found.push({ value: 80 + u, used: 3 });
      for (const teen of tenToNineteen(t, after)) found.push({ value: 80 + teen.value, used: 2 + teen.used });
    }
  }
  const tens = TENS[word];
  if (tens !== undefined) {
    found.push({ value: tens, used: 1 });
    const next = t[at + 1];
    if (next === 'et' && (t[at + 2] === 'un' || t[at + 2] === 'une')) found.push({ value: tens + 1, used: 3 });
    const u = next === undefined ? undefined : UNITS[next];
    if (u !== undefined && u > 1) found.push({ value: tens + u, used: 2 });
    // 70..79 the French way: "soixante dix", "soixante et onze", "soixante douze", "soixante dix neuf"
    if (word === 'soixante') {
      if (next === 'et' && t[at + 2] === 'onze') found.push({ value: 71, used: 3 });
      for (const teen of tenToNineteen(t, at + 1)) if (teen.value !== 11) found.push({ value: 60 + teen.value, used: 1 + teen.used });
    }
  }
  return found;
}

/** Every parse of 0..999 starting at `at`: "cent", "cent cinq", "deux cents", "trois cent douze". */
function belowThousand(t: readonly string[], at: number): Partial[] {
  const head = t[at];
  if (head === undefined) return [];
  if (head === 'zero') return [{ value: 0, used: 1 }];
  const found = belowHundred(t, at);
  let multiplier: number | undefined;
  let pos = at;
  if (head === 'cent') multiplier = 1;
  else {
    const u = UNITS[head];
    if (u !== undefined && u > 1 && (t[at + 1] === 'cent' || t[at + 1] === 'cents')) {
      multiplier = u;
      pos = at + 1;
    }
  }
  if (multiplier !== undefined) {
    const base = multiplier * 100;
    found.push({ value: base, used: pos + 1 - at });
    // "deux cents" ends there; "deux cent cinq" goes on.
    if (t[pos] === 'cent') {
      for (const rest of belowHundred(t, pos + 1)) found.push({ value: base + rest.value, used: pos + 1 + rest.used - at });
    }
  }
  return found;
}

function whole(t: readonly string[], at: number): Partial[] {
  return wholeNumbers(t, at, belowThousand, 'mille');
}

function decimals(t: readonly string[], at: number): string | undefined {
  return decimalDigits(t, at, ['virgule'], DIGIT_WORDS, belowThousand);
}


const HALF = new Set(['demi', 'demie']);

export const readFrenchNumber: NumberReader = (raw) => {
  const digits = readDigits(raw);
  if (digits !== undefined) return digits;
  const tokens = raw.map(plain);
  const n = tokens.length;
  if (n === 0) return undefined;
  // "demi", "un demi"
  if ((n === 1 && HALF.has(tokens[0] ?? '')) || (n === 2 && tokens[0] === 'un' && HALF.has(tokens[1] ?? ''))) return 0.5;
  for (const w of whole(tokens, 0)) {
    if (w.used === n) return w.value;
    // "deux et demi", "quarante deux et demie"
    if (w.used === n - 2 && tokens[w.used] === 'et' && HALF.has(tokens[n - 1] ?? '')) return w.value + 0.5;
    const d = decimals(tokens, w.used);
    if (d !== undefined) return Number(`${w.value}.${d}`);
  }
  return undefined;
};
