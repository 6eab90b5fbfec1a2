// A turn's output as what is said, apart from how: the speech layer renders it now, a screen can
// render the same presentation next. Pure: built from the acts of the turn's phases.
import type { Act } from './acts';
import type { Question } from './state';

/** An act that says something; the closing ones (`ask`, `end`) become the presentation's `close`. */
export type Said = Exclude<Act, { type: 'ask' } | { type: 'end' }>;

/**
 * How a turn ends: with exactly one question (the session stays open, and the question is asked
 * again if the runner says nothing), with the end of the session, or in silence (the answer to a
 * session-ended request, which may say nothing).
 */
export type Close =
  | { readonly kind: 'ask'; readonly question: Question }
  | { readonly kind: 'end' }
  | { readonly kind: 'silent' };

export interface Presentation {
  /** What is said, in order. A block of reps carries its own timeline (`reps.block`). */
  readonly said: readonly Said[];
  readonly close: Close;
}

/** The acts of a turn's phases, in the order a runner hears them. */
export interface TurnActs {
  /** From loading the turn: warnings about a state or a log that could not be read. */
  readonly preface: readonly Act[];
  /** What the core decided, closing act last. */
  readonly decided: readonly Act[];
  /** From saving: a store that could not take a write. */
  readonly warnings: readonly Act[];
}

function isClosing(act: Act): act is Extract<Act, { type: 'ask' } | { type: 'end' }> {
  return act.type === 'ask' || act.type === 'end';
}

/**
 * The preface first, then what the core said, then the warnings, then the one question (or the
 * end). A turn that decided nothing says nothing. A turn that would ask twice, ask anywhere but
 * at the end, or neither ask nor end is a bug in the core, and fails here rather than confuse
 * the runner with two questions or leave them in silence.
 */
export function present({ preface, decided, warnings }: TurnActs): Presentation {
  if (decided.length === 0) return { said: [], close: { kind: 'silent' } };
  const last = decided[decided.length - 1]!;
  // Every turn comes through here: plain loops, no spread or filtered copies of the acts.
  if (closingCount(preface) + closingCount(decided) + closingCount(warnings) !== 1 || !isClosing(last)) {
    const closing = [...preface, ...decided, ...warnings].filter(isClosing);
    throw new Error(`a turn must close with exactly one question or the end, got ${closing.map((act) => act.type).join(', ') || 'none'}`);
  }
  const said: Said[] = [];
  // Said once: a one-shot history question already says when the log cannot be reached.
  for (const act of preface) if (!isClosing(act) && !decided.some((done) => done.type === act.type)) said.push(act);
  for (let i = 0; i < decided.length - 1; i += 1) said.push(decided[i] as Said);
  for (const act of warnings) if (!isClosing(act)) said.push(act);
  return { said, close: last.type === 'ask' ? { kind: 'ask', question: last.question } : { kind: 'end' } };
}

function closingCount(acts: readonly Act[]): number {
  let count = 0;
  for (let i = 0; i < acts.length; i += 1) if (isClosing(acts[i]!)) count += 1;
  return count;
}
