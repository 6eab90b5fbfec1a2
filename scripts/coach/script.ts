// The scripted-session format, parsed. Pure. One utterance per line; `#` starts a comment;
//   @wait SECONDS   the next line is said that long after Alexa has finished speaking
//                   (longer than the listening window: the reprompt plays, then the session ends)
//   @at SECONDS     the next line is said that long after Alexa started speaking the response;
//                   if she is still speaking then, it is a barge-in
// Without either, a line is said as soon as Alexa has finished speaking.
import { CoachError } from './errors';

export type Delay = { readonly kind: 'wait' | 'at'; readonly ms: number };

export interface ScriptLine {
  /** Undefined for a trailing delay: stay silent that long, then the script ends. */
  readonly text?: string;
  readonly delay?: Delay;
  readonly line: number;
}

export function parseScript(source: string, name: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  let delay: Delay | undefined;
  let delayLine = 0;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') return;
    const directive = /^@(\w+)\s*(.*)$/.exec(text);
    if (directive) {
      const [, word = '', arg = ''] = directive;
      const seconds = Number(arg);
      if ((word !== 'wait' && word !== 'at') || arg === '' || !Number.isFinite(seconds) || seconds < 0) {
        throw new CoachError(`${name}:${line}: "${text}" is not a delay: use @wait SECONDS or @at SECONDS`, 2);
      }
      delay = { kind: word, ms: Math.round(seconds * 1000) };
      delayLine = line;
      return;
    }
    lines.push({ text, line, ...(delay ? { delay } : {}) });
    delay = undefined;
  });
  if (delay) lines.push({ delay, line: delayLine });
  return lines;
}
