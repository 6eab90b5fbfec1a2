// The keys the code really asks for, per locale: every act and line the core can produce is
// rendered through speech/render.ts with a Translate that records each request; the error
// handler is run too. Together they must ask for exactly the keys of en.ts, and every key asked
// for must exist in the locale itself (not through the fallback to en-US).
import { ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import * as i18n from '../../lambda/src/i18n';
import { LOCALES, translator, type Translate } from '../../lambda/src/i18n';
import { refusal } from '../../lambda/src/edge';
import { screenFor } from '../../lambda/src/screen';
import { initialState, type WorkoutState } from '../../lambda/src/workout/state';
import { GenericErrorHandler } from '../../lambda/src/handlers/requestHandlers';
import { render, type Speaker } from '../../lambda/src/speech/render';
import { restTimerRequest } from '../../lambda/src/alerts/timers';
import { weeklyReminderRequest } from '../../lambda/src/alerts/reminders';
import type { Act, Asked } from '../../lambda/src/workout/acts';
import type { HistoryQuery } from '../../lambda/src/workout/events';
import type { HistorySummary } from '../../lambda/src/workout/history';
import { EXERCISES } from '../../lambda/src/workout/exercises';
import type { Line, LoggedSet, Pacing, Segment, Unit, Weight } from '../../lambda/src/workout/model';
import { planBlock } from '../../lambda/src/workout/pacing';
import type { Presentation } from '../../lambda/src/workout/presentation';
import type { Suggestion } from '../../lambda/src/workout/progression';
import { applySettingsChange, defaultSettings, inBounds, type SettingsChange } from '../../lambda/src/workout/settings';
import type { Question, Stage } from '../../lambda/src/workout/state';
import { introLine, repScript } from '../../lambda/src/workout/tempo';
import { fakeVoice } from '../workout/fakeVoice';
import { EN_KEYS, flatten, KNOWN_UNPASSED, sorted, variables } from './keys';

// ---- Samples. Each table is typed as a Record over a union, so a new act type, line, question,
// stage, setting... does not compile until it has a sample here.

const UNITS: Record<Unit, Unit> = { lb: 'lb', kg: 'kg' };
const WEIGHTS: readonly Weight[] = [
  { amount: 45, unit: 'lb' },
  { amount: 1, unit: 'lb' },
  { amount: 20, unit: 'kg' },
  { amount: 32.5, unit: 'kg' },
];
/** Counts that fall in different plural categories in our languages (0 and 1 split French from English). */
const COUNTS: readonly number[] = [0, 1, 2, 5, 21];

const at = '2025-03-04T07:30:00.000Z';
const SETS: readonly LoggedSet[] = [
  ...COUNTS.map((reps): LoggedSet => ({ id: `plain-${reps}`, exercise: 'runnerDeadlift', at, reps, source: 'voice' })),
  ...WEIGHTS.flatMap((weight) => COUNTS.map((reps): LoggedSet => ({ id: `w-${reps}`, exercise: 'runnerDeadlift', at, reps, weight, source: 'guided', clean: true }))),
];

/**
 * Every line each exercise can say: its intros, and enough reps to go round every rotation, at
 * every breath count (the plural forms). Taken from the descriptors, so a new exercise is sampled
 * without a line here.
 */
const TARGET = 21;
const LINES: readonly Line[] = EXERCISES.all.flatMap((exercise) => {
  // Wordings depend on the rep and the target (first, halfway, last, the turns of each rotation):
  // every rep of a set long enough to go round them all.
  const reps = Array.from({ length: TARGET }, (_, i) => i + 1);
  const breaths = COUNTS.filter((n) => n > 0);
  return [
    introLine(exercise),
    ...COUNTS.filter((n) => n > 0).flatMap((target) => WEIGHTS.map((weight) => introLine(exercise, undefined, { target, weight }))),
    introLine(exercise, { rep: 7, target: 10 }),
    ...breaths.flatMap((breathsPerHold) =>
      reps.flatMap((rep) =>
        repScript(exercise, rep, TARGET, { ...defaultSettings('kg'), breathsPerHold }, fakeVoice()).flatMap((segment) => (segment.kind === 'say' ? [segment.line] : [])),
      ),
    ),
  ];
});
/** Each line in a segment of its own, with a hold after it: one block would be too long to say. */
const SEGMENTS: readonly (readonly Segment[])[] = LINES.map((line): Segment[] => [
  { kind: 'say', line, phase: 'lowering' },
  { kind: 'silence', ms: 4000, phase: 'hold' },
]);

const ASKED: Record<Asked, Asked> = { reps: 'reps', weight: 'weight', unit: 'unit', breaths: 'breaths', seconds: 'seconds', restSeconds: 'restSeconds', target: 'target', goal: 'goal', choice: 'choice' };
const STAGES: Record<Stage['name'], Stage['name']> = { ready: 'ready', running: 'running', paused: 'paused', finished: 'finished', resting: 'resting' };
const QUESTIONS: Record<Question, Question> = {
  start: 'start', keepGoing: 'keepGoing', nextRep: 'nextRep', resume: 'resume', resumeSaved: 'resumeSaved', carryOnOrFresh: 'carryOnOrFresh', wasClean: 'wasClean',
  another: 'another', afterRest: 'afterRest', logReps: 'logReps', deleteLast: 'deleteLast', deleteHistory: 'deleteHistory',
};
const PACINGS: Record<Pacing, Pacing> = { wholeSet: 'wholeSet', repByRep: 'repByRep' };
const TOPICS: Record<Extract<Act, { type: 'explain' }>['topic'], true> = { how: true, why: true };

const SETTINGS: { readonly [S in SettingsChange['setting']]: readonly Extract<SettingsChange, { setting: S }>[] } = {
  breathsPerHold: COUNTS.filter((n) => inBounds('breathsPerHold', n)).map((value) => ({ setting: 'breathsPerHold', value })),
  secondsPerBreath: [{ setting: 'secondsPerBreath', value: 2 }, { setting: 'secondsPerBreath', value: 5 }],
  holdLength: [{ setting: 'holdLength', direction: 'longer' }, { setting: 'holdLength', direction: 'shorter' }],
  pacing: Object.values(PACINGS).map((value) => ({ setting: 'pacing', value })),
  unit: Object.values(UNITS).map((value) => ({ setting: 'unit', value })),
  barWeight: [{ setting: 'barWeight', value: 20, unit: 'kg' }, { setting: 'barWeight', value: 45, unit: 'lb' }],
  targetReps: COUNTS.filter((n) => inBounds('targetReps', n)).map((value) => ({ setting: 'targetReps', value })),
  weeklyGoal: COUNTS.filter((n) => inBounds('weeklyGoal', n)).map((value) => ({ setting: 'weeklyGoal', value })),
};

const SUGGESTIONS: { readonly [K in Suggestion['kind']]: readonly Extract<Suggestion, { kind: K }>[] } = {
  lightestBar: WEIGHTS.map((weight) => ({ kind: 'lightestBar', weight })),
  addWeight: [{ kind: 'addWeight', from: { amount: 30, unit: 'kg' }, to: { amount: 32.5, unit: 'kg' } }, { kind: 'addWeight', from: { amount: 65, unit: 'lb' }, to: { amount: 70, unit: 'lb' } }],
  stay: [{ kind: 'stay' }, ...WEIGHTS.map((weight) => ({ kind: 'stay' as const, weight }))],
};

const QUERIES: Record<HistoryQuery, HistoryQuery> = { last: 'last', best: 'best', week: 'week' };
const SUMMARIES: { readonly [K in HistorySummary['kind']]: readonly Extract<HistorySummary, { kind: K }>[] } = {
  empty: Object.values(QUERIES).map((query) => ({ query, kind: 'empty' })),
  last: COUNTS.filter((n) => n > 0).flatMap((sets) =>
    SETS.flatMap((best) => COUNTS.map((daysAgo) => ({ query: 'last' as const, kind: 'last' as const, at, daysAgo, sets, best }))),
  ),
  best: SETS.flatMap((best) => [true, false].map((full) => ({ query: 'best' as const, kind: 'best' as const, best, full, cleanReps: 10 }))),
  week: COUNTS.filter((n) => n > 0).flatMap((sets) => [
    { query: 'week' as const, kind: 'week' as const, sessions: sets, sets, reps: sets * 10 },
    { query: 'week' as const, kind: 'week' as const, sessions: 1, sets, reps: sets * 10 + 1 },
    ...WEIGHTS.map((heaviest) => ({ query: 'week' as const, kind: 'week' as const, sessions: sets, sets, reps: sets * 10, heaviest })),
  ]),
};

const ACTS: { readonly [T in Act['type']]: readonly Extract<Act, { type: T }>[] } = {
  welcome: [{ type: 'welcome', firstTime: true }, { type: 'welcome', firstTime: false }],
  lastTime: SETS.map((set) => ({ type: 'lastTime', set })),
  suggest: Object.values(SUGGESTIONS).flatMap((list: readonly Suggestion[]) => list.map((suggestion) => ({ type: 'suggest' as const, suggestion }))),
  savedSetFound: [{ type: 'savedSetFound', reps: 6, target: 10 }, { type: 'savedSetFound', reps: 0, target: 4 }],
  savedSetDropped: [{ type: 'savedSetDropped' }],
  unfinishedSet: COUNTS.filter((n) => n > 0).map((reps) => ({ type: 'unfinishedSet', reps, target: 21 })),
  unfinishedLogged: COUNTS.filter((n) => n > 0).map((reps) => ({ type: 'unfinishedLogged', reps, target: 21 })),
  reps: SEGMENTS.map((segments) => ({ type: 'reps', segments, block: planBlock({ exercise: EXERCISES.default, fromRep: 1, target: 1, settings: defaultSettings('kg'), sentAt: 0 }, fakeVoice()).block })),
  setDone: COUNTS.filter((n) => n > 0).flatMap((reps) =>
    [undefined, ...WEIGHTS].flatMap((weight) =>
      [true, false].map((early) => ({ type: 'setDone' as const, reps, target: early ? reps + 1 : reps, early, ...(weight && { weight }) })),
    ),
  ),
  setAbandoned: [{ type: 'setAbandoned' }],
  paused: COUNTS.map((reps) => ({ type: 'paused', reps, target: 21 })),
  countIs: COUNTS.map((reps) => ({ type: 'countIs', reps, target: 21 })),
  repCount: COUNTS.flatMap((reps) => [false, true].map((finished) => ({ type: 'repCount' as const, reps, target: 21, finished }))),
  rest: [{ type: 'rest', seconds: 90, marks: [60, 30, 10] }, { type: 'rest', seconds: 15, marks: [] }],
  restTimerSet: [60, 90, 120, 180, 1].map((seconds, i) => ({ type: 'restTimerSet' as const, seconds, next: { number: i + 1, reps: 10 } })),
  askTimers: [{ type: 'askTimers' }],
  habit: [1, 2, 5].flatMap((goal) => COUNTS.flatMap((done) => [0, 1, 2, 5].map((streak) => ({ type: 'habit' as const, habit: { done, goal, streak } })))),
  reminders: [
    { type: 'reminders', outcome: { kind: 'created', days: ['TU', 'TH'], time: { hour: 7, minute: 0 } } },
    { type: 'reminders', outcome: { kind: 'created', days: ['MO', 'WE', 'FR'], time: { hour: 18, minute: 30 } } },
    { type: 'reminders', outcome: { kind: 'created', days: ['SA'], time: { hour: 9, minute: 15 } } },
    { type: 'reminders', outcome: { kind: 'created', days: ['SU'], time: { hour: 19, minute: 0 } } },
    ...[1, 2, 5].map((n) => ({ type: 'reminders' as const, outcome: { kind: 'listed' as const, reminders: (['MO', 'TU', 'WE', 'TH', 'FR'] as const).slice(0, n).map((day) => ({ day, hour: 7, minute: 0 })) } })),
    { type: 'reminders', outcome: { kind: 'listed', reminders: [] } },
    ...[0, 1, 2, 5].map((count) => ({ type: 'reminders' as const, outcome: { kind: 'deleted' as const, count } })),
    ...(['ask', 'notAllowed', 'failed', 'unavailable', 'notHeard'] as const).map((kind) => ({ type: 'reminders' as const, outcome: { kind } })),
  ],
  timerNote: [{ type: 'timerNote', note: 'howToAllow' }, { type: 'timerNote', note: 'timerFailed' }],
  nextSet: COUNTS.filter((n) => n > 0).flatMap((reps) => [undefined, ...WEIGHTS].map((weight) => ({ type: 'nextSet' as const, next: { number: 3, reps, ...(weight && { weight }) } }))),
  // Spoken from the settings the change produced, as the core does, in both units.
  settingChanged: Object.values(SETTINGS).flatMap((list: readonly SettingsChange[]) =>
    list.flatMap((change) =>
      Object.values(UNITS).map((unit) => {
        const result = applySettingsChange(defaultSettings(unit), change);
        if (!result.ok) throw new Error(`sample ${JSON.stringify(change)} is out of bounds`);
        return { type: 'settingChanged' as const, change, settings: result.settings };
      }),
    ),
  ),
  outOfRange: Object.values(ASKED).flatMap((asked) => [
    { type: 'outOfRange' as const, asked, min: 1, max: 30 },
    ...Object.values(UNITS).map((unit) => ({ type: 'outOfRange' as const, asked, min: 0.5, max: 270, unit })),
  ]),
  notHeard: Object.values(ASKED).map((asked) => ({ type: 'notHeard', asked })),
  explain: EXERCISES.all.flatMap((exercise) => (Object.keys(TOPICS) as (keyof typeof TOPICS)[]).map((topic) => ({ type: 'explain' as const, exercise: exercise.id, topic }))),
  help: [
    ...(['ready', 'running', 'paused', 'finished'] as const).flatMap((topic) => Object.values(PACINGS).map((pacing) => ({ type: 'help' as const, topic, pacing }))),
    ...(['resting', 'wasClean', 'resumeSaved', 'carryOnOrFresh'] as const).map((topic) => ({ type: 'help' as const, topic })),
  ],
  notNow: Object.values(STAGES).map((stage) => ({ type: 'notNow', stage })),
  didNotUnderstand: [{ type: 'didNotUnderstand' }],
  notYourQuestion: [{ type: 'notYourQuestion' }],
  cleanNoted: [{ type: 'cleanNoted', clean: true }, { type: 'cleanNoted', clean: false }],
  setSavedForLater: [{ type: 'setSavedForLater', reps: 6, target: 10 }],
  stateReset: [{ type: 'stateReset' }],
  saveFailed: [{ type: 'saveFailed' }],
  unsavedDropped: [1, 3].flatMap((sets) => [0, 1, 4].map((changes) => ({ type: 'unsavedDropped' as const, sets, changes }))),
  setLogged: SETS.map((set) => ({ type: 'setLogged', set })),
  setChanged: SETS.map((set) => ({ type: 'setChanged', set })),
  setDeleted: [{ type: 'setDeleted' }],
  nothingLogged: [{ type: 'nothingLogged' }],
  historyDeleted: [{ type: 'historyDeleted' }],
  keptHistory: [{ type: 'keptHistory' }],
  logUnavailable: [{ type: 'logUnavailable' }],
  describeSet: SETS.map((set) => ({ type: 'describeSet', set })),
  history: Object.values(SUMMARIES).flatMap((list: readonly HistorySummary[]) => list.map((summary) => ({ type: 'history' as const, summary }))),
  goodbye: [{ type: 'goodbye' }],
  ask: Object.values(QUESTIONS).map((question) => ({ type: 'ask', question })),
  end: [{ type: 'end' }],
};

// ---- Recording.

interface Request {
  readonly key: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly text: string;
}

/** The locale's real translator, noting every request and what it returned. */
function recording(locale: string): { t: Translate; requests: Request[] } {
  const real = translator(locale);
  const requests: Request[] = [];
  const t: Translate = (key, options) => {
    const text = real(key, options);
    requests.push({ key, options: options ?? {}, text });
    return text;
  };
  return { t, requests };
}

/** One act as a whole turn: said, or the question (or end) that closes it. */
function alone(act: Act): Presentation {
  if (act.type === 'ask') return { said: [], close: { kind: 'ask', question: act.question } };
  if (act.type === 'end') return { said: [], close: { kind: 'end' } };
  return { said: [act], close: { kind: 'silent' } };
}

function renderEverything(locale: string): Request[] {
  const { t, requests } = recording(locale);
  const speaker: Speaker = { locale, t };
  for (const acts of Object.values(ACTS) as (readonly Act[])[]) {
    for (const act of acts) render(speaker, alone(act));
  }
  return requests;
}

/** Every screen view, with and without what it can show (a last set, logged sets, a suggestion). */
function renderScreens(locale: string): Request[] {
  const { t, requests } = recording(locale);
  const speaker: Speaker = { locale, t };
  const settings = defaultSettings('kg');
  const exercise = EXERCISES.default;
  const ready = initialState(settings);
  const ask = { kind: 'ask', question: 'start' } as const;
  const plan = planBlock({ exercise, fromRep: 1, target: 2, settings, sentAt: 0, intro: introLine(exercise) }, fakeVoice());
  const running: WorkoutState = { ...ready, stage: { name: 'running', set: { exercise: exercise.id, target: 2, repsDone: 0, startedAt: 0, weight: WEIGHTS[2]!, block: plan.block } } };
  const reps: Act = { type: 'reps', segments: plan.segments, block: plan.block };
  screenFor(speaker, { presentation: { said: [reps, ACTS.setDone[0]!], close: ask }, state: running, event: { type: 'start', reps: 2 } });
  screenFor(speaker, { presentation: { said: [ACTS.rest[0]!], close: ask }, state: ready, event: { type: 'rest', seconds: 90 } });
  for (const sets of [SETS, []]) {
    screenFor(speaker, { presentation: { said: [ACTS.history[0]!], close: ask }, state: ready, event: { type: 'history', query: 'last', sets } });
  }
  screenFor(speaker, { presentation: { said: [ACTS.help[0]!], close: ask }, state: ready, event: { type: 'help' } });
  screenFor(speaker, { presentation: { said: [ACTS.suggest[0]!], close: ask }, state: { ...ready, lastSet: SETS[0]! }, event: { type: 'yes' } });
  screenFor(speaker, { presentation: { said: [], close: ask }, state: ready, event: { type: 'yes' } });
  return requests;
}

/** The error handler takes its translator from the i18n module: lend it the recording one. */
function runErrorHandler(locale: string): Request[] {
  const { t, requests } = recording(locale);
  const spy = jest.spyOn(i18n, 'translator').mockReturnValue(t);
  try {
    const requestEnvelope = { version: '1.0', request: { type: 'LaunchRequest', requestId: 'r', timestamp: at, locale } } as unknown as RequestEnvelope;
    const input = { requestEnvelope, responseBuilder: ResponseFactory.init(), attributesManager: { getSessionAttributes: () => ({}) } } as unknown as HandlerInput;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    GenericErrorHandler.handle(input, new Error('test'));
  } finally {
    spy.mockRestore();
    jest.restoreAllMocks();
  }
  return requests;
}

/** The edge's refusal of a malformed request, with a session to keep and without. */
function runRefusal(locale: string): Request[] {
  const { t, requests } = recording(locale);
  refusal(t, { requestType: 'IntentRequest', attributes: { state: {} } });
  refusal(t, { requestType: 'LaunchRequest' });
  return requests;
}

/** The rest timer's label and the question Alexa asks when it rings. */
function buildTimerRequest(locale: string): Request[] {
  const { t, requests } = recording(locale);
  restTimerRequest(t, locale, 'amzn1.ask.skill.test', 180, { number: 2, reps: 10 });
  weeklyReminderRequest(t, locale, 'TU', { hour: 7, minute: 0 }, Date.parse(at));
  return requests;
}

/** The resource key i18next uses for a request in `locale`, or undefined when the locale lacks it. */
function resolve(flat: ReadonlyMap<string, unknown>, locale: string, { key, options }: Request): string | undefined {
  const count = options['count'];
  if (typeof count === 'number') {
    const plural = `${key}_${new Intl.PluralRules(locale).select(count)}`;
    if (flat.has(plural)) return plural;
  }
  return typeof flat.get(key) === 'string' ? key : undefined;
}

describe.each(Object.keys(LOCALES))('keys asked for in %s', (locale) => {
  const flat = flatten(LOCALES[locale]!.resources);
  const requests = [...renderEverything(locale), ...renderScreens(locale), ...runErrorHandler(locale), ...runRefusal(locale), ...buildTimerRequest(locale)];

  test('the refusal of a malformed request asks for its sentence and, with a session, the reprompt', () => {
    expect(sorted(new Set(runRefusal(locale).map((r) => r.key)))).toEqual(['error.malformed', 'error.reprompt']);
  });

  test('the error handler asks for its apology and reprompt', () => {
    expect(sorted(new Set(runErrorHandler(locale).map((r) => r.key)))).toEqual(['error.generic', 'error.reprompt']);
  });

  test(`every key asked for exists in ${locale} itself, in the plural form each count needs`, () => {
    const missing = requests.filter((request) => resolve(flat, locale, request) === undefined).map((r) => `${r.key} ${JSON.stringify(r.options)}`);
    expect(sorted(new Set(missing))).toEqual([]);
  });

  test('every key of en.ts is asked for (no unused keys)', () => {
    const asked = new Set(requests.map((r) => r.key));
    expect(sorted([...EN_KEYS.keys()].filter((key) => !asked.has(key)))).toEqual([]);
  });

  test('every key asked for is in en.ts (no key the code invents)', () => {
    expect(sorted(new Set(requests.map((r) => r.key).filter((key) => !EN_KEYS.has(key))))).toEqual([]);
  });

  test('every {{variable}} in a string asked for is passed by the code (known exceptions aside)', () => {
    expect(sorted(unpassedVariables(flat, locale, requests)).filter((v) => !KNOWN_UNPASSED.has(v))).toEqual([]);
  });
});

test('the known unpassed variables are still there in English (remove an entry once it is fixed)', () => {
  const locale = 'en-US';
  const requests = [...renderEverything(locale), ...renderScreens(locale), ...runErrorHandler(locale), ...runRefusal(locale), ...buildTimerRequest(locale)];
  const unpassed = unpassedVariables(flatten(LOCALES[locale]!.resources), locale, requests);
  expect(sorted([...KNOWN_UNPASSED].filter((v) => !unpassed.has(v)))).toEqual([]);
});

function unpassedVariables(flat: ReadonlyMap<string, unknown>, locale: string, requests: readonly Request[]): Set<string> {
  const unpassed = new Set<string>();
  for (const request of requests) {
    const resolved = resolve(flat, locale, request);
    const text = resolved === undefined ? undefined : flat.get(resolved);
    if (typeof text !== 'string') continue;
    for (const name of variables(text)) if (!(name in request.options)) unpassed.add(`${request.key}: {{${name}}}`);
  }
  return unpassed;
}
