// The local coach from the command line to the end of the conversation. Everything that can
// fail for a setup reason fails here, before the first word, as one CoachError line.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, USAGE } from './args';
import { createClock } from './clock';
import { LocalAlerts } from './alerts';
import { converse } from './conversation';
import { CoachError } from './errors';
import { scriptInput, typedInput, type Input } from './input';
import { createMatcher } from './matcher';
import { loadInteractionModel } from './model';
import type { Output } from './player';
import { parseScript } from './script';
import { DeviceSession, loadSkill } from './skill';
import { defaultStoreDir, startStore, type LocalStore, type StartLocalStore } from './store';
import { findSpeaker } from './tts';

export interface CoachIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
}

export interface CoachEnv {
  /** The project folder: the model, dist/ and .data/ are found from here. */
  readonly root: string;
  /** scripts/localStore.mjs's startLocalStore, when that module exists. */
  readonly startLocalStore?: StartLocalStore;
  readonly io?: CoachIo;
}

export const APPLICATION_ID = 'amzn1.ask.skill.local-runner-deadlift-coach';

/** Runs the coach; resolves with the process exit code. */
export async function runCoach(argv: readonly string[], env: CoachEnv): Promise<number> {
  const io: CoachIo = env.io ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  let store: LocalStore | undefined;
  let input: Input | undefined;
  let alerts: LocalAlerts | undefined;
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const model = loadInteractionModel(env.root, options.locale);
    const matcher = createMatcher(model, options.locale);
    const clock = createClock(options.speed);

    // Script lines are read before anything starts, so a bad line fails fast.
    const scripted = options.script !== undefined || !io.stdin.isTTY;
    if (scripted) {
      const name = options.script === undefined || options.script === '-' ? 'stdin' : options.script;
      input = scriptInput(parseScript(name === 'stdin' ? await readAll(io.stdin) : readScript(options.script ?? ''), name), clock);
    }

    if (options.store) {
      if (env.startLocalStore) {
        store = await startStore(env.startLocalStore, path.resolve(env.root, options.dataDir ?? defaultStoreDir(env.root)), env.root);
      } else if (options.verbose) {
        io.stderr.write('coach: scripts/localStore.mjs is not there yet: the skill runs without the local store\n');
      }
    }
    // After the store: the bundle reads DYNAMODB_ENDPOINT / DEADLIFT_TABLE when it loads.
    const handler = loadSkill(env.root);

    const out: Output = { live: !scripted && io.stdout.isTTY === true, write: (text) => void io.stdout.write(text) };
    for (const gap of matcher.gaps) io.stderr.write(`coach: ${gap}\n`);
    const speaker = options.speak ? findSpeaker(options.locale) : undefined;
    if (options.speak && !speaker) io.stderr.write('coach: --speak found no espeak-ng or say on PATH: going on silently\n');
    if (!scripted) {
      io.stdout.write(`Runner Deadlift Coach, local (${options.locale}${options.speed > 1 ? `, ${options.speed}x` : ''}). Type what you would say to Alexa; Ctrl-D quits.\n`);
    }
    input ??= typedInput(io.stdin, clock);

    alerts = await LocalAlerts.start(clock, options.userId, APPLICATION_ID);
    const session = new DeviceSession(handler, {
      applicationId: APPLICATION_ID,
      userId: options.userId,
      api: alerts.identity,
      deviceId: 'amzn1.ask.device.LOCAL-COACH',
      ...(options.personId !== undefined ? { personId: options.personId } : {}),
      screen: options.screen,
    });
    await converse({
      session, matcher, model, clock, out, input,
      locale: options.locale,
      applicationId: APPLICATION_ID,
      waitMs: options.waitMs,
      verbose: options.verbose,
      ...(speaker ? { speaker } : {}),
      alerts,
    });
    return 0;
  } catch (error) {
    if (error instanceof CoachError) {
      io.stderr.write(`coach: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  } finally {
    input?.close();
    await store?.stop();
    await alerts?.close();
  }
}

function readScript(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CoachError(`cannot read the script ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
