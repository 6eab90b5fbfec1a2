// The local coach run as `npm start -- --script FILE --fast=400 --no-store` runs it, in process,
// with its output captured: the e2e and locale tests read the transcript it prints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCoach } from '../../scripts/coach/main';

const root = path.resolve(__dirname, '../..');

export interface CoachRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Plays `script` (the text of a script file) with the coach's flags plus `extra`. */
export async function runScript(script: string, extra: readonly string[] = []): Promise<CoachRun> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-script-')), 'script.txt');
  fs.writeFileSync(file, script);
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end('');
  let out = '';
  let err = '';
  const code = await runCoach(['--script', file, '--fast=400', '--no-store', ...extra], {
    root,
    io: { stdin, stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
  });
  return { code, out, err };
}

/** What follows the U: line `said` (its first occurrence) up to the next U: line. */
export function answerTo(out: string, said: string): string {
  const start = out.indexOf(`U: ${said}\n`);
  if (start < 0) throw new Error(`"${said}" was not said:\n${out}`);
  const rest = out.slice(start + said.length + 4);
  const next = rest.indexOf('\nU: ');
  return next < 0 ? rest : rest.slice(0, next);
}
