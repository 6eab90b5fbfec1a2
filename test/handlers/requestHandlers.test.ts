import fs from 'node:fs';
import path from 'node:path';
import { INTENT_EVENTS } from '../../lambda/src/handlers/intents';
import { SERVICE_INTENTS } from '../../lambda/src/handlers/serviceIntents';
import { SkillDisabledHandler } from '../../lambda/src/handlers/skillEvents';
import {
  ConsentHandler,
  IntentHandler,
  LaunchHandler,
  OtherRequestHandler,
  REQUEST_HANDLERS,
  RestHandler,
  ScreenEventHandler,
  ServiceIntentHandler,
  SessionEndedHandler,
  UnknownIntentHandler,
} from '../../lambda/src/handlers/requestHandlers';

const modelsDir = path.join(__dirname, '../../skill-package/interactionModels/custom');

function intentsOf(file: string): string[] {
  const model = JSON.parse(fs.readFileSync(path.join(modelsDir, file), 'utf8')) as {
    interactionModel: { languageModel: { intents: { name: string }[] } };
  };
  return model.interactionModel.languageModel.intents.map((intent) => intent.name).sort();
}

describe('request handlers', () => {
  it.each(fs.readdirSync(modelsDir).filter((f) => f.endsWith('.json')))(
    'handle exactly the intents of the interaction model %s',
    (file) => {
      expect([...Object.keys(INTENT_EVENTS), ...Object.keys(SERVICE_INTENTS)].sort()).toEqual(intentsOf(file));
    },
  );

  it('are tried in this order: rest (timers) and service intents before the intent table, the catch-all for unknown intents after it, the other request types last', () => {
    expect(REQUEST_HANDLERS).toEqual([LaunchHandler, RestHandler, ServiceIntentHandler, IntentHandler, UnknownIntentHandler, ScreenEventHandler, SessionEndedHandler, ConsentHandler, SkillDisabledHandler, OtherRequestHandler]);
  });
});
