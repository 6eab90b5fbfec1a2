import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Rendered } from '../speech/render';
import type { Question } from '../workout/state';

/** Alexa's own dialog asks for the missing rep count, so the answer comes back as the same intent. */
function elicitReps(input: HandlerInput, question: Question | undefined): boolean {
  const request = input.requestEnvelope.request;
  return question === 'logReps' && request.type === 'IntentRequest' && request.intent.name === 'LogSetIntent';
}

export function respond(input: HandlerInput, rendered: Rendered, question: Question | undefined): Response {
  const builder = input.responseBuilder;
  if (rendered.silent) return builder.getResponse();
  builder.speak(rendered.speech);
  if (rendered.reprompt) builder.reprompt(rendered.reprompt);
  const request = input.requestEnvelope.request;
  if (elicitReps(input, question) && request.type === 'IntentRequest') {
    builder.addElicitSlotDirective('reps', request.intent);
  }
  builder.withShouldEndSession(rendered.endSession);
  return builder.getResponse();
}
