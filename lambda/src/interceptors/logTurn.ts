// One JSON line per turn: what came in, where the workout was before and after, how long it took.
// Only whitelisted words reach the log: request types, intent names, stage and question names
// from fixed lists, numbers. Never an utterance, never a slot word, never a raw id.
import type { ErrorHandler, HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { sessionAttributesAsSent } from '../edge/sessionAttributes';
import { hashId, logTime, logWanted, writeTimedLog } from '../log';
import { isObject } from '../workout/schema';
import { QUESTIONS as QUESTION_LIST, STAGE_NAMES } from '../workout/state';

const STAGES: ReadonlySet<string> = new Set(STAGE_NAMES);
const QUESTIONS: ReadonlySet<string> = new Set(QUESTION_LIST);
// Names Alexa itself defines: safe to log, unlike anything a person said.
const NAME = /^[A-Za-z][A-Za-z0-9_.]{0,79}$/;
const REASON = /^[A-Z_]{1,40}$/;
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

type Json = Readonly<Record<string, unknown>>;
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const safeName = (v: unknown): string | null => (typeof v === 'string' ? (NAME.test(v) ? v : 'invalid') : null);

export interface StateSummary {
  readonly stage: string | null;
  readonly question: string | null;
  readonly reps: number | null;
  readonly target: number | null;
  readonly outbox: number | null;
}

/** Where the workout is, read from session attributes that anything may have written. */
export function summarizeState(raw: unknown): StateSummary {
  if (!isObject(raw)) return { stage: raw === undefined || raw === null ? null : 'invalid', question: null, reps: null, target: null, outbox: null };
  const stage = isObject(raw.stage) ? raw.stage : undefined;
  const set = stage && isObject(stage.set) ? stage.set : undefined;
  const name = stage?.name;
  return {
    stage: typeof name === 'string' && STAGES.has(name) ? name : stage ? 'invalid' : null,
    question: typeof raw.question === 'string' ? (QUESTIONS.has(raw.question) ? raw.question : 'invalid') : null,
    reps: count(set?.repsDone ?? set?.reps),
    target: count(set?.target),
    outbox: Array.isArray(raw.outbox) ? raw.outbox.length : null,
  };
}

/** Numeric slot values only; a word (or "?") is recorded as withheld, never written out. */
function numericSlots(envelope: RequestEnvelope): Record<string, number | string> | undefined {
  const request = envelope.request;
  if (request?.type !== 'IntentRequest' || !isObject(request.intent?.slots)) return undefined;
  const all = request.intent.slots as Json;
  let slots: Record<string, number | string> | undefined;
  for (const name in all) {
    const slot = all[name];
    if (!Object.hasOwn(all, name) || !NAME.test(name) || !isObject(slot) || slot.value === undefined || slot.value === null) continue;
    const value = typeof slot.value === 'string' ? slot.value.trim() : '';
    (slots ??= {})[name] = NUMBER.test(value) ? Number(value) : 'withheld';
  }
  return slots;
}

const STARTED = 'runnerDeadliftLogStart';

function started(input: HandlerInput): number | undefined {
  const value = input.attributesManager.getRequestAttributes()[STARTED];
  return typeof value === 'number' ? value : undefined;
}

type Summary = Record<string, number | string | null>;

/**
 * The turn's line, every field in one object in the order the line has them (a field left
 * undefined is not written): no partial objects spread into it, no copy to put the time first.
 * Written through logAnswer or logError, which say which fields each outcome has.
 */
function logLine(input: HandlerInput, outcome: string, reprompt: boolean | undefined, errorName: string | undefined, errorCode: string | null | undefined): void {
  if (!logWanted()) return;
  const envelope = input.requestEnvelope;
  const start = started(input);
  const request = envelope.request as unknown as Json | undefined;
  const intent = isObject(request?.intent) ? request.intent : undefined;
  const system = envelope.context?.System;
  const user = system?.user?.userId ?? envelope.session?.user?.userId;
  const person = system?.person?.personId;
  writeTimedLog({
    time: logTime(),
    level: outcome === 'error' ? 'error' : 'info',
    message: 'turn',
    requestType: safeName(request?.type),
    intent: intent ? safeName(intent.name) : undefined,
    slots: numericSlots(envelope),
    reason: typeof request?.reason === 'string' ? (REASON.test(request.reason) ? request.reason : 'invalid') : undefined,
    dialogState: typeof request?.dialogState === 'string' ? safeName(request.dialogState) : undefined,
    locale: typeof request?.locale === 'string' && LOCALE.test(request.locale) ? request.locale : 'invalid',
    newSession: envelope.session?.new === true,
    user: typeof user === 'string' ? hashId(user) : null,
    person: typeof person === 'string' ? hashId(person) : null,
    before: summarizeState(sessionAttributesAsSent(envelope)?.state) as unknown as Summary,
    after: summarizeState(sessionState(input)) as unknown as Summary,
    latencyMs: start === undefined ? null : Math.round(performance.now() - start),
    outcome,
    reprompt,
    errorName,
    errorCode,
  });
}

/** A skill event (SkillDisabled) has no session, and ask-sdk refuses to read its attributes. */
function sessionState(input: HandlerInput): unknown {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes().state : undefined;
}

/** The line of a turn that answered, or ended the session. */
function logAnswer(input: HandlerInput, response: Response | undefined): void {
  logLine(input, response?.shouldEndSession === true ? 'ended' : 'answered', response?.reprompt !== undefined, undefined, undefined);
}

/** The line of a turn that failed: its error's name and code (`code` null when it has none). */
function logError(input: HandlerInput, name: string, code: string | null): void {
  logLine(input, 'error', undefined, name, code);
}

/** Runs first, so the latency covers loading from the store too. */
export const logTurnStart: RequestInterceptor = {
  process(input) {
    input.attributesManager.getRequestAttributes()[STARTED] = performance.now();
  },
};

export const logTurnEnd: ResponseInterceptor = {
  process(input, response?: Response) {
    logAnswer(input, response);
  },
};

/** The error's name and code only: messages may quote input. */
function logFailedTurn(input: HandlerInput, error: unknown): void {
  const name = isObject(error) && typeof error.name === 'string' && NAME.test(error.name) ? error.name : 'Error';
  const code = isObject(error) && typeof error.code === 'string' && NAME.test(error.code) ? error.code : null;
  logError(input, name, code);
}

/** ask-sdk runs no response interceptor after an error handler: `handler` logs the failed turn first. */
export function logFailedTurns(handler: ErrorHandler): ErrorHandler {
  return {
    canHandle: (input, error) => handler.canHandle(input, error),
    handle(input, error) {
      try {
        logFailedTurn(input, error);
      } catch {
        // The answer matters more than the log line: nothing may stop the handler answering.
      }
      return handler.handle(input, error);
    },
  };
}
