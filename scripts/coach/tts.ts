// --speak: say the SSML aloud with the computer's own text-to-speech, if it has one.
// espeak-ng reads SSML itself (-m), so pauses and emphasis survive; macOS `say` does not, so
// breaks become its [[slnc]] silence commands. Alexa-only tags are dropped for both.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { languageOf } from './locales';
import { parseSsml } from './ssml';

export interface Speaker {
  readonly name: string;
  /** Starts speaking; the returned function stops it (a barge-in). */
  say(ssml: string): () => void;
}

export function onPath(program: string, envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, program);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** SSML espeak-ng understands: Alexa's own tags (amazon:*, lang, voice, w) are unwrapped. */
export function ssmlForEspeak(ssml: string): string {
  const inner = ssml.replace(/<\/?(?:amazon:[\w-]+|lang|voice|w|phoneme|say-as)\b[^>]*>/g, '').replace(/<audio\b[^>]*\/?>(<\/audio>)?/g, '');
  return /^\s*<speak\b/.test(inner) ? inner : `<speak>${inner}</speak>`;
}

/** Plain text with [[slnc ms]] for macOS `say`. */
export function textForSay(ssml: string): string {
  return parseSsml(ssml)
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'break' ? ` [[slnc ${p.ms}]] ` : ''))
    .join(' ');
}

function run(command: string, args: readonly string[], input: string): () => void {
  let child: ChildProcess | undefined;
  try {
    child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', () => undefined); // a failing speaker must never stop the coach
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  } catch {
    child = undefined;
  }
  return () => {
    if (child && child.exitCode === null) child.kill();
  };
}

export function findSpeaker(locale: string): Speaker | undefined {
  const espeak = onPath('espeak-ng');
  if (espeak) {
    const voice = languageOf(locale) || 'en';
    return { name: 'espeak-ng', say: (ssml) => run(espeak, ['-m', '-v', voice, '--stdin'], ssmlForEspeak(ssml)) };
  }
  const say = process.platform === 'darwin' ? onPath('say') : undefined;
  if (say) return { name: 'say', say: (ssml) => run(say, [], textForSay(ssml)) };
  return undefined;
}
