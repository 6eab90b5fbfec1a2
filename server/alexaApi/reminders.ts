// The Reminders REST API's request body (services.reminderManagement.ReminderRequest in
// ask-sdk-model) and the rules its reference states: see server/alexaApi/README.md for sources.
import { LOCALE, Problems, array, isObject, object, oneOf, string, type Json } from './check';

export const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Day = (typeof DAYS)[number];

/**
 * A local date-time without a zone ("2026-12-08T07:00:00.000"): the trigger's time zone says where
 * it is. A trailing Z or offset is refused, as the service does.
 */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

export interface ReminderRequest {
  readonly requestTime: string;
  readonly trigger: Record<string, Json>;
  readonly alertInfo: Record<string, Json>;
  readonly pushNotification?: Record<string, Json>;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function recurrence(problems: Problems, trigger: Record<string, Json>, path: string): void {
  const rec = object(problems, trigger, 'recurrence', path, false);
  if (!rec) return;
  const at = `${path}.recurrence`;
  // The newer form: RRULE strings, which make freq and byDay ignored.
  const rules = array(problems, rec, 'recurrenceRules', at, false);
  if (rules) {
    rules.forEach((rule, index) => {
      if (typeof rule !== 'string' || !/^FREQ=(DAILY|WEEKLY)(;[A-Z]+=[A-Z0-9,]+)*$/.test(rule)) problems.add(`${at}.recurrenceRules[${index}]`, 'must be an RRULE such as FREQ=WEEKLY;BYDAY=TU');
    });
    if (rules.length === 0) problems.add(`${at}.recurrenceRules`, 'must not be empty');
    return;
  }
  const freq = oneOf(problems, rec, 'freq', at, ['WEEKLY', 'DAILY'] as const);
  const byDay = array(problems, rec, 'byDay', at, freq === 'WEEKLY');
  if (byDay && freq === 'DAILY') problems.add(`${at}.byDay`, 'is only for WEEKLY recurrence');
  if (byDay) {
    if (byDay.length === 0) problems.add(`${at}.byDay`, 'must name at least one day');
    byDay.forEach((day, index) => {
      if (!(DAYS as readonly Json[]).includes(day)) problems.add(`${at}.byDay[${index}]`, `must be one of ${DAYS.join(', ')}`);
    });
    if (new Set(byDay).size !== byDay.length) problems.add(`${at}.byDay`, 'must not repeat a day');
  }
  const interval = rec['interval'];
  if (interval !== undefined && (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1)) problems.add(`${at}.interval`, 'must be a positive integer');
}

function trigger(problems: Problems, body: Record<string, Json>): Record<string, Json> | undefined {
  const trig = object(problems, body, 'trigger', '$');
  if (!trig) return undefined;
  const type = oneOf(problems, trig, 'type', '$.trigger', ['SCHEDULED_ABSOLUTE', 'SCHEDULED_RELATIVE'] as const);
  const zone = string(problems, trig, 'timeZoneId', '$.trigger', false);
  if (zone !== undefined && !validZone(zone)) problems.add('$.trigger.timeZoneId', 'must be an IANA time zone such as America/Los_Angeles');
  if (type === 'SCHEDULED_ABSOLUTE') {
    const time = string(problems, trig, 'scheduledTime', '$.trigger');
    if (time !== undefined && !LOCAL_TIME.test(time)) problems.add('$.trigger.scheduledTime', 'must be a local ISO 8601 time without a zone (INVALID_TRIGGER_SCHEDULED_TIME_FORMAT)');
    if (trig['offsetInSeconds'] !== undefined) problems.add('$.trigger.offsetInSeconds', 'is only for SCHEDULED_RELATIVE');
    recurrence(problems, trig, '$.trigger');
  } else if (type === 'SCHEDULED_RELATIVE') {
    const offset = trig['offsetInSeconds'];
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1) problems.add('$.trigger.offsetInSeconds', 'must be a positive integer');
    if (trig['scheduledTime'] !== undefined) problems.add('$.trigger.scheduledTime', 'is only for SCHEDULED_ABSOLUTE');
    if (trig['recurrence'] !== undefined) problems.add('$.trigger.recurrence', 'is only for SCHEDULED_ABSOLUTE');
  }
  return trig;
}

function alertInfo(problems: Problems, body: Record<string, Json>): Record<string, Json> | undefined {
  const info = object(problems, body, 'alertInfo', '$');
  const spoken = info && object(problems, info, 'spokenInfo', '$.alertInfo');
  const content = spoken && array(problems, spoken, 'content', '$.alertInfo.spokenInfo');
  if (content && content.length === 0) problems.add('$.alertInfo.spokenInfo.content', 'must not be empty');
  content?.forEach((item, index) => {
    const at = `$.alertInfo.spokenInfo.content[${index}]`;
    if (!isObject(item)) return problems.add(at, 'must be an object');
    const locale = string(problems, item, 'locale', at);
    if (locale !== undefined && !LOCALE.test(locale)) problems.add(`${at}.locale`, 'must be a locale such as en-US');
    const text = string(problems, item, 'text', at, false);
    const ssml = string(problems, item, 'ssml', at, false);
    if (text === undefined && ssml === undefined) problems.add(at, 'needs text or ssml');
    if (ssml !== undefined && !/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.add(`${at}.ssml`, 'must be wrapped in <speak>');
  });
  return info;
}

export function readReminderRequest(body: Json): { ok: true; request: ReminderRequest } | { ok: false; problems: string[] } {
  if (!isObject(body)) return { ok: false, problems: ['body: must be a JSON object'] };
  const problems = new Problems();
  const requestTime = string(problems, body, 'requestTime', '$');
  if (requestTime !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(requestTime)) problems.add('$.requestTime', 'must be an ISO 8601 time');
  const trig = trigger(problems, body);
  const info = alertInfo(problems, body);
  const push = object(problems, body, 'pushNotification', '$', false);
  if (push) oneOf(problems, push, 'status', '$.pushNotification', ['ENABLED', 'DISABLED'] as const);
  if (!problems.ok || !requestTime || !trig || !info) return { ok: false, problems: problems.list.length > 0 ? problems.list : ['body: incomplete'] };
  return { ok: true, request: { requestTime, trigger: trig, alertInfo: info, ...(push && { pushNotification: push }) } };
}
