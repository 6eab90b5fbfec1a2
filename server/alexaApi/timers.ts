// The Timers REST API's request body (services.timerManagement.TimerRequest in ask-sdk-model) and
// the limits the documentation states: see server/alexaApi/README.md for the sources.
import { LOCALE, Problems, array, durationSeconds, isObject, object, oneOf, string, type Json } from './check';

/** "The maximum timer duration of a timer is two hours" (Best Practices for Timers). */
export const MAX_TIMER_SECONDS = 2 * 60 * 60;
/** "You can create a maximum of 10 timers, including both skill and personal timers." */
export const MAX_TIMERS = 10;

export type Operation =
  | { readonly type: 'NOTIFY_ONLY' }
  | { readonly type: 'ANNOUNCE'; readonly textToAnnounce: readonly LocalizedText[] }
  | { readonly type: 'LAUNCH_TASK'; readonly textToConfirm: readonly LocalizedText[]; readonly task: TaskRef };

export interface LocalizedText {
  readonly locale: string;
  readonly text: string;
}

export interface TaskRef {
  readonly name: string;
  readonly version: string;
  readonly input?: Record<string, Json>;
}

export interface TimerRequest {
  readonly seconds: number;
  readonly duration: string;
  readonly timerLabel?: string;
  readonly visibility: 'VISIBLE' | 'HIDDEN';
  readonly operation: Operation;
  readonly playAudible: boolean;
}

function texts(problems: Problems, parent: Record<string, Json>, key: string, path: string): LocalizedText[] {
  const items = array(problems, parent, key, path) ?? [];
  if (items.length === 0 && parent[key] !== undefined) problems.add(`${path}.${key}`, 'must not be empty');
  const out: LocalizedText[] = [];
  items.forEach((item, index) => {
    const at = `${path}.${key}[${index}]`;
    if (!isObject(item)) return problems.add(at, 'must be an object');
    const locale = string(problems, item, 'locale', at);
    const text = string(problems, item, 'text', at);
    if (locale !== undefined && !LOCALE.test(locale)) problems.add(`${at}.locale`, 'must be a locale such as en-US');
    if (locale !== undefined && text !== undefined) out.push({ locale, text });
  });
  return out;
}

/** A positive integer written as a string, as task versions are ("1"). */
const TASK_VERSION = /^[1-9]\d*$/;

function operation(problems: Problems, parent: Record<string, Json>, path: string): Operation | undefined {
  const op = object(problems, parent, 'operation', path);
  if (!op) return undefined;
  const at = `${path}.operation`;
  const type = oneOf(problems, op, 'type', at, ['NOTIFY_ONLY', 'ANNOUNCE', 'LAUNCH_TASK'] as const);
  switch (type) {
    case 'NOTIFY_ONLY':
      return { type };
    case 'ANNOUNCE':
      return { type, textToAnnounce: texts(problems, op, 'textToAnnounce', at) };
    case 'LAUNCH_TASK': {
      const textToConfirm = texts(problems, op, 'textToConfirm', at);
      const task = object(problems, op, 'task', at);
      if (!task) return undefined;
      const name = string(problems, task, 'name', `${at}.task`);
      const version = string(problems, task, 'version', `${at}.task`);
      if (version !== undefined && !TASK_VERSION.test(version)) problems.add(`${at}.task.version`, 'must be a positive integer, as a string');
      const input = object(problems, task, 'input', `${at}.task`, false);
      if (name === undefined || version === undefined) return undefined;
      return { type, textToConfirm, task: { name, version, ...(input && { input }) } };
    }
    default:
      return undefined;
  }
}

/** The request as the API reads it, or every problem found in it. */
export function readTimerRequest(body: Json): { ok: true; request: TimerRequest } | { ok: false; problems: string[] } {
  const problems = new Problems();
  if (!isObject(body)) return { ok: false, problems: ['body: must be a JSON object'] };
  const duration = string(problems, body, 'duration', '$');
  const seconds = duration === undefined ? undefined : durationSeconds(duration);
  if (duration !== undefined && seconds === undefined) problems.add('$.duration', 'must be an ISO 8601 duration such as PT3M');
  if (seconds !== undefined && (seconds < 1 || seconds > MAX_TIMER_SECONDS)) problems.add('$.duration', 'must be between 1 second and 2 hours');
  const timerLabel = string(problems, body, 'timerLabel', '$', false);
  const creation = object(problems, body, 'creationBehavior', '$');
  const display = creation && object(problems, creation, 'displayExperience', '$.creationBehavior');
  const visibility = display && oneOf(problems, display, 'visibility', '$.creationBehavior.displayExperience', ['VISIBLE', 'HIDDEN'] as const);
  const triggering = object(problems, body, 'triggeringBehavior', '$');
  const op = triggering && operation(problems, triggering, '$.triggeringBehavior');
  const notification = triggering && object(problems, triggering, 'notificationConfig', '$.triggeringBehavior');
  const playAudible = notification?.['playAudible'];
  if (notification && typeof playAudible !== 'boolean') problems.add('$.triggeringBehavior.notificationConfig.playAudible', 'must be a boolean');
  if (!problems.ok || seconds === undefined || duration === undefined || !visibility || !op || typeof playAudible !== 'boolean') {
    return { ok: false, problems: problems.list.length > 0 ? problems.list : ['body: incomplete'] };
  }
  return { ok: true, request: { seconds, duration, ...(timerLabel && { timerLabel }), visibility, operation: op, playAudible } };
}
