// The command line, the script format, and the one-line setup errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs, FAST_DEFAULT } from '../../scripts/coach/args';
import { CoachError } from '../../scripts/coach/errors';
import { runCoach } from '../../scripts/coach/main';
import { parseScript } from '../../scripts/coach/script';

const root = path.resolve(__dirname, '../..');

describe('parseArgs', () => {
  it('has the defaults of a device', () => {
    expect(parseArgs([])).toMatchObject({ locale: 'en-US', speed: 1, speak: false, waitMs: 8000, store: true, verbose: false });
  });

  it('reads every flag', () => {
    expect(parseArgs(['--locale', 'de-DE', '--fast', '--speak', '--wait', '2.5', '--script', 'x.txt', '--data', 'd', '--person', 'p1', '-v'])).toMatchObject({
      locale: 'de-DE', speed: FAST_DEFAULT, speak: true, waitMs: 2500, script: 'x.txt', dataDir: 'd', personId: 'p1', verbose: true,
    });
    expect(parseArgs(['--fast=200', '--locale=en-GB', '--no-store'])).toMatchObject({ speed: 200, locale: 'en-GB', store: false });
  });

  it.each([['--nope'], ['--wait'], ['--wait', 'soon'], ['--fast=0'], ['--locale']])('rejects %j with exit code 2', (...argv) => {
    expect(() => parseArgs(argv)).toThrow(CoachError);
    try {
      parseArgs(argv);
    } catch (error) {
      expect((error as CoachError).exitCode).toBe(2);
    }
  });
});

describe('parseScript', () => {
  it('reads utterances, comments and delays', () => {
    expect(parseScript('# a demo\nstart a set\n\n@at 20.5\npause  # barge in\n@wait 3\nresume\n@wait 20\n', 'demo')).toEqual([
      { text: 'start a set', line: 2 },
      { text: 'pause', line: 5, delay: { kind: 'at', ms: 20500 } },
      { text: 'resume', line: 7, delay: { kind: 'wait', ms: 3000 } },
      { line: 8, delay: { kind: 'wait', ms: 20000 } },
    ]);
  });

  it('names the line of a bad delay', () => {
    expect(() => parseScript('start\n@wait soon\n', 'demo.txt')).toThrow('demo.txt:2');
    expect(() => parseScript('@sleep 3\n', 'demo.txt')).toThrow('use @wait SECONDS or @at SECONDS');
  });
});

describe('setup errors are one line and a non-zero exit', () => {
  async function run(argv: string[], projectRoot = root): Promise<{ code: number; err: string; out: string }> {
    let err = '';
    let out = '';
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    stdin.end('');
    const code = await runCoach(argv, {
      root: projectRoot,
      io: { stdin, stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
    });
    return { code, err, out };
  }

  it('unknown locale', async () => {
    const r = await run(['--locale', 'xx-YY']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^coach: unknown locale "xx-YY".*\n$/);
  });

  it('a real locale without a model', async () => {
    const r = await run(['--locale', 'ja-JP']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^coach: no interaction model for ja-JP: .*ja-JP\.json does not exist \(models exist for .*en-US.*\)\n$/);
  });

  it('a missing bundle says to build', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-'));
    fs.mkdirSync(path.join(empty, 'skill-package/interactionModels/custom'), { recursive: true });
    fs.copyFileSync(path.join(root, 'skill-package/interactionModels/custom/en-US.json'), path.join(empty, 'skill-package/interactionModels/custom/en-US.json'));
    const r = await run(['--no-store'], empty);
    expect(r.code).toBe(1);
    expect(r.err).toBe('coach: dist/index.js not found: run npm run build first (npm start builds it for you)\n');
  });

  it('an unwritable store folder', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-')), 'a-file');
    fs.writeFileSync(file, '');
    let err = '';
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    stdin.end('');
    const code = await runCoach(['--data', path.join(file, 'store')], {
      root,
      startLocalStore: () => Promise.reject(new Error('must not start')),
      io: { stdin, stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } },
    });
    expect(code).toBe(1);
    expect(err).toMatch(/^coach: cannot write the local store folder .*a-file\/store \((ENOTDIR|EACCES|EEXIST)\): .*--data DIR\n$/);
  });

  it('a bad script line', async () => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-')), 's.txt');
    fs.writeFileSync(script, 'start\n@wait later\n');
    const r = await run(['--script', script]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/s\.txt:2: "@wait later" is not a delay/);
  });
});
