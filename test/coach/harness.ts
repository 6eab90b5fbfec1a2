// The local coach run as `npm start -- --script FILE --fast=400 --no-store` runs it, in process,
// with its output captured: the e2e and locale tests read the transcript it prints. runTyped is
// the coach with a person typing (and, if asked, a terminal to draw on).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { runCoach, type CoachEnv } from '../../scripts/coach/main';
import type { StartLocalStore } from '../../scripts/coach/store';

const root = path.resolve(__dirname, '../..');

export interface CoachRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Plays `script` (the text of a script file) with the coach's flags plus `extra`. */
export async function runScript(script: string, extra: readonly string[] = [], env: Pick<CoachEnv, 'clock'> = {}): Promise<CoachRun> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-script-')), 'script.txt');
  fs.writeFileSync(file, script);
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end('');
  let out = '';
  let err = '';
  const code = await runCoach(['--script', file, '--fast=400', '--no-store', ...extra], {
    root,
    ...env,
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

export interface TypedRun {
  /** Everything written so far, control sequences and all. */
  output(): string;
  /** Resolves once the output contains `text`, or `text(output)` is true (checked on every write). */
  written(text: string | RegExp | ((output: string) => boolean)): Promise<void>;
  type(text: string): void;
  /** Ctrl-C as the operating system sends it. */
  interrupt(): void;
  /** Ctrl-D: the end of input. */
  endInput(): void;
  readonly done: Promise<CoachRun>;
}

/**
 * The coach with a person at the keyboard (stdin a terminal, so no script) and, when `terminal`,
 * a terminal to write on: readline then reads keys itself and draws the prompt.
 */
export function runTyped(argv: readonly string[], options: { terminal: boolean; startLocalStore?: StartLocalStore }): TypedRun {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  let out = '';
  let err = '';
  const watchers: { match: string | RegExp | ((output: string) => boolean); resolve: () => void }[] = [];
  const check = (): void => {
    for (const watcher of [...watchers]) {
      const { match } = watcher;
      if (typeof match === 'string' ? out.includes(match) : match instanceof RegExp ? match.test(out) : match(out)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve();
      }
    }
  };
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        out += String(chunk);
        check();
        callback();
      },
    }),
    { isTTY: options.terminal, columns: 200, rows: 50 },
  );
  const signals = new EventEmitter();
  const done = runCoach(argv, {
    root,
    signals,
    ...(options.startLocalStore ? { startLocalStore: options.startLocalStore } : {}),
    io: { stdin, stdout, stderr: { write: (t: string) => (err += t) } },
  }).then((code) => ({ code, out, err }));
  return {
    output: () => out,
    written: (match) =>
      new Promise<void>((resolve, reject) => {
        watchers.push({ match, resolve });
        check();
        // A run that ends without writing it fails the wait instead of hanging the test.
        void done.then(() => reject(new Error(`never written: ${String(match)}\n${out}`)), reject);
      }),
    type: (text) => void stdin.write(text),
    interrupt: () => void signals.emit('SIGINT'),
    endInput: () => void stdin.end(),
    done,
  };
}
