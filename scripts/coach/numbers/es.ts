// Spanish number words as a runner says them: "ocho", "sesenta y cinco", "ciento cinco",
// "doscientos veinte", "cuarenta y dos y medio", "veinte coma cinco". Accents are optional
// ("veintidós" or "veintidos"), as typed text often drops them. "Con" as a decimal mark
// ("cuarenta con cinco") is left out on purpose: "con" also joins reps to a weight in the
// samples ("una serie de diez con cuarenta kilos"), and the matcher would have to guess.
import type { NumberReader } from './types';
import { decimalDigits, plain, wholeNumbers, type Partial } from './compose';
import { readDigits } from './digits';

const UNITS: Readonly<Record<string, number>> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};
/** 10..29 are one word each in Spanish. */
const SMALL: Readonly<Record<string, number>> = {
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidos: 22,
  veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29,
};
const TENS: Readonly<Record<string, number>> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
/** 200..900, masculine and feminine ("doscientas libras"). */
const HUNDREDS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['doscient', 200], ['trescient', 300], ['cuatrocient', 400], ['quinient', 500],
      ['seiscient', 600], ['setecient', 700], ['ochocient', 800], ['novecient', 900],
    ] as const
  ).flatMap(([stem, value]) => [[`${stem}os`, value], [`${stem}as`, value]]),
);
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  cero: '0', un: '1', uno: '1', una: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
};

/** A parse of a prefix: the value and how many tokens it used. */

/** 1..99 at `at`: "siete", "doce", "sesenta", "sesenta y cinco", or a digit token. */
function belowHundred(t: readonly string[], at: number): Partial[] {
  const word = t[at];
  if (word === undefined) return [];
  if (/^\d+$/.test(word) && Number(word) < 100) return [{ value: Number(word), used: 1 }];
  const single = UNITS[word] ?? SMALL[word];
  if (single !== undefined) return [{ value: single, used: 1 }];
  const tens = TENS[word];
  if (tens === undefined) return [];
  const found: Partial[] = [{ value: tens, used: 1 }];
  const unit = t[at + 1] === 'y' ? UNITS[t[at + 2] ?? ''] : undefined;
  if (unit !== undefined) found.push({ value: tens + unit, used: 3 });
  return found;
}

/** Every parse of 0..999 starting at `at`: "cien", "ciento cinco", "trescientos cuarenta y dos". */
function belowThousand(t: readonly string[], at: number): Partial[] {
  const head = t[at];
  if (head === undefined) return [];
  if (head === 'cero') return [{ value: 0, used: 1 }];
  if (head === 'cien') return [{ value: 100, used: 1 }];
  const hundreds = head === 'ciento' ? 100 : HUNDREDS[head];
  if (hundreds === undefined) return belowHundred(t, at);
  // "ciento" never stands alone; "doscientos" may.
  const found: Partial[] = head === 'ciento' ? [] : [{ value: hundreds, used: 1 }];
  for (const rest of belowHundred(t, at + 1)) found.push({ value: hundreds + rest.value, used: 1 + rest.used });
  return found;
}

function whole(t: readonly string[], at: number): Partial[] {
  return wholeNumbers(t, at, belowThousand, 'mil');
}

function decimals(t: readonly string[], at: number): string | undefined {
  return decimalDigits(t, at, ['coma', 'punto'], DIGIT_WORDS, belowThousand);
}


export const readSpanishNumber: NumberReader = (raw) => {
  const digits = readDigits(raw);
  if (digits !== undefined) return digits;
  const tokens = raw.map(plain);
  const n = tokens.length;
  if (n === 0) return undefined;
  // "medio", "media"
  if (n === 1 && (tokens[0] === 'medio' || tokens[0] === 'media')) return 0.5;
  for (const w of whole(tokens, 0)) {
    if (w.used === n) return w.value;
    // "dos y medio", "cuarenta y dos y media"
    if (w.used === n - 2 && tokens[w.used] === 'y' && (tokens[n - 1] === 'medio' || tokens[n - 1] === 'media')) return w.value + 0.5;
    const d = decimals(tokens, w.used);
    if (d !== undefined) return Number(`${w.value}.${d}`);
  }
  return undefined;
};
