// eslint.config.mjs keeps reads of requestEnvelope.session.attributes out of lambda/src past the
// edge, which hands ask-sdk the envelope without them: each form of the read is planted and must
// fail with the reason, and the ways the skill does read them (and edge/ itself) must pass.
import { describeRule, type RulePlant } from './lintPlanted';

const PLANTS: readonly RulePlant[] = [
  { name: 'a handler reads the envelope', file: 'lambda/src/handlers/planted.ts', code: "import type { HandlerInput } from 'ask-sdk-core';\nexport const f = (input: HandlerInput): unknown => input.requestEnvelope.session?.attributes;\n", fires: true },
  { name: 'without optional chaining', file: 'lambda/src/interceptors/planted.ts', code: "import type { RequestEnvelope } from 'ask-sdk-model';\nexport const f = (e: RequestEnvelope): unknown => e.session!.attributes;\n", fires: true },
  { name: 'through a type assertion', file: 'lambda/src/handlers/planted.ts', code: "import type { RequestEnvelope, Session } from 'ask-sdk-model';\nexport const f = (e: RequestEnvelope): unknown => (e.session as Session).attributes;\n", fires: true },
  { name: 'a computed property', file: 'lambda/src/handlers/planted.ts', code: "import type { RequestEnvelope } from 'ask-sdk-model';\nexport const f = (e: RequestEnvelope): unknown => e.session?.['attributes'];\n", fires: true },
  { name: 'the session in a variable first', file: 'lambda/src/turn.ts', code: "import type { RequestEnvelope } from 'ask-sdk-model';\nexport function f(e: RequestEnvelope): unknown {\n  const session = e.session;\n  return session?.attributes;\n}\n", fires: true },
  { name: 'destructured from the session', file: 'lambda/src/handlers/planted.ts', code: "import type { Session } from 'ask-sdk-model';\nexport function f(e: { session: Session }): unknown {\n  const { attributes } = e.session;\n  return attributes;\n}\n", fires: true },
  { name: 'destructured from the envelope', file: 'lambda/src/interceptors/planted.ts', code: "import type { RequestEnvelope } from 'ask-sdk-model';\nexport function f({ session: { attributes } }: Required<RequestEnvelope>): unknown {\n  return attributes;\n}\n", fires: true },
  { name: 'in the pure core too (its own no-restricted-syntax keeps the rule)', file: 'lambda/src/workout/planted.ts', code: "export const f = (e: { session: { attributes: unknown } }): unknown => e.session.attributes;\n", fires: true },
  { name: 'the attributes manager', file: 'lambda/src/handlers/planted.ts', code: "import type { HandlerInput } from 'ask-sdk-core';\nexport const f = (input: HandlerInput): unknown => input.attributesManager.getSessionAttributes();\n", fires: false },
  { name: "a response's sessionAttributes", file: 'lambda/src/interceptors/planted.ts', code: "import type { ResponseEnvelope } from 'ask-sdk-model';\nexport const f = (r: ResponseEnvelope): unknown => r.sessionAttributes;\n", fires: false },
  { name: 'the edge, which keeps them aside', file: 'lambda/src/edge/planted.ts', code: "import type { RequestEnvelope } from 'ask-sdk-model';\nexport const f = (e: RequestEnvelope): unknown => e.session?.attributes;\n", fires: false },
  { name: 'tests read envelopes as Alexa sends them', file: 'test/handlers/planted.test.ts', code: "export const f = (e: { session: { attributes: unknown } }): unknown => e.session.attributes;\n", fires: false },
];

describeRule(
  'no session attributes read from the envelope past the edge (eslint.config.mjs)',
  PLANTS,
  (m) => m.ruleId === 'no-restricted-syntax' && /session attributes/.test(m.message),
  (fired) => {
    expect(fired).toHaveLength(1);
    expect(fired[0]!.message).toMatch(/getSessionAttributes/);
  },
);
