// The edge: every request is checked (checkEnvelope) before ask-sdk or the skill reads it, and a
// malformed one is answered with a plain refusal instead of reaching code that trusts its types.
import type { LambdaHandler, Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { supportedLocale, translator } from '../i18n';
import { writeLog } from '../log';
import { checkEnvelope, type EnvelopeOptions } from './envelope';
import { refusal } from './refusal';
import { withoutSessionAttributes } from './sessionAttributes';

export { checkEnvelope, type EnvelopeCheck, type EnvelopeOptions, type EnvelopeProblem } from './envelope';
export { refusal } from './refusal';
export { handBackSessionAttributes, sessionAttributesAsSent } from './sessionAttributes';
export { edgeConfig, MIN_LOG_SALT_CHARS, type EdgeConfig } from './startup';

/** The refusal for `raw`, or undefined when it is an envelope the skill can read. */
export function refuseMalformed(raw: unknown, options: EnvelopeOptions): ResponseEnvelope | undefined {
  const check = checkEnvelope(raw, options);
  if (check.ok) return undefined;
  const locale = supportedLocale(check.locale);
  // The problem is one of a fixed set of words; nothing the sender wrote reaches the log.
  writeLog({ level: 'warn', message: 'refused', problem: check.problem, locale });
  return refusal(translator(locale), check);
}

/**
 * `skill`, answering malformed requests itself; what reaches `skill.invoke` is well formed, its
 * session attributes kept aside for the skill's first interceptor (see sessionAttributes.ts).
 */
export function guardSkill(skill: Skill, options: EnvelopeOptions): Skill {
  const guarded = {
    invoke: async (envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
      refuseMalformed(envelope, options) ?? skill.invoke(withoutSessionAttributes(envelope), context),
    supports: (event: unknown, context?: unknown) => skill.supports(event, context),
    appendAdditionalUserAgent: (agent: string) => skill.appendAdditionalUserAgent(agent),
  };
  return guarded as unknown as Skill;
}

/** What ask-sdk's builder.lambda() does, for a guarded skill. */
export function lambdaHandler(skill: Skill): LambdaHandler {
  return (event, context, callback) => {
    skill.invoke(event, context).then(
      (response) => callback(null as unknown as Error, response),
      (error: Error) => callback(error),
    );
  };
}
