import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { isStoreError } from '../store';
import { getTurn } from '../turn';

/**
 * A runner who disables the skill leaves nothing behind: their account's log and the log of every
 * recognized speaker noted under the account are deleted. Deleting twice is harmless, so a
 * redelivered event changes nothing. An event gets no speech.
 */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    const userId = input.requestEnvelope.context?.System?.user?.userId;
    const store = getTurn(input).services.store;
    if (store && userId) {
      try {
        await store.deleteAccount(userId);
      } catch (error) {
        if (!isStoreError(error)) throw error;
        // The error's code only: a message might quote an id. What was not deleted is found by
        // the same event if Alexa sends it again, or by the operator from this line.
        console.error(JSON.stringify({ level: 'error', message: 'skill disabled: data not deleted', code: error.code }));
      }
    }
    return input.responseBuilder.getResponse();
  },
};
