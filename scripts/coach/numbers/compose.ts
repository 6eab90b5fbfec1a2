// The parts of reading number words that Spanish and French share: thousands built on a reader of
// numbers below a thousand, and the digits after a decimal mark. Each language passes its words.

/** A number read from `used` words starting at some position. */
export interface Partial {
  readonly value: number;
  readonly used: number;
}

export type Reader = (t: readonly string[], at: number) => Partial[];

/** Every reading of whole numbers below a million at `at`: "mil", "dos mil quinientos". */
export function wholeNumbers(t: readonly string[], at: number, belowThousand: Reader, thousand: string): Partial[] {
  const found: Partial[] = [];
  const thousands = (base: number, after: number): void => {
    found.push({ value: base, used: after - at });
    for (const rest of belowThousand(t, after)) {
      if (rest.value > 0) found.push({ value: base + rest.value, used: after + rest.used - at });
    }
  };
  if (t[at] === thousand) thousands(1000, at + 1);
  for (const head of belowThousand(t, at)) {
    found.push(head);
    if (head.value > 1 && t[at + head.used] === thousand) thousands(head.value * 1000, at + head.used + 1);
  }
  return found;
}

/**
 * The digits after a decimal mark at `at` ("coma cinco", "virgule zero cinq", "coma veinticinco"):
 * digit by digit, or one number for all the rest.
 */
export function decimalDigits(
  t: readonly string[],
  at: number,
  marks: readonly string[],
  digitWords: Readonly<Record<string, string>>,
  belowThousand: Reader,
): string | undefined {
  if (!marks.includes(t[at] ?? '')) return undefined;
  const rest = t.slice(at + 1);
  if (rest.length === 0) return undefined;
  const digits = rest.map((word) => digitWords[word] ?? (/^\d+$/.test(word) ? word : undefined));
  if (digits.every((d) => d !== undefined)) return digits.join('');
  const number = belowThousand(rest, 0).find((p) => p.used === rest.length);
  return number === undefined ? undefined : String(number.value);
}

/** Without accents: typed text often drops them. */
export function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
