// The device: launches the skill, plays each response, listens, sends what the runner says,
// and keeps the session rules Alexa keeps. The pieces: skillLink.ts (requests, the dialog model,
// what a response plays), understand.ts (the runner's words -> a request), listening.ts (playing,
// barge-in, the listening window, reprompt and session end).
import { clockText, type LocalAlerts } from './alerts';
import type { Clock } from './clock';
import type { Input } from './input';
import type { CoachLabels } from './labels';
import { listen } from './listening';
import type { Matcher } from './matcher';
import type { InteractionModel } from './model';
import { INDENT, type Output } from './player';
import type { DeviceSession } from './skill';
import { SkillLink } from './skillLink';
import type { Speaker } from './tts';
import { respond } from './understand';

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
  /** Alexa's timers, reminders and voice consent, played locally; without them the skill counts rests down. */
  readonly alerts?: LocalAlerts;
  readonly labels: CoachLabels;
  /** The skill writes to a store that outlives this run (not --no-store). */
  readonly keeps: boolean;
}

function whatIsAsked(scope: string, labels: CoachLabels): string {
  if (scope === 'alexa::alerts:timers:skill:readwrite') return labels.setTimers;
  if (scope === 'alexa::alerts:reminders:skill:readwrite') return labels.setReminders;
  return scope;
}

export async function converse(deps: ConversationDeps): Promise<void> {
  const { clock, out, input, labels } = deps;
  const note = (text: string): void => out.write(`${INDENT}(${text})\n`);
  const link = new SkillLink({ ...deps, note });
  const listening = { ...deps, link, note };
  const understanding = { ...deps, link, note };

  if (input.echo) out.write(`U: ${deps.matcher.launchText}\n`);
  const yesOrNo = (text: string): boolean | undefined => {
    const intent = deps.matcher.match(text).intent;
    return intent === 'AMAZON.YesIntent' ? true : intent === 'AMAZON.NoIntent' ? false : undefined;
  };
  const shown = new Set<string>();
  let turn = await link.launch(clock.now());
  for (;;) {
    const alerts = deps.alerts;
    for (const timer of alerts?.running() ?? []) {
      if (shown.has(timer.id)) continue;
      shown.add(timer.id);
      // From the request that set it: the moment the timer started, on the device's timeline.
      note(labels.timerSet(timer.request.timerLabel ?? labels.timer, clockText(timer.request.seconds), clockText((timer.triggerAt - (turn.sentAt ?? clock.now())) / 1000)));
    }
    const consent = alerts?.consentAsked(turn.directives);
    if (consent) note(labels.consent(whatIsAsked(consent.scope, labels)));
    const heard = await listen(turn, listening);
    if (!heard) break;
    const rung = alerts && !consent ? alerts.ringBy(heard.at) : undefined;
    if (rung) out.write(`${INDENT}(${labels.timerRings})\nA: ${rung.confirm}\n`);
    if (input.echo) out.write(`U: ${heard.text}\n`);
    if (alerts && consent) {
      const status = alerts.answer(consent, yesOrNo(heard.text));
      turn = await link.connectionsResponse('AskFor', { permissionScope: consent.scope, status }, consent.token, heard.at);
      continue;
    }
    // A yes to the ringing timer relaunches the skill through its task, straight into the next set.
    if (rung && yesOrNo(heard.text) === true) {
      turn = await link.launchTask(rung.task, heard.at);
      continue;
    }
    turn = await respond(heard, understanding);
  }
  // The runner walked away: end the session the way a closed app would, so the skill can
  // keep a paused set.
  await link.endSession('USER_INITIATED', input.leftAt() ?? clock.now());
  // Said once the skill has answered the SessionEndedRequest, which is when the set is stored.
  if (input.cutsOff()) note(!setInProgress(deps.session.lastAttributes) ? labels.ended : deps.keeps ? labels.endedKept : labels.endedNoStore);
}

/**
 * Whether the skill's last session attributes hold a set begun and not finished (a stage named
 * running or paused, the skill's own names). Looked for anywhere in them, as timeline.ts looks
 * for the breath length: their layout is the skill's business.
 */
export function setInProgress(attributes: unknown, depth = 0): boolean {
  if (attributes === null || typeof attributes !== 'object' || depth > 6) return false;
  const stage = (attributes as { stage?: { name?: unknown } }).stage;
  if (stage !== undefined && (stage.name === 'running' || stage.name === 'paused')) return true;
  return Object.values(attributes as Record<string, unknown>).some((value) => setInProgress(value, depth + 1));
}
