// The device's line to the skill: sends each request through the device session, follows the
// dialog model between requests (Alexa's part of a Dialog.Delegate or ElicitSlot), and turns
// each response into what the device plays. The one piece of state a conversation keeps beyond
// the session is here: the dialog step the device is in.
import type { Directive, Intent, Request, ResponseEnvelope, ui } from 'ask-sdk-model';
import { escapeText } from '../../lambda/src/speech/ssml';
import type { Clock } from './clock';
import { afterResponse, type DialogStep } from './dialog';
import { launchRequest, intentRequest, sessionEndedRequest, userEventRequest } from './envelopes';
import { screenPlay, type ScreenPlay } from './screen';
import type { InteractionModel } from './model';
import type { CoachLabels } from './labels';
import { LAMBDA_TIMEOUT_MS, type DeviceSession, type Exchange } from './skill';

/** What the device plays for one turn and whether it then listens. */
export interface DeviceTurn {
  readonly speech?: string;
  readonly reprompt?: string;
  readonly listens: boolean;
  /** An Echo Show plays this after the speech: the document's command sequence (--screen). */
  readonly screen?: ScreenPlay;
  /** What else the response asked of the device (a Connections.SendRequest for consent). */
  readonly directives?: readonly Directive[];
  /**
   * The timestamp of the request this answers: the skill times the block it sends from there, so
   * the device plays it from there too (the skill's own time is frozen out of the clock).
   */
  readonly sentAt?: number;
}

export type DialogState = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED' | undefined;

export interface SkillLinkDeps {
  readonly session: DeviceSession;
  readonly model: InteractionModel;
  readonly locale: string;
  readonly clock: Clock;
  /** An aside in the transcript, e.g. that Lambda would have timed out. */
  readonly note: (text: string) => void;
  readonly labels: CoachLabels;
}


const NO_DIALOG: DialogStep = { kind: 'none' };

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? speech.ssml : `<speak>${escapeText(speech.text)}</speak>`;
}

export class SkillLink {
  private step: DialogStep = NO_DIALOG;
  private sentAt: number | undefined;

  constructor(private readonly deps: SkillLinkDeps) {}

  /** The dialog step the device is in: an elicitation waits for the runner's answer. */
  get dialog(): DialogStep {
    return this.step;
  }

  async launch(at: number): Promise<DeviceTurn> {
    this.step = NO_DIALOG;
    return this.turnOf((await this.send(launchRequest(at, this.deps.locale))).response);
  }

  /** Sends an intent and follows the dialog model; returns the turn to play. */
  async sendIntent(intent: Intent, dialogState: DialogState, at: number): Promise<DeviceTurn> {
    const exchange = await this.send(intentRequest(at, this.deps.locale, intent, dialogState));
    if (!exchange.response) return this.turnOf(undefined);
    const step = afterResponse(this.deps.model, exchange.response, intent);
    if (step.kind === 'complete') return this.sendIntent(step.intent, 'COMPLETED', this.deps.clock.now());
    this.step = step;
    if (step.kind === 'elicit' && step.promptSsml !== undefined) return this.prompt(step.promptSsml, this.deps.session.open);
    return this.turnOf(exchange.response);
  }

  /** Alexa asks for a slot herself (ALWAYS delegation): the device speaks, the skill hears nothing. */
  elicit(step: DialogStep & { kind: 'elicit'; promptSsml: string }): DeviceTurn {
    this.step = step;
    return this.prompt(step.promptSsml, true);
  }

  /** What the runner said is not an answer to the dialog: the dialog is over. */
  leaveDialog(): void {
    this.step = NO_DIALOG;
  }

  /** The document's SendEvent: a UserEvent in the session; what the skill answers is played next. */
  async userEvent(args: readonly unknown[], token: string, at: number): Promise<DeviceTurn> {
    return this.turnOf((await this.send(userEventRequest(at, this.deps.locale, args, token))).response);
  }

  /** A rest timer's task relaunches the skill: a LaunchRequest that carries the task. */
  async launchTask(task: { name: string; version: string; input?: Record<string, unknown> }, at: number): Promise<DeviceTurn> {
    this.step = NO_DIALOG;
    if (this.deps.session.open) await this.endSession('USER_INITIATED', at);
    const request = { ...launchRequest(at, this.deps.locale), task } as Request;
    return this.turnOf((await this.send(request)).response);
  }

  /** Alexa's answer to the skill's Connections.SendRequest (AskFor: payload { permissionScope, status }). */
  async connectionsResponse(name: string, payload: Record<string, unknown>, token: string, at: number): Promise<DeviceTurn> {
    this.step = NO_DIALOG;
    const base = launchRequest(at, this.deps.locale);
    const request = { type: 'Connections.Response', requestId: base.requestId, timestamp: base.timestamp, locale: this.deps.locale, name, status: { code: '200', message: 'OK' }, payload, token } as Request;
    return this.turnOf((await this.send(request)).response);
  }

  async endSession(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS', at: number): Promise<void> {
    this.step = NO_DIALOG;
    if (this.deps.session.open) await this.send(sessionEndedRequest(at, this.deps.locale, reason));
    this.deps.session.close();
  }

  /** The response closed the session: the device stops listening, and says nothing to the skill. */
  close(): void {
    this.step = NO_DIALOG;
    this.deps.session.close();
  }

  private async send(request: Request): Promise<Exchange> {
    this.sentAt = Date.parse(request.timestamp);
    const exchange = await this.deps.clock.frozen(() => this.deps.session.send(request), this.sentAt);
    if (exchange.error) {
      process.stderr.write(`coach: the skill threw on ${request.type}: ${exchange.error.stack ?? exchange.error.message}\n`);
    } else if (exchange.elapsedMs > LAMBDA_TIMEOUT_MS) {
      this.deps.note(this.deps.labels.lambdaSlow(Math.round(exchange.elapsedMs)));
    }
    return exchange;
  }

  private prompt(ssml: string, listens: boolean): DeviceTurn {
    return { speech: ssml, reprompt: ssml, listens };
  }

  private turnOf(response: ResponseEnvelope | undefined): DeviceTurn {
    if (!response) return { speech: `<speak>(${escapeText(this.deps.labels.problem)})</speak>`, listens: false };
    const speech = ssmlOf(response.response.outputSpeech);
    const reprompt = ssmlOf(response.response.reprompt?.outputSpeech);
    const screen = screenPlay(response);
    const directives = response.response.directives;
    return {
      ...(speech ? { speech } : {}),
      ...(reprompt ? { reprompt } : {}),
      ...(screen && { screen }),
      listens: this.deps.session.open,
      ...(directives?.length ? { directives } : {}),
      ...(this.sentAt !== undefined && Number.isFinite(this.sentAt) ? { sentAt: this.sentAt } : {}),
    };
  }
}
