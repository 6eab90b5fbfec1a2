import { DEFAULT_LOG_SALT } from '../log';

export interface EdgeConfig {
  /** The skill id requests must carry; a request for another skill is refused. */
  readonly skillId?: string;
}

/** Shorter than this, a salt is guessable; the stack generates 48 characters. */
export const MIN_LOG_SALT_CHARS = 32;

/**
 * What the Lambda must be given before it answers anyone. On Lambda both checks fail closed: a
 * function without SKILL_ID would answer any skill's requests, and one without its own LOG_SALT
 * would hash runners' ids with the public default salt, which anyone can reverse by trying ids.
 * Elsewhere (tests, the local coach) both are optional.
 */
export function edgeConfig(env: NodeJS.ProcessEnv): EdgeConfig {
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  if (onLambda && !env.SKILL_ID) throw new Error('SKILL_ID is not set: the stack passes the skill id to the Lambda');
  const salt = env.LOG_SALT;
  if (onLambda && (!salt || salt === DEFAULT_LOG_SALT || salt.length < MIN_LOG_SALT_CHARS)) {
    throw new Error(`LOG_SALT is not set to a secret of at least ${MIN_LOG_SALT_CHARS} characters: the stack generates one`);
  }
  return env.SKILL_ID ? { skillId: env.SKILL_ID } : {};
}
