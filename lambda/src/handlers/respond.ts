import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import type { Rendered } from '../speech/render';
import { screenDirectives, type Screen } from '../screen';
import type { Presentation } from '../workout/presentation';

/** Alexa's own dialog asks for the missing rep count, so the answer comes back as the same intent. */
function elicitReps(input: HandlerInput, { close }: Presentation): boolean {
  const request = input.requestEnvelope.request;
  return close.kind === 'ask' && close.question === 'logReps' && request.type === 'IntentRequest' && request.intent.name === 'LogSetIntent';
}

/** The rendered speech, the dialog directive the presentation's question calls for, the screen's, and any other directive. */
export function respond(input: HandlerInput, rendered: Rendered, presentation: Presentation, screen?: Screen, directives: readonly Directive[] = []): Response {
  const builder = input.responseBuilder;
  if (rendered.silent) return builder.getResponse();
  for (const directive of screen ? screenDirectives(screen) : []) builder.addDirective(directive as Directive);
  if (screen?.block) {
    // The document speaks the block and its last event asks the question. shouldEndSession stays
    // unset: the session stays open with the microphone closed while the screen plays (README, "Echo Show").
    if (rendered.speech !== '') builder.speak(rendered.speech);
    return builder.getResponse();
  }
  builder.speak(rendered.speech);
  for (const directive of directives) builder.addDirective(directive);
  if (rendered.reprompt) builder.reprompt(rendered.reprompt);
  const request = input.requestEnvelope.request;
  if (elicitReps(input, presentation) && request.type === 'IntentRequest') {
    builder.addElicitSlotDirective('reps', request.intent);
  }
  builder.withShouldEndSession(rendered.endSession);
  return builder.getResponse();
}
