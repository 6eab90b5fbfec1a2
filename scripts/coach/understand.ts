// What the device does with the runner's words: an invocation ("open runner deadlift") starts a
// session afresh; an answer to the slot Alexa asked for goes back into that intent; anything
// else is matched against the model as a new intent, with its dialog model followed.
import type { Intent } from 'ask-sdk-model';
import { delegate, delegatesAlways, startingState } from './dialog';
import { intentFor, slotFor } from './envelopes';
import type { Heard } from './input';
import type { Match, Matcher } from './matcher';
import type { InteractionModel } from './model';
import type { DeviceTurn, SkillLink } from './skillLink';

export interface UnderstandDeps {
  readonly link: SkillLink;
  readonly matcher: Matcher;
  readonly model: InteractionModel;
  readonly applicationId: string;
  readonly verbose: boolean;
  readonly note: (text: string) => void;
}

/** The runner said `heard`: what the device sends, and the turn that comes back. */
export async function respond(heard: Heard, deps: UnderstandDeps): Promise<DeviceTurn> {
  let text = heard.text;
  const invocation = deps.matcher.invocation(text);
  if (invocation) {
    // "open runner deadlift" always starts afresh, as on a device.
    await deps.link.endSession('USER_INITIATED', heard.at);
    if (invocation.kind === 'launch') return deps.link.launch(heard.at);
    text = invocation.utterance;
  }
  return (await answerElicitation(text, heard.at, deps)) ?? newIntent(text, heard.at, deps);
}

/** The answer to the slot the dialog asked for, sent in its intent; undefined if it is none. */
async function answerElicitation(text: string, at: number, deps: UnderstandDeps): Promise<DeviceTurn | undefined> {
  const dialog = deps.link.dialog;
  if (dialog.kind !== 'elicit') return undefined;
  const answer = deps.matcher.matchSlotAnswer(text, dialog.intent.name, dialog.slot);
  if (!answer) return undefined;
  const intent: Intent = { ...dialog.intent, slots: { ...dialog.intent.slots, [dialog.slot]: slotFor(answer, deps.applicationId) } };
  if (deps.verbose) deps.note(`${intent.name} ${answer.name}=${answer.value} (dialog answer)`);
  return deps.link.sendIntent(intent, 'IN_PROGRESS', at);
}

async function newIntent(text: string, at: number, deps: UnderstandDeps): Promise<DeviceTurn> {
  deps.link.leaveDialog();
  const match = deps.matcher.match(text);
  if (deps.verbose) deps.note(describe(match));
  const intent = intentFor(deps.model, deps.applicationId, match.intent, match.slots);
  if (!delegatesAlways(deps.model, intent.name)) return deps.link.sendIntent(intent, startingState(deps.model, intent.name), at);
  const step = delegate(deps.model, intent);
  if (step.kind === 'elicit' && step.promptSsml !== undefined) return deps.link.elicit({ ...step, promptSsml: step.promptSsml });
  return deps.link.sendIntent(intent, 'COMPLETED', at);
}

/** --verbose: the intent and slots a line resolved to. */
function describe(match: Match): string {
  const slots = Object.values(match.slots)
    .map((s) => `${s.name}=${s.value}${s.resolution?.id !== undefined ? `(${s.resolution.id})` : s.resolution ? '(no match)' : ''}`)
    .join(' ');
  return `${match.intent}${slots ? ` ${slots}` : ''}`;
}
