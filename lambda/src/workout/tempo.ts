import { SECONDARY_CUES, type Line, type RepPhase, type Segment, type Settings } from './model';

/**
 * How long the coach's words take and how many characters of SSML they cost, per line.
 * The speech layer supplies it for the runner's locale, so the core can time reps without
 * knowing a single word.
 */
export interface Voice {
  speechMs(line: Line): number;
  ssmlChars(line: Line): number;
  silenceChars(ms: number): number;
}

/** Minimum phase lengths: the lowering is slow on purpose, that is where endurance strength is built. */
export const TEMPO = {
  loweringMs: 4000,
  returnMs: 3000,
  /** The bar needs a moment to move between the quad push and the glute squeeze. */
  pushToGlutesMs: 700,
  /** Every padded phase keeps at least this much quiet so cues never run into each other. */
  minPadMs: 400,
} as const;

export function holdMs(settings: Pick<Settings, 'breathsPerHold' | 'secondsPerBreath'>): number {
  return settings.breathsPerHold * settings.secondsPerBreath * 1000;
}

/** One secondary cue per rep, in turn, so the coaching never sounds like a loop. */
export function secondaryCueFor(rep: number): Line {
  const which = SECONDARY_CUES[(rep - 1) % SECONDARY_CUES.length] ?? 'alignment';
  return { cue: 'secondary', which };
}

function say(line: Line, phase: RepPhase | 'setup'): Segment {
  return { kind: 'say', line, phase };
}

function silence(ms: number, phase: RepPhase | 'setup'): Segment {
  return { kind: 'silence', ms, phase };
}

function padTo(minMs: number, spokenMs: number, phase: RepPhase): Segment {
  return silence(Math.max(TEMPO.minPadMs, minMs - spokenMs), phase);
}

/** The speech of one rep, in order: lowering, bottom, the timed hold, return and the count. */
export function repScript(rep: number, target: number, settings: Settings, voice: Voice): Segment[] {
  const lowering: Line[] = [secondaryCueFor(rep), { cue: 'hinge' }, { cue: 'barPath' }];
  const loweringSpeech = lowering.reduce((ms, line) => ms + voice.speechMs(line), 0);
  const push: Line = { cue: 'push' };
  const glutes: Line = { cue: 'glutes' };
  const returnSpeech = voice.speechMs(push) + TEMPO.pushToGlutesMs + voice.speechMs(glutes);
  return [
    ...lowering.map((line) => say(line, 'lowering')),
    padTo(TEMPO.loweringMs, loweringSpeech, 'lowering'),
    say({ cue: 'bottom' }, 'bottom'),
    say({ cue: 'breathe', breaths: settings.breathsPerHold }, 'bottom'),
    silence(holdMs(settings), 'hold'),
    say(push, 'return'),
    silence(TEMPO.pushToGlutesMs, 'return'),
    say(glutes, 'return'),
    padTo(TEMPO.returnMs, returnSpeech, 'return'),
    say({ cue: 'count', rep, target }, 'return'),
  ];
}

export function segmentMs(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.speechMs(segment.line) : segment.ms;
}

export function segmentChars(segment: Segment, voice: Voice): number {
  return segment.kind === 'say' ? voice.ssmlChars(segment.line) : voice.silenceChars(segment.ms);
}
