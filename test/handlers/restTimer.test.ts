// Rest timers through the exported handler, the store on dynalite and the local Timers API on
// 127.0.0.1: the skill calls it with ask-sdk's own client, at the apiEndpoint and with the
// apiAccessToken of each request, so what the server received is what a device would get.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { REMINDERS_SCOPE, TIMERS_SCOPE, startAlexaApi, type AlexaApi, type Scope } from '../../server/alexaApi';
import { Conversation, SKILL_ID, type ApiContext } from '../support/conversation';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

let skill: LoadedSkill;
let api: AlexaApi;
beforeAll(async () => {
  [skill, api] = await Promise.all([loadExportedSkill(), startAlexaApi()]);
});
afterAll(async () => {
  skill.table?.close();
  await api.close();
});

let runners = 0;
function runner(locale: string, granted: Scope[], scopes?: ApiContext['scopes'], extra: { timers?: boolean } = {}): { talk: Conversation; userId: string; token: string } {
  runners += 1;
  const userId = `amzn1.ask.account.rest-${locale}-${runners}`;
  const token = api.token({ userId, skillId: SKILL_ID, scopes: granted, ...extra });
  const talk = new Conversation(skill.invoke, { locale, userId, api: { endpoint: api.endpoint, token, ...(scopes && { scopes }) } });
  return { talk, userId, token };
}

const directives = (talk: Conversation) => talk.last?.response.directives ?? [];

/** A set logged by voice, answered, so the runner is between sets. */
async function oneSetDone(talk: Conversation, locale: string): Promise<void> {
  const unit = LOCALES[locale]!.unit;
  await talk.launch();
  await talk.intent('LogSetIntent', { reps: 10, weight: unit === 'lb' ? 65 : 30, unit: { value: unit, id: unit } });
  await talk.intent('AMAZON.NoIntent');
}

describe.each(Object.keys(LOCALES))('rest timers in %s', (locale) => {
  const t = translator(locale);
  const unit = LOCALES[locale]!.unit;
  const lifted = unit === 'lb' ? 65 : 30;
  const spokenWeight = t(`weight.${unit}`, { amount: String(lifted), count: lifted });

  test('permission granted: "rest for three minutes" sets a LAUNCH_TASK timer for the next set and ends the session', async () => {
    const { talk, userId } = runner(locale, [TIMERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' });
    await oneSetDone(talk, locale);
    await talk.intent('RestIntent', { minutes: 3 });
    expect(talk.said).toBe(t('timer.set', { duration: t('timer.minutes', { count: 3 }), number: 2 }));
    expect(talk.ended).toBe(true);
    const timers = api.timers(userId);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.request).toEqual({
      seconds: 180,
      duration: 'PT3M',
      timerLabel: t('timer.label'),
      visibility: 'VISIBLE',
      playAudible: true,
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale, text: t('timer.confirm') }],
        task: { name: `${SKILL_ID}.ContinueWorkout`, version: '1', input: { setNumber: 2, reps: 10, weightAmount: lifted, weightUnit: unit } },
      },
    });
  });

  test('the relaunch from the task goes straight into the next set, and yes starts it', async () => {
    const { talk } = runner(locale, [TIMERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' });
    await talk.launchTask({ name: `${SKILL_ID}.ContinueWorkout`, version: '1', input: { setNumber: 3, reps: 8, weightAmount: lifted, weightUnit: unit } });
    expect(talk.said).toBe(`${t('timer.next.withWeight', { number: 3, count: 8, weight: spokenWeight })} ${t('ask.start.say')}`);
    expect(talk.ended).toBe(false);
    await talk.intent('AMAZON.YesIntent');
    expect(talk.sessionState.stage).toMatchObject({ name: 'running', set: { target: 8, repsDone: 0, weight: { amount: lifted, unit } } });
  });
});

describe.each(Object.keys(LOCALES))('rest timers: permission and failures in %s', (locale) => {
  const t = translator(locale);
  const countdownStart = t('rest.start', { seconds: 120 });

  test('not yet asked: Alexa asks by voice (AskFor), and ACCEPTED sets the timer', async () => {
    const { talk, userId, token } = runner(locale, []);
    await oneSetDone(talk, locale);
    await talk.intent('RestIntent', { minutes: 2 });
    expect(talk.said).toBe(t('timer.ask'));
    expect(talk.last?.response.reprompt).toBeUndefined();
    const [directive] = directives(talk) as { type: string; name: string; payload: Record<string, unknown>; token: string }[];
    expect(directive).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: TIMERS_SCOPE },
    });
    expect(api.timers(userId)).toEqual([]);
    // The runner says yes to Alexa; the answer comes with a token that now carries the scope.
    api.grant(token, TIMERS_SCOPE);
    talk.api = { endpoint: api.endpoint, token, scopes: { [TIMERS_SCOPE]: 'GRANTED' } };
    await talk.connectionsResponse('AskFor', { permissionScope: TIMERS_SCOPE, status: 'ACCEPTED' }, directive!.token);
    expect(talk.said).toBe(t('timer.set', { duration: t('timer.minutes', { count: 2 }), number: 2 }));
    expect(api.timers(userId).map((timer) => timer.request.duration)).toEqual(['PT2M']);
  });

  test.each(['DENIED', 'NOT_ANSWERED'])('%s: the spoken countdown, after saying once how to allow timers', async (status) => {
    const { talk, userId } = runner(locale, []);
    await oneSetDone(talk, locale);
    await talk.intent('RestIntent', { minutes: 2 });
    const token = (directives(talk)[0] as { token: string }).token;
    await talk.connectionsResponse('AskFor', { permissionScope: TIMERS_SCOPE, status }, token);
    expect(talk.said.startsWith(`${t('timer.howToAllow')} ${countdownStart}`)).toBe(true);
    expect(talk.said).toContain(t('rest.over'));
    expect(api.timers(userId)).toEqual([]);
    // Denied in the request's context from then on: no question, no how-to, just the countdown.
    talk.api = { ...talk.api!, scopes: { [TIMERS_SCOPE]: 'DENIED' } };
    await talk.intent('RestIntent', { minutes: 2 });
    expect(talk.said.startsWith(countdownStart)).toBe(true);
    expect(directives(talk)).toEqual([]);
  });

  test('timer create fails (server error): the countdown, saying the timer could not be set', async () => {
    const { talk, userId } = runner(locale, [TIMERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' });
    await oneSetDone(talk, locale);
    api.failNext(500);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await talk.intent('RestIntent', { minutes: 2 });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('"message":"timer not set","status":500'));
    logged.mockRestore();
    expect(talk.said.startsWith(`${t('timer.failed')} ${countdownStart}`)).toBe(true);
    expect(talk.ended).toBe(false);
    expect(api.timers(userId)).toEqual([]);
  });

  test('a device without timers (403): the countdown, capped at what one response can hold', async () => {
    const { talk } = runner(locale, [TIMERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' }, { timers: false });
    await oneSetDone(talk, locale);
    await talk.intent('RestIntent', { minutes: 4 });
    expect(talk.said.startsWith(`${t('timer.failed')} ${t('rest.start', { seconds: 180 })}`)).toBe(true);
  });

  test('the token no longer carries the scope (401): countdown and how to allow timers', async () => {
    const { talk, userId } = runner(locale, [REMINDERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' });
    await oneSetDone(talk, locale);
    await talk.intent('RestIntent', { minutes: 2 });
    expect(talk.said.startsWith(`${t('timer.howToAllow')} ${countdownStart}`)).toBe(true);
    expect(api.timers(userId)).toEqual([]);
  });

  test('mid-set the rest is the countdown (the set pauses), and no API is called', async () => {
    const { talk } = runner(locale, [TIMERS_SCOPE], { [TIMERS_SCOPE]: 'GRANTED' });
    await talk.launch();
    await talk.intent('StartSetIntent', { reps: 10 });
    const calls = api.received.length;
    await talk.intent('RestIntent', { minutes: 2 });
    expect(talk.said.startsWith(countdownStart)).toBe(true);
    expect(talk.sessionState.stage).toMatchObject({ name: 'paused' });
    expect(api.received.length).toBe(calls);
  });

  test('a task input that is not a set, or another skill\'s task, is an ordinary launch', async () => {
    const { talk } = runner(locale, []);
    await talk.launchTask({ name: `${SKILL_ID}.ContinueWorkout`, version: '1', input: { setNumber: 'three', reps: 10 } });
    expect(talk.said.startsWith(t('welcome.first'))).toBe(true);
    const other = runner(locale, []).talk;
    await other.launchTask({ name: 'amzn1.ask.skill.other.ContinueWorkout', version: '1', input: { setNumber: 3, reps: 10 } });
    expect(other.said.startsWith(t('welcome.first'))).toBe(true);
  });
});
