// Plays a timeline against the clock: text appears when it would be heard, silences are real
// waits, a hold is a live countdown bar. Stops at once when `signal` aborts (a barge-in).
// On a terminal every line is finished as it is written (one sentence a line), so the runner's
// typing, on the prompt line below (console.ts), never runs into what Alexa says.
// Every item is scheduled from the start of the response, not from the end of the previous
// wait, so timer slack never accumulates into a drift from the skill's own timeline.
import { AbortError, type Clock } from './clock';
import { labelsFor, type CoachLabels } from './labels';
import type { Item } from './timeline';

export interface Output {
  write(text: string): void;
  /** True when the output is a terminal: bars animate in place instead of printing once. */
  readonly live: boolean;
  /** On a terminal: a line shown in place until replaced (the hold's bar), beside the prompt. */
  status?(text: string | undefined): void;
}

export interface PlayResult {
  readonly completed: boolean;
  /** Virtual ms since the start when it stopped. */
  readonly playedMs: number;
}

/** Pauses this long or longer start a new line: the silence reads as a line break. */
const NEW_LINE_AFTER_MS = 1000;
const BAR_WIDTH = 24;

export const INDENT = '   ';

export function holdLabel(item: { ms: number; breaths?: number }, labels: CoachLabels = labelsFor('en-US')): string {
  const length = labels.seconds(item.ms / 1000);
  return item.breaths !== undefined ? labels.hold(item.breaths, length) : labels.silence(length);
}

function bar(item: { ms: number; breaths?: number }, elapsed: number, labels: CoachLabels): string {
  const done = Math.min(BAR_WIDTH, Math.round((elapsed / item.ms) * BAR_WIDTH));
  const left = Math.max(0, Math.ceil((item.ms - elapsed) / 1000));
  const breath =
    item.breaths !== undefined
      ? ` ${labels.breathOf(Math.min(item.breaths, Math.floor((elapsed / item.ms) * item.breaths) + 1), item.breaths)} ·`
      : '';
  return `[${'█'.repeat(done)}${'░'.repeat(BAR_WIDTH - done)}]${breath} ${labels.seconds(left)}`;
}

export async function play(
  items: readonly Item[],
  options: { clock: Clock; out: Output; prefix: string; signal?: AbortSignal; start?: number; labels?: CoachLabels; stopAt?: number },
): Promise<PlayResult> {
  const { clock, out, signal } = options;
  const labels = options.labels ?? labelsFor('en-US');
  // The caller's start, when given, is the moment the runner's input is timed from too: both
  // sides of a barge-in then measure from one origin, however long setting up took.
  const start = options.start ?? clock.now();
  let due = start;
  let lineOpen = false;
  let first = true;
  const startLine = (): void => {
    if (lineOpen) out.write('\n');
    out.write(first ? options.prefix : INDENT);
    first = false;
    lineOpen = true;
  };
  try {
    for (const item of items) {
      if (item.kind === 'say') {
        if (out.live) {
          // A line left open on a terminal is where the runner's typing would land.
          startLine();
          out.write(`${item.text}\n`);
          lineOpen = false;
        } else {
          if (!lineOpen) startLine();
          else out.write(' ');
          out.write(item.text);
        }
      } else if (item.kind === 'audio') {
        startLine();
        out.write(`[audio: ${item.src}]`);
        if (out.live) {
          out.write('\n');
          lineOpen = false;
        }
      } else if (item.kind === 'pause') {
        if (item.ms >= NEW_LINE_AFTER_MS && lineOpen) {
          out.write('\n');
          lineOpen = false;
        }
      } else {
        if (out.live) await animate(item, due, { ...options, labels });
        startLine();
        out.write(`[${holdLabel(item, labels)}]\n`);
        lineOpen = false;
      }
      due += item.ms;
      // Stopping at `stopAt` by the clock, not by whichever timer fires first: a barge-in planned
      // for then lands there however late the machine runs.
      if (options.stopAt !== undefined && due > options.stopAt) {
        await clock.sleepUntil(options.stopAt, signal);
        if (lineOpen) out.write('\n');
        return { completed: false, playedMs: options.stopAt - start };
      }
      await clock.sleepUntil(due, signal);
    }
    if (lineOpen) out.write('\n');
    if (first) out.write(`${options.prefix}(${labels.nothingToHear})\n`);
    return { completed: true, playedMs: clock.now() - start };
  } catch (error) {
    if (!(error instanceof AbortError)) throw error;
    if (lineOpen) out.write('\n');
    return { completed: false, playedMs: clock.now() - start };
  }
}

/** Redraws the bar in place (the status line, beside the prompt) until the hold ends. */
async function animate(item: { ms: number; breaths?: number }, from: number, options: { clock: Clock; out: Output; signal?: AbortSignal; labels: CoachLabels }): Promise<void> {
  const { clock, out, signal, labels } = options;
  const step = Math.max(250, 100 * clock.scale); // about ten redraws a real second at most
  try {
    for (let t = 0; t < item.ms; t += step) {
      out.status?.(`${INDENT}${bar(item, t, labels)}`);
      await clock.sleepUntil(from + Math.min(item.ms, t + step), signal);
    }
  } finally {
    out.status?.(undefined);
  }
}
