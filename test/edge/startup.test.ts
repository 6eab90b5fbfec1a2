// On Lambda the handler refuses to start without its secrets, the way it does without SKILL_ID:
// a missing LOG_SALT would hash every runner's ids with the public default salt.
import { DEFAULT_LOG_SALT } from '../../lambda/src/log';

function loadIndex(env: Record<string, string | undefined>): () => void {
  return () => {
    const saved = { ...process.env };
    try {
      for (const [name, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      jest.isolateModules(() => require('../../lambda/src/index'));
    } finally {
      process.env = saved;
    }
  };
}

const onLambda = { AWS_LAMBDA_FUNCTION_NAME: 'runner-deadlift', SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000', DEADLIFT_TABLE: undefined };
const generated = 'q'.repeat(48);

test('on Lambda, no LOG_SALT, the default salt, or a short one: the handler refuses to start', () => {
  expect(loadIndex({ ...onLambda, LOG_SALT: undefined })).toThrow(/LOG_SALT/);
  expect(loadIndex({ ...onLambda, LOG_SALT: '' })).toThrow(/LOG_SALT/);
  expect(loadIndex({ ...onLambda, LOG_SALT: DEFAULT_LOG_SALT })).toThrow(/LOG_SALT/);
  expect(loadIndex({ ...onLambda, LOG_SALT: 'short-salt' })).toThrow(/LOG_SALT/);
  expect(loadIndex({ ...onLambda, LOG_SALT: generated })).not.toThrow();
});

test('off Lambda (tests, the local coach) the default salt is still allowed', () => {
  expect(loadIndex({ ...onLambda, AWS_LAMBDA_FUNCTION_NAME: undefined, LOG_SALT: undefined })).not.toThrow();
});
