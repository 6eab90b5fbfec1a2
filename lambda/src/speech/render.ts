// Turns a turn's presentation into what Alexa says: the words from the locale, the SSML from
// ssml.ts. No decision is taken here; only how to say what was decided.
import type { Presentation, Said } from '../workout/presentation';
import type { Day, ReminderTime, RemindersOutcome } from '../workout/reminders';
import type { HistorySummary } from '../workout/history';
import type { Line, LoggedSet, Segment, Settings, Weight } from '../workout/model';
import type { Suggestion } from '../workout/progression';
import type { SettingsChange } from '../workout/settings';
import type { Voice } from '../workout/tempo';
import type { Translate } from '../i18n';
import { present } from '../workout/presentation';
import { estimateSsmlMs, speakingRate } from './estimate';
import { MAX_BREAK_MS } from './limits';
import { pauseSsml, speech, type Speech } from './ssml';

export interface Rendered {
  readonly speech: string;
  readonly reprompt?: string;
  readonly endSession: boolean;
  /** Nothing to say: the answer to a session-ended request. */
  readonly silent: boolean;
}

export interface Speaker {
  readonly locale: string;
  readonly t: Translate;
}

/** A cue in the words of its exercise: `<exercise>.cue.<cue>`, with the values it carries. */
// Cue keys by exercise and cue, built once: a block asks for its few lines hundreds of times.
const cueKeys = new Map<string, Map<string, string>>();

function cueKey(exercise: string, cue: string): string {
  let byCue = cueKeys.get(exercise);
  let key = byCue?.get(cue);
  if (key === undefined) {
    key = `${exercise}.cue.${cue}`;
    if (byCue === undefined) cueKeys.set(exercise, (byCue = new Map()));
    byCue.set(cue, key);
  }
  return key;
}

export function lineText(speaker: Speaker, line: Line): string {
  const { t } = speaker;
  // The line itself is the options: its values (count, rep, target) are what the text reads,
  // and exercise and cue, which no text reads, only make the translator's cache key longer. No
  // copy of the line is made for a lookup that is almost always a cache hit.
  // A line that says a weight (a set's opening) is rare: only it pays for a copy.
  if (line.weight) return t(cueKey(line.exercise, line.cue), { ...line, weight: weightText(speaker, line.weight) });
  return t(cueKey(line.exercise, line.cue), line as unknown as Record<string, unknown>);
}

interface Measured {
  readonly ms: number;
  readonly chars: number;
  readonly bytes: number;
}

/** What a string adds to the response JSON: UTF-8 bytes once escaped, without the quotes. */
function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8') - 2;
}

/**
 * Lines measured so far, by locale, then text: a block asks for the same few lines hundreds of
 * times, and measuring builds and scans SSML each time. Keyed in two steps so a hit builds no
 * key string. Bounded, as counts vary.
 */
const measured = new Map<string, Map<string, Measured>>();
let measuredCount = 0;
const MAX_MEASURED = 2_000;

function measure(speaker: Speaker, line: Line): Measured {
  const text = lineText(speaker, line);
  let byText = measured.get(speaker.locale);
  const hit = byText?.get(text);
  if (hit) return hit;
  const spoken = speech().sentence(text);
  const result = { ms: spoken.estimateMs(speaker.locale), chars: spoken.length + 1, bytes: jsonBytes(spoken.toSsml()) + 1 };
  if (measuredCount < MAX_MEASURED) {
    if (byText === undefined) measured.set(speaker.locale, (byText = new Map()));
    byText.set(text, result);
    measuredCount += 1;
  }
  return result;
}

const silenceBytesByMs = new Map<number, number>();

function silenceBytes(ms: number): number {
  let bytes = silenceBytesByMs.get(ms);
  if (bytes === undefined) {
    bytes = jsonBytes(pauseSsml(ms));
    if (silenceBytesByMs.size < MAX_MEASURED) silenceBytesByMs.set(ms, bytes);
  }
  return bytes;
}

/**
 * The core times reps with this: speech length per line in the runner's locale. Each line is
 * spoken as its own sentence, so its estimate includes the pause Alexa makes after one.
 */
// One voice per translate function and locale, kept as long as the translator is: the core
// keeps what it measures per voice (workout/repPlans), so a voice made afresh every turn would
// measure every rep again. A speaker's voice depends on nothing else.
const voices = new WeakMap<Translate, Map<string, Voice>>();

export function voiceFor(speaker: Speaker): Voice {
  let byLocale = voices.get(speaker.t);
  if (byLocale === undefined) voices.set(speaker.t, (byLocale = new Map()));
  let voice = byLocale.get(speaker.locale);
  if (voice === undefined) {
    voice = makeVoice({ locale: speaker.locale, t: speaker.t });
    // Locales are few; a caller inventing locales gets fresh voices past the bound.
    if (byLocale.size < 16) byLocale.set(speaker.locale, voice);
  }
  return voice;
}

const MAX_CLOSINGS = 256;

function makeVoice(speaker: Speaker): Voice {
  const closingMs = new Map<string, number>();
  return {
    speechMs: (line) => measure(speaker, line).ms,
    ssmlChars: (line) => measure(speaker, line).chars,
    silenceChars: (ms) => pauseSsml(ms).length + 1,
    jsonBytes: (line) => measure(speaker, line).bytes,
    silenceJsonBytes: (ms) => silenceBytes(ms) + 1,
    pauseMs: (ms) => {
      const { replacedByBreakMs } = speakingRate(speaker.locale);
      return ms > replacedByBreakMs ? { quietMs: ms, replacesMs: replacedByBreakMs } : { quietMs: 0, replacesMs: 0 };
    },
    actsMs: (acts) => {
      // Every block asks how long its closing words take: the same few acts, rendered and
      // estimated again each time. Acts are plain data, so their JSON names what is said.
      const key = JSON.stringify(acts);
      let ms = closingMs.get(key);
      if (ms === undefined) {
        ms = estimateSsmlMs(render(speaker, present({ preface: [], decided: acts, warnings: [] })).speech, speaker.locale);
        if (closingMs.size < MAX_CLOSINGS) closingMs.set(key, ms);
      }
      return ms;
    },
    language: speaker.locale.toLowerCase().split(/[-_]/)[0] ?? speaker.locale,
  };
}

/**
 * Weights are under a thousand with at most one decimal, so the only local difference is the
 * decimal mark. Written out here because the first Intl.NumberFormat costs a cold start ~20 ms.
 */
const DECIMAL_COMMA = new Set(['de', 'es', 'fr']);

export function formatAmount(locale: string, amount: number): string {
  const rounded = String(Math.round(amount * 10) / 10);
  return DECIMAL_COMMA.has(locale.split('-')[0] ?? '') ? rounded.replace('.', ',') : rounded;
}

export function weightText({ locale, t }: Speaker, weight: Weight): string {
  return t(`weight.${weight.unit}`, { amount: formatAmount(locale, weight.amount), count: weight.amount });
}

// The speech of a frozen list of segments (a planned block, shared by every turn that plans it),
// per translator and locale: a block's reps are spoken the same every time they are planned.
const blockSpeech = new WeakMap<readonly Segment[], WeakMap<Translate, Map<string, Speech>>>();

export function segmentsSpeech(speaker: Speaker, segments: readonly Segment[]): Speech {
  if (!Object.isFrozen(segments)) return speakSegments(speaker, segments);
  let byT = blockSpeech.get(segments);
  if (byT === undefined) blockSpeech.set(segments, (byT = new WeakMap()));
  let byLocale = byT.get(speaker.t);
  if (byLocale === undefined) byT.set(speaker.t, (byLocale = new Map()));
  let spoken = byLocale.get(speaker.locale);
  if (spoken === undefined) {
    spoken = speakSegments(speaker, segments);
    // Rendered once here: a speech that goes on from it renders only what follows.
    spoken.render();
    byLocale.set(speaker.locale, spoken);
  }
  return spoken;
}

function speakSegments(speaker: Speaker, segments: readonly Segment[]): Speech {
  return segments.reduce(
    // A silence is the break between two lines, exact: the words' own quiet edges (a stop's
    // closure, a fading vowel) are how a voice says them, part of the words and of their estimate.
    (out, seg) => (seg.kind === 'silence' ? out.pause(seg.ms) : out.sentence(lineText(speaker, seg.line))),
    speech(),
  );
}

/** "7 a.m.", "6:30 p.m.": a reminder's time as a coach says it, twelve-hour with the part of the day. */
function reminderTimeText(speaker: Speaker, time: ReminderTime): string {
  const part = time.hour < 12 ? 'morning' : 'evening';
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const minutes = String(time.minute).padStart(2, '0');
  return time.minute === 0 ? speaker.t(`reminder.time.${part}OnTheHour`, { hour }) : speaker.t(`reminder.time.${part}`, { hour, minutes });
}

/** "Tuesday and Thursday", "Monday, Wednesday and Friday". */
function joined(speaker: Speaker, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${speaker.t('reminder.and')} ${items.at(-1)}`;
}

function remindersSpeech(speaker: Speaker, outcome: RemindersOutcome): Speech {
  const { t } = speaker;
  const say = (key: string, options?: Record<string, unknown>) => speech().sentence(t(key, options));
  const day = (d: Day) => t(`reminder.day.${d}`);
  switch (outcome.kind) {
    case 'created':
      return say('reminder.created', { days: joined(speaker, outcome.days.map(day)), time: reminderTimeText(speaker, outcome.time) });
    case 'listed':
      if (outcome.reminders.length === 0) return say('reminder.none');
      return say('reminder.listed', {
        count: outcome.reminders.length,
        list: joined(speaker, outcome.reminders.map((r) => t('reminder.item', { day: day(r.day), time: reminderTimeText(speaker, r) }))),
      });
    case 'deleted':
      return outcome.count === 0 ? say('reminder.none') : say('reminder.deleted', { count: outcome.count });
    case 'ask':
      return say('reminder.ask');
    case 'notAllowed':
      return say('reminder.howToAllow');
    case 'failed':
      return say('reminder.failed');
    case 'unavailable':
      return say('reminder.unavailable');
    case 'notHeard':
      return say('reminder.notHeard');
  }
}

/** "3 minutes" for whole minutes, else "90 seconds". */
function durationText(speaker: Speaker, seconds: number): string {
  return seconds % 60 === 0 ? speaker.t('timer.minutes', { count: seconds / 60 }) : speaker.t('timer.seconds', { count: seconds });
}

/** A rest is counted down aloud this often (seconds), so no silence of it is longer than one break. */
const REST_TICK_S = MAX_BREAK_MS / 1000;

/**
 * A rest spoken in one response: each mark, and a short count every 10 s between them ("50",
 * "40"), falls at its time. Never two breaks side by side: espeak-ng plays only the longer of
 * two, and Alexa documents nothing. A break after a sentence takes the place of its pause, as the
 * estimate has it, so each is written that much longer than the time left to fill.
 */
function restSpeech(speaker: Speaker, seconds: number, marks: readonly number[]): Speech {
  const { t, locale } = speaker;
  // What is said, by the seconds left when it is due.
  const due = new Map<number, string>();
  for (let left = Math.ceil(seconds / REST_TICK_S - 1) * REST_TICK_S; left > 0; left -= REST_TICK_S) due.set(left, t('rest.tick', { seconds: left }));
  for (const mark of marks) due.set(mark, t('rest.mark', { seconds: mark }));
  due.set(0, t('rest.over'));
  const { replacedByBreakMs } = speakingRate(locale);
  let out = speech().sentence(t('rest.start', { seconds }));
  for (const left of [...due.keys()].sort((a, b) => b - a)) {
    const gap = (seconds - left) * 1000 - out.estimateMs(locale);
    out = (gap > 0 ? out.pause(gap + replacedByBreakMs) : out).sentence(due.get(left)!);
  }
  return out;
}

export function suggestionText(speaker: Speaker, suggestion: Suggestion): string {
  const { t } = speaker;
  switch (suggestion.kind) {
    case 'lightestBar':
      return t('suggest.lightestBar', { weight: weightText(speaker, suggestion.weight) });
    case 'addWeight':
      return t('suggest.addWeight', { to: weightText(speaker, suggestion.to), from: weightText(speaker, suggestion.from) });
    case 'stay':
      return suggestion.weight ? t('suggest.stay', { weight: weightText(speaker, suggestion.weight) }) : t('suggest.stayNoWeight');
  }
}

function settingText(speaker: Speaker, change: SettingsChange, settings: Settings): string {
  const { t } = speaker;
  switch (change.setting) {
    case 'pacing':
      return t(`setting.pacing_${change.value}`);
    case 'unit':
      return t(`setting.unit_${change.value}`);
    case 'barWeight':
      return t('setting.barWeight', { weight: weightText(speaker, { amount: settings.barWeight, unit: settings.unit }) });
    case 'holdLength':
      return t('setting.holdLength', { count: settings.secondsPerBreath });
    default:
      return t(`setting.${change.setting}`, { count: change.value });
  }
}

function saidSpeech(speaker: Speaker, act: Said): Speech {
  const { t } = speaker;
  const say = (key: string, options?: Record<string, unknown>) => speech().sentence(t(key, options));
  switch (act.type) {
    case 'welcome':
      // Said once, at a first launch: certification wants the health and safety line there.
      return act.firstTime ? say('welcome.first').append(say('welcome.safety')) : say('welcome.back');
    case 'lastTime': {
      const options = { count: act.set.reps, ...(act.set.weight && { weight: weightText(speaker, act.set.weight) }) };
      return say(act.set.weight ? 'lastTime.withWeight' : 'lastTime.noWeight', options);
    }
    case 'suggest':
      return speech().sentence(suggestionText(speaker, act.suggestion));
    case 'savedSetFound':
      // A set stored as its first block was sent has no rep counted: it is offered all the same.
      return act.reps === 0 ? say('savedSet.foundUncounted') : say('savedSet.found', { reps: act.reps, target: act.target });
    case 'savedSetDropped':
      return say('savedSet.dropped');
    case 'unfinishedSet':
      return say('unfinished.inProgress', { count: act.reps, target: act.target });
    case 'unfinishedLogged':
      return say('unfinished.logged', { count: act.reps, target: act.target });
    case 'reps':
      return segmentsSpeech(speaker, act.segments);
    case 'setDone': {
      const done = act.early ? say('setDone.early', { count: act.reps, target: act.target }) : say('setDone.full', { count: act.reps });
      return act.weight ? done.append(say('setDone.atWeight', { weight: weightText(speaker, act.weight) })) : done;
    }
    case 'setAbandoned':
      return say('setDone.abandoned');
    case 'paused':
      return act.reps === 0 ? say('pausedAtStart', { target: act.target }) : say('paused', { reps: act.reps, target: act.target });
    case 'countIs':
      return say('countIs', { reps: act.reps, target: act.target, count: act.reps });
    case 'repCount':
      return repCountSpeech(speaker, act.reps, act.target, act.finished);
    case 'rest':
      return restSpeech(speaker, act.seconds, act.marks);
    case 'restTimerSet':
      return say('timer.set', { duration: durationText(speaker, act.seconds), number: act.next.number });
    case 'askTimers':
      return say('timer.ask');
    case 'timerNote':
      return say(act.note === 'howToAllow' ? 'timer.howToAllow' : 'timer.failed');
    case 'reminders':
      return remindersSpeech(speaker, act.outcome);
    case 'habit': {
      const week = t('habit.week', { done: act.habit.done, count: act.habit.goal });
      return act.habit.streak > 0 ? say('habit.withStreak', { week, streak: t('habit.streak', { count: act.habit.streak }) }) : say('habit.alone', { week });
    }
    case 'nextSet': {
      const { next } = act;
      const options = { number: next.number, count: next.reps, ...(next.weight && { weight: weightText(speaker, next.weight) }) };
      return say(next.weight ? 'timer.next.withWeight' : 'timer.next.plain', options);
    }
    case 'settingChanged':
      return speech().sentence(settingText(speaker, act.change, act.settings));
    case 'outOfRange': {
      const range = act.unit
        ? { min: weightText(speaker, { amount: act.min, unit: act.unit }), max: weightText(speaker, { amount: act.max, unit: act.unit }) }
        : { min: act.min, max: act.max };
      return say(`outOfRange.${act.asked}`, range);
    }
    case 'notHeard':
      return say(`notHeard.${act.asked}`);
    case 'explain':
      return say(`${act.exercise}.explain.${act.topic}`);
    case 'help':
      return say(act.pacing ? `help.${act.topic}.${act.pacing}` : `help.${act.topic}`, { example: t('help.example') });
    case 'notNow':
      return say(`notNow.${act.stage}`);
    case 'didNotUnderstand':
      return say('didNotUnderstand');
    case 'notYourQuestion':
      return say('notYourQuestion');
    case 'cleanNoted':
      return say(act.clean ? 'cleanNoted.yes' : 'cleanNoted.no');
    case 'setSavedForLater':
      return say('savedSet.savedForLater', { reps: act.reps, target: act.target });
    case 'stateReset':
      return say('stateReset');
    case 'saveFailed':
      return say('saveFailed');
    case 'unsavedDropped': {
      const sets = act.sets > 0 ? say('unsavedDropped.sets', { count: act.sets }) : speech();
      return act.changes > 0 ? sets.append(say('unsavedDropped.changes', { count: act.changes })) : sets;
    }
    case 'goodbye':
      return say('goodbye');
    case 'setLogged':
      return say('log.logged', { set: setText(speaker, act.set) });
    case 'setChanged':
      return say('log.changed', { set: setText(speaker, act.set) });
    case 'describeSet':
      return say('log.describe', { set: setText(speaker, act.set) });
    case 'setDeleted':
      return say('log.deleted');
    case 'nothingLogged':
      return say('log.nothing');
    case 'historyDeleted':
      return say('log.historyDeleted');
    case 'keptHistory':
      return say('log.kept');
    case 'logUnavailable':
      return say('log.unavailable');
    case 'history':
      return historySpeech(speaker, act.summary);
  }
}

/** "Six done. Four to go." Each half agrees in number and gender with what it counts. */
function repCountSpeech({ t }: Speaker, reps: number, target: number, finished: boolean): Speech {
  const say = (key: string, options?: Record<string, unknown>) => speech().sentence(t(key, options));
  if (finished) return say('repCount.finished', { count: reps, target });
  const done = reps === 0 ? say('repCount.none') : say('repCount.done', { count: reps });
  return reps < target ? done.append(say('repCount.left', { count: target - reps })) : done;
}

/** "ten reps at ninety five pounds", to be placed inside a sentence. */
export function setText(speaker: Speaker, set: LoggedSet): string {
  const options = { count: set.reps, ...(set.weight && { weight: weightText(speaker, set.weight) }) };
  return speaker.t(set.weight ? 'log.setWithWeight' : 'log.set', options);
}

function historySpeech(speaker: Speaker, summary: HistorySummary): Speech {
  const { t } = speaker;
  const say = (key: string, options?: Record<string, unknown>) => speech().sentence(t(key, options));
  switch (summary.kind) {
    case 'empty':
      return say(`history.empty_${summary.query}`);
    case 'last': {
      const when = summary.daysAgo === 0 ? t('history.today') : t('history.daysAgo', { count: summary.daysAgo });
      return say('history.last', { count: summary.sets, when }).append(say('history.bestOfThem', { set: setText(speaker, summary.best) }));
    }
    case 'best':
      // What "best" means is said with it, in one sentence: a full clean set, or else the heaviest.
      if (summary.full) return say('history.best', { set: setText(speaker, summary.best) });
      return say('history.bestPartial', { set: setText(speaker, summary.best), count: summary.cleanReps });
    case 'week': {
      // "In the last seven days you did 3 sessions, 9 sets and 86 reps in all": each part agrees with its own count.
      const week = say('history.week', {
        sessions: t('history.sessions', { count: summary.sessions }),
        sets: t('history.sets', { count: summary.sets }),
        reps: t('history.reps', { count: summary.reps }),
      });
      return summary.heaviest ? week.append(say('history.heaviest', { weight: weightText(speaker, summary.heaviest) })) : week;
    }
  }
}

/** What the acts say, as SSML without `<speak>` (a screen speaks parts of a turn itself). */
export function saidSsml(speaker: Speaker, said: readonly Said[]): string {
  return said.reduce((out, act) => out.append(saidSpeech(speaker, act)), speech()).toSsml();
}

/** Renders a turn: what is said, then the one question (also the reprompt) or the end. */
export function render(speaker: Speaker, presentation: Presentation): Rendered {
  const { said, close } = presentation;
  const body = said.reduce((out, act) => out.append(saidSpeech(speaker, act)), speech());
  if (close.kind !== 'ask') return { speech: body.toSsml(), endSession: close.kind === 'end', silent: close.kind === 'silent' };
  const ask = (part: 'say' | 'reprompt') => speech().sentence(speaker.t(`ask.${close.question}.${part}`));
  return { speech: body.append(ask('say')).toSsml(), reprompt: ask('reprompt').toSsml(), endSession: false, silent: false };
}
