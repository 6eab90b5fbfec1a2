// The yardstick for `npm run bench`: the smallest useful skill ask-sdk-core can make, bundled
// with the same esbuild options as ours. Whatever ours costs beyond this is our own doing.
import { SkillBuilders, getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => input.responseBuilder.speak('Hello').reprompt('Hello?').getResponse(),
};

const ErrorHandlerLast: ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry.').getResponse(),
};

export const handler = SkillBuilders.custom().addRequestHandlers(LaunchHandler).addErrorHandlers(ErrorHandlerLast).lambda();
