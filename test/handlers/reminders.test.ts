// Weekly workout reminders through the exported handler and the local Reminders API on 127.0.0.1
// (ask-sdk's own client, at each request's apiEndpoint with its apiAccessToken).
import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
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
function runner(locale: string, granted: Scope[], scopes?: ApiContext['scopes']): { talk: Conversation; userId: string; token: string } {
  runners += 1;
  const userId = `amzn1.ask.account.remind-${locale}-${runners}`;
  const token = api.token({ userId, skillId: SKILL_ID, scopes: granted });
  return { talk: new Conversation(skill.invoke, { locale, userId, api: { endpoint: api.endpoint, token, ...(scopes && { scopes }) } }), userId, token };
}

const TUESDAYS_AND_THURSDAYS_AT_SEVEN = { dayOne: { value: 'tuesdays', id: 'TU' }, dayTwo: { value: 'thursdays', id: 'TH' }, time: '07:00' };

describe.each(Object.keys(LOCALES))('reminders in %s', (locale) => {
  const t = translator(locale);
  const at = (day: string, hourWords: string) => t('reminder.item', { day: t(`reminder.day.${day}`), time: hourWords });
  const seven = t('reminder.time.morningOnTheHour', { hour: 7 });

  test('created (one weekly reminder per day), listed, and deleted: only this skill\'s own', async () => {
    const { talk, userId } = runner(locale, [REMINDERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' });
    // Another skill's reminder for the same person: never listed, never deleted.
    const otherToken = api.token({ userId, skillId: 'amzn1.ask.skill.other', scopes: [REMINDERS_SCOPE] });
    const other = new services.ServiceClientFactory({ apiClient: new DefaultApiClient(), apiEndpoint: api.endpoint, authorizationValue: otherToken }).getReminderManagementServiceClient();
    await other.createReminder({ requestTime: '2026-12-01T18:00:00.000', trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 600 }, alertInfo: { spokenInfo: { content: [{ locale, text: 'other' }] } } });

    await talk.launch();
    await talk.intent('SetReminderIntent', TUESDAYS_AND_THURSDAYS_AT_SEVEN);
    expect(talk.said.startsWith(t('reminder.created', { days: `${t('reminder.day.TU')} ${t('reminder.and')} ${t('reminder.day.TH')}`, time: seven }))).toBe(true);
    expect(talk.ended).toBe(false);
    const mine = api.reminders(userId).filter((r) => r.skillId === SKILL_ID);
    expect(mine.map((r) => r.request.trigger)).toEqual([
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T07:00:00\.000$/), recurrence: { freq: 'WEEKLY', byDay: ['TU'] } },
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T07:00:00\.000$/), recurrence: { freq: 'WEEKLY', byDay: ['TH'] } },
    ]);
    expect(mine[0]!.request.alertInfo).toEqual({ spokenInfo: { content: [{ locale, text: t('reminder.text') }] } });
    // The first date falls on the day it names.
    for (const [i, day] of [[0, 2], [1, 4]] as const) expect(new Date(`${(mine[i]!.request.trigger['scheduledTime'] as string).slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(day);

    await talk.intent('ListRemindersIntent');
    expect(talk.said.startsWith(t('reminder.listed', { count: 2, list: `${at('TU', seven)} ${t('reminder.and')} ${at('TH', seven)}` }))).toBe(true);

    await talk.intent('StopRemindersIntent');
    expect(talk.said.startsWith(t('reminder.deleted', { count: 2 }))).toBe(true);
    expect(api.reminders(userId).map((r) => r.skillId)).toEqual(['amzn1.ask.skill.other']);
    await talk.intent('ListRemindersIntent');
    expect(talk.said.startsWith(t('reminder.none'))).toBe(true);
  });

  test('the first time, Alexa asks by voice; ACCEPTED creates what was asked for, in the evening when said so', async () => {
    const { talk, userId, token } = runner(locale, []);
    await talk.launch();
    await talk.intent('SetReminderIntent', { dayOne: { value: 'monday', id: 'MO' }, time: '06:30', period: { value: 'evening', id: 'pm' } });
    expect(talk.said).toBe(t('reminder.ask'));
    const [directive] = (talk.last?.response.directives ?? []) as { type: string; name: string; payload: Record<string, unknown>; token: string }[];
    expect(directive).toMatchObject({ type: 'Connections.SendRequest', name: 'AskFor', payload: { permissionScope: REMINDERS_SCOPE } });
    expect(api.reminders(userId)).toEqual([]);
    api.grant(token, REMINDERS_SCOPE);
    talk.api = { endpoint: api.endpoint, token, scopes: { [REMINDERS_SCOPE]: 'GRANTED' } };
    await talk.connectionsResponse('AskFor', { permissionScope: REMINDERS_SCOPE, status: 'ACCEPTED' }, directive!.token);
    expect(talk.said.startsWith(t('reminder.created', { days: t('reminder.day.MO'), time: t('reminder.time.evening', { hour: 6, minutes: '30' }) }))).toBe(true);
    expect(api.reminders(userId).map((r) => r.request.trigger)).toEqual([expect.objectContaining({ scheduledTime: expect.stringMatching(/T18:30:00\.000$/), recurrence: { freq: 'WEEKLY', byDay: ['MO'] } })]);
  });
});

// AMAZON.TIME resolves "at seven thirty" to "07:30" and "at 6:45" to "06:45": the minutes are kept
// in the reminder set, in what the runner hears, and in the list read back from the API.
describe.each(Object.keys(LOCALES))('reminder minutes in %s', (locale) => {
  const t = translator(locale);

  test.each([
    ['seven thirty', '07:30', undefined, 'morning', 7, '30', 'T07:30:00.000'],
    ['6:45', '06:45', undefined, 'morning', 6, '45', 'T06:45:00.000'],
    ['six forty-five in the evening, as one time', '18:45', undefined, 'evening', 6, '45', 'T18:45:00.000'],
    ['six fifteen, "in the evening" heard apart', '06:15', { value: 'evening', id: 'pm' }, 'evening', 6, '15', 'T18:15:00.000'],
  ] as const)('%s: set at %s', async (_said, time, period, part, hour, minutes, scheduled) => {
    const { talk, userId } = runner(locale, [REMINDERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' });
    await talk.launch();
    await talk.intent('SetReminderIntent', { dayOne: { value: 'tuesdays', id: 'TU' }, time, ...(period && { period }) });
    const spoken = t(`reminder.time.${part}`, { hour, minutes });
    expect(talk.said.startsWith(t('reminder.created', { days: t('reminder.day.TU'), time: spoken }))).toBe(true);
    // "7:30 a.m." closes the sentence: never "a.m.." before the next one.
    expect(talk.said).not.toMatch(/\.\./);
    const [reminder] = api.reminders(userId);
    expect(reminder!.request.trigger).toEqual({ type: 'SCHEDULED_ABSOLUTE', scheduledTime: expect.stringContaining(scheduled), recurrence: { freq: 'WEEKLY', byDay: ['TU'] } });
    await talk.intent('ListRemindersIntent');
    expect(talk.said.startsWith(t('reminder.listed', { count: 1, list: t('reminder.item', { day: t('reminder.day.TU'), time: spoken }) }))).toBe(true);
    expect(talk.said).not.toMatch(/\.\./);
  });

  test('a part of the day alone (AMAZON.TIME "EV") names no time: the runner hears how to ask, nothing is set', async () => {
    const { talk, userId } = runner(locale, [REMINDERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' });
    await talk.launch();
    await talk.intent('SetReminderIntent', { dayOne: { value: 'tuesdays', id: 'TU' }, time: 'EV' });
    expect(talk.said.startsWith(t('reminder.notHeard'))).toBe(true);
    expect(api.reminders(userId)).toEqual([]);
  });
});

describe.each(Object.keys(LOCALES))('reminders: refusals in %s', (locale) => {
  const t = translator(locale);

  test.each(['DENIED', 'NOT_ANSWERED'])('%s: nothing is created and the runner hears how to allow reminders', async (status) => {
    const { talk, userId } = runner(locale, []);
    await talk.launch();
    await talk.intent('SetReminderIntent', TUESDAYS_AND_THURSDAYS_AT_SEVEN);
    const token = (talk.last?.response.directives?.[0] as { token: string }).token;
    await talk.connectionsResponse('AskFor', { permissionScope: REMINDERS_SCOPE, status }, token);
    expect(talk.said.startsWith(t('reminder.howToAllow'))).toBe(true);
    expect(api.reminders(userId)).toEqual([]);
  });

  test('a permission revoked (401 from the API) is said as how to allow reminders; a server error as a failure', async () => {
    const { talk } = runner(locale, [TIMERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' });
    await talk.launch();
    await talk.intent('ListRemindersIntent');
    expect(talk.said.startsWith(t('reminder.howToAllow'))).toBe(true);
    const ok = runner(locale, [REMINDERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' }).talk;
    await ok.launch();
    api.failNext(500);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await ok.intent('StopRemindersIntent');
    logged.mockRestore();
    expect(ok.said.startsWith(t('reminder.failed'))).toBe(true);
  });

  test('without days or a time, the runner hears how to ask; without Alexa APIs, that reminders are not available', async () => {
    const { talk } = runner(locale, [REMINDERS_SCOPE], { [REMINDERS_SCOPE]: 'GRANTED' });
    await talk.launch();
    await talk.intent('SetReminderIntent', { dayOne: { value: 'tuesdays', id: 'TU' } });
    expect(talk.said.startsWith(t('reminder.notHeard'))).toBe(true);
    const offline = new Conversation(skill.invoke, { locale, userId: `amzn1.ask.account.no-api-${locale}` });
    await offline.launch();
    await offline.intent('SetReminderIntent', TUESDAYS_AND_THURSDAYS_AT_SEVEN);
    expect(offline.said.startsWith(t('reminder.unavailable'))).toBe(true);
  });
});
