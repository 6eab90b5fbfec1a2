// Typed text and model samples go through the same normalization, so "Let's go!" meets the
// sample "let's go": case, punctuation and apostrophes never decide a match.

/**
 * Lower-case words; hyphens split ("ninety-five"), apostrophes vanish ("let's" -> "lets"), and
 * letters said one by one are one word however they are written: a model spells an initialism
 * "p. r." (Alexa's rule for samples), a runner types "PR" or "P.R.".
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/\b(?:\p{L}\. ?){2,}/gu, (letters) => `${letters.replace(/[. ]/g, '')} `)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1') // 1,000 -> 1000
    .replace(/(\d)\.(?=\d)/g, '$1\u0000') // keep decimal points through the punctuation pass
    .replace(/[^\p{L}\p{N}{}\u0000]+/gu, ' ')
    .replace(/\u0000/g, '.')
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** French elided words that stand alone once the apostrophe is gone ("j en", "l unité"). */
const FRENCH_ELISIONS = new Set(['j', 'l', 'd', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/**
 * The words of `text` in a language: tokenize, plus what the language writes in more than one
 * way. French elisions are one word however they are typed: "j'en", "j’en", "jen" and "j en"
 * all become "jen" (a lone "j" or "l" is never a French word).
 */
export function wordsOf(text: string, language: string): string[] {
  const words = tokenize(text);
  if (language !== 'fr') return words;
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    if (FRENCH_ELISIONS.has(word) && next !== undefined && /^[\p{L}]/u.test(next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  return joined;
}

/**
 * What a word is compared by: typed text often drops accents, so both the model's words and
 * the runner's are folded the same way. German umlauts fold with their ae/oe/ue spellings to the
 * bare vowel ("nächste" = "naechste" = "nachste"), ß to ss; elsewhere marks are dropped
 * ("última" = "ultima", "qué" = "que", "répète" = "repete"). Slot values keep the words as said.
 */
export function keyOf(word: string, language: string): string {
  let w = word;
  if (language === 'de') w = w.replace(/ß/g, 'ss').replace(/ä|ae/g, 'a').replace(/ö|oe/g, 'o').replace(/ü|ue/g, 'u');
  return w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
