import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { render, voiceFor } from '../speech/render';
import type { Act } from '../workout/acts';
import type { WorkoutEvent } from '../workout/events';
import { serialize } from '../workout/snapshot';
import { transition } from '../workout/transition';
import { respond } from './respond';
import { save } from './save';
import { getTurn } from '../turn';

/** The preface first, then what the core said, then warnings from saving, then the question. */
function arrange(prefaceActs: readonly Act[], decided: readonly Act[], warnings: readonly Act[]): Act[] {
  if (decided.length === 0) return []; // a session-ended request gets no speech at all
  // Said once: a one-shot history question already says when the log cannot be reached.
  const preface = prefaceActs.filter((act) => !decided.some((said) => said.type === act.type));
  const last = decided[decided.length - 1]!;
  const closes = last.type === 'ask' || last.type === 'end';
  return closes
    ? [...preface, ...decided.slice(0, -1), ...warnings, last]
    : [...preface, ...decided, ...warnings];
}

/**
 * One turn in four phases: the load phase already ran (interceptor); here the core decides,
 * the save phase writes what must outlive the session, and the speech layer renders.
 */
export async function runTurn(input: HandlerInput, event: WorkoutEvent): Promise<Response> {
  const turn = getTurn(input);
  const decided = transition(turn.state, event, { now: turn.now, requestId: turn.requestId, voice: voiceFor(turn.speaker) });
  const saved = await save(turn.services.store, turn.person, decided.state, decided.effects, turn.now);
  input.attributesManager.setSessionAttributes({ state: serialize({ ...saved.state, clock: turn.now }) });
  const rendered = render(turn.speaker, arrange(turn.preface, decided.acts, saved.acts));
  return respond(input, rendered, saved.state.question);
}
