// Refits the speaking-time model (lambda/src/speech/estimate.ts) to speech synthesized here.
//   npm run bench:fit            # measure, print the fit, write bench/fidelity-fit.json
// For each language and speed every sentence of the locale file is synthesized with espeak-ng
// twice: once with a 2 s break after each sentence (so each sentence's own length can be cut
// out of the audio, and the silence a break leaves beside a sentence measured), once with no
// breaks (so the pause between two sentences is the difference). Then, per language:
//   length said = sentences * sentencePause + weight / charsPerSecond + commas * clausePause
// fitted by least squares, weight being characters with each digit worth CHARS_PER_DIGIT.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { espeakAvailable, NOMINAL_WPM, SPEEDS, synthesize } from './espeak.mjs';
import { loadLocales, sentences } from './locales.mjs';
import { silences, soundEndMs, soundStartMs } from './wav.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LANGUAGES = { en: 'en-US', de: 'de-DE', es: 'es-ES', fr: 'fr-FR' };
const SPACER_MS = 2000;
const CHARS_PER_DIGIT = 4;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const weight = (s) => s.length + (s.match(/\d/g) ?? []).length * (CHARS_PER_DIGIT - 1);
const commas = (s) => (s.match(/[,;:]+(?=\s)/g) ?? []).length;
// As the estimate counts them (a fragment such as "7 pounds" has none: it is said inside a sentence).
const sentenceEnds = (s) => (s.match(/[.!?…]+(?=\s|$)/g) ?? []).length;

/** Least squares for y = X b (normal equations; three unknowns at most). */
function solve(rows, ys) {
  const n = rows[0].length;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (j < n ? rows.reduce((s, r) => s + r[i] * r[j], 0) : rows.reduce((s, r, k) => s + r[i] * ys[k], 0))));
  for (let i = 0; i < n; i += 1) {
    for (let k = i + 1; k < n; k += 1) {
      const f = a[k][i] / a[i][i];
      for (let j = i; j <= n; j += 1) a[k][j] -= f * a[i][j];
    }
  }
  const b = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) b[i] = (a[i][n] - a[i].slice(i + 1, n).reduce((s, v, j) => s + v * b[i + 1 + j], 0)) / a[i][i];
  return b;
}

function measure(locale, lines, wpm) {
  const spaced = synthesize(lines.map((l) => `<s>${escape(l)}</s>`).join(` <break time="${SPACER_MS}ms"/> `), locale, wpm);
  const gaps = silences(spaced, SPACER_MS * 0.75).filter((g) => !g.trailing);
  if (gaps.length !== lines.length - 1) throw new Error(`${locale} ${wpm}: expected ${lines.length - 1} spacers, found ${gaps.length}`);
  const bounds = [soundStartMs(spaced), ...gaps.flatMap((g) => [g.start, g.end]), soundEndMs(spaced)];
  const durations = lines.map((_, i) => bounds[2 * i + 1] - bounds[2 * i]);
  const edge = gaps.reduce((s, g) => s + (g.end - g.start - SPACER_MS), 0) / gaps.length;
  const joined = synthesize(lines.map((l) => `<s>${escape(l)}</s>`).join(' '), locale, wpm);
  const together = soundEndMs(joined) - soundStartMs(joined);
  const between = (together - durations.reduce((s, d) => s + d, 0)) / (lines.length - 1);
  // Each string as it is said in a response: its sound, then the pause before the next sentence.
  const said = durations.map((d) => d + between);
  // Fitted to the strings that are one sentence, as every line of a block but the setup is; a
  // string of several sentences is then timed a little long (its inner pauses are shorter).
  const single = lines.map((l, i) => i).filter((i) => sentenceEnds(lines[i]) === 1);
  const [perSentence, msPerChar, clause] = solve(single.map((i) => [1, weight(lines[i]), commas(lines[i])]), single.map((i) => said[i]));
  const predicted = single.map((i) => perSentence + weight(lines[i]) * msPerChar + commas(lines[i]) * clause);
  const residuals = single.map((i, k) => said[i] - predicted[k]);
  const rms = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
  return {
    wpm,
    sentences: lines.length,
    durations,
    betweenMs: between,
    charsPerSecond: 1000 / msPerChar,
    // What a sentence costs beyond its characters: its onset and ending plus the pause after it.
    sentencePauseMs: perSentence,
    clausePauseMs: clause,
    // Silence a break leaves beside a sentence beyond its own time (the words' own quiet edges):
    // on average over every line, and around the lines of a hold, which is where it matters.
    sentenceEdgeMs: edge,
    // The part of the sentence pause a break stands in for: a break of B ms beside a sentence
    // adds max(0, B - this), it does not add to the pause (espeak-ng plays one or the other).
    replacedByBreakMs: between - edge,
    rmsErrorMs: rms,
    oneSentence: single.length,
    totalMeasuredMs: single.reduce((s, i) => s + said[i], 0),
    totalPredictedMs: predicted.reduce((s, d) => s + d, 0),
  };
}

/** A figure at NOMINAL_WPM from the three speeds: time-like figures are linear in 1/wpm. */
function atNominal(fits, key, perTime) {
  const xs = fits.map((f) => 1 / f.wpm);
  const ys = fits.map((f) => (perTime ? 1 / f[key] : f[key]));
  const [a, b] = solve(xs.map((x) => [1, x]), ys);
  const y = a + b / NOMINAL_WPM;
  return perTime ? 1 / y : y;
}

if (!espeakAvailable()) {
  console.error('espeak-ng is not installed (apt-get install espeak-ng): nothing to fit.');
  process.exit(1);
}
const LOCALES = await loadLocales();
const result = { measuredAt: new Date().toISOString().slice(0, 10), nominalWpm: NOMINAL_WPM, charsPerDigit: CHARS_PER_DIGIT, languages: {} };
for (const [language, locale] of Object.entries(LANGUAGES)) {
  const lines = sentences(LOCALES[locale].resources).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
  const fits = SPEEDS.map((wpm) => measure(locale, lines, wpm));
  const nominal = {
    charsPerSecond: atNominal(fits, 'charsPerSecond', true),
    sentencePauseMs: atNominal(fits, 'sentencePauseMs'),
    clausePauseMs: atNominal(fits, 'clausePauseMs'),
    replacedByBreakMs: atNominal(fits, 'replacedByBreakMs'),
  };
  // Each sentence with its measured length per speed (plus the pause that follows it), so the
  // estimate can be checked against the measurement whatever the locale files say since.
  const samples = lines.map((text, i) => ({ text, sentences: sentenceEnds(text), ms: Object.fromEntries(fits.map((f) => [f.wpm, Math.round(f.durations[i] + f.betweenMs)])) }));
  result.languages[language] = { locale, nominal, fits: fits.map(({ durations: _d, ...f }) => f), samples };
  console.log(`${language} (${lines.length} sentences)`);
  for (const f of fits) {
    console.log(`  ${f.wpm} wpm: ${f.charsPerSecond.toFixed(2)} chars/s, sentence ${f.sentencePauseMs.toFixed(0)} ms, clause ${f.clausePauseMs.toFixed(0)} ms, a break replaces ${f.replacedByBreakMs.toFixed(0)} ms, rms ${f.rmsErrorMs.toFixed(0)} ms/sentence`);
  }
  console.log(`  at ${NOMINAL_WPM} wpm: ${nominal.charsPerSecond.toFixed(2)} chars/s, sentence ${nominal.sentencePauseMs.toFixed(0)} ms, clause ${nominal.clausePauseMs.toFixed(0)} ms, a break replaces ${nominal.replacedByBreakMs.toFixed(0)} ms`);
}
writeFileSync(path.join(here, 'fidelity-fit.json'), `${JSON.stringify(result, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v), 2)}\n`);
console.log('wrote bench/fidelity-fit.json');
