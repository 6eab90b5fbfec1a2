// Drives one fuzzed conversation turn by turn and checks every turn; keeps the ledger that
// proves each finished set ends up in the store exactly once.
import type { RequestEnvelope, ResponseEnvelope, Slot, interfaces } from 'ask-sdk-model';
import { translator } from '../../lambda/src/i18n';
import type { TrainingStore } from '../../lambda/src/store';
import { SKILL_ID, type Invoke } from '../support/conversation';
import { findResponseProblems } from '../support/responseCheck';
import type { FaultProxy } from '../faults/faultProxy';
import type { FuzzRequest, FuzzSlot, FuzzStep, Tamper } from './steps';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class PropertyViolation extends Error {
  constructor(message: string, readonly transcript: readonly string[]) {
    super(`${message}\n--- conversation so far ---\n${transcript.slice(-30).join('\n')}`);
    this.name = 'PropertyViolation';
  }
}

/** Counters shared by every run of a suite, for the README figures. */
export interface FuzzTally {
  turns: number;
  sessions: number;
  setsFinished: number;
  setsStored: number;
  setsLost: number;
  /** Stored under another person than the one who started or logged it (several people on one device). */
  setsMisfiled: number;
  /** Hidden by a delete of the history: dated back before it after the test reset the session's state. */
  setsDatedIntoDeletedPast: number;
  /** Sets still unsaved when the session ended while the store was down: nothing can save them. */
  setsLostStoreDownAtSessionEnd: number;
  faultTurns: number;
  retries: number;
  tampered: number;
  maxTurnMs: number;
  /** The most store requests one turn made (only where a suite has a fault proxy to count them). */
  maxStoreRequests: number;
  invokeMs: number;
  checkMs: number;
}

export function newTally(): FuzzTally {
  return { turns: 0, sessions: 0, setsFinished: 0, setsStored: 0, setsLost: 0, setsMisfiled: 0, setsDatedIntoDeletedPast: 0, setsLostStoreDownAtSessionEnd: 0, faultTurns: 0, retries: 0, tampered: 0, maxTurnMs: 0, maxStoreRequests: 0, invokeMs: 0, checkMs: 0 };
}

let requestCounter = 0;

/** Unhandled errors reach the generic error handler, which logs this line (requestHandlers.ts). */
export function captureUnhandled(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return { lines, restore: () => void (console.error = original) };
}

function toSlot(name: string, slot: FuzzSlot): Slot | undefined {
  const authority = 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.fuzz.Type';
  switch (slot.kind) {
    case 'absent':
      return undefined;
    case 'empty':
      return { name, confirmationStatus: 'NONE' } as Slot;
    case 'value':
      return { name, value: slot.value, confirmationStatus: 'NONE' };
    case 'match':
      return {
        name,
        value: slot.value,
        confirmationStatus: 'NONE',
        resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: slot.value, id: slot.id } }] }] },
      };
    case 'noMatch':
      return {
        name,
        value: slot.value,
        confirmationStatus: 'NONE',
        resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }] },
      };
  }
}

/** Path-wise replacement inside a JSON value; the numbers pick keys modulo what is there. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const i = head % value.length;
    return value.map((item, j) => (j === i ? mutate(item, rest, replacement) : item));
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return { x: replacement };
    const key = keys[head % keys.length]!;
    return { ...value, [key]: mutate(value[key], rest, replacement) };
  }
  return replacement;
}

function outboxOf(state: unknown): { id: string; at: unknown }[] {
  if (!isObject(state) || !Array.isArray(state.outbox)) return [];
  return state.outbox.filter(isObject).filter((s): s is Json & { id: string } => typeof s.id === 'string').map((s) => ({ id: s.id, at: s.at }));
}

function pendingOf(state: unknown): Json[] {
  return isObject(state) && Array.isArray(state.pending) ? state.pending.filter(isObject) : [];
}

function plain(speech: ResponseEnvelope['response']['outputSpeech']): string {
  if (!speech) return '';
  const text = speech.type === 'SSML' ? speech.ssml : speech.text;
  return text.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function describe(step: FuzzStep, envelope: RequestEnvelope): string {
  const r = step.request;
  const what =
    r.type === 'IntentRequest'
      ? `${r.name}${Object.entries(r.slots)
          .filter(([, s]) => s.kind !== 'absent')
          .map(([n, s]) => ` ${n}=${JSON.stringify(s)}`)
          .join('')}${r.dialogState ? ` dialogState=${r.dialogState}` : ''}`
      : r.type === 'SessionEndedRequest'
        ? `SessionEnded(${r.reason})`
        : 'Launch';
  const extras = [
    `t=${String(envelope.request.timestamp)}`,
    step.retry ? 'RETRY' : '',
    step.tamper.kind !== 'none' ? `TAMPER ${JSON.stringify(step.tamper).slice(0, 200)}` : '',
    step.storeDown ? 'STORE-DOWN' : '',
    step.speaker ? `VOICE ${step.speaker}` : '',
    step.partial && step.partial !== 'none' ? `PARTIAL ${step.partial}` : '',
  ].filter(Boolean);
  return `U: ${what} [${extras.join(' ')}]`;
}

/** Reads what the store holds for a person; none of it goes through the fault proxy. */
export type StoredIds = (person: string) => Promise<{ id: string; at: string }[]>;

export function storedIdsFrom(store: TrainingStore): StoredIds {
  return async (person) => (await store.history(person, { limit: 1000 })).map((s) => ({ id: s.id, at: s.at }));
}

/**
 * What a fuzzed turn and run may cost. A turn's store work is bounded by design (one launch read,
 * a best rebuilt in 500-set pages, a purge of 3 pages of 100, the pending writes): at most 20
 * measured, a yes to "delete my history" over a 2,000-set log, which issue 11 bounds at 20. Twice
 * that is a turn that keeps going. A suite gives its run a turn budget.
 */
export interface FuzzBudget {
  readonly storeRequestsPerTurn: number;
  readonly turns?: number;
}

export const FUZZ_BUDGET: FuzzBudget = { storeRequestsPerTurn: 40 };

export interface DriverOptions {
  readonly invoke: Invoke;
  /** Recognized speakers on the device (steps name them by number); 0: the account only. */
  readonly people?: number;
  readonly person: string;
  readonly locale: string;
  readonly start: number;
  readonly tally: FuzzTally;
  readonly unhandled: string[];
  readonly proxy?: FaultProxy;
  readonly storedIds?: StoredIds;
  readonly budget?: Partial<FuzzBudget>;
  /** Checks each response with findResponseProblems (ssml-check-core): the slowest check. */
  readonly checkSpeech?: boolean;
}

export class FuzzDriver {
  private attributes: Json = {};
  private isNew = true;
  private clock: number;
  private last?: { envelope: RequestEnvelope; said: string };
  private readonly transcript: string[] = [];
  private readonly genericSpeech: string;
  private readonly malformedSpeech: string;
  private readonly stateResetSpeech: string;
  private readonly notYourQuestion: string;
  // The ledger: every set id a response carried in its outbox, and why some need not be stored.
  private readonly seen = new Map<string, unknown>();
  private readonly excused = new Map<string, string>();
  private readonly lostStoreDown = new Set<string>();
  /**
   * Latest time a delete of the whole history was confirmed here, and whether the test then
   * tampered with the attributes (or the state was reset, "I lost track"): with the session's clock
   * gone, a request dated back before the delete dates its set into the deleted past (a known
   * limit: Alexa's own timestamps do not run back, and an intact session never goes back in time).
   */
  private deletedAt?: number;
  private resetAfterDelete = false;
  private readonly datedIntoDeletedPast = new Set<string>();
  /** Request ids this conversation sent: a set's id is the id of the request that finished it. */
  private readonly sent = new Set<string>();

  /** The account's partition: a request with no recognized speaker is logged there. */
  private get userId(): string {
    return `amzn1.ask.account.${this.options.person}`;
  }

  private personId(speaker: number): string {
    return `amzn1.ask.person.${this.options.person}-${speaker}`;
  }

  /** Every partition this conversation may have written to. */
  private get partitions(): string[] {
    return [this.userId, ...Array.from({ length: this.options.people ?? 0 }, (_, i) => this.personId(i + 1))];
  }

  /** Whose log a request's own writes go to: the speaker the request names, else the account. */
  private partitionOf(step: FuzzStep): string {
    const speaker = step.speaker ?? 0;
    return speaker > 0 && step.partial !== 'noPerson' ? this.personId(speaker) : this.userId;
  }

  // Who owns each set, as the skill should decide it: a voice-logged set its logger's, a guided
  // set its starter's (the speaker of the request that first showed it running).
  private readonly requestPartition = new Map<string, string>();
  private readonly starters = new Map<number, string>();
  private readonly expectedOwner = new Map<string, string | undefined>();

  constructor(private readonly options: DriverOptions) {
    this.clock = options.start;
    this.genericSpeech = translator(options.locale)('error.generic');
    this.malformedSpeech = translator(options.locale)('error.malformed');
    this.stateResetSpeech = translator(options.locale)('stateReset');
    this.notYourQuestion = translator(options.locale)('notYourQuestion');
  }

  fail(message: string): never {
    throw new PropertyViolation(message, this.transcript);
  }

  private envelope(request: FuzzRequest, timestamp: string | undefined, step?: FuzzStep): RequestEnvelope {
    const partial = step?.partial ?? 'none';
    if (partial === 'noTimestamp') timestamp = undefined;
    requestCounter += 1;
    const requestId = `amzn1.echo-api.request.fuzz-${requestCounter}`;
    const common = { requestId, ...(partial !== 'noLocale' && { locale: this.options.locale }), ...(timestamp !== undefined && { timestamp }) };
    let body: RequestEnvelope['request'];
    if (request.type === 'IntentRequest') {
      const slots = Object.fromEntries(
        Object.entries(request.slots)
          .map(([name, slot]) => [name, toSlot(name, slot)] as const)
          .filter((entry): entry is readonly [string, Slot] => entry[1] !== undefined),
      );
      body = { type: 'IntentRequest', ...common, intent: { name: request.name, confirmationStatus: 'NONE', slots }, ...(request.dialogState && { dialogState: request.dialogState }) } as RequestEnvelope['request'];
    } else if (request.type === 'SessionEndedRequest') {
      body = { type: 'SessionEndedRequest', ...common, reason: request.reason } as RequestEnvelope['request'];
    } else {
      body = { type: 'LaunchRequest', ...common } as RequestEnvelope['request'];
    }
    const application = { applicationId: SKILL_ID };
    const user = { userId: this.userId };
    const device: interfaces.system.SystemState['device'] = { deviceId: 'amzn1.ask.device.fuzz', supportedInterfaces: {} };
    const speaker = step?.speaker ?? 0;
    const person = speaker > 0 && partial !== 'noPerson' ? { personId: this.personId(speaker) } : undefined;
    return {
      version: '1.0',
      session: {
        new: this.isNew,
        sessionId: `amzn1.echo-api.session.${this.options.person}`,
        application,
        ...(partial !== 'noSessionUser' && { user }),
        attributes: this.attributes,
      },
      context: {
        System: {
          application,
          ...(partial !== 'noSystemUser' && { user }),
          ...(partial !== 'noDevice' && { device }),
          ...(partial !== 'noApiEndpoint' && { apiEndpoint: 'https://api.amazonalexa.com' }),
          ...(person && { person }),
        },
      },
      request: body,
    } as RequestEnvelope;
  }

  private timestamp(step: FuzzStep): string | undefined {
    const time = step.time;
    switch (time.kind) {
      case 'advance':
        this.clock += time.ms;
        return new Date(this.clock).toISOString();
      case 'back':
        return new Date(this.clock - time.ms).toISOString();
      case 'farPast':
        return time.iso;
      case 'invalid':
        return time.text;
    }
  }

  private applyTamper(tamper: Tamper): void {
    if (tamper.kind === 'none') return;
    this.options.tally.tampered += 1;
    // The session's clock lives in the attributes: tampered with after a delete, it no longer holds
    // the session's time after the delete's mark.
    if (this.deletedAt !== undefined) this.resetAfterDelete = true;
    // The test itself destroys whatever unsaved sets the attributes carried: not the skill's loss.
    for (const set of outboxOf(this.attributes.state)) this.excused.set(set.id, 'session attributes tampered by the test');
    switch (tamper.kind) {
      case 'replaceState':
        this.attributes = { ...this.attributes, state: tamper.state };
        return;
      case 'mutateState':
        this.attributes = { ...this.attributes, state: mutate(this.attributes.state, tamper.path, tamper.value) };
        return;
      case 'dropAttributes':
        this.attributes = {};
        return;
    }
  }

  async step(step: FuzzStep): Promise<void> {
    const proxy = this.options.proxy;
    let envelope: RequestEnvelope;
    let said: string;
    if (step.retry && this.last) {
      envelope = this.last.envelope;
      said = `${this.last.said} [RETRY of the previous request, with its attributes${step.storeDown ? ' STORE-DOWN' : ''}]`;
      this.options.tally.retries += 1;
    } else {
      if (!this.isNew) this.applyTamper(step.tamper);
      envelope = this.envelope(step.request, this.timestamp(step), step);
      this.requestPartition.set(envelope.request.requestId, this.partitionOf(step));
      said = describe({ ...step, retry: false }, envelope);
    }
    const requestState = envelope.session?.attributes?.state;
    const deleting =
      envelope.request.type === 'IntentRequest' &&
      envelope.request.intent.name === 'AMAZON.YesIntent' &&
      isObject(requestState) &&
      (requestState.question === 'deleteLast' || requestState.question === 'deleteHistory');
    const before = deleting ? await this.known(requestState) : undefined;

    this.transcript.push(said);
    this.sent.add(envelope.request.requestId);
    const storeDown = step.storeDown && proxy !== undefined;
    if (storeDown) {
      proxy.setMode({ kind: 'reject' });
      this.options.tally.faultTurns += 1;
    }
    const errorsBefore = this.options.unhandled.length;
    const requestsBefore = proxy?.stats().requests ?? 0;
    const started = performance.now();
    let response: ResponseEnvelope;
    try {
      response = await this.options.invoke(envelope);
    } catch (error) {
      this.fail(`the skill threw instead of answering: ${String(error)}`);
    } finally {
      if (storeDown) proxy.setMode({ kind: 'pass' });
    }
    const ms = performance.now() - started;
    const storeRequests = (proxy?.stats().requests ?? 0) - requestsBefore;
    // FUZZ_TRACE=1: one line per turn on stderr, to see where a slow run spends its turns.
    if (process.env.FUZZ_TRACE) process.stderr.write(`FUZZ_TURN ${this.options.person} turn=${this.options.tally.turns} ms=${Math.round(ms)} store=${storeRequests} ${said.slice(0, 160)}\n`);
    const tally = this.options.tally;
    tally.turns += 1;
    tally.maxTurnMs = Math.max(tally.maxTurnMs, ms);
    tally.maxStoreRequests = Math.max(tally.maxStoreRequests, storeRequests);
    // Budgets, counted rather than timed: a turn that keeps the store busy, or a run that never
    // ends, fails here with its transcript (and fast-check's seed) instead of spinning.
    const budget = { ...FUZZ_BUDGET, ...this.options.budget };
    if (storeRequests > budget.storeRequestsPerTurn) this.fail(`one turn made ${storeRequests} store requests (budget ${budget.storeRequestsPerTurn})`);
    if (budget.turns !== undefined && tally.turns > budget.turns) this.fail(`the run went past its budget of ${budget.turns} turns`);
    if (!step.retry || !this.last) this.last = { envelope, said };
    const after = response.sessionAttributes?.state as Json | undefined;
    const where = isObject(after) ? ` {stage=${String(isObject(after.stage) ? after.stage.name : '?')} question=${String(after.question)} outbox=[${outboxOf(after).map((s) => s.id.replace('amzn1.echo-api.request.', '')).join(',')}]}` : '';
    this.transcript.push(`A: ${plain(response.response?.outputSpeech).slice(0, 160)}${response.response?.shouldEndSession ? ' [END]' : ''}${where}`);

    tally.invokeMs += ms;
    const checking = performance.now();
    await this.checkTurn(envelope, response, errorsBefore);
    tally.checkMs += performance.now() - checking;

    const state = response.sessionAttributes?.state;
    // A set is finished when it shows up in the outbox, or as the last set: one that the same
    // turn both finished and stored never shows up in an outbox.
    const lastSet = isObject(state) && isObject(state.lastSet) && typeof state.lastSet.id === 'string' ? [{ id: state.lastSet.id, at: state.lastSet.at }] : [];
    const speaking = this.requestPartition.get(envelope.request.requestId) ?? this.userId;
    const stage = isObject(state) && isObject(state.stage) ? state.stage : undefined;
    const stageSet = stage && isObject(stage.set) && typeof stage.set.startedAt === 'number' ? stage.set.startedAt : undefined;
    if (stageSet !== undefined && (stage!.name === 'running' || stage!.name === 'paused') && !this.starters.has(stageSet)) this.starters.set(stageSet, speaking);
    for (const set of [...outboxOf(state), ...lastSet]) {
      if (!this.sentFrom(set.id) && !this.seen.has(set.id)) continue; // a set from an earlier conversation's store
      if (!this.seen.has(set.id)) {
        tally.setsFinished += 1;
        const logger = this.requestPartition.get(set.id.replace(/:voice$/, ''));
        // A guided set is its starter's when this answer shows which set it was; otherwise unknown.
        const starter = stage?.name === 'finished' && stageSet !== undefined ? this.starters.get(stageSet) : undefined;
        this.expectedOwner.set(set.id, set.id.endsWith(':voice') ? logger : starter);
      }
      this.seen.set(set.id, set.at);
    }
    if (before) {
      const after = await this.known(state);
      for (const id of before) if (!after.has(id)) this.excused.set(id, 'deleted by the runner');
    }
    // A delete the store could not take yet waits in the session and is written on a later turn.
    for (const effect of pendingOf(state)) {
      if (effect.type === 'deleteSet' && isObject(effect.set) && typeof effect.set.id === 'string') {
        this.excused.set(effect.set.id, 'deleted by the runner (written on a later turn)');
      }
      if (effect.type === 'deleteHistory') for (const id of this.seen.keys()) this.excused.set(id, 'history deleted by the runner (written later)');
    }
    if (deleting && requestState?.question === 'deleteHistory' && !plain(response.response?.outputSpeech).includes(this.notYourQuestion)) {
      this.deletedAt = Math.max(this.deletedAt ?? 0, Date.parse(String(envelope.request.timestamp)) || 0);
      this.resetAfterDelete = false;
    }
    if (this.deletedAt !== undefined && plain(response.response?.outputSpeech).includes(this.stateResetSpeech)) this.resetAfterDelete = true;
    if (this.resetAfterDelete && this.deletedAt !== undefined) {
      for (const set of [...outboxOf(state), ...lastSet]) this.datedIntoDeletedPast.add(set.id);
    }
    const ended = response.response?.shouldEndSession === true || envelope.request.type === 'SessionEndedRequest';
    if (ended) {
      tally.sessions += 1;
      if (storeDown) for (const set of outboxOf(state)) this.lostStoreDown.add(set.id);
    }
    this.attributes = ended ? {} : (response.sessionAttributes ?? {});
    this.isNew = ended;
  }

  /** A set's id starts with the id of the request that finished or logged it. */
  private sentFrom(setId: string): boolean {
    return [...this.sent].some((requestId) => setId === requestId || setId.startsWith(`${requestId}:`));
  }

  /** Ids the runner could still find: in the store (anyone's log on this device), or in the session's unsaved outbox. */
  private async known(state: unknown): Promise<Set<string>> {
    const stored = this.options.storedIds ? await this.allStored() : [];
    return new Set([...stored.map((s) => s.id), ...outboxOf(state).map((s) => s.id)]);
  }

  private async allStored(): Promise<{ id: string; at: string; partition: string }[]> {
    const read = this.options.storedIds!;
    const all = await Promise.all(this.partitions.map(async (partition) => (await read(partition)).map((s) => ({ ...s, partition }))));
    // Sets planted as a long log before the conversation are not the conversation's.
    return all.flat().filter((s) => !s.id.startsWith('planted-'));
  }

  private async checkTurn(envelope: RequestEnvelope, response: ResponseEnvelope, errorsBefore: number): Promise<void> {
    const fresh = this.options.unhandled.slice(errorsBefore).filter((line) => line.includes('unhandled'));
    if (fresh.length > 0) this.fail(`the generic error handler answered: ${fresh.join(' | ')}`);
    const speech = plain(response.response?.outputSpeech);
    if (speech.includes(this.genericSpeech)) this.fail('the response is the generic error apology');
    if (envelope.request.type !== 'SessionEndedRequest' && !response.response?.outputSpeech) {
      const directives = response.response?.directives ?? [];
      if (!directives.some((d) => d.type.startsWith('Dialog.'))) this.fail('a request that is not session-ended got no speech');
    }
    if (this.options.checkSpeech !== false) {
      // Alexa ignores whatever answers a SessionEndedRequest (the session is already over), so
      // "open without a reprompt" does not apply to it; every other check does.
      const ended = envelope.request.type === 'SessionEndedRequest';
      const problems = (await findResponseProblems(response, this.options.locale)).filter((p) => !(ended && p.includes('no reprompt')));
      if (problems.length > 0) this.fail(`invalid response:\n - ${problems.join('\n - ')}`);
    } else if (response.response?.shouldEndSession !== true && envelope.request.type !== 'SessionEndedRequest') {
      const directives = response.response?.directives ?? [];
      if (!response.response?.reprompt && !directives.some((d) => d.type.startsWith('Dialog.'))) this.fail('open session without a reprompt');
    }
    const state = response.sessionAttributes?.state;
    // The edge refuses a request it cannot read (a partial envelope without its locale) and hands
    // back the attributes it was sent, as they were: a state the test tampered with stays so.
    const refused = speech === this.malformedSpeech;
    if (!refused && response.response?.shouldEndSession !== true && envelope.request.type !== 'SessionEndedRequest' && !isObject(state)) {
      this.fail('an open session carries no workout state');
    }
    this.checkCounts(state);
  }

  /** The rep count of any set in progress stays within 0..target, and so does its block. */
  private checkCounts(state: unknown): void {
    if (!isObject(state)) return;
    const sets: [string, unknown][] = [];
    if (isObject(state.stage) && (state.stage.name === 'running' || state.stage.name === 'paused')) sets.push(['stage.set', state.stage.set]);
    if (state.savedSet !== undefined) sets.push(['savedSet', state.savedSet]);
    for (const [where, set] of sets) {
      if (!isObject(set)) this.fail(`${where} is not an object`);
      const { repsDone, target, block } = set;
      if (typeof repsDone !== 'number' || typeof target !== 'number' || !Number.isInteger(repsDone) || !Number.isInteger(target)) {
        this.fail(`${where}: counts are not integers: ${JSON.stringify(set)}`);
      }
      if (repsDone < 0 || repsDone > target) this.fail(`${where}: rep count ${repsDone} outside 0..${target}`);
      if (isObject(block) && (typeof block.lastRep !== 'number' || block.lastRep > target || (block.firstRep as number) < 1)) {
        this.fail(`${where}: block reps ${String(block.firstRep)}..${String(block.lastRep)} outside 1..${target}`);
      }
    }
    if (isObject(state.stage) && state.stage.name === 'finished' && isObject(state.stage.set)) {
      const reps = state.stage.set.reps;
      if (typeof reps !== 'number' || reps < 0) this.fail(`finished set has reps ${String(reps)}`);
    }
  }

  /**
   * Closes the conversation with the store healthy, then compares the store with the ledger:
   * every finished set stored exactly once, nothing stored that no session finished.
   */
  async finish(): Promise<void> {
    const tally = this.options.tally;
    this.options.proxy?.setMode({ kind: 'pass' });
    if (!this.options.storedIds) return;
    if (!this.isNew && outboxOf(this.attributes.state).length > 0) {
      await this.step({
        request: { type: 'IntentRequest', name: 'AMAZON.StopIntent', slots: {} },
        time: { kind: 'advance', ms: 1000 },
        tamper: { kind: 'none' },
        retry: false,
        storeDown: false,
      });
      const left = outboxOf(this.attributes.state);
      if (left.length > 0) this.fail(`the store is healthy but the outbox still holds ${left.length} set(s) after stop`);
    }
    const stored = await this.allStored();
    const counts = new Map<string, number>();
    for (const set of stored) counts.set(set.id, (counts.get(set.id) ?? 0) + 1);
    for (const [id, n] of counts) {
      if (n > 1 && !this.excused.has(id)) this.fail(`set ${id} is stored ${n} times`);
      if (!this.sentFrom(id)) this.fail(`set ${id} is stored but this conversation never sent that request`);
    }
    // Under the right person: whoever logged it by voice, whoever started it guided.
    for (const set of stored) {
      const owner = this.expectedOwner.get(set.id);
      if (owner !== undefined && owner !== set.partition && !this.excused.has(set.id)) {
        tally.setsMisfiled += 1;
        this.fail(`set ${set.id} is stored under ${set.partition}, but it is ${owner}'s`);
      }
    }
    tally.setsStored += counts.size;
    for (const id of this.seen.keys()) {
      if (counts.has(id) || this.excused.has(id)) continue;
      if (this.datedIntoDeletedPast.has(id)) {
        tally.setsDatedIntoDeletedPast += 1;
        continue;
      }
      if (this.lostStoreDown.has(id)) {
        tally.setsLostStoreDownAtSessionEnd += 1;
        continue;
      }
      tally.setsLost += 1;
      this.fail(`set ${id} (at ${String(this.seen.get(id))}) was finished but is not in the store`);
    }
  }
}
