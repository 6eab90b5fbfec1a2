import { servicesFromEnv } from './services';
import { skillBuilder } from './skill';

/** The Lambda entry point: the skill's builder chain with the services the environment names. */
export const handler = skillBuilder(servicesFromEnv(), { ...(process.env.SKILL_ID && { skillId: process.env.SKILL_ID }) }).lambda();
