import { edgeConfig, guardSkill, lambdaHandler } from './edge';
import { servicesFromEnv } from './services';
import { skillBuilder } from './skill';

const config = edgeConfig(process.env);

/**
 * The Lambda entry point: the skill's builder chain with the services the environment names,
 * behind the edge check that answers malformed requests before ask-sdk reads them.
 */
export const handler = lambdaHandler(guardSkill(skillBuilder(servicesFromEnv(), config).create(), config));
