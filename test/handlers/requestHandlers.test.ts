import fs from 'node:fs';
import path from 'node:path';
import { INTENT_EVENTS } from '../../lambda/src/handlers/intents';
import {
  IntentHandler,
  LaunchHandler,
  OtherRequestHandler,
  REQUEST_HANDLERS,
  ScreenEventHandler,
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
      expect(Object.keys(INTENT_EVENTS).sort()).toEqual(intentsOf(file));
    },
  );

  it('are tried in this order: the catch-all for unknown intents after the intent table', () => {
    expect(REQUEST_HANDLERS).toEqual([LaunchHandler, IntentHandler, UnknownIntentHandler, ScreenEventHandler, SessionEndedHandler, OtherRequestHandler]);
  });
});
