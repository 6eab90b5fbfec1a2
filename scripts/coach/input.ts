// Where the runner's words come from: a script (timed against the clock and the speech), or a
// person typing. The conversation asks for the next utterance once per turn and races it
// against the speech: whichever comes first decides whether the runner barged in.
// How input ends matters: at the end of a script Alexa's last response is heard out, but a
// person who presses Ctrl-D or Ctrl-C has walked away, and a device stops talking at once.
import type { Interface } from 'node:readline';
import { AbortError, type Clock } from './clock';
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
  /** The next utterance, or undefined when there will be none (end of script, Ctrl-D, Ctrl-C). */
  next(context: ListenContext): Promise<Heard | undefined>;
  /** Scripts print "U: ..." lines; a person's typing is already on the screen. */
  readonly echo: boolean;
  /** A person types (and may wait to think): the listening window runs in real time. */
  readonly person: boolean;
  /** Whether the end of input stops Alexa at once (a person left, or Ctrl-C) rather than after her last words. */
  cutsOff(): boolean;
  /** Ctrl-C: no more input, starting now. */
  interrupt(): void;
  /**
   * When the utterance asked for last will be said, if that is known already (a script's @at
   * from the start; any scripted line once the speech has ended): playback stops there by the
   * clock, and the listening windows are decided by it, so a stalled machine cannot play or
   * listen past it.
   */
  plannedAt(): number | undefined;
  /** When a person left (Ctrl-D, Ctrl-C): the moment the session ends, whatever the device was doing. */
  leftAt(): number | undefined;
  close(): void;
}

export function scriptInput(lines: readonly ScriptLine[], clock: Clock): Input {
  let index = 0;
  let planned: number | undefined;
  let left: number | undefined;
  const stop = new AbortController();
  const stopped = new Promise<undefined>((resolve) => stop.signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  const read = async ({ speechStartedAt, speechEnded }: ListenContext): Promise<Heard | undefined> => {
    const line = lines[index++];
    planned = line?.delay?.kind === 'at' ? speechStartedAt + line.delay.ms : undefined;
    if (line === undefined) {
      await speechEnded;
      return undefined;
    }
    const delay = line.delay;
    // A script says when each line is spoken: stamped with that time, not with the moment the
    // timer got round to it, so a run on a loaded machine places its barge-ins the same.
    const at = delay?.kind === 'at' ? speechStartedAt + delay.ms : (await speechEnded) + (delay?.ms ?? 0);
    // Known from the end of the speech on: the listening windows and the reprompt are placed
    // against it by the numbers. (This runs as soon as the speech is marked ended, before the
    // device, which awaits more than that, goes on to listen.)
    planned = at;
    try {
      await clock.sleepUntil(at, stop.signal);
    } catch (error) {
      if (error instanceof AbortError) return undefined;
      throw error;
    }
    if (line.text === undefined) return undefined;
    return { text: line.text, at };
  };
  return {
    echo: true,
    person: false,
    next(context) {
      return stop.signal.aborted ? Promise.resolve(undefined) : Promise.race([read(context), stopped]);
    },
    cutsOff: () => stop.signal.aborted,
    interrupt: () => {
      left ??= clock.now();
      stop.abort();
    },
    plannedAt: () => planned,
    leftAt: () => left,
    close() {},
  };
}

/**
 * A person at the keyboard, through `rl` (readline; on a terminal it draws the prompt and the
 * typing). `entered` is told of each line, so the prompt can come back below it.
 */
export function typedInput(rl: Interface, clock: Clock, entered: () => void = () => undefined): Input {
  const queue: Heard[] = [];
  const waiting: ((heard: Heard | undefined) => void)[] = [];
  let closed = false;
  let left: number | undefined;
  rl.on('line', (line) => {
    entered();
    const text = line.trim();
    if (text === '') return;
    // Stamped when Enter is pressed, not when the conversation gets round to it.
    const heard = { text, at: clock.now() };
    const waiter = waiting.shift();
    if (waiter) waiter(heard);
    else queue.push(heard);
  });
  rl.on('close', () => {
    left ??= clock.now();
    closed = true;
    for (const waiter of waiting.splice(0)) waiter(undefined);
  });
  const interrupt = (): void => {
    // What was typed but not yet heard goes with the runner.
    queue.splice(0);
    rl.close();
  };
  // On a terminal readline reads Ctrl-C as a key: the same as the signal.
  rl.on('SIGINT', interrupt);
  return {
    echo: false,
    person: true,
    next() {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    cutsOff: () => true,
    interrupt,
    plannedAt: () => undefined,
    leftAt: () => left,
    close() {
      rl.close();
    },
  };
}
