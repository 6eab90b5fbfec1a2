// Drives the real exported handler the way Alexa does: typed request envelopes, session
// attributes carried from each response into the next request, a clock the test controls.
// Every response is checked (valid SSML for the locale, platform limits, reprompts).
import type { interfaces, IntentRequest, RequestEnvelope, ResponseEnvelope, Slot, SessionEndedReason } from 'ask-sdk-model';
import { expectValidResponse } from './responseCheck';

export type Invoke = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

/** The exported Lambda handler, called with a callback as the Lambda runtime does. */
export function lambdaInvoker(handler: (event: RequestEnvelope, context: unknown, callback: (err: Error | null, res?: ResponseEnvelope) => void) => void): Invoke {
  return (envelope) =>
    new Promise((resolve, reject) => {
      handler(envelope, {}, (err, res) => (err ? reject(err) : res ? resolve(res) : reject(new Error('no response'))));
    });
}

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** Slot values as a test writes them: a number, a word, or a custom value with its resolution. */
export type SlotValue = string | number | { value: string; id?: string };

function toSlot(name: string, value: SlotValue): Slot {
  if (typeof value === 'object') {
    const authority = 'amzn1.er-authority.echo-sdk.skill.x.Type';
    return {
      name,
      value: value.value,
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          value.id
            ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value.value, id: value.id } }] }
            : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
        ],
      },
    };
  }
  return { name, value: String(value), confirmationStatus: 'NONE' };
}

/** Alexa's service APIs as a request announces them: where, with which token, what was granted. */
export interface ApiContext {
  readonly endpoint: string;
  readonly token: string;
  readonly scopes?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

export interface ConversationOptions {
  readonly locale?: string;
  readonly api?: ApiContext;
  readonly userId?: string;
  readonly personId?: string;
  /** Start of the conversation, ms since the epoch. */
  readonly start?: number;
  /** An Echo Show: the device says it supports APL, with this viewport (default a 1280 x 800 hub). */
  readonly screen?: boolean | { readonly shape: 'RECTANGLE' | 'ROUND'; readonly pixelWidth: number; readonly pixelHeight: number };
}

let requestCounter = 0;

export class Conversation {
  readonly locale: string;
  private attributes: Record<string, unknown> = {};
  private isNew = true;
  private clock: number;
  readonly transcript: string[] = [];
  /** What later requests announce of the service APIs (e.g. a scope granted meanwhile). */
  api: ApiContext | undefined;
  last?: ResponseEnvelope;

  constructor(
    private readonly invoke: Invoke,
    private readonly options: ConversationOptions = {},
  ) {
    this.locale = options.locale ?? 'en-US';
    this.api = options.api;
    this.clock = options.start ?? Date.parse('2026-11-20T07:00:00Z');
  }

  get now(): number {
    return this.clock;
  }

  /** Lets time pass, as if the runner were lifting or listening. */
  wait(ms: number): this {
    this.clock += ms;
    return this;
  }

  /** Moves the clock to an absolute time (used to place a barge-in on a block's timeline). */
  at(ms: number): this {
    this.clock = ms;
    return this;
  }

  get sessionState(): Record<string, unknown> {
    return this.attributes.state as Record<string, unknown>;
  }

  setSessionAttributes(attributes: Record<string, unknown>): void {
    this.attributes = attributes;
  }

  launch(): Promise<ResponseEnvelope> {
    return this.send({ type: 'LaunchRequest', requestId: this.requestId(), timestamp: this.stamp(), locale: this.locale });
  }

  intent(name: string, slots: Record<string, SlotValue | undefined> = {}, dialogState?: IntentRequest['dialogState']): Promise<ResponseEnvelope> {
    const filled = Object.fromEntries(
      Object.entries(slots)
        .filter((entry): entry is [string, SlotValue] => entry[1] !== undefined)
        .map(([slotName, value]) => [slotName, toSlot(slotName, value)]),
    );
    // ask-sdk-model types dialogState as always present; Alexa sends it only for dialog intents.
    const request = {
      type: 'IntentRequest',
      requestId: this.requestId(),
      timestamp: this.stamp(),
      locale: this.locale,
      intent: { name, confirmationStatus: 'NONE', slots: filled },
      ...(dialogState && { dialogState }),
    } as IntentRequest;
    return this.send(request);
  }

  /** What an APL document sends with SendEvent (a rep done, the block played, a touch). */
  userEvent(args: readonly unknown[]): Promise<ResponseEnvelope> {
    const request = { type: 'Alexa.Presentation.APL.UserEvent', requestId: this.requestId(), timestamp: this.stamp(), locale: this.locale, token: 'runnerDeadlift', arguments: [...args], source: {}, components: {} };
    return this.send(request as unknown as RequestEnvelope['request']);
  }

  /** The relaunch a custom task makes (a rest timer's LAUNCH_TASK): a LaunchRequest with `task`. */
  launchTask(task: { name: string; version: string; input?: Record<string, unknown> }): Promise<ResponseEnvelope> {
    return this.send({ type: 'LaunchRequest', requestId: this.requestId(), timestamp: this.stamp(), locale: this.locale, task });
  }

  /** Alexa's answer to a Connections.SendRequest (AskFor: payload { permissionScope, status }). */
  connectionsResponse(name: string, payload: Record<string, unknown>, token: string): Promise<ResponseEnvelope> {
    return this.send({ type: 'Connections.Response', requestId: this.requestId(), timestamp: this.stamp(), locale: this.locale, name, status: { code: '200', message: 'OK' }, payload, token });
  }

  sessionEnded(reason: SessionEndedReason = 'USER_INITIATED'): Promise<ResponseEnvelope> {
    return this.send({ type: 'SessionEndedRequest', requestId: this.requestId(), timestamp: this.stamp(), ...(!this.localeless && { locale: this.locale }), reason } as RequestEnvelope['request']);
  }

  /** The same request again, as Alexa does when our answer was late. */
  async retry(): Promise<ResponseEnvelope> {
    if (!this.lastRequest) throw new Error('nothing to retry');
    return this.deliver(this.lastRequest.envelope);
  }

  /** Speech of the last response, tags stripped, for assertions and transcripts. */
  get said(): string {
    return plain(this.last?.response.outputSpeech);
  }

  get reprompt(): string {
    return plain(this.last?.response.reprompt?.outputSpeech);
  }

  get ended(): boolean {
    return this.last?.response.shouldEndSession === true;
  }

  private lastRequest?: { envelope: RequestEnvelope };

  private async send(request: RequestEnvelope['request']): Promise<ResponseEnvelope> {
    const envelope = this.envelope(request);
    this.lastRequest = { envelope };
    return this.deliver(envelope);
  }

  private async deliver(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    const response = await this.invoke(envelope);
    // Alexa ignores whatever answers a session-ended request; it must at least say nothing.
    if (envelope.request.type === 'SessionEndedRequest') expect(response.response.outputSpeech).toBeUndefined();
    else await expectValidResponse(response, this.locale);
    this.last = response;
    this.transcript.push(`U: ${describe(envelope.request)}`, `A: ${plain(response.response.outputSpeech)}`);
    const ended = response.response.shouldEndSession === true || envelope.request.type === 'SessionEndedRequest';
    this.attributes = ended ? {} : (response.sessionAttributes ?? {});
    this.isNew = ended;
    return response;
  }

  private envelope(request: RequestEnvelope['request']): RequestEnvelope {
    const application = { applicationId: SKILL_ID };
    const api = this.api;
    const permissions = api?.scopes ? { permissions: { scopes: Object.fromEntries(Object.entries(api.scopes).map(([scope, status]) => [scope, { status }])) } } : {};
    const user = { userId: this.options.userId ?? 'amzn1.ask.account.runner', ...permissions };
    const speaker = this.speaker ?? this.options.personId;
    const person = speaker ? { personId: speaker } : undefined;
    const screen = this.options.screen;
    const device: interfaces.system.SystemState['device'] = {
      deviceId: 'amzn1.ask.device.garage',
      supportedInterfaces: screen ? ({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } as Record<string, unknown>) : {},
    };
    const viewport = screen ? { Viewport: { experiences: [], mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160, ...(typeof screen === 'object' && screen) } } : {};
    return {
      version: '1.0',
      session: { new: this.isNew, sessionId: 'amzn1.echo-api.session.1', application, user, attributes: this.attributes },
      context: {
        System: {
          application,
          user,
          device,
          apiEndpoint: api?.endpoint ?? 'https://api.amazonalexa.com',
          ...(api && { apiAccessToken: api.token }),
          ...(person && { person }),
        },
        ...viewport,
      } as RequestEnvelope['context'],
      request,
    };
  }

  private requestId(): string {
    requestCounter += 1;
    return `amzn1.echo-api.request.${requestCounter}`;
  }

  /** The recognized speaker of the next requests (several people on one device); overrides personId. */
  speaker?: string;

  /** Ends the session with a request that names no locale, as no real device does. */
  localeless = false;

  /** Sends requests with an unreadable timestamp, as no real device does. */
  stampless = false;

  private stamp(): string {
    return this.stampless ? 'not a time' : new Date(this.clock).toISOString();
  }
}

function plain(speech: ResponseEnvelope['response']['outputSpeech']): string {
  if (!speech) return '';
  const text = speech.type === 'SSML' ? speech.ssml : speech.text;
  return text
    .replace(/<break[^>]*>/g, ' … ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[.,?!])/g, '')
    .trim();
}

function describe(request: RequestEnvelope['request']): string {
  if (request.type === 'IntentRequest') {
    const slots = Object.values(request.intent.slots ?? {})
      .map((s) => `${s.name}=${s.value}`)
      .join(' ');
    return `${request.intent.name}${slots ? ` ${slots}` : ''}`;
  }
  return request.type;
}
