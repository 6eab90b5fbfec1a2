// `npm run serve`: the skill as an HTTPS web service. With TLS_CERT and TLS_KEY (PEM files) it
// serves HTTPS itself; without them it serves HTTP for a TLS-terminating proxy in front (Alexa
// only calls https endpoints on port 443). SKILL_ID makes it refuse other skills' requests.
import { readFileSync } from 'node:fs';
import { guardSkill } from '../lambda/src/edge';
import { servicesFromEnv } from '../lambda/src/services';
import { skillBuilder } from '../lambda/src/skill';
import { createApp } from './app';
import { createSkillServer } from './http';

const env = process.env;
const skillId = env.SKILL_ID;
if (!skillId) process.stderr.write('serve: SKILL_ID is not set; requests for any skill id will be accepted\n');
if (!env.LOG_SALT) process.stderr.write('serve: LOG_SALT is not set; ids in the log are hashed with the public default salt\n');
const options = skillId ? { skillId } : {};
const skill = guardSkill(skillBuilder(servicesFromEnv(env), options).create(), options);
const app = createApp({ skill, ...options, path: env.SKILL_PATH ?? '/' });
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const tls = env.TLS_CERT && env.TLS_KEY ? { cert: readFileSync(env.TLS_CERT), key: readFileSync(env.TLS_KEY) } : undefined;
const server = createSkillServer(app, undefined, tls);
server.listen(port, host, () => {
  process.stdout.write(`${JSON.stringify({ level: 'info', message: 'serving', host, port, https: Boolean(tls) })}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
