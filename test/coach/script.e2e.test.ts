// A scripted session end to end through the REAL bundle (dist/index.js, from `npm run build`):
// launch, start a set, barge in with "pause" while the reps are being spoken, resume, finish.
// `npm test` builds the bundle before jest runs. It asserts on the contract (intents, barge-in,
// session rules), not on exact wording, which belongs to the locale files.
import { answerTo, runScript as session } from './harness';

describe('a scripted session through dist/index.js', () => {
  it('launches, starts, pauses at the rep reached, resumes and finishes', async () => {
    const { code, out, err } = await session(
      ['start a set of five', '@at 55', 'pause', 'resume', '@at 30', 'that was my last rep', 'stop'].join('\n'),
    );
    expect(err).not.toMatch(/skill threw/);
    expect(code).toBe(0);
    expect(out.startsWith('U: open runner deadlift\nA: ')).toBe(true);
    expect(out).not.toContain("problem with the requested skill's response");

    const start = answerTo(out, 'start a set of five');
    // A 12 s hold comes a breath at a time, the next breath named between: never two breaks in a row.
    expect(start).toMatch(/\[hold: 1 breath, \d(\.\d)? s\]/);
    // The barge-in is where the script put it: playback stops there by the coach's clock, and the
    // response is timed from its request, as the skill times it, however late a timer fires.
    const [, at = '0', of = '0'] = /\(barge-in at (\d+\.\d) s of (\d+\.\d) s\)/.exec(start) ?? [];
    expect(Number(at)).toBe(55);
    expect(Number(at)).toBeLessThan(Number(of));

    // 55 s in is past the setup and the first rep, said in full: the skill names the rep it paused at.
    const paused = answerTo(out, 'pause');
    expect(paused).toMatch(/\brep (1|2|one|two)\b/i);
    const resumed = answerTo(out, 'resume');
    // A 12 s hold comes a breath at a time, the next breath named between: never two breaks in a row.
    expect(resumed).toMatch(/\[hold: 1 breath, \d(\.\d)? s\]/);

    // Finishing early counts the reps reached, not the five asked for.
    const finished = answerTo(out, 'that was my last rep');
    expect(finished).not.toMatch(/\b5 reps\b|\bfive reps\b/i);
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^A: /);
  });

  it('ends the session after two unanswered listening windows and relaunches on the next words', async () => {
    const { out } = await session(['@wait 30', 'help'].join('\n'), ['--wait', '2']);
    const before = out.slice(0, out.indexOf('U: help'));
    expect(before).toContain('(no answer: the session has ended; what you say next starts a new one)');
    // The reprompt was played once between the launch and the end.
    expect(before.match(/^A: /gm)?.length).toBe(2);
    expect(answerTo(out, 'help')).toMatch(/^A: /);
  });

  it('runs the LogSetIntent reps dialog', async () => {
    const { out } = await session(['log a set', 'eight', 'stop'].join('\n'));
    expect(answerTo(out, 'log a set')).toMatch(/^A: .*\?/);
    expect(answerTo(out, 'eight')).toMatch(/\b(8|eight)\b/i);
  });
});
