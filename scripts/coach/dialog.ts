// Alexa's side of a dialog model: what a device does after Dialog.Delegate / Dialog.ElicitSlot,
// and the dialogState it puts on each IntentRequest. Pure; the conversation loop acts on it.
import type { Intent, ResponseEnvelope } from 'ask-sdk-model';
import { escapeText } from '../../lambda/src/speech/ssml';
import type { DialogIntent, InteractionModel } from './model';

export type DialogStep =
  | { readonly kind: 'none' }
  /** Wait for the answer to `slot`; say `promptSsml` first when Alexa (not the skill) asks. */
  | { readonly kind: 'elicit'; readonly intent: Intent; readonly slot: string; readonly promptSsml?: string }
  /** Every required slot is filled: send the intent back with dialogState COMPLETED. */
  | { readonly kind: 'complete'; readonly intent: Intent };

function dialogIntent(model: InteractionModel, name: string): DialogIntent | undefined {
  return model.interactionModel.dialog?.intents?.find((i) => i.name === name);
}

/** The dialogState for a fresh match of `name`: STARTED when it has a dialog model. */
export function startingState(model: InteractionModel, name: string): 'STARTED' | undefined {
  return dialogIntent(model, name) ? 'STARTED' : undefined;
}

/** ALWAYS delegation: Alexa runs the dialog without asking the skill until it is complete. */
export function delegatesAlways(model: InteractionModel, name: string): boolean {
  const strategy = dialogIntent(model, name)?.delegationStrategy ?? model.interactionModel.dialog?.delegationStrategy;
  return dialogIntent(model, name) !== undefined && strategy === 'ALWAYS';
}

/** What Alexa does for a Dialog.Delegate of `intent`: ask for the first missing required slot. */
export function delegate(model: InteractionModel, intent: Intent): DialogStep {
  const spec = dialogIntent(model, intent.name);
  for (const slot of spec?.slots ?? []) {
    if (!slot.elicitationRequired || intent.slots?.[slot.name]?.value !== undefined) continue;
    const promptId = slot.prompts?.elicitation;
    const variation = model.interactionModel.prompts?.find((p) => p.id === promptId)?.variations[0];
    const promptSsml =
      variation === undefined ? undefined : variation.type === 'SSML' ? variation.value : `<speak>${escapeText(variation.value)}</speak>`;
    return { kind: 'elicit', intent, slot: slot.name, ...(promptSsml !== undefined ? { promptSsml } : {}) };
  }
  return { kind: 'complete', intent };
}

/** The dialog step a response asks for; `sent` is the intent of the request it answers. */
export function afterResponse(model: InteractionModel, response: ResponseEnvelope, sent: Intent | undefined): DialogStep {
  for (const directive of response.response.directives ?? []) {
    if (directive.type === 'Dialog.ElicitSlot') {
      const intent = directive.updatedIntent ?? sent;
      if (intent) return { kind: 'elicit', intent, slot: directive.slotToElicit };
    }
    if (directive.type === 'Dialog.Delegate') {
      const intent = directive.updatedIntent ?? sent;
      if (intent) return delegate(model, intent);
    }
  }
  return { kind: 'none' };
}
