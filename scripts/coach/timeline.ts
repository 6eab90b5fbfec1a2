// What is heard, with how long each part takes: the player plays this in order, and the
// transcript shows it. Spoken text is timed with the skill's own estimate (lambda/src/speech/
// estimate.ts) so the coach "speaks" exactly as long as the skill's block timeline assumes:
// then a barge-in typed while rep six is shown lands on rep six in the skill, too.
import { breakAfterSentenceMs, estimateSpeechMs, speakingRate } from '../../lambda/src/speech/estimate';
import { parseSsml } from './ssml';

/** A run of chained breaks at least this long is a timed hold (or a rest), shown as a bar. */
export const HOLD_MIN_MS = 4000;
/** A hold longer than one break comes one breath at a time (at least 2 s), the next one named between. */
const BREATH_MIN_MS = 1500;
/** Breaths are only named when the hold is a whole number of them, and a plausible number. */
const MAX_BREATHS = 8;

export type Item =
  | { readonly kind: 'say'; readonly text: string; readonly ms: number }
  | { readonly kind: 'pause'; readonly ms: number }
  | { readonly kind: 'hold'; readonly ms: number; readonly breaths?: number }
  | { readonly kind: 'audio'; readonly src: string; readonly ms: number };

export function timeline(ssml: string, locale: string, secondsPerBreath?: number): Item[] {
  const pieces = parseSsml(ssml);
  const items: Item[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    if (piece.kind === 'text') {
      const last = i === pieces.length - 1;
      // Pauses at punctuation between pieces: the skill's estimate counts them in the whole SSML.
      const { sentencePauseMs, clausePauseMs } = speakingRate(locale);
      const tail = last ? 0 : /[.!?…]$/.test(piece.text) ? sentencePauseMs : /[,;:]$/.test(piece.text) ? clausePauseMs : 0;
      items.push({ kind: 'say', text: piece.text, ms: estimateSpeechMs(piece.text, locale) + tail });
    } else if (piece.kind === 'audio') {
      items.push({ kind: 'audio', src: piece.src, ms: 0 });
    } else {
      let ms = piece.ms;
      while (pieces[i + 1]?.kind === 'break') {
        i++;
        const next = pieces[i];
        ms += next?.kind === 'break' ? next.ms : 0;
      }
      // A break after a sentence takes the place of its pause, as the skill's estimate has it.
      const before = items[items.length - 1];
      if (before?.kind === 'say' && /[.!?…]$/.test(before.text)) {
        items[items.length - 1] = { ...before, ms: before.ms - (ms - breakAfterSentenceMs(ms, locale)) };
      }
      const breaths = breathsIn(ms, secondsPerBreath);
      const hold = ms >= HOLD_MIN_MS || (breaths.breaths !== undefined && ms >= BREATH_MIN_MS);
      items.push(hold ? { kind: 'hold', ms, ...breaths } : { kind: 'pause', ms });
    }
  }
  return items;
}

function breathsIn(ms: number, secondsPerBreath: number | undefined): { breaths?: number } {
  if (secondsPerBreath === undefined || secondsPerBreath <= 0) return {};
  const breaths = Math.round(ms / (secondsPerBreath * 1000));
  return Math.abs(ms - breaths * secondsPerBreath * 1000) < 100 && breaths >= 1 && breaths <= MAX_BREATHS ? { breaths } : {};
}

export function totalMs(items: readonly Item[]): number {
  return items.reduce((sum, item) => sum + item.ms, 0);
}

/**
 * Seconds per breath, if the skill's session attributes tell. Their shape is the skill's own
 * business and may change, so this looks for a plausibly named number anywhere in them rather
 * than at one path; absent -> holds are shown in seconds only.
 */
export function findSecondsPerBreath(attributes: unknown, depth = 0): number | undefined {
  if (attributes === null || typeof attributes !== 'object' || depth > 6) return undefined;
  for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
    if (typeof value === 'number' && /^(seconds?PerBreath|breathSeconds|breathLength(Seconds)?)$/i.test(key) && value > 0) {
      return value > 100 ? value / 1000 : value; // a field in ms is read as seconds
    }
  }
  for (const value of Object.values(attributes as Record<string, unknown>)) {
    const found = findSecondsPerBreath(value, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
