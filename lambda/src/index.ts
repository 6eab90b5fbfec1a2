import { edgeConfig, guardSkill, lambdaHandler } from './edge';
import { prepareTranslations } from './i18n';
import { servicesFromEnv } from './services';
import { skillBuilder } from './skill';

const config = edgeConfig(process.env);
// Every first request needs i18next: initialized at load (Lambda's init phase), not in the request.
prepareTranslations();

/**
 * The Lambda entry point: the skill's builder chain with the services the environment names,
 * behind the edge check that answers malformed requests before ask-sdk reads them.
 */
export const handler = lambdaHandler(guardSkill(skillBuilder(servicesFromEnv(), config).create(), config));
