// espeak-ng as a stand-in for Alexa's voices: it reads the skill's own SSML (-m), so breaks and
// sentences are timed the way the skill writes them. Used by the fidelity benchmark and the fit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWav } from './wav.mjs';

/** The espeak-ng voice closest to each language the skill speaks. */
export const VOICES = { en: 'en-us', de: 'de', es: 'es', fr: 'fr-fr' };

/** Words a minute spanning Alexa's usual pace, and the middle the estimate is aimed at. */
export const SPEEDS = [130, 155, 180];
export const NOMINAL_WPM = 150;

export function voiceFor(locale) {
  const voice = VOICES[locale.split('-')[0]];
  if (!voice) throw new Error(`no espeak-ng voice for ${locale}`);
  return voice;
}

let dir;
let counter = 0;

export function espeakAvailable() {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Synthesizes `ssml` (with or without <speak>) and returns the parsed audio. */
export function synthesize(ssml, locale, wpm) {
  dir ??= mkdtempSync(path.join(tmpdir(), 'fidelity-'));
  const file = path.join(dir, `${(counter += 1)}.wav`);
  const body = ssml.trim().startsWith('<speak') ? ssml : `<speak>${ssml}</speak>`;
  execFileSync('espeak-ng', ['-v', voiceFor(locale), '-s', String(wpm), '-m', '-w', file, body], { maxBuffer: 1 << 26 });
  const wav = readWav(file);
  rmSync(file);
  return wav;
}

process.on('exit', () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
