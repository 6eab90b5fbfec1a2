// Malformed envelopes through the real exported Lambda handler (SKILL_ID set): well-formed
// requests of every kind, then one to three random parts of each deleted or replaced with a
// value of another type (or a key every object has, like "constructor"). Every one must be
// answered through the callback (only another skill's id may be an error), never with the
// generic apology, and what is said must pass the response checks. Figures: how many were refused,
// answered with silence (session-ended, events), or were another skill's.
// FUZZ_ENVELOPES=<n> for a longer run; FUZZ_SEED=<n> replays one.
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { LOCALES, supportedLocale, translator } from '../../lambda/src/i18n';
import { escapeText } from '../../lambda/src/speech/ssml';
import { SKILL_ID, type Invoke } from '../support/conversation';
import { findResponseProblems } from '../support/responseCheck';
import { loadExportedSkill } from '../support/skill';
import { fuzzSeed, fuzzTurns } from './config';
import { captureUnhandled } from './harness';

type Json = Record<string, unknown>;

const RUNS = fuzzTurns('FUZZ_ENVELOPES', 1_500);
const SEED = fuzzSeed();

const authority = 'amzn1.er-authority.echo-sdk.skill.x.Type';
const requestArbitrary: fc.Arbitrary<Json> = fc.oneof(
  fc.constant({ type: 'LaunchRequest' }),
  fc.constant({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' }),
  fc.constant({ type: 'IntentRequest', intent: { name: 'StartSetIntent', confirmationStatus: 'NONE', slots: { reps: { name: 'reps', value: '5', confirmationStatus: 'NONE' }, weight: { name: 'weight', confirmationStatus: 'NONE' } } } }),
  fc.constant({
    type: 'IntentRequest',
    dialogState: 'STARTED',
    intent: {
      name: 'SetUnitIntent',
      confirmationStatus: 'NONE',
      slots: { unit: { name: 'unit', value: 'kilos', resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'kilograms', id: 'kg' } }] }] } } },
    },
  }),
  fc.constantFrom('AMAZON.HelpIntent', 'AMAZON.PauseIntent', 'AMAZON.YesIntent').map((name) => ({ type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE' } })),
);

function envelope(request: Json, locale: string, isNew: boolean): Json {
  const application = { applicationId: SKILL_ID };
  const user = { userId: 'amzn1.ask.account.envelope-fuzz' };
  return {
    version: '1.0',
    session: { new: isNew, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes: {} },
    context: { System: { application, user, person: { personId: 'amzn1.ask.person.fuzz' }, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-20T07:00:00Z', locale, ...request },
  };
}

/** Every path to a value in `value`, the root excluded. */
function paths(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

const REPLACEMENTS: readonly unknown[] = [undefined, null, 42, -1.5, true, '', 'constructor', '__proto__', [], {}, [{}], { constructor: 1 }];

interface Mutation {
  readonly pick: number;
  readonly replacement: number;
}

function mutate(original: Json, mutations: readonly Mutation[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(original));
  for (const { pick, replacement } of mutations) {
    const all = paths(root);
    const value = structuredClone(REPLACEMENTS[replacement % REPLACEMENTS.length]);
    if (all.length === 0 || pick % (all.length + 1) === all.length) {
      root = value;
      continue;
    }
    const path = all[pick % all.length]!;
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined && !Array.isArray(parent)) delete parent[last];
    else parent[last] = value;
  }
  // What arrives from the wire: JSON (undefined array items become null).
  return root === undefined ? null : JSON.parse(JSON.stringify(root));
}

const caseArbitrary = fc.record({
  request: requestArbitrary,
  locale: fc.constantFrom(...Object.keys(LOCALES)),
  isNew: fc.boolean(),
  mutations: fc.array(fc.record({ pick: fc.nat(), replacement: fc.nat() }), { minLength: 1, maxLength: 3 }),
});

function get(value: unknown, ...keys: string[]): unknown {
  let at = value;
  for (const key of keys) at = typeof at === 'object' && at !== null && Object.hasOwn(at, key) ? (at as Json)[key] : undefined;
  return at;
}

let invoke: Invoke;
beforeAll(async () => {
  ({ invoke } = await loadExportedSkill({ store: false }));
});

test(`${RUNS} malformed envelopes: always answered, never the generic apology (seed ${SEED})`, async () => {
  const unhandled = captureUnhandled();
  const figures = { runs: 0, answered: 0, refused: 0, silent: 0, otherSkill: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ request, locale, isNew, mutations }) => {
        figures.runs += 1;
        unhandled.lines.splice(0);
        const raw = mutate(envelope(request, locale, isNew), mutations);
        const applicationId = get(raw, 'context', 'System', 'application', 'applicationId');
        const reply = await invoke(raw as RequestEnvelope).then(
          (response) => ({ response }),
          (error: Error) => ({ error }),
        );
        if ('error' in reply) {
          // The one request answered with an error: another skill's (ask-sdk's skill id check).
          expect(typeof applicationId === 'string' && applicationId !== SKILL_ID).toBe(true);
          expect(reply.error.message).toMatch(/skill id/i);
          figures.otherSkill += 1;
          return;
        }
        expect(unhandled.lines).toEqual([]);
        const response = reply.response;
        expect(typeof response.response).toBe('object');
        const said = response.response.outputSpeech;
        if (said) {
          const spokenIn = supportedLocale(typeof get(raw, 'request', 'locale') === 'string' ? (get(raw, 'request', 'locale') as string) : undefined);
          expect(await findResponseProblems(response, spokenIn)).toEqual([]);
          if (said.type === 'SSML' && said.ssml.includes(escapeText(translator(spokenIn)('error.malformed')))) figures.refused += 1;
        } else {
          figures.silent += 1;
        }
        figures.answered += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } finally {
    unhandled.restore();
    process.stdout.write(`FUZZ_FIGURES ${JSON.stringify({ suite: 'malformed envelopes, exported handler', seed: SEED, ...figures })}\n(replay with FUZZ_SEED=${SEED})\n`);
  }
  expect(figures.answered).toBeGreaterThan(RUNS / 2);
}, 300_000);
