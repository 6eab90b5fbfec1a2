// The local coach in every locale, end to end through the REAL bundle (dist/index.js, from
// `npm run build`): `--locale L` with that locale's own words for a whole set (launch, start a
// set of three, barge in with pause, resume, finish early, answer no, stop), and a one-shot
// start. It asserts on the contract: the intents each line resolved to (--verbose), that no line
// fell back, and that the skill's replies are its own strings for that locale (lambda/src/i18n),
// never exact wording copied here.
import path from 'node:path';
import { translator } from '../../lambda/src/i18n';
import { labelsFor } from '../../scripts/coach/labels';
import { createMatcher } from '../../scripts/coach/matcher';
import { loadInteractionModel } from '../../scripts/coach/model';
import { answerTo as turn, runScript, type CoachRun } from './harness';

const root = path.resolve(__dirname, '../..');

interface Words {
  /** Typed launch words (a relaunch: the coach has already opened the skill). */
  readonly launch: string;
  readonly start: string;
  readonly pause: string;
  readonly resume: string;
  readonly finish: string;
  readonly no: string;
  readonly stop: string;
  /** A one-shot request that starts a set, in the locale's own connective. */
  readonly oneShot: string;
}

const ENGLISH: Words = {
  launch: 'Alexa, open Runner Deadlift',
  start: 'start a set of three',
  pause: 'pause',
  resume: 'resume',
  finish: 'that was my last rep',
  no: 'no',
  stop: 'stop',
  oneShot: 'ask runner deadlift to start a set',
};

const WORDS: Readonly<Record<string, Words>> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  'en-CA': ENGLISH,
  'en-AU': ENGLISH,
  'en-IN': ENGLISH,
  'de-DE': {
    launch: 'Alexa, öffne Läufer Kreuzheben',
    start: 'starte einen satz mit drei',
    pause: 'pause',
    resume: 'mach weiter',
    finish: 'das war meine letzte wiederholung',
    no: 'nein',
    stop: 'stopp',
    // After "dass" the verb goes last: "ich einen satz machen will" -> "ich will einen satz machen".
    oneShot: 'sag läufer kreuzheben, dass ich einen satz machen will',
  },
  'es-ES': {
    launch: 'Alexa, abre peso muerto del corredor',
    start: 'empieza una serie de tres',
    pause: 'pausa',
    resume: 'continúa',
    finish: 'esa fue la última',
    no: 'no',
    stop: 'para',
    oneShot: 'pide a peso muerto del corredor que empiece una serie',
  },
  'fr-FR': {
    launch: 'Alexa, ouvre soulevé de terre du coureur',
    start: 'commence une série de trois',
    pause: 'pause',
    resume: 'reprends',
    finish: "c'était ma dernière",
    no: 'non',
    stop: 'stop',
    oneShot: 'demande à soulevé de terre du coureur de commencer une série',
  },
};

const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;

function session(locale: string, script: readonly string[]): Promise<CoachRun> {
  return runScript(`${script.join('\n')}\n`, ['--locale', locale, '--verbose']);
}

/** The intent --verbose printed for the line `said` ("(StartSetIntent reps=3)"). */
function intentOf(out: string, said: string): string {
  return /^ {3}\(([^\s)]+)/.exec(turn(out, said))?.[1] ?? '(none)';
}

/** Alexa's speech in a turn, as one line: notes, bars and the U: echo left out. */
function speech(block: string): string {
  return block
    .split('\n')
    .filter((line) => !/^\s*[([]/.test(line))
    .map((line) => line.replace(/^A: /, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** One of `strings` appears in `text`; the failure shows them all. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex for one of the coach's labels, its figures (seconds) left open. */
function labelPattern(label: string, figures: readonly string[]): RegExp {
  let source = escape(label);
  for (const figure of figures) source = source.replace(escape(figure), '(\\d+(?:[.,]\\d)?) s');
  return new RegExp(source);
}

function expectOneOf(text: string, strings: readonly string[]): void {
  expect({ text, found: strings.some((s) => text.includes(s)) }).toEqual({ text, found: true });
}

describe.each(LOCALES)('the local coach with --locale %s', (locale) => {
  const words = WORDS[locale];
  if (!words) throw new Error(`no words for ${locale}`);
  const t = translator(locale);
  // The coach's own words follow --locale too (scripts/coach/labels).
  const labels = labelsFor(locale);
  const launchText = createMatcher(loadInteractionModel(root, locale), locale).launchText;

  it('runs a whole set in the locale: launch, start, barge-in pause, resume, finish, no, stop', async () => {
    const { code, out, err } = await session(locale, [
      words.launch,
      words.start,
      '@at 55',
      words.pause,
      words.resume,
      '@at 20',
      words.finish,
      words.no,
      words.stop,
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.startsWith(`U: ${launchText}\nA: `)).toBe(true);
    expect(out).not.toContain('AMAZON.FallbackIntent');
    expect(out).not.toContain(t('didNotUnderstand'));
    expect(out).not.toContain(labels.problem);

    expect(speech(turn(out, words.launch))).toContain(t('ask.start.say'));

    expect([words.start, words.pause, words.resume, words.finish, words.no, words.stop].map((w) => intentOf(out, w))).toEqual([
      'StartSetIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'FinishSetIntent',
      'AMAZON.NoIntent',
      'AMAZON.StopIntent',
    ]);
    expect(turn(out, words.start)).toMatch(/^ {3}\(StartSetIntent reps=3\)$/m);

    // The set started in the locale's words, and the pause barged in while the reps were spoken.
    const start = turn(out, words.start);
    expect(speech(start)).toContain(t('runnerDeadlift.cue.setup'));
    // A 12 s hold comes a breath at a time, the next breath named between: never two breaks in a row.
    expect(start).toMatch(labelPattern(`[${labels.hold(1, '4 s')}]`, ['4 s']));
    // The script's @at: playback stops there by the clock and the response is timed from its
    // request, as the skill times it, so the figure is exact however busy the machine is.
    // 55 s is past the first rep, said in full.
    const [, at = '0', of = '0'] = (labelPattern(`(${labels.bargeIn('1 s', '2 s')})`, ['1 s', '2 s']).exec(start) ?? []).map((n) => n.replace(',', '.'));
    expect(Number(at)).toBe(55);
    expect(Number(at)).toBeLessThan(Number(of));

    // Paused at the rep reached, in the locale's own words; resumed at the next one.
    const paused = speech(turn(out, words.pause));
    const reached = [0, 1, 2, 3].find((reps) =>
      paused.includes(reps === 0 ? t('pausedAtStart', { target: 3 }) : t('paused', { reps, target: 3 })),
    );
    expect({ paused, reached: reached !== undefined }).toEqual({ paused, reached: true });
    expect(speech(turn(out, words.resume))).toContain(t('runnerDeadlift.cue.resumeAt', { rep: (reached ?? 0) + 1, target: 3 }));

    // Finishing early counts the reps reached, not the three asked for.
    const finished = speech(turn(out, words.finish));
    expectOneOf(finished, [1, 2].map((count) => t('setDone.early', { count, target: 3 })));
    expect(finished).toContain(t('ask.wasClean.say'));
    expect(speech(turn(out, words.no))).toContain(t('cleanNoted.no'));
    expect(speech(turn(out, words.stop))).toContain(t('goodbye'));
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^A: /);
  });

  it('starts a set from a one-shot request', async () => {
    const { code, out, err } = await session(locale, [words.oneShot, words.stop]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(intentOf(out, words.oneShot)).toBe('StartSetIntent');
    expect(speech(turn(out, words.oneShot))).toContain(t('runnerDeadlift.cue.setup'));
    expect(intentOf(out, words.stop)).toBe('AMAZON.StopIntent');
  });
});
