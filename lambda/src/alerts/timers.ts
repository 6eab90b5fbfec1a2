// Rest timers through Alexa's Timers API, with ask-sdk's own TimerManagementServiceClient (the
// request's apiEndpoint and apiAccessToken). The timer's LAUNCH_TASK brings the runner back.
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { Translate } from '../i18n';
import { nextSetInput, type NextSet } from '../workout/nextSet';
import { CONTINUE_WORKOUT_TASK, taskName } from './task';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';

/** ISO 8601 duration of whole seconds: PT3M, PT1M30S. */
export function isoDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `PT${minutes > 0 ? `${minutes}M` : ''}${rest > 0 || minutes === 0 ? `${rest}S` : ''}`;
}

/** The Timers API body for a rest: visible, audible, and a task that reopens the skill at `next`. */
export function restTimerRequest(t: Translate, locale: string, skillId: string, seconds: number, next: NextSet): services.timerManagement.TimerRequest {
  return {
    duration: isoDuration(seconds),
    timerLabel: t('timer.label'),
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale, text: t('timer.confirm') }],
        task: { name: taskName(skillId), version: CONTINUE_WORKOUT_TASK.version, input: nextSetInput(next) },
      },
      notificationConfig: { playAudible: true },
    },
  };
}

export type TimerOutcome = 'set' | 'notAllowed' | 'unsupported' | 'failed';

/**
 * Sets the rest timer, replacing a rest timer this skill set earlier (labels must be unique, and
 * one rest at a time is all a runner wants). Never throws: the caller falls back to a countdown.
 */
export async function setRestTimer(input: HandlerInput, request: services.timerManagement.TimerRequest): Promise<TimerOutcome> {
  const factory = input.serviceClientFactory;
  if (!factory) return 'failed';
  try {
    const client = factory.getTimerManagementServiceClient();
    await client.deleteTimers();
    const created = await client.createTimer(request);
    return created.status === 'ON' ? 'set' : 'failed';
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === 401) return 'notAllowed';
    if (status === 403) return 'unsupported';
    console.error(JSON.stringify({ level: 'error', message: 'timer not set', status: typeof status === 'number' ? status : null }));
    return 'failed';
  }
}
