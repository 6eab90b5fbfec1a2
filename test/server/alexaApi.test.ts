// The local Timers and Reminders API, called the way the skill calls it: through ask-sdk's own
// service clients (DefaultApiClient over real HTTP on 127.0.0.1). Each test checks both what the
// client gets back and what the server recorded, so the shapes are pinned from both sides.
import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { REMINDERS_SCOPE, TIMERS_SCOPE, startAlexaApi, type AlexaApi, type Scope } from '../../server/alexaApi';

const SKILL = 'amzn1.ask.skill.test-deadlift';
let clock = Date.parse('2026-12-01T18:00:00.000Z');
let api: AlexaApi;

beforeAll(async () => {
  api = await startAlexaApi({ now: () => clock });
});
afterAll(() => api.close());

function factory(token: string): services.ServiceClientFactory {
  return new services.ServiceClientFactory({ apiClient: new DefaultApiClient(), apiEndpoint: api.endpoint, authorizationValue: token });
}

function tokenFor(userId: string, scopes: Scope[] = [TIMERS_SCOPE, REMINDERS_SCOPE], extra: { timers?: boolean; skillId?: string } = {}): string {
  return api.token({ userId, skillId: extra.skillId ?? SKILL, scopes, ...(extra.timers !== undefined && { timers: extra.timers }) });
}

function launchTaskTimer(overrides: Partial<services.timerManagement.TimerRequest> = {}): services.timerManagement.TimerRequest {
  return {
    duration: 'PT3M',
    timerLabel: 'rest',
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: 'en-US', text: 'Time for your next set. Continue your workout?' }],
        task: { name: `${SKILL}.ContinueWorkout`, version: '1', input: { set: 3 } },
      },
      notificationConfig: { playAudible: true },
    },
    ...overrides,
  };
}

/** The ServiceError the client throws: status, the body's code and message, and the SDK's own text for the status. */
async function statusOf(promise: Promise<unknown>): Promise<{ statusCode: number; code?: string; message?: string; sdk: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; message: string; statusCode?: number; response?: { code?: string; message?: string } };
    expect(e.name).toBe('ServiceError');
    return { statusCode: e.statusCode ?? 0, sdk: e.message, ...(e.response?.code && { code: e.response.code }), ...(e.response?.message && { message: e.response.message }) };
  }
  throw new Error('the call succeeded');
}

describe('Timers API', () => {
  test('creates a LAUNCH_TASK timer: the documented response, ringing duration after creation', async () => {
    const timers = factory(tokenFor('user-a')).getTimerManagementServiceClient();
    const created = await timers.createTimer(launchTaskTimer());
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'ON',
      duration: 'PT3M',
      timerLabel: 'rest',
      triggerTime: new Date(clock + 180_000).toISOString(),
      createdTime: new Date(clock).toISOString(),
      updatedTime: new Date(clock).toISOString(),
    });
    const sent = api.received.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/alerts/timers', status: 200, authorization: expect.stringMatching(/^Bearer local-/) });
    expect(sent.body).toEqual(launchTaskTimer());
    const listed = await timers.getTimers();
    expect(listed.totalCount).toBe(1);
    expect(listed.timers?.map((t) => t.id)).toEqual([created.id]);
    expect(await timers.getTimer(created.id!)).toMatchObject({ id: created.id, status: 'ON' });
  });

  test('a timer rings when its time comes, and only then', async () => {
    const timers = factory(tokenFor('user-ring')).getTimerManagementServiceClient();
    const created = await timers.createTimer(launchTaskTimer({ duration: 'PT1M30S' }));
    expect(api.due().map((t) => t.id)).not.toContain(created.id);
    clock += 90_000;
    expect(api.due().map((t) => t.id)).toContain(created.id);
    const rung = api.ring(created.id!);
    expect(rung?.operation).toMatchObject({ type: 'LAUNCH_TASK', task: { name: `${SKILL}.ContinueWorkout`, version: '1', input: { set: 3 } } });
    expect(api.due().map((t) => t.id)).not.toContain(created.id);
    expect(await statusOf(timers.getTimer(created.id!))).toMatchObject({ statusCode: 404 });
  });

  test('pause keeps the remaining time and resume restarts it; delete cancels', async () => {
    const timers = factory(tokenFor('user-pause')).getTimerManagementServiceClient();
    const created = await timers.createTimer(launchTaskTimer({ duration: 'PT2M' }));
    clock += 45_000;
    await timers.pauseTimer(created.id!);
    expect(await timers.getTimer(created.id!)).toMatchObject({ status: 'PAUSED', remainingTimeWhenPaused: 'PT1M15S' });
    clock += 600_000;
    await timers.resumeTimer(created.id!);
    expect(await timers.getTimer(created.id!)).toMatchObject({ status: 'ON', triggerTime: new Date(clock + 75_000).toISOString() });
    await timers.deleteTimer(created.id!);
    expect((await timers.getTimers()).totalCount).toBe(0);
  });

  test('ANNOUNCE and NOTIFY_ONLY are accepted too; DELETE all cancels only this skill\'s timers', async () => {
    const token = tokenFor('user-ops');
    const timers = factory(token).getTimerManagementServiceClient();
    await timers.createTimer(launchTaskTimer({ timerLabel: 'a', triggeringBehavior: { operation: { type: 'NOTIFY_ONLY' }, notificationConfig: { playAudible: true } } }));
    await timers.createTimer(launchTaskTimer({ timerLabel: 'b', triggeringBehavior: { operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'de-DE', text: 'Pause vorbei.' }] }, notificationConfig: { playAudible: false } } }));
    const other = factory(tokenFor('user-ops', [TIMERS_SCOPE], { skillId: 'amzn1.ask.skill.other' })).getTimerManagementServiceClient();
    await other.createTimer(launchTaskTimer({ triggeringBehavior: { operation: { type: 'NOTIFY_ONLY' }, notificationConfig: { playAudible: true } } }));
    await timers.deleteTimers();
    expect((await timers.getTimers()).totalCount).toBe(0);
    expect((await other.getTimers()).totalCount).toBe(1);
  });

  test('401 without a token, with an unknown token, and without the timers permission', async () => {
    const timer = launchTaskTimer();
    expect(await statusOf(factory('').getTimerManagementServiceClient().createTimer(timer))).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
    expect(await statusOf(factory('made-up').getTimerManagementServiceClient().createTimer(timer))).toMatchObject({ statusCode: 401 });
    const remindersOnly = factory(tokenFor('user-b', [REMINDERS_SCOPE])).getTimerManagementServiceClient();
    expect(await statusOf(remindersOnly.createTimer(timer))).toMatchObject({ statusCode: 401, sdk: 'Unauthorized' });
    expect(await statusOf(remindersOnly.getTimers())).toMatchObject({ statusCode: 401 });
  });

  test('granting the scope later (a yes to the consent prompt) makes the same token work', async () => {
    const token = tokenFor('user-later', []);
    const timers = factory(token).getTimerManagementServiceClient();
    expect(await statusOf(timers.createTimer(launchTaskTimer()))).toMatchObject({ statusCode: 401 });
    api.grant(token, TIMERS_SCOPE);
    expect((await timers.createTimer(launchTaskTimer())).status).toBe('ON');
  });

  test.each([
    ['no duration', { duration: undefined }, '$.duration: is required'],
    ['a duration in words', { duration: '3 minutes' }, '$.duration: must be an ISO 8601 duration'],
    ['more than two hours', { duration: 'PT2H1S' }, 'between 1 second and 2 hours'],
    ['no creationBehavior', { creationBehavior: undefined }, '$.creationBehavior: is required'],
    ['a visibility of its own', { creationBehavior: { displayExperience: { visibility: 'SHOWN' } } }, 'visibility: must be one of VISIBLE, HIDDEN'],
    ['an unknown operation', { triggeringBehavior: { operation: { type: 'LAUNCH' }, notificationConfig: { playAudible: true } } }, 'operation.type: must be one of'],
    ['ANNOUNCE with nothing to announce', { triggeringBehavior: { operation: { type: 'ANNOUNCE' }, notificationConfig: { playAudible: true } } }, 'textToAnnounce: is required'],
    ['LAUNCH_TASK without a task', { triggeringBehavior: { operation: { type: 'LAUNCH_TASK', textToConfirm: [{ locale: 'en-US', text: 'Go?' }] }, notificationConfig: { playAudible: true } } }, 'task: is required'],
    ['a task version that is not a number', { triggeringBehavior: { operation: { type: 'LAUNCH_TASK', textToConfirm: [{ locale: 'en-US', text: 'Go?' }], task: { name: `${SKILL}.ContinueWorkout`, version: 'v1' } }, notificationConfig: { playAudible: true } } }, 'task.version'],
    ['a confirmation without a locale', { triggeringBehavior: { operation: { type: 'LAUNCH_TASK', textToConfirm: [{ text: 'Go?' }], task: { name: `${SKILL}.ContinueWorkout`, version: '1' } }, notificationConfig: { playAudible: true } } }, 'textToConfirm[0].locale: is required'],
    ['another skill\'s task', { triggeringBehavior: { operation: { type: 'LAUNCH_TASK', textToConfirm: [{ locale: 'en-US', text: 'Go?' }], task: { name: 'amzn1.ask.skill.other.ContinueWorkout', version: '1' } }, notificationConfig: { playAudible: true } } }, 'task.name must be <skillId>.<TaskName>'],
    ['no notificationConfig', { triggeringBehavior: { operation: { type: 'NOTIFY_ONLY' } } }, 'notificationConfig: is required'],
  ])('400 for %s', async (_name, overrides, problem) => {
    const timers = factory(tokenFor('user-400')).getTimerManagementServiceClient();
    const body = JSON.parse(JSON.stringify(launchTaskTimer(overrides as Partial<services.timerManagement.TimerRequest>))) as services.timerManagement.TimerRequest;
    const result = await statusOf(timers.createTimer(body));
    expect(result).toMatchObject({ statusCode: 400, code: 'INVALID_REQUEST' });
    expect(result.message).toContain(problem);
    expect(api.timers('user-400')).toEqual([]);
  });

  test('403 on a device without timers; a label must be unique; at most ten timers', async () => {
    const noTimers = factory(tokenFor('user-echo-input', [TIMERS_SCOPE], { timers: false })).getTimerManagementServiceClient();
    expect(await statusOf(noTimers.createTimer(launchTaskTimer()))).toMatchObject({ statusCode: 403, code: 'DEVICE_NOT_SUPPORTED', sdk: 'Forbidden' });
    const timers = factory(tokenFor('user-many')).getTimerManagementServiceClient();
    await timers.createTimer(launchTaskTimer({ timerLabel: 'same' }));
    expect(await statusOf(timers.createTimer(launchTaskTimer({ timerLabel: 'same' })))).toMatchObject({ statusCode: 400 });
    for (let i = 1; i < 10; i += 1) await timers.createTimer(launchTaskTimer({ timerLabel: `t${i}` }));
    expect(await statusOf(timers.createTimer(launchTaskTimer({ timerLabel: 'eleventh' })))).toMatchObject({ statusCode: 400, code: 'TIMER_LIMIT_EXCEEDED' });
  });
});

function weeklyReminder(day: services.reminderManagement.RecurrenceDay, overrides: Partial<services.reminderManagement.ReminderRequest> = {}): services.reminderManagement.ReminderRequest {
  return {
    requestTime: '2026-12-01T18:00:00.000',
    trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00.000', timeZoneId: 'America/Denver', recurrence: { freq: 'WEEKLY', byDay: [day] } },
    alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Time for your runner deadlifts.' }] } },
    pushNotification: { status: 'ENABLED' },
    ...overrides,
  };
}

describe('Reminders API', () => {
  test('creates a weekly reminder and a relative one; lists and deletes only this skill\'s own', async () => {
    const reminders = factory(tokenFor('user-r')).getReminderManagementServiceClient();
    const tuesday = await reminders.createReminder(weeklyReminder('TU'));
    expect(tuesday).toEqual({
      alertToken: expect.any(String),
      createdTime: new Date(clock).toISOString(),
      updatedTime: new Date(clock).toISOString(),
      status: 'ON',
      version: '1',
      href: `/v1/alerts/reminders/${tuesday.alertToken}`,
    });
    const relative = await reminders.createReminder({
      requestTime: '2026-12-01T18:00:00.000',
      trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 3600 },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Deadlifts in an hour.' }] } },
    });
    const other = factory(tokenFor('user-r', [REMINDERS_SCOPE], { skillId: 'amzn1.ask.skill.other' })).getReminderManagementServiceClient();
    const foreign = await other.createReminder(weeklyReminder('MO'));

    const listed = await reminders.getReminders();
    expect(listed.totalCount).toBe('2');
    expect(listed.alerts?.map((a) => a.alertToken).sort()).toEqual([tuesday.alertToken, relative.alertToken].sort());
    expect(listed.alerts?.find((a) => a.alertToken === tuesday.alertToken)).toMatchObject({
      status: 'ON',
      trigger: { type: 'SCHEDULED_ABSOLUTE', recurrence: { freq: 'WEEKLY', byDay: ['TU'] } },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Time for your runner deadlifts.' }] } },
    });
    expect(await statusOf(reminders.deleteReminder(foreign.alertToken!))).toMatchObject({ statusCode: 404 });
    await reminders.deleteReminder(tuesday.alertToken!);
    expect((await reminders.getReminders()).alerts?.map((a) => a.alertToken)).toEqual([relative.alertToken]);
    expect((await other.getReminders()).totalCount).toBe('1');
  });

  test('401 without the reminders permission, for create, list and delete', async () => {
    const timersOnly = factory(tokenFor('user-r2', [TIMERS_SCOPE])).getReminderManagementServiceClient();
    expect(await statusOf(timersOnly.createReminder(weeklyReminder('TH')))).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
    expect(await statusOf(timersOnly.getReminders())).toMatchObject({ statusCode: 401, sdk: expect.stringContaining('UserAuthenticationException') });
    expect(await statusOf(timersOnly.deleteReminder('anything'))).toMatchObject({ statusCode: 401 });
  });

  test.each([
    ['a scheduled time in UTC', { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00.000Z', timeZoneId: 'America/Denver' } }, 'INVALID_TRIGGER_SCHEDULED_TIME_FORMAT'],
    ['a time zone that does not exist', { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00', timeZoneId: 'Mars/Olympus' } }, 'timeZoneId'],
    ['byDay on a daily reminder', { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00', recurrence: { freq: 'DAILY', byDay: ['TU'] } } }, 'byDay: is only for WEEKLY'],
    ['a weekly reminder without days', { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00', recurrence: { freq: 'WEEKLY' } } }, 'byDay: is required'],
    ['a day of its own', { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-08T07:00:00', recurrence: { freq: 'WEEKLY', byDay: ['TUE'] } } }, 'byDay[0]'],
    ['a relative reminder with no offset', { trigger: { type: 'SCHEDULED_RELATIVE' } }, 'offsetInSeconds'],
    ['a relative reminder that recurs', { trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 60, recurrence: { freq: 'DAILY' } } }, 'recurrence: is only for SCHEDULED_ABSOLUTE'],
    ['nothing to say', { alertInfo: { spokenInfo: { content: [] } } }, 'content: must not be empty'],
    ['no requestTime', { requestTime: undefined }, 'requestTime: is required'],
  ])('400 for %s', async (_name, overrides, problem) => {
    const reminders = factory(tokenFor('user-r400')).getReminderManagementServiceClient();
    const body = JSON.parse(JSON.stringify(weeklyReminder('TU', overrides as Partial<services.reminderManagement.ReminderRequest>))) as services.reminderManagement.ReminderRequest;
    const result = await statusOf(reminders.createReminder(body));
    expect(result).toMatchObject({ statusCode: 400, code: 'INVALID_REQUEST' });
    expect(result.message).toContain(problem);
    expect(api.reminders('user-r400')).toEqual([]);
  });
});

describe('HTTP edges', () => {
  test('a body that is not JSON is 400, an unknown path 404, a wrong method 405; all are recorded', async () => {
    const token = tokenFor('user-http');
    const post = await fetch(`${api.endpoint}/v1/alerts/timers`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"duration":' });
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({ code: 'INVALID_REQUEST' });
    expect((await fetch(`${api.endpoint}/v1/alerts/alarms`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect((await fetch(`${api.endpoint}/v1/alerts/timers`, { method: 'PUT', headers: { authorization: `Bearer ${token}` } })).status).toBe(405);
    expect(api.received.slice(-3).map((r) => r.status)).toEqual([400, 404, 405]);
  });

  test('an injected fault answers the next request, once', async () => {
    const timers = factory(tokenFor('user-fault')).getTimerManagementServiceClient();
    api.failNext(500);
    expect(await statusOf(timers.getTimers())).toMatchObject({ statusCode: 500, sdk: 'Internal Server Error' });
    expect((await timers.getTimers()).totalCount).toBe(0);
  });
});
