// The Lambda side of "not for us": the exported handler, loaded with SKILL_ID, refuses a request
// that carries another skill's id, before any handler runs.
import type { RequestEnvelope } from 'ask-sdk-model';
import { SKILL_ID } from '../support/conversation';
import { loadExportedSkill } from '../support/skill';

function launch(applicationId: string): RequestEnvelope {
  const application = { applicationId };
  const user = { userId: 'amzn1.ask.account.skillid' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.skillid', application, user, attributes: {} },
    context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.skillid', timestamp: new Date().toISOString(), locale: 'en-US' },
  };
}

test('the exported handler answers its own skill id and refuses any other', async () => {
  const { invoke } = await loadExportedSkill({ store: false });
  const ours = await invoke(launch(SKILL_ID));
  expect(ours.response.outputSpeech).toBeDefined();
  for (const other of ['amzn1.ask.skill.11111111-2222-3333-4444-555555555555', '', SKILL_ID.toUpperCase(), `${SKILL_ID} `]) {
    await expect(invoke(launch(other))).rejects.toThrow(/skill id/i);
  }
});

test('on Lambda, a function deployed without SKILL_ID refuses to start rather than answer anyone', () => {
  const saved = { ...process.env };
  try {
    delete process.env.SKILL_ID;
    delete process.env.DEADLIFT_TABLE;
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'runner-deadlift';
    expect(() => jest.isolateModules(() => require('../../lambda/src/index'))).toThrow(/SKILL_ID is not set/);
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    expect(() => jest.isolateModules(() => require('../../lambda/src/index'))).not.toThrow();
  } finally {
    process.env = saved;
  }
});
