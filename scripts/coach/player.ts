// Plays a timeline against the clock: text appears when it would be heard, silences are real
// waits, a hold is a live countdown bar. Stops at once when `signal` aborts (a barge-in).
// Every item is scheduled from the start of the response, not from the end of the previous
// wait, so timer slack never accumulates into a drift from the skill's own timeline.
import { AbortError, type Clock } from './clock';
import type { Item } from './timeline';

export interface Output {
  write(text: string): void;
  /** True when the output is a terminal: bars animate in place instead of printing once. */
  readonly live: boolean;
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

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export function holdLabel(item: { ms: number; breaths?: number }): string {
  return item.breaths !== undefined
    ? `hold: ${item.breaths} breath${item.breaths === 1 ? '' : 's'}, ${seconds(item.ms)}`
    : `silence: ${seconds(item.ms)}`;
}

function bar(item: { ms: number; breaths?: number }, elapsed: number): string {
  const done = Math.min(BAR_WIDTH, Math.round((elapsed / item.ms) * BAR_WIDTH));
  const left = Math.max(0, Math.ceil((item.ms - elapsed) / 1000));
  const breath =
    item.breaths !== undefined
      ? ` breath ${Math.min(item.breaths, Math.floor((elapsed / item.ms) * item.breaths) + 1)} of ${item.breaths} ·`
      : '';
  return `[${'█'.repeat(done)}${'░'.repeat(BAR_WIDTH - done)}]${breath} ${left} s`;
}

export async function play(
  items: readonly Item[],
  options: { clock: Clock; out: Output; prefix: string; signal?: AbortSignal; start?: number },
): Promise<PlayResult> {
  const { clock, out, signal } = options;
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
        if (!lineOpen) startLine();
        else out.write(' ');
        out.write(item.text);
      } else if (item.kind === 'audio') {
        startLine();
        out.write(`[audio: ${item.src}]`);
      } else if (item.kind === 'pause') {
        if (item.ms >= NEW_LINE_AFTER_MS && lineOpen) {
          out.write('\n');
          lineOpen = false;
        }
      } else {
        startLine();
        if (out.live) await animate(item, due, options);
        out.write(`[${holdLabel(item)}]\n`);
        lineOpen = false;
      }
      due += item.ms;
      await clock.sleepUntil(due, signal);
    }
    if (lineOpen) out.write('\n');
    if (first) out.write(`${options.prefix}(nothing to hear)\n`);
    return { completed: true, playedMs: clock.now() - start };
  } catch (error) {
    if (!(error instanceof AbortError)) throw error;
    if (lineOpen) out.write('\n');
    return { completed: false, playedMs: clock.now() - start };
  }
}

/** Redraws the bar in place until the hold ends; leaves the cursor at the line start. */
async function animate(item: { ms: number; breaths?: number }, from: number, options: { clock: Clock; out: Output; signal?: AbortSignal }): Promise<void> {
  const { clock, out, signal } = options;
  const step = Math.max(250, 100 * clock.scale); // about ten redraws a real second at most
  try {
    for (let t = 0; t < item.ms; t += step) {
      out.write(`\r${INDENT}${bar(item, t)}\u001b[K`);
      await clock.sleepUntil(from + Math.min(item.ms, t + step), signal);
    }
  } finally {
    out.write(`\r${INDENT}\u001b[K`);
  }
}
