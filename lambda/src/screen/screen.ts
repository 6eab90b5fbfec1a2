// What an APL screen shows for a turn, decided from the same presentation the speech renders:
// the view, its words (from the locale, through the speaker's translator) and, for a block of
// reps, the command sequence that plays it. Every shown word is in the datasource; the document
// (document.ts) holds none.
import type { Speaker } from '../speech/render';
import { saidSsml, segmentsSpeech, setText, suggestionText, weightText } from '../speech/render';
import type { WorkoutEvent } from '../workout/events';
import { exerciseOf } from '../workout/exercises';
import type { LoggedSet, Segment } from '../workout/model';
import type { Presentation, Said } from '../workout/presentation';
import type { WorkoutState } from '../workout/state';
import { documentFor, type View } from './document';

/** The token that ties ExecuteCommands (and UserEvents) to the document on screen. */
export const SCREEN_TOKEN = 'runnerDeadlift';

export interface Screen {
  readonly view: View;
  readonly data: Readonly<Record<string, unknown>>;
  /** A block played by the document: the commands, and the acts the response still speaks itself. */
  readonly block?: { readonly commands: readonly unknown[]; readonly before: readonly Said[] };
}

export interface ScreenTurn {
  readonly presentation: Presentation;
  /** The state after the turn. */
  readonly state: WorkoutState;
  readonly event: WorkoutEvent;
}

/** Sessions shown in the history chart, newest last. */
const HISTORY_BARS = 8;

/**
 * The screen for a turn, or nothing: a screen's own reports (rep and block events) and turns that
 * say nothing leave the document as it is, so the running sequence is never replaced.
 */
export function screenFor(speaker: Speaker, turn: ScreenTurn): Screen | undefined {
  const { presentation, state, event } = turn;
  if (event.type === 'repHeard' || event.type === 'blockHeard' || presentation.close.kind === 'silent') return undefined;
  const { said } = presentation;
  const { t } = speaker;
  const reps = said.findIndex((act) => act.type === 'reps');
  if (reps >= 0) return setScreen(speaker, turn, reps);
  const rest = said.find((act) => act.type === 'rest');
  if (rest) return { view: 'rest', data: { head: t('screen.rest'), left: rest.seconds, sub: t('screen.secondsLeft') } };
  const history = said.find((act) => act.type === 'history');
  if (history) {
    const sets = event.type === 'history' && event.sets !== 'unavailable' ? event.sets : [];
    const best = 'best' in history.summary ? setText(speaker, history.summary.best) : '';
    return { view: 'history', data: { head: t(sets.length > 0 ? 'screen.history' : 'screen.noHistory'), bars: bars(speaker, sets), sub: best } };
  }
  if (said.some((act) => act.type === 'help')) {
    return { view: 'help', data: { head: t('screen.help'), lines: SAY.map((key) => t(`screen.say.${key}`)) } };
  }
  const suggestion = said.find((act) => act.type === 'suggest');
  const next = suggestion ? suggestionText(speaker, suggestion.suggestion) : presentation.close.kind === 'ask' ? t(`ask.${presentation.close.question}.say`) : '';
  const last = state.lastSet;
  return {
    view: 'status',
    data: last ? { head: t('screen.lastSet'), line: setText(speaker, last), sub: next } : { head: t('screen.title'), line: next, sub: '' },
  };
}

/** The things to say on the help screen, in the order a session uses them. */
const SAY = ['start', 'pause', 'resume', 'next', 'count', 'finish', 'rest', 'history'] as const;

/** Each recent day's best set, as a bar: its reps (height) and weight (label). */
function bars(speaker: Speaker, sets: readonly LoggedSet[]): readonly { r: number; h: number; w: string }[] {
  const byDay = new Map<string, LoggedSet>();
  for (const set of sets) {
    if (set.reps <= 0) continue;
    const day = set.at.slice(0, 10);
    const kept = byDay.get(day);
    if (!kept || set.reps > kept.reps) byDay.set(day, set);
  }
  const days = [...byDay.keys()].sort().slice(-HISTORY_BARS);
  const most = Math.max(1, ...days.map((day) => byDay.get(day)!.reps));
  return days.map((day) => {
    const set = byDay.get(day)!;
    return { r: set.reps, h: Math.max(4, Math.round((set.reps / most) * 100)), w: set.weight ? weightText(speaker, set.weight) : '' };
  });
}

const wrap = (ssml: string) => `<speak>${ssml}</speak>`;

/**
 * A block played by the document: per rep, its number and the progress, each phase's name with
 * its words (SpeakItem), the hold breath by breath with what is left, then an event saying the
 * rep is done. What is said after the reps (the set's end) is spoken last; the final event asks
 * the block's question, so the microphone opens only when the sequence is over.
 */
function setScreen(speaker: Speaker, { presentation, state }: ScreenTurn, at: number): Screen {
  const { t } = speaker;
  const { said } = presentation;
  const act = said[at] as Extract<Said, { type: 'reps' }>;
  const { block } = act;
  const set = state.stage.name === 'running' || state.stage.name === 'paused' ? state.stage.set : undefined;
  const target = set?.target ?? block.lastRep;
  const chunks: { ssml: string }[] = [];
  const commands: unknown[] = [];
  const speak = (label: string, ssml: string) => {
    commands.push({ type: 'P', t: label, k: `c${chunks.length}` });
    chunks.push({ ssml: wrap(ssml) });
  };
  const repOf = (rep: number) => t('screen.repOf', { rep, target });
  const percent = (reps: number) => Math.round((reps / target) * 100);
  const { breathsPerHold: breaths, secondsPerBreath } = state.settings;
  // The phase with the timed hold is shown breath by breath, with the seconds left.
  const holdPhase = exerciseOf(set).phases.find((phase) => phase.steps.some((step) => 'hold' in step))?.name;
  const left = (breath: number) => t('screen.breath', { breath, breaths, seconds: (breaths - breath + 1) * secondsPerBreath });
  let number = block.firstRep - 1;
  for (const rep of splitReps(act.segments)) {
    if (!rep.intro) number += 1;
    if (!rep.intro) commands.push({ type: 'R', n: repOf(number), p: percent(number - 1) });
    for (const phase of rep.phases) {
      const label = t(`screen.phase.${phase.name}`);
      const silent = phase.segments.every((segment) => segment.kind === 'silence');
      const perBreath = phase.name === holdPhase ? byBreath(phase.segments) : [];
      if (!silent && perBreath.length === breaths) {
        // A long hold is spoken with a mark per breath: each breath is its own item, with what is left.
        perBreath.forEach((segments, index) => {
          commands.push({ type: 'B', t: label, b: left(index + 1), k: `c${chunks.length}` });
          chunks.push({ ssml: wrap(segmentsSpeech(speaker, segments).toSsml()) });
        });
        continue;
      }
      if (!silent) {
        speak(label, segmentsSpeech(speaker, phase.segments).toSsml());
        continue;
      }
      const ms = phase.segments.reduce((sum, segment) => sum + (segment.kind === 'silence' ? segment.ms : 0), 0);
      // The timed hold shows each breath with the seconds left; any other silence is one wait.
      const split = ms === breaths * secondsPerBreath * 1000 ? breaths : 1;
      for (let breath = 1; breath <= split; breath += 1) {
        commands.push({ type: 'H', t: label, b: split > 1 ? left(breath) : '', ms: Math.round(ms / split) });
      }
    }
    if (!rep.intro) commands.push({ type: 'SendEvent', arguments: ['rep', number, block.sentAt] });
  }
  commands.push({ type: 'R', n: repOf(block.lastRep), p: percent(block.lastRep) });
  const after = said.slice(at + 1);
  if (after.length > 0) speak('', saidSsml(speaker, after));
  commands.push({ type: 'SendEvent', arguments: ['end', block.sentAt] });
  const first = block.firstRep;
  return {
    view: 'set',
    data: {
      rep: repOf(first),
      phase: '',
      done: percent(first - 1),
      weight: set?.weight ? weightText(speaker, set.weight) : '',
      pause: t('screen.button.pause'),
      next: t('screen.button.next'),
      c: chunks,
    },
    block: { commands, before: said.slice(0, at) },
  };
}

/** A hold's segments, one list per breath: a breath is its silence and the mark said after it. */
function byBreath(segments: readonly Segment[]): Segment[][] {
  const breaths: Segment[][] = [];
  let previous: Segment['kind'] | undefined;
  for (const segment of segments) {
    if (breaths.length === 0 || (segment.kind === 'silence' && previous === 'say')) breaths.push([]);
    breaths[breaths.length - 1]!.push(segment);
    previous = segment.kind;
  }
  return breaths;
}

interface RepPart {
  readonly intro: boolean;
  readonly phases: readonly { readonly name: string; readonly segments: readonly Segment[] }[];
}

/**
 * A block's segments, rep by rep and phase by phase. The setup (or the resume line) before the
 * first rep is its own part; a rep starts where the first phase of the exercise starts again.
 */
function splitReps(segments: readonly Segment[]): RepPart[] {
  const parts: { intro: boolean; phases: { name: string; segments: Segment[] }[] }[] = [];
  const firstPhase = segments.find((segment) => segment.phase !== 'setup')?.phase;
  let previous: string | undefined;
  for (const segment of segments) {
    const startsRep = segment.phase === firstPhase && previous !== firstPhase;
    const intro = segment.phase === 'setup';
    if (parts.length === 0 || startsRep || (intro && previous !== 'setup')) parts.push({ intro, phases: [] });
    const part = parts[parts.length - 1]!;
    const last = part.phases[part.phases.length - 1];
    if (last && last.name === segment.phase) last.segments.push(segment);
    else part.phases.push({ name: segment.phase, segments: [segment] });
    previous = segment.phase;
  }
  return parts;
}

/** The directives for a screen: the document with its data, and the block's sequence if it plays one. */
export function screenDirectives(screen: Screen): unknown[] {
  const data = screen.view === 'set' ? { type: 'object', properties: screen.data, transformers: [{ inputPath: 'c[*].ssml', outputName: 's', transformer: 'ssmlToSpeech' }] } : { type: 'object', properties: screen.data };
  const render = { type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN, document: documentFor(screen.view), datasources: { s: data } };
  if (!screen.block) return [render];
  return [render, { type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN, commands: screen.block.commands }];
}
