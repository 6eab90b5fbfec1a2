// No verbatim loop: over a set of ten, how often does any one sentence come back? Every line of
// every rep, as the runner hears it in their locale, counted sentence by sentence. The hold's
// breath marks, if any, are a count kept in time ("two", "and three"), not coaching, and are left
// out. Printed as REPETITION_FIGURES per locale; at most three.
import { LOCALES, translator } from '../../lambda/src/i18n';
import { lineText } from '../../lambda/src/speech/render';
import { RUNNER_DEADLIFT_EXERCISE } from '../../lambda/src/workout/exercises';
import { BOUNDS, defaultSettings } from '../../lambda/src/workout/settings';
import { introLine, repScript } from '../../lambda/src/workout/tempo';
import { fakeVoice } from '../workout/fakeVoice';

const SET = 10;
const MOST = 3;

/** The sentences of one line: a line may say two ("Last one. Make it your best."). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

function setOfTen(locale: string): string[] {
  const speaker = { locale, t: translator(locale) };
  const settings = defaultSettings(LOCALES[locale]!.unit);
  const lines = [introLine(RUNNER_DEADLIFT_EXERCISE)];
  for (let rep = 1; rep <= SET; rep += 1) {
    for (const segment of repScript(RUNNER_DEADLIFT_EXERCISE, rep, SET, settings, fakeVoice())) {
      if (segment.kind === 'say' && !segment.line.cue.startsWith('breathMark')) lines.push(segment.line);
    }
  }
  return lines.flatMap((line) => sentences(lineText(speaker, line)));
}

function mostRepeated(said: readonly string[]): { sentence: string; times: number } {
  const times = new Map<string, number>();
  for (const sentence of said) times.set(sentence, (times.get(sentence) ?? 0) + 1);
  return [...times].reduce((most, [sentence, n]) => (n > most.times ? { sentence, times: n } : most), { sentence: '', times: 0 });
}

const figures: Record<string, string> = {};

afterAll(() => {
  console.log(`REPETITION_FIGURES (most times one sentence is said in a set of ${SET})\n${Object.entries(figures).map(([l, f]) => `  ${l}: ${f}`).join('\n')}`);
});

describe.each(Object.keys(LOCALES))('a set of ten in %s', (locale) => {
  it(`says no sentence more than ${MOST} times`, () => {
    const said = setOfTen(locale);
    const most = mostRepeated(said);
    figures[locale] = `${most.times}x "${most.sentence}" (${said.length} sentences)`;
    expect(most.times).toBeLessThanOrEqual(MOST);
  });

  it('says each stride cue on every rep, in full on the first and shorter later', () => {
    const t = translator(locale);
    const settings = defaultSettings(LOCALES[locale]!.unit);
    const cuesOf = (rep: number) => repScript(RUNNER_DEADLIFT_EXERCISE, rep, SET, settings, fakeVoice()).flatMap((s) => (s.kind === 'say' ? [s.line] : []));
    for (let rep = 1; rep <= SET; rep += 1) {
      const cues = cuesOf(rep).map((line) => line.cue.split('.')[0]);
      for (const stride of ['hinge', 'barPath', 'breathe', 'push', 'glutes']) expect(cues).toContain(stride);
    }
    const length = (rep: number) => cuesOf(rep).filter((line) => line.cue.startsWith('hinge')).map((line) => t(`runnerDeadlift.cue.${line.cue}`).length)[0]!;
    expect(length(1)).toBeGreaterThan(length(3));
  });

  it('puts a word of encouragement at halfway and on the last rep, and no secondary cue twice', () => {
    const settings = defaultSettings(LOCALES[locale]!.unit);
    const lines = Array.from({ length: SET }, (_, i) => repScript(RUNNER_DEADLIFT_EXERCISE, i + 1, SET, settings, fakeVoice()).flatMap((s) => (s.kind === 'say' ? [s.line.cue] : [])));
    expect(lines[4]).toContain('count.halfway');
    expect(lines[9]).toContain('count.last');
    expect(lines[9]).toContain('lastRep');
    const secondary = lines.flat().filter((cue) => cue.startsWith('secondary.'));
    expect(new Set(secondary).size).toBe(secondary.length);
  });

  it('never says a breath mark the way it says a rep count, so "and four" in a hold is not heard as rep four', () => {
    const speaker = { locale, t: translator(locale) };
    const reps = BOUNDS.targetReps.max;
    const marks = new Set<string>();
    const counts = new Set<string>();
    for (let breaths = BOUNDS.breathsPerHold.min; breaths <= BOUNDS.breathsPerHold.max; breaths += 1) {
      const settings = { ...defaultSettings(LOCALES[locale]!.unit), breathsPerHold: breaths, secondsPerBreath: BOUNDS.secondsPerBreath.max };
      for (let rep = 1; rep <= reps; rep += 1) {
        for (const segment of repScript(RUNNER_DEADLIFT_EXERCISE, rep, reps, settings, fakeVoice())) {
          if (segment.kind !== 'say') continue;
          const into = segment.line.cue.startsWith('breathMark') ? marks : segment.line.cue.startsWith('count') ? counts : undefined;
          for (const sentence of sentences(lineText(speaker, segment.line))) into?.add(sentence);
        }
      }
    }
    expect(marks.size).toBeGreaterThan(0);
    expect(counts.size).toBeGreaterThan(0);
    expect([...marks].filter((mark) => counts.has(mark))).toEqual([]);
  });
});
