// Weekly workout reminders in the runner's words: which days, what time. Pure: the Alexa API
// calls live in alerts/reminders.ts; here is only what they mean.

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Day = (typeof DAYS)[number];

export interface ReminderTime {
  /** 0..23 */
  readonly hour: number;
  /** 0..59 */
  readonly minute: number;
}

export interface ReminderEntry extends ReminderTime {
  readonly day: Day;
}

/** What a reminders request came to, for the coach to say. */
export type RemindersOutcome =
  | { readonly kind: 'created'; readonly days: readonly Day[]; readonly time: ReminderTime }
  | { readonly kind: 'listed'; readonly reminders: readonly ReminderEntry[] }
  | { readonly kind: 'deleted'; readonly count: number }
  // Alexa asks for the reminders permission next; the session ends until it answers.
  | { readonly kind: 'ask' }
  | { readonly kind: 'notAllowed' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'notHeard' };

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && (DAYS as readonly string[]).includes(value);
}

/**
 * The time as said: "seven" is 7 a.m. unless the runner says evening (or a 24-hour time);
 * undefined when it is not a time of day.
 */
export function reminderTime(hour: number, minute: number | undefined, period: 'am' | 'pm' | undefined): ReminderTime | undefined {
  const m = minute ?? 0;
  if (!Number.isInteger(hour) || !Number.isInteger(m) || m < 0 || m > 59 || hour < 0 || hour > 23) return undefined;
  if (period === 'pm' && hour >= 1 && hour <= 11) return { hour: hour + 12, minute: m };
  if (period === 'am' && hour === 12) return { hour: 0, minute: m };
  return { hour, minute: m };
}

/**
 * AMAZON.TIME's value for an exact time, "HH:MM" in 24 hours ("seven thirty" is "07:30", "6:45" is
 * "06:45"); undefined for its parts of the day (MO, AF, EV, NI) and anything else, which name no hour.
 */
export function clockTime(value: string | undefined): { hour: number; minute: number } | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value ?? '');
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/** The days said, in week order, each once. */
export function orderedDays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => days.includes(day));
}

/**
 * The first date (YYYY-MM-DD) on or after `now` (UTC) that falls on `day`: a weekly reminder's
 * start; its recurrence decides the rest.
 */
export function firstDate(now: number, day: Day): string {
  const date = new Date(now);
  const today = (date.getUTCDay() + 6) % 7; // Monday = 0
  const ahead = (DAYS.indexOf(day) - today + 7) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + ahead)).toISOString().slice(0, 10);
}
