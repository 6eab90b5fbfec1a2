// How a device plays a turn and listens, as Alexa does: the runner may barge in while she
// speaks; after the speech she listens for the listening window, says the reprompt, listens once
// more, and then ends the session.
import { AbortError, type Clock } from './clock';
import type { Heard, Input } from './input';
import type { CoachLabels } from './labels';
import { INDENT, play, type Output } from './player';
import type { DeviceSession } from './skill';
import { drawScreen, type ScreenState } from './screen';
import type { DeviceTurn, SkillLink } from './skillLink';
import { findSecondsPerBreath, timeline, totalMs } from './timeline';
import type { Speaker } from './tts';

export interface ListeningDeps {
  readonly link: SkillLink;
  readonly session: DeviceSession;
  readonly locale: string;
  readonly clock: Clock;
  readonly out: Output;
  readonly input: Input;
  readonly waitMs: number;
  readonly speaker?: Speaker;
  readonly note: (text: string) => void;
  readonly labels: CoachLabels;
}

interface Spoken {
  /** The runner spoke before the speech ended (a barge-in). */
  readonly heard?: Heard;
  /** When it was heard to the end, on the device's timeline: its start plus its length. */
  readonly endedAt?: number;
  /** There will be nothing more to hear (end of the script, Ctrl-D). */
  readonly eof?: boolean;
}

const PREFIX = 'A: ';

/** Plays a turn and waits for the runner like a device: reprompt, then session end. */
export async function listen(turn: DeviceTurn, deps: ListeningDeps): Promise<Heard | undefined> {
  const { clock } = deps;
  let markEnded: (at: number) => void = () => undefined;
  const speechEnded = new Promise<number>((resolve) => (markEnded = resolve));
  // The response plays from the moment it was asked for, the origin the skill times its block
  // from: whatever ran between (the script's timer firing late, the matcher, a stalled machine)
  // cannot shift the reps against the runner's scripted words. Nothing from before it is replayed:
  // the player only catches up to the clock.
  const speechStartedAt = Math.min(clock.now(), turn.sentAt ?? Infinity);
  const heardNext = deps.input.next({ speechStartedAt, speechEnded });
  let current = turn;
  let startedAt = speechStartedAt;
  if (turn.screen) {
    // An Echo Show plays the block itself; what its last event is answered with is heard next.
    const played = await playScreen(turn, heardNext, speechStartedAt, deps);
    if (played.heard || played.eof) {
      markEnded(clock.now());
      return played.heard;
    }
    current = played.next;
    startedAt = played.endedAt;
  }
  const spoken = await speak(current.speech, heardNext, markEnded, startedAt, deps);
  if (spoken.heard) return spoken.heard;
  if (spoken.eof) return undefined;
  turn = current;
  if (!turn.listens) {
    deps.link.close();
    return heardNext;
  }
  const answered = await listeningWindow(heardNext, spoken.endedAt ?? clock.now(), deps);
  if (answered.heard !== 'timeout') return answered.heard;
  let closedAt = answered.until;
  if (turn.reprompt !== undefined) {
    const again = await speak(turn.reprompt, heardNext, () => undefined, answered.until, deps);
    if (again.heard || again.eof) return again.heard;
    const late = await listeningWindow(heardNext, again.endedAt ?? clock.now(), deps);
    if (late.heard !== 'timeout') return late.heard;
    closedAt = late.until;
  }
  await deps.link.endSession('EXCEEDED_MAX_REPROMPTS', closedAt);
  deps.note(deps.labels.noAnswer);
  return heardNext;
}

/**
 * Alexa listening after she has spoken (from `from`), and when the window closed. For a person
 * typing it lasts `waitMs` of real time even with --fast: only a script can answer in a fortieth
 * of the time. A script's line is known by then, so whether it falls in the window is decided
 * by its time, not by which timer a stalled machine fires first.
 */
async function listeningWindow(heard: Promise<Heard | undefined>, from: number, deps: ListeningDeps): Promise<{ heard: Heard | undefined | 'timeout'; until: number }> {
  const { clock } = deps;
  if (deps.input.person) {
    const result = await clock.realSpeed(() => within(heard, clock.now() + deps.waitMs, clock));
    return { heard: result, until: clock.now() };
  }
  const until = from + deps.waitMs;
  const planned = deps.input.plannedAt();
  if (planned === undefined) return { heard: await within(heard, until, clock), until };
  return { heard: planned < until ? await heard : await within(onlyEnd(heard), until, clock), until };
}

/**
 * Plays `ssml` while listening; resolves with what the runner said if they spoke before it
 * ended (a barge-in), else once it has been heard to the end.
 */
async function speak(
  ssml: string | undefined,
  heardNext: Promise<Heard | undefined>,
  ended: (at: number) => void,
  startedAt: number,
  deps: ListeningDeps,
): Promise<Spoken> {
  const { clock } = deps;
  const items = ssml === undefined ? [] : timeline(ssml, deps.locale, findSecondsPerBreath(deps.session.lastAttributes));
  const playback = new AbortController();
  const stopVoice = ssml !== undefined && deps.speaker ? deps.speaker.say(ssml) : undefined;
  const stopAt = deps.input.plannedAt();
  const playing = play(items, { clock, out: deps.out, prefix: PREFIX, signal: playback.signal, start: startedAt, labels: deps.labels, ...(stopAt !== undefined ? { stopAt } : {}) });
  // Stopped where the script speaks next: what it says is the barge-in, whenever its timer fires.
  const played = playing.then(async (result) => (result.completed ? ('done' as const) : ((await heardNext) ?? ('eof' as const))));
  // With the line's time known, the player alone decides whether it barges in (by the numbers, not
  // by which timer fires first on a stalled machine); only the end of input cuts in.
  const first = await Promise.race([played, (stopAt === undefined ? heardNext : onlyEnd(heardNext)).then((h) => h ?? ('eof' as const))]);
  if (first === 'eof' && deps.input.cutsOff()) {
    // The runner left (Ctrl-D, Ctrl-C): the device stops now, and the session ends at this moment.
    playback.abort();
    stopVoice?.();
    await playing;
    ended(clock.now());
    return { eof: true };
  }
  if (first === 'done' || first === 'eof') {
    // The end of a script does not cut Alexa off: the last response is heard to the end.
    await playing;
    const endedAt = Math.min(clock.now(), startedAt + totalMs(items));
    ended(endedAt);
    return first === 'eof' ? { eof: true, endedAt } : { endedAt };
  }
  playback.abort();
  stopVoice?.();
  await playing;
  // When the runner spoke, which is what the skill places the barge-in by (the request time).
  const seconds = (ms: number): string => deps.labels.seconds(ms / 1000, 1);
  deps.note(deps.labels.bargeIn(seconds(Math.max(0, first.at - startedAt)), seconds(totalMs(items))));
  ended(clock.now());
  return { heard: first };
}

const NEVER = new Promise<never>(() => undefined);

/** Resolves only if `heard` ends without a word (end of input); a word is left to be awaited. */
const onlyEnd = (heard: Promise<Heard | undefined>): Promise<undefined> => heard.then((h) => (h === undefined ? undefined : NEVER));

/**
 * The screen's command sequence against the device clock: the response's own speech, then per
 * step the rep and progress, a phase's words (played like any speech, so the runner can barge
 * in), a breath of the hold, or a SendEvent to the skill. The first thing the runner says stops
 * the sequence, as the next response's document would replace it. Once input has ended the
 * sequence plays to its end.
 */
async function playScreen(
  turn: DeviceTurn,
  heardNext: Promise<Heard | undefined>,
  startedAt: number,
  deps: ListeningDeps,
): Promise<{ heard?: Heard; eof?: boolean; next: DeviceTurn; endedAt: number }> {
  const { clock } = deps;
  const play = turn.screen!;
  // Each step starts when the one before it ends on the device's own timeline, from the moment the
  // document was asked for, not when this loop got round to it: a stalled machine then neither
  // shifts the reps against a script's barge-in nor stamps the reports late.
  let due = startedAt;
  const state: ScreenState = { rep: '', phase: '', left: '', percent: 0 };
  const draw = (): void => deps.out.write(`${INDENT}${drawScreen(state, play.weight, deps.labels.screen)}\n`);
  let listening: Promise<Heard | undefined> = heardNext;
  // The runner left: the screen stops with the speech.
  let left = false;
  const say = async (ssml: string | undefined): Promise<Heard | undefined> => {
    const spoken = await speak(ssml, listening, () => undefined, due, deps);
    if (spoken.eof) {
      listening = NEVER;
      left = deps.input.cutsOff();
    }
    if (ssml !== undefined) due += totalMs(timeline(ssml, deps.locale, findSecondsPerBreath(deps.session.lastAttributes)));
    return spoken.heard;
  };
  let next: DeviceTurn = { listens: deps.session.open };
  if (turn.speech !== undefined) {
    const heard = await say(turn.speech);
    if (heard || left) return { ...(heard ? { heard } : { eof: true }), next, endedAt: due };
  }
  for (const step of play.steps) {
    if (step.kind === 'rep') {
      Object.assign(state, { rep: step.rep, percent: step.percent, phase: '', left: '' });
      draw();
    } else if (step.kind === 'speak') {
      Object.assign(state, { phase: step.phase, left: step.left ?? '' });
      if (step.phase !== '') draw();
      const heard = await say(step.ssml);
      if (heard || left) return { ...(heard ? { heard } : { eof: true }), next, endedAt: due };
    } else if (step.kind === 'hold') {
      Object.assign(state, { phase: step.phase, left: step.left });
      draw();
      const until = due + step.ms;
      due = until;
      // A script's next line is placed by its time, not by which timer fires first.
      const planned = listening === NEVER ? undefined : deps.input.plannedAt();
      const heard = planned === undefined ? await within(listening, until, clock) : planned < until ? await listening : await within(onlyEnd(listening), until, clock);
      if (heard !== 'timeout' && heard !== undefined) {
        deps.note(deps.labels.bargeInHold);
        return { heard, next, endedAt: due };
      }
      if (heard === undefined && deps.input.cutsOff()) return { eof: true, next, endedAt: due };
      if (heard === undefined) {
        listening = NEVER;
        await clock.sleepUntil(until);
      }
    } else {
      const answer = await deps.link.userEvent(step.args, play.token, due);
      if (answer.speech !== undefined || answer.reprompt !== undefined) next = answer;
    }
  }
  return { next, endedAt: due };
}

/** `heard` if it comes before virtual time `until`, else 'timeout'. */
async function within(heard: Promise<Heard | undefined>, until: number, clock: Clock): Promise<Heard | undefined | 'timeout'> {
  const stop = new AbortController();
  const timer = clock.sleepUntil(until, stop.signal).then(
    () => 'timeout' as const,
    (error: unknown) => {
      if (error instanceof AbortError) return new Promise<never>(() => undefined);
      throw error;
    },
  );
  const result = await Promise.race([heard, timer]);
  stop.abort();
  return result;
}
