// What a fuzzed conversation is made of: requests of every type the skill handles, with slots
// as Alexa may really send them (missing, "?", unmatched) and as it never should (huge, negative,
// words), at times that jump around, sometimes over session attributes that were tampered with.
import fc from 'fast-check';
import type { SessionEndedReason } from 'ask-sdk-model';
import model from '../../skill-package/interactionModels/custom/en-US.json';

interface ModelSlot {
  readonly name: string;
  readonly type: string;
}
interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
}
interface ModelType {
  readonly name: string;
  readonly values: readonly { readonly id?: string }[];
}

const languageModel = model.interactionModel.languageModel as unknown as { intents: ModelIntent[]; types?: ModelType[] };

/** Every intent of the en-US model, with its slots: the fuzz follows the model as it changes. */
export const MODEL_INTENTS: readonly ModelIntent[] = languageModel.intents;
const CUSTOM_IDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  (languageModel.types ?? []).map((type) => [type.name, type.values.map((v) => v.id).filter((id): id is string => typeof id === 'string')]),
);

export const SESSION_END_REASONS: readonly SessionEndedReason[] = ['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'];

/** A slot as Alexa delivers it; `absent` leaves it out of the request altogether. */
export type FuzzSlot =
  | { readonly kind: 'absent' }
  | { readonly kind: 'empty' } // the slot is listed with no value, as Alexa does for unfilled slots
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'match'; readonly value: string; readonly id: string }
  | { readonly kind: 'noMatch'; readonly value: string };

export type FuzzTime =
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'back'; readonly ms: number }
  | { readonly kind: 'farPast'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly text: string | undefined };

export type FuzzRequest =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly name: string; readonly slots: Readonly<Record<string, FuzzSlot>>; readonly dialogState?: string }
  | { readonly type: 'SessionEndedRequest'; readonly reason: SessionEndedReason };

/** Before the request goes out, the session attributes may be replaced: an old build, a bug, a tamperer. */
export type Tamper =
  | { readonly kind: 'none' }
  | { readonly kind: 'replaceState'; readonly state: unknown }
  | { readonly kind: 'mutateState'; readonly path: readonly number[]; readonly value: unknown }
  | { readonly kind: 'dropAttributes' };

export interface FuzzStep {
  readonly request: FuzzRequest;
  readonly time: FuzzTime;
  readonly tamper: Tamper;
  /** Send the previous request again (same id, same attributes), as Alexa does after a timeout. */
  readonly retry: boolean;
  /** The store answers this turn with an error (only where a suite has a fault proxy). */
  readonly storeDown: boolean;
  /** Who speaks (several people on one device): 0 no recognized voice, n the n-th person. */
  readonly speaker?: number;
  /** A part of the envelope this request goes without, as a request may that Alexa did not build. */
  readonly partial?: Partial;
}

/** Parts a request can lack and still be readable (the edge accepts it): never both user ids. */
export const PARTIALS = ['none', 'noPerson', 'noSystemUser', 'noSessionUser', 'noDevice', 'noApiEndpoint', 'noTimestamp', 'noLocale'] as const;
export type Partial = (typeof PARTIALS)[number];

const digits = fc.stringMatching(/^\d{1,4}$/);
const numberWords = fc.constantFrom('?', 'ten', 'twelve', 'a lot', 'banana', 'zehn', 'dix', '', ' ', '１２', '1e3', 'NaN', 'Infinity', '0x10', '12 ', ' 7', '3/4');

/** Number slot values: mostly plausible, often broken. */
export const numberValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 20, max: 400 }).map(String) },
  { weight: 2, arbitrary: digits },
  { weight: 2, arbitrary: numberWords },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: -1 }).map(String) },
  { weight: 1, arbitrary: fc.double({ min: -500, max: 500, noNaN: true, noDefaultInfinity: true }).map((n) => n.toFixed(2)) },
  { weight: 1, arbitrary: fc.constantFrom('99999999999999999999999', '1'.repeat(400), '9007199254740993', '-0', '0.0000001') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

function slotArbitrary(slot: ModelSlot): fc.Arbitrary<FuzzSlot> {
  const ids = CUSTOM_IDS[slot.type];
  const absent = fc.constant<FuzzSlot>({ kind: 'absent' });
  const empty = fc.constant<FuzzSlot>({ kind: 'empty' });
  if (!ids) {
    return fc.oneof(
      { weight: 3, arbitrary: absent },
      { weight: 1, arbitrary: empty },
      { weight: 6, arbitrary: numberValue.map((value): FuzzSlot => ({ kind: 'value', value })) },
    );
  }
  const words = fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 20 }), fc.constantFrom('stone', 'grams', 'fast', 'ten'));
  return fc.oneof(
    { weight: 3, arbitrary: absent },
    { weight: 1, arbitrary: empty },
    { weight: 5, arbitrary: fc.tuple(words, fc.constantFrom(...ids)).map(([value, id]): FuzzSlot => ({ kind: 'match', value, id })) },
    { weight: 1, arbitrary: fc.tuple(words, fc.string({ maxLength: 12 })).map(([value, id]): FuzzSlot => ({ kind: 'match', value, id })) },
    { weight: 2, arbitrary: words.map((value): FuzzSlot => ({ kind: 'noMatch', value })) },
    { weight: 1, arbitrary: words.map((value): FuzzSlot => ({ kind: 'value', value })) },
  );
}

function intentArbitrary(intent: ModelIntent): fc.Arbitrary<FuzzRequest> {
  const slots = Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, slotArbitrary(slot)]));
  return fc.tuple(fc.record(slots), fc.option(fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED'), { nil: undefined, freq: 4 })).map(
    ([filled, dialogState]): FuzzRequest => ({ type: 'IntentRequest', name: intent.name, slots: filled, ...(dialogState && { dialogState }) }),
  );
}

// The workout only gets anywhere when the runner says yes, next and resume often enough; these
// intents get more weight so that sets really run, pause, finish and get logged.
const FLOW_WEIGHT: Readonly<Record<string, number>> = {
  StartSetIntent: 8,
  'AMAZON.YesIntent': 10,
  'AMAZON.NoIntent': 4,
  'AMAZON.NextIntent': 5,
  'AMAZON.ResumeIntent': 4,
  'AMAZON.PauseIntent': 3,
  FinishSetIntent: 4,
  LogSetIntent: 4,
  CorrectCountIntent: 3,
};

export const requestArbitrary: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<FuzzRequest>({ type: 'LaunchRequest' }) },
  { weight: 3, arbitrary: fc.constantFrom(...SESSION_END_REASONS).map((reason): FuzzRequest => ({ type: 'SessionEndedRequest', reason })) },
  {
    weight: 2,
    // An intent this build does not know: a newer model, or a request meant for something else.
    arbitrary: fc.constantFrom('AMAZON.ScrollUpIntent', 'OrderPizzaIntent', 'AMAZON.SendToPhoneIntent', '').map(
      (name): FuzzRequest => ({ type: 'IntentRequest', name, slots: {} }),
    ),
  },
  ...MODEL_INTENTS.map((intent) => ({ weight: FLOW_WEIGHT[intent.name] ?? 1, arbitrary: intentArbitrary(intent) })),
);

export const timeArbitrary: fc.Arbitrary<FuzzTime> = fc.oneof(
  // Listening and lifting: most requests come seconds to minutes after the last.
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 120_000 }).map((ms): FuzzTime => ({ kind: 'advance', ms })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 * 3600_000 }).map((ms): FuzzTime => ({ kind: 'advance', ms })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 600_000 }).map((ms): FuzzTime => ({ kind: 'back', ms })) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('2020-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d): FuzzTime => ({ kind: 'farPast', iso: d.toISOString() })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom(undefined, '', 'yesterday', '2026-13-45T99:99:99Z', 'NaN', '0', 'null', '2026-11-20'), fc.string({ maxLength: 30 }))
      .map((text): FuzzTime => ({ kind: 'invalid', text })),
  },
);

/** Random JSON, plus shapes that look like an older or half-broken state. */
const stateLike = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ version: fc.oneof(fc.constant(0), fc.constant(2), fc.constant('1'), fc.integer()), stage: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    version: fc.constant(1),
    settings: fc.jsonValue({ maxDepth: 2 }),
    stage: fc.record({
      name: fc.constantFrom('ready', 'running', 'paused', 'finished', 'resting', 'lifting'),
      set: fc.record({ target: fc.integer({ min: -5, max: 500 }), repsDone: fc.integer({ min: -5, max: 600 }), startedAt: fc.integer() }),
    }),
    outbox: fc.oneof(fc.constant([]), fc.jsonValue({ maxDepth: 2 })),
    question: fc.constantFrom('start', 'wasClean', 'deleteHistory', 'bogus', 42),
  }),
);

export const tamperArbitrary: fc.Arbitrary<Tamper> = fc.oneof(
  { weight: 60, arbitrary: fc.constant<Tamper>({ kind: 'none' }) },
  { weight: 1, arbitrary: stateLike.map((state): Tamper => ({ kind: 'replaceState', state })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(-1, 1e9, 0.5, 'x', null, undefined)))
      .map(([path, value]): Tamper => ({ kind: 'mutateState', path, value })),
  },
  { weight: 1, arbitrary: fc.constant<Tamper>({ kind: 'dropAttributes' }) },
);

export function stepArbitrary(options: { faults: boolean; people?: number }): fc.Arbitrary<FuzzStep> {
  const people = options.people ?? 0;
  return fc.record({
    request: requestArbitrary,
    time: timeArbitrary,
    tamper: tamperArbitrary,
    retry: fc.integer({ min: 0, max: 39 }).map((n) => n === 0),
    storeDown: options.faults ? fc.integer({ min: 0, max: 24 }).map((n) => n === 0) : fc.constant(false),
    // Mostly the same voice for a while, as people take turns at the bar.
    speaker: people > 0 ? fc.integer({ min: 0, max: people }) : fc.constant(0),
    partial: people > 0 ? fc.oneof({ weight: 6, arbitrary: fc.constant<Partial>('none') }, { weight: 1, arbitrary: fc.constantFrom(...PARTIALS) }) : fc.constant<Partial>('none'),
  });
}
