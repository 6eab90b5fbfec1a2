// The scripted workout the benchmark replays: the envelopes Alexa would send, built by hand
// (plain JS, no test helpers) so a bare `node` process can drive the bundle with nothing else.
'use strict';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000be4c';
const START = Date.parse('2026-11-20T07:00:00Z');
let requestCounter = 0;

function slot(name, value) {
  if (typeof value === 'object') {
    const authority = 'amzn1.er-authority.echo-sdk.skill.x.Type';
    return {
      name,
      value: value.value,
      confirmationStatus: 'NONE',
      resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value.value, id: value.id } }] }] },
    };
  }
  return { name, value: String(value), confirmationStatus: 'NONE' };
}

/** One session of one runner: carries the session attributes and the clock from turn to turn. */
class Session {
  constructor(invoke, { userId, start = START, locale = 'en-US' }) {
    this.invoke = invoke;
    this.userId = userId;
    this.clock = start;
    this.locale = locale;
    this.attributes = {};
    this.isNew = true;
    this.last = undefined;
  }

  envelope(request) {
    const application = { applicationId: SKILL_ID };
    const user = { userId: this.userId };
    return {
      version: '1.0',
      session: { new: this.isNew, sessionId: `amzn1.echo-api.session.${this.userId}.${this.clock}`, application, user, attributes: this.attributes },
      context: {
        System: { application, user, device: { deviceId: 'amzn1.ask.device.bench', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' },
      },
      request: { requestId: `amzn1.echo-api.request.bench.${++requestCounter}`, timestamp: new Date(this.clock).toISOString(), locale: this.locale, ...request },
    };
  }

  async send(request) {
    const response = await this.invoke(this.envelope(request));
    const ended = response.response.shouldEndSession === true;
    this.attributes = ended ? {} : (response.sessionAttributes ?? {});
    this.isNew = ended;
    this.last = response;
    return response;
  }

  launch() {
    return this.send({ type: 'LaunchRequest' });
  }

  intent(name, slots = {}) {
    const filled = Object.fromEntries(Object.entries(slots).map(([n, v]) => [n, slot(n, v)]));
    return this.send({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: filled } });
  }

  /** The block the last response spoke (its timeline is what a barge-in is placed on). */
  get block() {
    const block = this.attributes.state?.stage?.set?.block;
    if (!block) throw new Error(`bench script: no block in the session after: ${JSON.stringify(this.last?.response.outputSpeech)}`);
    return block;
  }
}

/**
 * A whole workout, as a runner does it: launch, start a set of ten, pause half way through rep
 * four (placed by the request timestamp), resume a minute later, finish early, answer "clean",
 * log a set by voice, ask how last time went. `timed(turn)` wraps each turn for measuring.
 */
async function workout(invoke, { userId, start, timed = (turn) => turn() }) {
  const s = new Session(invoke, { userId, start });
  await timed(() => s.launch(), 'launch');
  // A returning runner with a paused set or a question pending is asked first: say no to it.
  if (s.attributes.state?.question === 'resumeSaved') await timed(() => s.intent('AMAZON.NoIntent'), 'no');
  await timed(() => s.intent('StartSetIntent', { reps: 10, weight: 30, unit: { value: 'kilograms', id: 'kg' } }), 'start');
  const first = s.block;
  s.clock = first.sentAt + (first.repStarts[3] + first.repEnds[3]) / 2;
  await timed(() => s.intent('AMAZON.PauseIntent'), 'pause');
  s.clock += 60_000;
  await timed(() => s.intent('AMAZON.ResumeIntent'), 'resume');
  const resumed = s.block;
  s.clock = resumed.sentAt + resumed.repEnds[0] + 1000;
  await timed(() => s.intent('FinishSetIntent'), 'finish');
  s.clock += 4000;
  await timed(() => s.intent('AMAZON.YesIntent'), 'clean');
  s.clock += 90_000;
  await timed(() => s.intent('LogSetIntent', { reps: 8, weight: 30, unit: { value: 'kilograms', id: 'kg' } }), 'logSet');
  s.clock += 5000;
  await timed(() => s.intent('LastTimeIntent'), 'history');
  return s;
}

/** The Lambda contract: handler(event, context, callback), as ask-sdk's lambda() exports it. */
function invoker(handler) {
  const context = { functionName: 'bench', getRemainingTimeInMillis: () => 7000 };
  return (event) =>
    new Promise((resolve, reject) => {
      const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
      if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
    });
}

function launchEnvelope(userId) {
  return new Session(null, { userId }).envelope({ type: 'LaunchRequest' });
}

/**
 * A returning runner with a log (a workout a day for three days), and the request of a cold start
 * whose first turn reads and sums it up: "ask runner deadlift how this week went", one-shot.
 * Such a first turn once built ICU's collator (README, "Module load and the first request").
 */
const RETURNING_RUNNER = 'amzn1.ask.account.bench-returning';
const DAY_MS = 86_400_000;

async function seedReturningRunner(invoke) {
  for (let day = 0; day < 3; day += 1) await workout(invoke, { userId: RETURNING_RUNNER, start: START + day * DAY_MS });
}

function weekEnvelope(userId = RETURNING_RUNNER) {
  const intent = { name: 'WeekCountIntent', confirmationStatus: 'NONE', slots: {} };
  return new Session(null, { userId, start: START + 3 * DAY_MS }).envelope({ type: 'IntentRequest', dialogState: 'COMPLETED', intent });
}

module.exports = { SKILL_ID, START, Session, workout, invoker, launchEnvelope, seedReturningRunner, weekEnvelope };
