// SSML -> what is heard, in order: text, silences, audio clips. Pure. Only the tags Alexa
// speaks differently from their text matter here; every other tag just yields its inner text.
import { breakMs } from '../../lambda/src/speech/estimate';

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'break'; readonly ms: number }
  | { readonly kind: 'audio'; readonly src: string };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}

export function parseSsml(ssml: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  const flush = (): void => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (clean !== '') pieces.push({ kind: 'text', text: clean });
    text = '';
  };
  // <sub alias> is heard as its alias; its inner text is skipped until </sub>.
  let skipping = false;
  for (const part of ssml.split(/(<[^>]*>)/)) {
    if (!part.startsWith('<')) {
      if (!skipping) text += part;
      continue;
    }
    const name = /^<\/?\s*([\w:-]+)/.exec(part)?.[1]?.toLowerCase() ?? '';
    const closing = part.startsWith('</');
    if (name === 'sub') {
      if (!closing) {
        text += ` ${attribute(part, 'alias') ?? ''} `;
        skipping = !part.endsWith('/>');
      } else skipping = false;
    } else if (name === 'break') {
      flush();
      pieces.push({ kind: 'break', ms: breakMs(part) });
    } else if (name === 'audio') {
      flush();
      pieces.push({ kind: 'audio', src: attribute(part, 'src') ?? '' });
    } else if ((name === 's' || name === 'p') && closing) {
      // A sentence or paragraph ends even without a full stop; Alexa pauses there.
      if (!/[.!?…]\s*$/.test(text) && text.trim() !== '') text += '.';
      text += ' ';
    } else {
      text += ' ';
    }
  }
  flush();
  return pieces;
}
