// hooks/build.sh, run the way `ask deploy` runs it: <hook> <zip path> <debug flag>, from a scratch
// working directory. The zip must hold index.js at its root, and that file, alone in a fresh Node
// process, must load, export `handler`, answer a LaunchRequest for our skill id and refuse another.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../..');
const HOOK = path.join(ROOT, 'hooks/build.sh');
const HANDLER_SOURCE = path.join(ROOT, 'lambda/src/index.ts');
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Reads a zip's central directory and inflates each entry (stored or deflate only). */
function readZip(file: string): ZipEntry[] {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file}: no end of central directory`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${file}: ${name} uses compression method ${method}`);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function runHook(zipPath: string, env: NodeJS.ProcessEnv = {}): void {
  // The CLI's working directory is its scratch copy of the code (.ask/lambda), not the project.
  execFileSync(HOOK, [zipPath, 'false'], { cwd: path.dirname(zipPath), env: { ...process.env, ...env }, stdio: 'pipe' });
}

/** Loads the bundle in a fresh Node process, as Lambda would, and passes it one request envelope. */
function invokeBundle(bundleDir: string, request: object): { ok: boolean; exported: string; result: unknown } {
  const script = `
    const mod = require(${JSON.stringify(path.join(bundleDir, 'index.js'))});
    const exported = typeof mod.handler;
    // Lambda's contract: a handler answers through the callback (ask-sdk's .lambda()) or a promise.
    new Promise((resolve, reject) => {
      const context = { functionName: 'test', getRemainingTimeInMillis: () => 7000 };
      const done = (error, result) => (error ? reject(error) : resolve(result));
      const returned = mod.handler(JSON.parse(process.argv[1]), context, done);
      if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
    })
      .then((result) => console.log(JSON.stringify({ ok: true, exported, result })),
            (error) => console.log(JSON.stringify({ ok: false, exported, result: String(error && error.message || error) })));
  `;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(request)], {
    cwd: bundleDir,
    encoding: 'utf8',
    timeout: 20000,
    env: {
      PATH: process.env['PATH'] ?? '',
      SKILL_ID,
      DEADLIFT_TABLE: 'runner-deadlift-test',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || line === '') throw new Error(`bundle process failed (${run.status}): ${run.stderr.split('\n').filter((l) => l.length < 500).join('\n')}`);
  return JSON.parse(line) as { ok: boolean; exported: string; result: unknown };
}

function launchRequest(applicationId: string): object {
  const now = new Date().toISOString();
  const application = { applicationId };
  const user = { userId: 'amzn1.ask.account.TEST' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.test', application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'test',
      },
    },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.test', timestamp: now, locale: 'en-US' },
  };
}

describe('hooks/build.sh', () => {
  let work: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rdc-build-'));
  });
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('the handler source it bundles exists (lambda/src/index.ts)', () => {
    if (!fs.existsSync(HANDLER_SOURCE)) {
      throw new Error('lambda/src/index.ts does not exist yet: the build hook has nothing to bundle');
    }
  });

  const sourceExists = fs.existsSync(HANDLER_SOURCE);
  const whenBuilt = sourceExists ? test : test.skip;

  whenBuilt('writes a zip at the path it is given, holding only index.js at the root, identical to the bundle', () => {
    const zipPath = path.join(work, 'default', 'build.zip');
    fs.mkdirSync(path.dirname(zipPath), { recursive: true });
    runHook(zipPath);
    const entries = readZip(zipPath);
    expect(entries.map((e) => e.name)).toEqual(['index.js']);
    expect(entries[0]?.data.equals(fs.readFileSync(path.join(ROOT, 'dist/index.js')))).toBe(true);
    fs.writeFileSync(path.join(work, 'index.js'), entries[0]?.data ?? Buffer.alloc(0));
  }, 120000);

  whenBuilt('the bundled index.js loads alone, exports handler and answers a LaunchRequest for our skill', () => {
    const answer = invokeBundle(work, launchRequest(SKILL_ID));
    expect(answer.exported).toBe('function');
    expect(answer.ok).toBe(true);
    const envelope = answer.result as { version?: string; response?: { outputSpeech?: { type?: string } } };
    expect(envelope.version).toBe('1.0');
    expect(envelope.response?.outputSpeech?.type).toMatch(/^(SSML|PlainText)$/);
  }, 60000);

  whenBuilt('the bundle refuses a request for another skill id', () => {
    const answer = invokeBundle(work, launchRequest('amzn1.ask.skill.00000000-0000-4000-8000-0000000000ff'));
    expect(answer.ok).toBe(false);
  }, 60000);

  whenBuilt.each(['node', 'python3'])('falls back to %s when zip is not installed, with the same single entry', (tool) => {
    if (tool === 'python3' && spawnSync('python3', ['--version']).status !== 0) return;
    const zipPath = path.join(work, tool, 'build.zip');
    fs.mkdirSync(path.dirname(zipPath), { recursive: true });
    runHook(zipPath, { ZIP_TOOL: tool });
    const entries = readZip(zipPath);
    expect(entries.map((e) => e.name)).toEqual(['index.js']);
    expect(entries[0]?.data.equals(fs.readFileSync(path.join(ROOT, 'dist/index.js')))).toBe(true);
  }, 120000);

  whenBuilt('is byte-for-byte repeatable when the code has not changed', () => {
    const first = path.join(work, 'repeat-1', 'build.zip');
    const second = path.join(work, 'repeat-2', 'build.zip');
    for (const file of [first, second]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      runHook(file, { ZIP_TOOL: 'node' });
    }
    expect(fs.readFileSync(first).equals(fs.readFileSync(second))).toBe(true);
  }, 120000);

  test('fails with a usage message when the CLI passes no output path', () => {
    const run = spawnSync(HOOK, [], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/usage: hooks\/build\.sh <output zip path>/);
  });
});
