// The habit the launch greeting talks about: sessions this week against the runner's weekly goal,
// and how many weeks in a row met it. Weeks are the last seven days and the seven before them, so
// no time zone is needed; a session is a run of sets with less than six hours between them.
import type { LoggedSet } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
const SESSION_GAP_MS = 6 * 60 * 60 * 1000;

export interface Habit {
  /** Sessions in the last seven days. */
  readonly done: number;
  readonly goal: number;
  /** Weeks in a row that met the goal: this one if already met, else counting from last week. */
  readonly streak: number;
}

/** When each session started, newest first. */
export function sessionStarts(sets: readonly LoggedSet[], now: number): number[] {
  const times = [...new Map(sets.map((set) => [set.id, Date.parse(set.at)])).values()]
    .filter((time) => Number.isFinite(time) && time <= now)
    .sort((a, b) => a - b);
  const starts: number[] = [];
  let last = -Infinity;
  for (const time of times) {
    if (time - last >= SESSION_GAP_MS) starts.push(time);
    last = time;
  }
  return starts.reverse();
}

/**
 * `sets` are the newest sets (a bounded read): a streak longer than they reach is counted as far
 * as they go.
 */
export function habit(sets: readonly LoggedSet[], now: number, goal: number): Habit {
  const starts = sessionStarts(sets, now);
  const inWeek = (k: number) => starts.filter((time) => time > now - (k + 1) * WEEK_MS && time <= now - k * WEEK_MS).length;
  const done = inWeek(0);
  const oldest = starts.at(-1) ?? now;
  let streak = 0;
  for (let k = done >= goal ? 0 : 1; now - k * WEEK_MS > oldest && inWeek(k) >= goal; k += 1) streak += 1;
  return { done, goal, streak };
}
