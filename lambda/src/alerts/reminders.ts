// Weekly workout reminders through Alexa's Reminders API, with ask-sdk's own
// ReminderManagementServiceClient. The API only ever shows a skill its own reminders, so "what are
// my reminders" and "stop reminding me" can never touch anyone else's.
import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Intent, services } from 'ask-sdk-model';
import type { Translate } from '../i18n';
import type { Turn } from '../turn';
import { heardChoice, slot } from '../handlers/slots';
import { clockTime, DAYS, firstDate, isDay, orderedDays, reminderTime, type Day, type ReminderEntry, type ReminderTime, type RemindersOutcome } from '../workout/reminders';
import { askForDirective, canCallAlexaApis, consentAnswer, scopeStatus } from './permissions';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

const pad = (n: number) => String(n).padStart(2, '0');

/** One weekly reminder: the device's own time zone applies, since none is given. */
export function weeklyReminderRequest(t: Translate, locale: string, day: Day, time: ReminderTime, now: number): services.reminderManagement.ReminderRequest {
  return {
    // Local times without a zone, as the API wants them.
    requestTime: new Date(now).toISOString().slice(0, 23),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: `${firstDate(now, day)}T${pad(time.hour)}:${pad(time.minute)}:00.000`,
      recurrence: { freq: 'WEEKLY', byDay: [day] },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text: t('reminder.text') }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** What the runner asked for: the days and the time; undefined when either is missing. */
export function heardReminder(intent: Intent): { days: Day[]; time: ReminderTime } | undefined {
  const days = orderedDays(
    ['dayOne', 'dayTwo'].map((name) => heardChoice(slot(intent, name), DAYS)).filter((day): day is Day => isDay(day)),
  );
  // The time comes whole from AMAZON.TIME, minutes and all; "in the evening" may come apart
  // ("at six {period}"), and then turns the hour said into an evening one.
  const said = clockTime(slot(intent, 'time')?.value);
  const period = heardChoice(slot(intent, 'period'), ['am', 'pm'] as const);
  if (days.length === 0 || !said) return undefined;
  const time = reminderTime(said.hour, said.minute, period === 'am' || period === 'pm' ? period : undefined);
  return time && { days, time };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function failure(error: unknown): RemindersOutcome {
  const status = statusOf(error);
  if (status === 401 || status === 403) return { kind: 'notAllowed' };
  console.error(JSON.stringify({ level: 'error', message: 'reminders call failed', status: status ?? null }));
  return { kind: 'failed' };
}

function client(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient | undefined {
  return input.serviceClientFactory?.getReminderManagementServiceClient();
}

async function create(input: HandlerInput, turn: Turn, days: readonly Day[], time: ReminderTime): Promise<RemindersOutcome> {
  const reminders = client(input);
  if (!reminders) return { kind: 'unavailable' };
  try {
    // One reminder per day: a weekly recurrence with one day each is the form every service accepts.
    for (const day of days) await reminders.createReminder(weeklyReminderRequest(turn.speaker.t, turn.speaker.locale, day, time, turn.now));
    return { kind: 'created', days, time };
  } catch (error) {
    return failure(error);
  }
}

/** The reminders this skill set, as days and times (those of another shape are left out). */
function entries(list: services.reminderManagement.GetRemindersResponse): { token: string; entry?: ReminderEntry }[] {
  return (list.alerts ?? []).flatMap((alert) => {
    if (!alert.alertToken) return [];
    const day = alert.trigger?.recurrence?.byDay?.[0];
    const match = /T(\d{2}):(\d{2})/.exec(alert.trigger?.scheduledTime ?? '');
    const entry = isDay(day) && match ? { day, hour: Number(match[1]), minute: Number(match[2]) } : undefined;
    return [{ token: alert.alertToken, ...(entry && { entry }) }];
  });
}

async function list(input: HandlerInput): Promise<RemindersOutcome> {
  const reminders = client(input);
  if (!reminders) return { kind: 'unavailable' };
  try {
    const found = entries(await reminders.getReminders()).flatMap((e) => (e.entry ? [e.entry] : []));
    found.sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
    return { kind: 'listed', reminders: found };
  } catch (error) {
    return failure(error);
  }
}

async function deleteAll(input: HandlerInput): Promise<RemindersOutcome> {
  const reminders = client(input);
  if (!reminders) return { kind: 'unavailable' };
  try {
    const tokens = entries(await reminders.getReminders()).map((e) => e.token);
    for (const token of tokens) await reminders.deleteReminder(token);
    return { kind: 'deleted', count: tokens.length };
  } catch (error) {
    return failure(error);
  }
}

export interface RemindersTurn {
  readonly event: { readonly type: 'reminders'; readonly outcome: RemindersOutcome };
  readonly directives: readonly Directive[];
}

const outcome = (o: RemindersOutcome, directives: readonly Directive[] = []): RemindersTurn => ({ event: { type: 'reminders', outcome: o }, directives });

/** "Remind me to deadlift on Tuesdays and Thursdays at seven": asks for the permission the first time. */
export async function setRemindersTurn(input: HandlerInput, turn: Turn, intent: Intent): Promise<RemindersTurn> {
  const wanted = heardReminder(intent);
  if (!wanted) return outcome({ kind: 'notHeard' });
  const envelope = input.requestEnvelope;
  if (!canCallAlexaApis(envelope)) return outcome({ kind: 'unavailable' });
  const status = scopeStatus(envelope, REMINDERS_SCOPE);
  if (status === 'DENIED') return outcome({ kind: 'notAllowed' });
  if (status === 'unknown') return outcome({ kind: 'ask' }, [askForDirective(REMINDERS_SCOPE, JSON.stringify({ remind: wanted }))]);
  return outcome(await create(input, turn, wanted.days, wanted.time));
}

export async function listRemindersTurn(input: HandlerInput): Promise<RemindersTurn> {
  return outcome(canCallAlexaApis(input.requestEnvelope) ? await list(input) : { kind: 'unavailable' });
}

export async function stopRemindersTurn(input: HandlerInput): Promise<RemindersTurn> {
  return outcome(canCallAlexaApis(input.requestEnvelope) ? await deleteAll(input) : { kind: 'unavailable' });
}

function readWanted(token: unknown): { days: Day[]; time: ReminderTime } | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const remind = (JSON.parse(token) as { remind?: { days?: unknown; time?: { hour?: unknown; minute?: unknown } } }).remind;
    const days = Array.isArray(remind?.days) ? orderedDays(remind.days.filter(isDay)) : [];
    const hour = remind?.time?.hour;
    const minute = remind?.time?.minute;
    const time = typeof hour === 'number' && typeof minute === 'number' ? reminderTime(hour, minute, undefined) : undefined;
    return days.length > 0 && time ? { days, time } : undefined;
  } catch {
    return undefined;
  }
}

/** Alexa's answer to the reminders question: the reminders the runner asked for, or how to allow them. */
export async function reminderConsentTurn(input: HandlerInput, turn: Turn, payload: unknown, token: unknown): Promise<RemindersTurn> {
  const wanted = readWanted(token);
  if (consentAnswer(payload) !== 'ACCEPTED') return outcome({ kind: 'notAllowed' });
  if (!wanted) return outcome({ kind: 'notHeard' });
  if (!canCallAlexaApis(input.requestEnvelope)) return outcome({ kind: 'unavailable' });
  return outcome(await create(input, turn, wanted.days, wanted.time));
}
