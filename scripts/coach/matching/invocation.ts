// "open runner deadlift" and "ask runner deadlift to start a set": the phrases that open the
// skill, with the model's invocation name in place, and the command a one-shot carries.
import { keyOf } from '../normalize';
import type { Phrases } from '../phrases';
import { saidIn } from './patterns';
import { FALLBACK_INTENT, type Invocation, type Match } from './types';

/** A phrase's keys with the invocation name in place; a trailing elided word ("d'") is kept apart. */
interface Opening {
  readonly keys: readonly string[];
  readonly elided?: string;
}

export interface Invocations {
  invocation(text: string): Invocation | undefined;
  readonly launchText: string;
}

export function invocations(phrases: Phrases, invocationName: string, language: string, match: (text: string) => Match): Invocations {
  const keysOf = (text: string): string[] => [...saidIn(text, language).keys];
  const invocationKeys = keysOf(invocationName);
  const expand = (phrase: string): Opening => {
    const elided = /(\p{L}+)['’]$/u.exec(phrase)?.[1];
    const body = elided === undefined ? phrase : phrase.slice(0, -(elided.length + 1));
    const keys = keysOf(body).flatMap((w) => (w === '{invocation}' ? invocationKeys : [w]));
    return elided === undefined ? { keys } : { keys, elided: keyOf(elided.toLowerCase(), language) };
  };
  const launches = phrases.launch.map(expand);
  const oneShots = phrases.oneShot.map(expand);
  const verbFinalAfter = new Set((phrases.verbFinalAfter ?? []).flatMap(keysOf));

  /** After "dass"/"ob" the verb comes last: try it second, as the samples have it. */
  function mainClause(words: readonly string[]): string {
    const text = words.join(' ');
    if (words.length < 3 || match(text).intent !== FALLBACK_INTENT) return text;
    const moved = [words[0] ?? '', words[words.length - 1] ?? '', ...words.slice(1, -1)].join(' ');
    return match(moved).intent !== FALLBACK_INTENT ? moved : text;
  }

  function invocation(text: string): Invocation | undefined {
    const all = saidIn(text, language);
    const skip = all.keys[0] === 'alexa' ? 1 : 0;
    const words = all.words.slice(skip);
    const keys = all.keys.slice(skip);
    const starts = (p: readonly string[]): boolean => p.every((w, i) => keys[i] === w);
    for (const p of launches) {
      if (p.elided === undefined && p.keys.length === keys.length && starts(p.keys)) return { kind: 'launch' };
    }
    for (const p of oneShots) {
      if (keys.length <= p.keys.length || !starts(p.keys)) continue;
      let rest = words.slice(p.keys.length);
      if (p.elided !== undefined) {
        // "demande à X d'enregistrer une série": the elided "d" is glued to the next word.
        const head = keys[p.keys.length] ?? '';
        if (!head.startsWith(p.elided) || head.length === p.elided.length) continue;
        rest = [(rest[0] ?? '').slice(p.elided.length), ...rest.slice(1)];
      }
      const last = p.keys[p.keys.length - 1] ?? '';
      return { kind: 'oneShot', utterance: verbFinalAfter.has(last) ? mainClause(rest) : rest.join(' ') };
    }
    return undefined;
  }

  const firstLaunch = phrases.launch.find((p) => p.includes('{invocation}'));
  const launchText = firstLaunch === undefined ? `open ${invocationName}` : firstLaunch.replace('{invocation}', invocationName);
  return { invocation, launchText };
}
