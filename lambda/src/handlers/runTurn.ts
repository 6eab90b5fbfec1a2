import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { render, voiceFor } from '../speech/render';
import type { WorkoutEvent } from '../workout/events';
import { present } from '../workout/presentation';
import { serialize } from '../workout/snapshot';
import { transition } from '../workout/transition';
import { respond } from './respond';
import { save } from './save';
import { getTurn } from '../turn';

/**
 * One turn in four phases: the load phase already ran (interceptor); here the core decides,
 * the save phase writes what must outlive the session, and the speech layer renders.
 */
export async function runTurn(input: HandlerInput, event: WorkoutEvent): Promise<Response> {
  const turn = getTurn(input);
  const decided = transition(turn.state, event, { now: turn.now, requestId: turn.requestId, voice: voiceFor(turn.speaker) });
  const saved = await save(turn.services.store, turn.person, decided.state, turn.ledger, decided.effects, turn.now, turn.purgeOwed);
  input.attributesManager.setSessionAttributes({
    state: serialize(decided.state, { ...saved.ledger, clock: turn.now }),
    ...(saved.purgeOwed && { purgeOwed: true }),
  });
  const presentation = present({ preface: turn.preface, decided: decided.acts, warnings: saved.acts });
  return respond(input, render(turn.speaker, presentation), presentation);
}
