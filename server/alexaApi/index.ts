export { AlexaApi, REMINDERS_SCOPE, TIMERS_SCOPE, startAlexaApi, type Grant, type Received, type Scope, type TimerRecord, type ReminderRecord } from './server';
export { MAX_TIMERS, MAX_TIMER_SECONDS } from './timers';
