// Typed text and model samples go through the same normalization, so "Let's go!" meets the
// sample "let's go": case, punctuation and apostrophes never decide a match.

/** Lower-case words; hyphens split ("ninety-five"), apostrophes vanish ("let's" -> "lets"). */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
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
