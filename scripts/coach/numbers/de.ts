// German number words as a runner says them: "acht", "fünfundsechzig", "hundertfünf",
// "zweiunddreißigeinhalb", "zwei komma fünf". German writes a number as one word, but speech
// recognition and typing split it freely ("fünf und sechzig", "zwei hundert"), so the tokens are
// joined and the joined word is parsed: a whole run is one number only if the joined word is
// one. "acht sechzig fünf" joins to "achtsechzigfünf", which is no number, so the matcher can
// still split "einen satz mit acht bei sechzig kilo" correctly.
// Umlauts and ß are folded (fünf = fuenf, dreißig = dreissig), and an umlaut typed bare is read
// too (funf, zwolf): keyboards without them are common.
import type { NumberReader } from './types';
import { readDigits } from './digits';

/** 1..9 as they stand alone or before "und"/"hundert"/"tausend" ("ein", "eins", "eine", ...). */
const UNITS: readonly (readonly [string, number])[] = [
  ['eins', 1], ['einen', 1], ['einem', 1], ['einer', 1], ['eine', 1], ['ein', 1],
  ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4], ['fuenf', 5], ['sechs', 6], ['sieben', 7],
  ['acht', 8], ['neun', 9],
];
/** Before "und" + tens, "hundert" or "tausend" only the bare forms are said ("einundzwanzig"). */
const PREFIX_UNITS: readonly (readonly [string, number])[] = [
  ['ein', 1], ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4], ['fuenf', 5], ['sechs', 6],
  ['sieben', 7], ['acht', 8], ['neun', 9],
];
const TEENS: readonly (readonly [string, number])[] = [
  ['zehn', 10], ['elf', 11], ['zwoelf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fuenfzehn', 15],
  ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
];
const TENS: readonly (readonly [string, number])[] = [
  ['zwanzig', 20], ['dreissig', 30], ['vierzig', 40], ['fuenfzig', 50], ['sechzig', 60],
  ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
];
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fuenf: '5', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
};

/** A parse of a prefix of the word: its value and where it ends. */
interface Partial {
  readonly value: number;
  readonly end: number;
}

function fold(token: string): string {
  return token.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** "fuenf" typed on a keyboard without umlauts may also be "funf": both spellings are read. */
function spellings(word: string): string[] {
  const bare = word.replace(/([aou])e/g, '$1');
  return bare === word ? [word] : [word, bare];
}

function words(list: readonly (readonly [string, number])[], s: string, at: number): Partial[] {
  return list.flatMap(([word, value]) =>
    spellings(word).filter((w) => s.startsWith(w, at)).map((w) => ({ value, end: at + w.length })),
  );
}

/** 1..99: "sieben", "zwoelf", "sechzig", "fuenfundsechzig". */
function belowHundred(s: string, at: number): Partial[] {
  const found = [...words(UNITS, s, at), ...words(TEENS, s, at), ...words(TENS, s, at)];
  for (const unit of words(PREFIX_UNITS, s, at)) {
    if (!s.startsWith('und', unit.end)) continue;
    for (const tens of words(TENS, s, unit.end + 3)) found.push({ value: unit.value + tens.value, end: tens.end });
  }
  return found;
}

/** What may follow "hundert" or "tausend": nothing, or "und"? and the rest. */
function withRest(base: number, s: string, at: number, rest: (s: string, at: number) => Partial[]): Partial[] {
  const found: Partial[] = [{ value: base, end: at }];
  for (const from of s.startsWith('und', at) ? [at, at + 3] : [at]) {
    for (const r of rest(s, from)) found.push({ value: base + r.value, end: r.end });
  }
  return found;
}

/** 1..999: "hundert", "einhundertfuenf", "zweihundertundzwanzig". */
function belowThousand(s: string, at: number): Partial[] {
  const found = belowHundred(s, at);
  const multipliers: Partial[] = [{ value: 1, end: at }, ...words(PREFIX_UNITS, s, at)];
  for (const m of multipliers) {
    if (!s.startsWith('hundert', m.end)) continue;
    found.push(...withRest(m.value * 100, s, m.end + 'hundert'.length, belowHundred));
  }
  return found;
}

/** 1..999999: "tausend", "zweitausendfuenf", "zwoelfhundert" is not read (as in English). */
function whole(s: string, at: number): Partial[] {
  const found = belowThousand(s, at);
  const multipliers: Partial[] = [{ value: 1, end: at }, ...found];
  for (const m of multipliers) {
    if (!s.startsWith('tausend', m.end)) continue;
    found.push(...withRest(m.value * 1000, s, m.end + 'tausend'.length, belowThousand));
  }
  return found;
}

/** The joined word as one number: whole, whole + "einhalb", "anderthalb", "einhalb". */
function readWord(s: string): number | undefined {
  if (s === 'null') return 0;
  if (s === 'anderthalb') return 1.5;
  if (s === 'einhalb' || s === 'halb') return 0.5;
  for (const w of whole(s, 0)) {
    const rest = s.slice(w.end);
    if (rest === '') return w.value;
    // "zweieinhalb", "zwei und ein halb"
    if (rest === 'einhalb' || rest === 'undeinhalb') return w.value + 0.5;
  }
  return undefined;
}

/** After "komma": digit words one by one ("zwei fuenf"), a digit run, or one word below 100 ("fuenfundzwanzig"). */
function decimals(tokens: readonly string[]): string | undefined {
  if (tokens.length === 0) return undefined;
  const each = tokens.map((t) => DIGIT_WORDS[t] ?? (/^\d+$/.test(t) ? t : undefined));
  if (each.every((d) => d !== undefined)) return each.join('');
  if (tokens.length !== 1) return undefined;
  const value = readWord(tokens[0] ?? '');
  return value !== undefined && Number.isInteger(value) && value > 0 && value < 100 ? String(value) : undefined;
}

export const readGermanNumber: NumberReader = (tokens) => {
  const digits = readDigits(tokens);
  if (digits !== undefined) return digits;
  const folded = tokens.map(fold);
  if (folded.length === 0 || folded.some((t) => t === '')) return undefined;
  const comma = folded.indexOf('komma');
  if (comma === -1) return readWord(folded.join(''));
  // "zwei komma fuenf", "20 komma 5"
  const left = folded.slice(0, comma);
  const leftValue = left.length === 1 && /^\d+$/.test(left[0] ?? '') ? Number(left[0]) : left.length > 0 ? readWord(left.join('')) : undefined;
  if (leftValue === undefined || !Number.isInteger(leftValue)) return undefined;
  const right = decimals(folded.slice(comma + 1));
  return right === undefined ? undefined : Number(`${leftValue}.${right}`);
};
