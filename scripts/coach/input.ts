// Where the runner's words come from: a script (timed against the clock and the speech), or a
// person typing. The conversation asks for the next utterance once per turn and races it
// against the speech: whichever comes first decides whether the runner barged in.
import readline from 'node:readline';
import type { Clock } from './clock';
import type { ScriptLine } from './script';

export interface Heard {
  readonly text: string;
  /** Virtual time it was said: the request timestamp. */
  readonly at: number;
}

export interface ListenContext {
  readonly speechStartedAt: number;
  /** Resolves (with the virtual time) when the response's speech has been heard to the end. */
  readonly speechEnded: Promise<number>;
}

export interface Input {
  /** The next utterance, or undefined when there will be none (end of script, Ctrl-D). */
  next(context: ListenContext): Promise<Heard | undefined>;
  /** Scripts print "U: ..." lines; a person's typing is already on the screen. */
  readonly echo: boolean;
  close(): void;
}

export function scriptInput(lines: readonly ScriptLine[], clock: Clock): Input {
  let index = 0;
  return {
    echo: true,
    async next({ speechStartedAt, speechEnded }) {
      const line = lines[index++];
      if (line === undefined) {
        await speechEnded;
        return undefined;
      }
      const delay = line.delay;
      // A script says when each line is spoken: stamped with that time, not with the moment the
      // timer got round to it, so a run on a loaded machine places its barge-ins the same.
      const at = delay?.kind === 'at' ? speechStartedAt + delay.ms : (await speechEnded) + (delay?.ms ?? 0);
      await clock.sleepUntil(at);
      if (line.text === undefined) return undefined;
      return { text: line.text, at };
    },
    close() {},
  };
}

export function typedInput(stream: NodeJS.ReadableStream, clock: Clock): Input {
  const rl = readline.createInterface({ input: stream, terminal: false });
  const queue: Heard[] = [];
  const waiting: ((heard: Heard | undefined) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => {
    const text = line.trim();
    if (text === '') return;
    // Stamped when Enter is pressed, not when the conversation gets round to it.
    const heard = { text, at: clock.now() };
    const waiter = waiting.shift();
    if (waiter) waiter(heard);
    else queue.push(heard);
  });
  rl.on('close', () => {
    closed = true;
    for (const waiter of waiting.splice(0)) waiter(undefined);
  });
  return {
    echo: false,
    next() {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      rl.close();
    },
  };
}
