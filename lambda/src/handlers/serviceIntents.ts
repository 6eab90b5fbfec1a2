import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Intent } from 'ask-sdk-model';
import { listRemindersTurn, setRemindersTurn, stopRemindersTurn } from '../alerts/reminders';
import type { Turn } from '../turn';
import type { WorkoutEvent } from '../workout/events';

export interface ServiceTurn {
  readonly event: WorkoutEvent;
  readonly directives: readonly Directive[];
}

/**
 * Intents that call Alexa's service APIs (with the request's apiEndpoint and token) and may answer
 * with a directive; every other intent is in INTENT_EVENTS.
 */
export const SERVICE_INTENTS: Readonly<Record<string, (input: HandlerInput, turn: Turn, intent: Intent) => Promise<ServiceTurn>>> = {
  SetReminderIntent: (input, turn, intent) => setRemindersTurn(input, turn, intent),
  ListRemindersIntent: (input) => listRemindersTurn(input),
  StopRemindersIntent: (input) => stopRemindersTurn(input),
};
