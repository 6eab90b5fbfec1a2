// The terminal when a person types and reads at it: Alexa's lines appear above a prompt line
// ("> " and whatever has been typed so far, kept by readline). Text is written a whole line at
// a time: the prompt line is cleared, the lines go out, the prompt and the typing are drawn again
// below them. So typing never runs into what Alexa says, and her words never into the typing. A
// hold's countdown bar sits on the prompt line, before the marker.
import type { Interface } from 'node:readline';
import type { Output } from './player';

export const PROMPT = '> ';

/** Go to the start of the line and clear it (the prompt and the typing, one row). */
const CLEAR_LINE = '\r\u001b[K';

export class LiveConsole implements Output {
  readonly live = true;
  /** Text written without its end of line yet: held until the line is whole. */
  private pending = '';

  constructor(
    private readonly rl: Interface,
    private readonly out: { write(text: string): unknown },
  ) {
    rl.setPrompt(PROMPT);
  }

  write(text: string): void {
    this.pending += text;
    const end = this.pending.lastIndexOf('\n');
    if (end < 0) return;
    const lines = this.pending.slice(0, end + 1);
    this.pending = this.pending.slice(end + 1);
    this.out.write(CLEAR_LINE + lines);
    this.rl.prompt(true);
  }

  status(text: string | undefined): void {
    this.rl.setPrompt(text === undefined ? PROMPT : `${text}  ${PROMPT}`);
    this.out.write(CLEAR_LINE);
    this.rl.prompt(true);
  }

  /** A line was entered: the marker again on the fresh line below it. */
  prompt(): void {
    this.rl.prompt(true);
  }

  /** Leaves the terminal on a clean line. */
  close(): void {
    if (this.pending !== '') this.write('\n');
    this.out.write(CLEAR_LINE);
  }
}
