import { servicesFromEnv } from './services';
import { skillBuilder } from './skill';

/**
 * On Lambda the skill id check must be on: a function deployed without SKILL_ID would answer any
 * skill's requests, so it refuses to start instead. Elsewhere (tests, the local coach) it is
 * optional.
 */
function skillId(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SKILL_ID) return env.SKILL_ID;
  if (env.AWS_LAMBDA_FUNCTION_NAME) throw new Error('SKILL_ID is not set: the stack passes the skill id to the Lambda');
  return undefined;
}

const id = skillId(process.env);

/** The Lambda entry point: the skill's builder chain with the services the environment names. */
export const handler = skillBuilder(servicesFromEnv(), { ...(id && { skillId: id }) }).lambda();
