import { DefaultApiClient, SkillBuilders, type CustomSkillBuilder } from 'ask-sdk-core';
import { GenericErrorHandler, REQUEST_HANDLERS } from './handlers/requestHandlers';
import type { Services } from './turn';
import { handBackSessionAttributes } from './edge/sessionAttributes';
import { loadTurn, logFailedTurns, logTurnEnd, logTurnStart } from './interceptors';

export interface SkillOptions {
  /** The skill id requests must carry; a request for another skill is refused. */
  readonly skillId?: string;
}

/** The skill's builder chain; index.ts turns it into the Lambda handler, tests into a skill. */
export function skillBuilder(services: Services, options: SkillOptions = {}): CustomSkillBuilder {
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(handBackSessionAttributes, logTurnStart, loadTurn(services))
    .addResponseInterceptors(logTurnEnd)
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addErrorHandlers(logFailedTurns(GenericErrorHandler))
    // Timers and reminders through ask-sdk's own service clients, at the request's apiEndpoint.
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('runner-deadlift-coach');
  return options.skillId ? builder.withSkillId(options.skillId) : builder;
}
