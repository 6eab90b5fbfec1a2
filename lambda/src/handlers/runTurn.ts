import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { eventFor, nextPeople, ownersFor, stateFor } from '../people';
import { render, saidSsml, voiceFor, type Rendered } from '../speech/render';
import { screenFor, supportsApl, type Screen } from '../screen';
import type { WorkoutEvent } from '../workout/events';
import { present } from '../workout/presentation';
import { sameSession, serialize } from '../workout/snapshot';
import { transition } from '../workout/transition';
import { respond } from './respond';
import { save } from './save';
import { getTurn, type Turn } from '../turn';
import type { Ledger } from '../workout/ledger';
import type { Outcome } from '../workout/outcome';

/**
 * One turn in four phases: the load phase already ran (interceptor); here the core decides,
 * the save phase writes what must outlive the session, and the speech layer renders. Who owns
 * what (people.ts) is settled around the core, which knows nothing of persons.
 */
export async function runTurn(input: HandlerInput, heard: WorkoutEvent, directives: readonly Directive[] = []): Promise<Response> {
  const turn = getTurn(input);
  const event = eventFor(turn.people, turn.state, heard, turn.person);
  const decided = transition(stateFor(turn.people, turn.state, event, turn.person), event, { now: turn.now, datedAt: turn.datedAt, requestId: turn.requestId, voice: voiceFor(turn.speaker) });
  const owners = ownersFor(turn.people, turn.state, decided.state, decided.effects, turn.person);
  const saved = await save(turn.services.store, owners, turn.person, decided.state, turn.ledger, decided.effects, turn.datedAt, turn.purgeOwed);
  const people = nextPeople(turn.people, owners, { before: turn.state, after: decided.state, event, person: turn.person }, {
    outbox: saved.ledger.outbox,
    pendingOwners: saved.pendingOwners,
  });
  input.attributesManager.setSessionAttributes({
    state: serialize(decided.state, { ...saved.ledger, clock: clockAfter(turn, decided, saved.ledger) }),
    ...(saved.purgeOwed && { purgeOwed: true }),
    ...(people.ids.length > 0 && { people }),
  });
  const presentation = present({ preface: turn.preface, decided: decided.acts, warnings: saved.acts });
  const screen = supportsApl(input.requestEnvelope) ? screenFor(turn.speaker, { presentation, state: decided.state, event }) : undefined;
  return respond(input, screen?.block ? beforeBlock(turn.speaker, screen) : render(turn.speaker, presentation), presentation, screen, directives);
}

/**
 * A turn that dated something (or changed anything) moves the session's clock to its date, so the
 * next turn's date is later still; a turn that changes nothing (a late report from a block no
 * longer playing) leaves the session as it was, its clock only going forward.
 */
function clockAfter(turn: Turn, decided: Outcome, ledger: Ledger): number {
  const last = turn.ledger.clock ?? turn.now;
  // Compared as the JSON text serialize() stores would be, without writing either text.
  const same = decided.effects.length === 0 && sameSession({ state: decided.state, ledger: { ...ledger, clock: last } }, { state: turn.state, ledger: { ...turn.ledger, clock: last } });
  return same ? Math.max(turn.now, last) : turn.datedAt;
}

/** A block the screen plays: the response speaks only what comes before it; the document says the rest. */
function beforeBlock(speaker: Parameters<typeof render>[0], screen: Screen): Rendered {
  const before = screen.block?.before ?? [];
  return { speech: before.length > 0 ? saidSsml(speaker, before) : '', endSession: false, silent: false };
}
