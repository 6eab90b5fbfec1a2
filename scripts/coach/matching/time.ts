// AMAZON.TIME as the coach fills it: the words of a time of day as Alexa resolves them, "HH:MM" in
// 24 hours ("seven thirty" is 07:30, "6:45" is 06:45, "sieben Uhr dreißig" 07:30, "siete y media"
// 07:30, "sept heures et quart" 07:15, "seven oh five" 07:05). An hour said alone stays as said ("seven" is 07:00): the
// part of the day, when said, is the skill's to apply. Parts of the day alone (MO, EV) are not
// modelled: no sample takes them in a time slot.
import type { NumberReader } from '../numbers';

/** Words that follow the hour: "Uhr", "heures", "o'clock" (folded keys). */
const HOUR_MARKS = new Set(['uhr', 'heure', 'heures', 'h', 'oclock']);
/** Words between the hour and a fraction: "siete y media", "sept heures et demie". */
const JOINERS = new Set(['y', 'et']);
/** Fractions of an hour said as words. */
const FRACTIONS: Readonly<Record<string, number>> = { media: 30, demie: 30, cuarto: 15, quart: 15 };

const pad = (n: number) => String(n).padStart(2, '0');
const isHour = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= 23;
const isMinute = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= 59;

/** The minutes after the hour's words: none, a fraction, or a number (after a mark or joiner). */
function minutesOf(words: readonly string[], keys: readonly string[], readNumber: NumberReader): number | undefined {
  let from = 0;
  if (HOUR_MARKS.has(keys[from] ?? '')) from += 1;
  if (from === keys.length) return 0;
  const marked = from > 0 || JOINERS.has(keys[from] ?? '') || keys[from] === 'oh';
  if (JOINERS.has(keys[from] ?? '') || keys[from] === 'oh') from += 1;
  if (keys.length === from + 1 && FRACTIONS[keys[from]!] !== undefined) return FRACTIONS[keys[from]!];
  // "y", "et" and "oh" only ever lead to minutes, never to nothing.
  if (from === keys.length) return undefined;
  const minutes = readNumber(words.slice(from));
  if (!isMinute(minutes)) return undefined;
  // Minutes said straight after the hour take two digits ("seven thirty", "6:05"): "twenty five"
  // is twenty-five, not 20:05, and "seven five" is no time ("seven oh five" is).
  return marked || minutes >= 10 || /^\d\d$/.test(words[from] ?? '') ? minutes : undefined;
}

/** "HH:MM" for the words of a time of day, or undefined when they are not one. */
export function readTime(words: readonly string[], keys: readonly string[], readNumber: NumberReader): string | undefined {
  // German "halb acht" is half past seven.
  if (keys[0] === 'halb') {
    const next = readNumber(words.slice(1));
    return isHour(next) && next > 0 ? `${pad(next - 1)}:30` : undefined;
  }
  // The shortest hour first: "six forty five" is 6 and 45, never 645.
  for (let split = 1; split <= words.length; split++) {
    const hour = readNumber(words.slice(0, split));
    if (!isHour(hour)) continue;
    const minutes = minutesOf(words.slice(split), keys.slice(split), readNumber);
    if (minutes !== undefined) return `${pad(hour)}:${pad(minutes)}`;
  }
  return undefined;
}
