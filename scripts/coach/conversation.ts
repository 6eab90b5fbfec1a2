// The device: launches the skill, plays each response, listens, sends what the runner says,
// and keeps the session rules Alexa keeps (reprompt after the listening window, session end
// after the second one, barge-in while speaking, relaunch after the session has ended).
import type { Intent, ResponseEnvelope, ui } from 'ask-sdk-model';
import { AbortError, type Clock } from './clock';
import { afterResponse, delegate, delegatesAlways, startingState, type DialogStep } from './dialog';
import { intentFor, intentRequest, launchRequest, sessionEndedRequest, slotFor } from './envelopes';
import type { Heard, Input } from './input';
import type { Match, Matcher } from './matcher';
import type { InteractionModel } from './model';
import { INDENT, play, type Output } from './player';
import { LAMBDA_TIMEOUT_MS, type DeviceSession, type Exchange } from './skill';
import { findSecondsPerBreath, timeline, totalMs } from './timeline';
import type { Speaker } from './tts';

export interface ConversationDeps {
  readonly session: DeviceSession;
  readonly matcher: Matcher;
  readonly model: InteractionModel;
  readonly locale: string;
  readonly applicationId: string;
  readonly clock: Clock;
  readonly out: Output;
  readonly input: Input;
  readonly waitMs: number;
  readonly verbose: boolean;
  readonly speaker?: Speaker;
}

/** What the device plays for one turn and whether it then listens. */
interface Turn {
  readonly speech?: string;
  readonly reprompt?: string;
  readonly listens: boolean;
}

const PROBLEM = "(There was a problem with the requested skill's response.)";

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  if (speech.type === 'SSML') return speech.ssml;
  return `<speak>${speech.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</speak>`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function converse(deps: ConversationDeps): Promise<void> {
  const { session, matcher, model, locale, clock, out, input } = deps;
  let dialog: DialogStep = { kind: 'none' };
  const note = (text: string): void => out.write(`${INDENT}(${text})\n`);

  async function send(request: Parameters<DeviceSession['send']>[0]): Promise<Exchange> {
    const exchange = await clock.frozen(() => session.send(request));
    if (exchange.error) {
      process.stderr.write(`coach: the skill threw on ${request.type}: ${exchange.error.stack ?? exchange.error.message}\n`);
    } else if (exchange.elapsedMs > LAMBDA_TIMEOUT_MS) {
      note(`the skill took ${Math.round(exchange.elapsedMs)} ms: Lambda would have timed out`);
    }
    return exchange;
  }

  /** Sends an intent and follows the dialog model; returns the turn to play. */
  async function sendIntent(intent: Intent, dialogState: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED' | undefined, at: number): Promise<Turn> {
    const exchange = await send(intentRequest(at, locale, intent, dialogState));
    if (!exchange.response) return { speech: `<speak>${PROBLEM}</speak>`, listens: false };
    const step = afterResponse(model, exchange.response, intent);
    if (step.kind === 'complete') return sendIntent(step.intent, 'COMPLETED', clock.now());
    dialog = step;
    if (step.kind === 'elicit' && step.promptSsml !== undefined) {
      return { speech: step.promptSsml, reprompt: step.promptSsml, listens: session.open };
    }
    return turnOf(exchange.response);
  }

  function turnOf(response: ResponseEnvelope | undefined): Turn {
    if (!response) return { speech: `<speak>${PROBLEM}</speak>`, listens: false };
    const speech = ssmlOf(response.response.outputSpeech);
    const reprompt = ssmlOf(response.response.reprompt?.outputSpeech);
    return { ...(speech ? { speech } : {}), ...(reprompt ? { reprompt } : {}), listens: session.open };
  }

  function showMatch(match: Match): void {
    if (!deps.verbose) return;
    const slots = Object.values(match.slots)
      .map((s) => `${s.name}=${s.value}${s.resolution?.id !== undefined ? `(${s.resolution.id})` : s.resolution ? '(no match)' : ''}`)
      .join(' ');
    note(`${match.intent}${slots ? ` ${slots}` : ''}`);
  }

  async function launch(at: number): Promise<Turn> {
    dialog = { kind: 'none' };
    return turnOf((await send(launchRequest(at, locale))).response);
  }

  async function endSession(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS', at: number): Promise<void> {
    dialog = { kind: 'none' };
    if (session.open) await send(sessionEndedRequest(at, locale, reason));
    session.close();
  }

  /** The runner said `heard`: what the device sends, and the turn that comes back. */
  async function respond(heard: Heard): Promise<Turn> {
    if (input.echo) out.write(`U: ${heard.text}\n`);
    let text = heard.text;
    const invocation = matcher.invocation(text);
    if (invocation) {
      // "open runner deadlift" always starts afresh, as on a device.
      await endSession('USER_INITIATED', heard.at);
      if (invocation.kind === 'launch') return launch(heard.at);
      text = invocation.utterance;
    }
    if (dialog.kind === 'elicit') {
      const answer = matcher.matchSlotAnswer(text, dialog.intent.name, dialog.slot);
      if (answer) {
        const intent: Intent = { ...dialog.intent, slots: { ...dialog.intent.slots, [dialog.slot]: slotFor(answer, deps.applicationId) } };
        if (deps.verbose) note(`${intent.name} ${answer.name}=${answer.value} (dialog answer)`);
        return sendIntent(intent, 'IN_PROGRESS', heard.at);
      }
    }
    dialog = { kind: 'none' };
    const match = matcher.match(text);
    showMatch(match);
    const intent = intentFor(model, deps.applicationId, match.intent, match.slots);
    if (delegatesAlways(model, intent.name)) {
      const step = delegate(model, intent);
      if (step.kind === 'elicit' && step.promptSsml !== undefined) {
        dialog = step;
        return { speech: step.promptSsml, reprompt: step.promptSsml, listens: true };
      }
      return sendIntent(intent, 'COMPLETED', heard.at);
    }
    return sendIntent(intent, startingState(model, intent.name), heard.at);
  }

  /**
   * Plays `ssml` while listening; resolves with what the runner said if they spoke before it
   * ended (a barge-in), else with undefined once it has been heard to the end.
   */
  async function speak(
    ssml: string | undefined,
    prefix: string,
    heardNext: Promise<Heard | undefined>,
    ended: (at: number) => void,
    startedAt: number,
  ): Promise<{ heard?: Heard; eof?: boolean }> {
    const items = ssml === undefined ? [] : timeline(ssml, locale, findSecondsPerBreath(session.lastAttributes));
    const playback = new AbortController();
    const stopVoice = ssml !== undefined && deps.speaker ? deps.speaker.say(ssml) : undefined;
    const playing = play(items, { clock, out, prefix, signal: playback.signal, start: startedAt });
    const first = await Promise.race([playing.then(() => 'done' as const), heardNext.then((h) => h ?? ('eof' as const))]);
    if (first === 'done' || first === 'eof') {
      // End of input does not cut Alexa off: the last response is heard to the end.
      await playing;
      ended(clock.now());
      return first === 'eof' ? { eof: true } : {};
    }
    playback.abort();
    stopVoice?.();
    const result = await playing;
    note(`barge-in at ${seconds(result.playedMs)} of ${seconds(totalMs(items))}`);
    ended(clock.now());
    return { heard: first };
  }

  /** Plays a turn and waits for the runner like a device: reprompt, then session end. */
  async function listen(turn: Turn): Promise<Heard | undefined> {
    let markEnded: (at: number) => void = () => undefined;
    const speechEnded = new Promise<number>((resolve) => (markEnded = resolve));
    const speechStartedAt = clock.now();
    const heardNext = input.next({ speechStartedAt, speechEnded });
    const spoken = await speak(turn.speech, 'A: ', heardNext, markEnded, speechStartedAt);
    if (spoken.heard) return spoken.heard;
    if (spoken.eof) return undefined;
    if (turn.listens) {
      const answered = await within(heardNext, deps.waitMs);
      if (answered !== 'timeout') return answered;
      if (turn.reprompt !== undefined) {
        const again = await speak(turn.reprompt, 'A: ', heardNext, () => undefined, clock.now());
        if (again.heard || again.eof) return again.heard;
        const late = await within(heardNext, deps.waitMs);
        if (late !== 'timeout') return late;
      }
      await endSession('EXCEEDED_MAX_REPROMPTS', clock.now());
      note('no answer: the session has ended; what you say next starts a new one');
    } else {
      dialog = { kind: 'none' };
      session.close();
    }
    return heardNext;
  }

  /** `heard` if it comes within `ms` of virtual time, else 'timeout'. */
  async function within(heard: Promise<Heard | undefined>, ms: number): Promise<Heard | undefined | 'timeout'> {
    const stop = new AbortController();
    const timer = clock.sleepUntil(clock.now() + ms, stop.signal).then(
      () => 'timeout' as const,
      (error: unknown) => {
        if (error instanceof AbortError) return new Promise<never>(() => undefined);
        throw error;
      },
    );
    const result = await Promise.race([heard, timer]);
    stop.abort();
    return result;
  }

  const launchText = matcher.launchText;
  if (input.echo) out.write(`U: ${launchText}\n`);
  let turn = await launch(clock.now());
  for (;;) {
    const heard = await listen(turn);
    if (!heard) break;
    turn = await respond(heard);
  }
  // The runner walked away: end the session the way a closed app would, so the skill can
  // keep a paused set.
  await endSession('USER_INITIATED', clock.now());
}
