// The local coach from the command line to the end of the conversation. Everything that can
// fail for a setup reason fails here, before the first word, as one CoachError line.
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs, USAGE } from './args';
import { createClock, type Clock } from './clock';
import { LocalAlerts } from './alerts';
import { LiveConsole } from './console';
import { converse } from './conversation';
import { CoachError } from './errors';
import { scriptInput, typedInput, type Input } from './input';
import { labelsFor } from './labels';
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
  /** Where SIGINT (Ctrl-C) comes from: the process, or a test's emitter. */
  readonly signals?: Pick<EventEmitter, 'on' | 'off'>;
  /** The device clock at --fast's speed: a test's stalling machine, made repeatable. */
  readonly clock?: (speed: number) => Clock;
}

export const APPLICATION_ID = 'amzn1.ask.skill.local-runner-deadlift-coach';

/** Runs the coach; resolves with the process exit code. */
export async function runCoach(argv: readonly string[], env: CoachEnv): Promise<number> {
  const io: CoachIo = env.io ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  let store: LocalStore | undefined;
  let input: Input | undefined;
  let alerts: LocalAlerts | undefined;
  let live: LiveConsole | undefined;
  // Ctrl-C saves like Ctrl-D: the session ends as Alexa ends it and the coach says what was kept.
  // A second Ctrl-C a second later, while that is under way, quits at once.
  const signals = env.signals ?? process;
  let interruptedAt: number | undefined;
  const onSigint = (): void => {
    if (interruptedAt !== undefined) {
      if (signals === process && performance.now() - interruptedAt > 1000) process.exit(130);
      return;
    }
    interruptedAt = performance.now();
    // Before the conversation there is nothing to save.
    if (input === undefined && signals === process) process.exit(130);
    input?.interrupt();
  };
  signals.on('SIGINT', onSigint);
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const model = loadInteractionModel(env.root, options.locale);
    const matcher = createMatcher(model, options.locale);
    const clock = env.clock?.(options.speed) ?? createClock(options.speed);

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

    const labels = labelsFor(options.locale);
    if (!scripted) {
      // A person types: on a terminal, readline keeps a prompt line under what Alexa says.
      const terminal = io.stdout.isTTY === true;
      const rl = readline.createInterface({ input: io.stdin, ...(terminal ? { output: io.stdout as NodeJS.WritableStream } : {}), terminal });
      if (terminal) live = new LiveConsole(rl, io.stdout);
      const shown = live;
      input = typedInput(rl, clock, () => shown?.prompt());
    }
    const out: Output = live ?? { live: false, write: (text) => void io.stdout.write(text) };
    for (const gap of matcher.gaps) io.stderr.write(`coach: ${gap}\n`);
    const speaker = options.speak ? findSpeaker(options.locale) : undefined;
    if (options.speak && !speaker) io.stderr.write('coach: --speak found no espeak-ng or say on PATH: going on silently\n');
    if (!scripted) {
      out.write(`${labels.welcome(options.locale, options.speed)}\n`);
      if (options.speed > 1) out.write(`(${labels.fastWindow(options.speed, options.waitMs / 1000)})\n`);
    }
    if (input === undefined) throw new Error('no input');

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
      labels,
      keeps: store !== undefined,
    });
    return 0;
  } catch (error) {
    if (error instanceof CoachError) {
      io.stderr.write(`coach: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  } finally {
    signals.off('SIGINT', onSigint);
    live?.close();
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
