// --screen through the REAL bundle: the local coach plays an Echo Show, runs the skill's APL
// command sequence against its own clock (speech takes its playback time, the hold its breaths,
// SendEvent goes to the skill as a UserEvent) and draws the screen's state. No wall-clock
// assertion: what is checked is what the runner sees and what the skill counted.
import { answerTo, runScript as session } from './harness';

describe('the local coach as an Echo Show (--screen)', () => {
  it('plays a set rep by rep on the screen; the block\'s question comes with its last event', async () => {
    const { code, out, err } = await session(['start a set of two', 'yes', 'stop'].join('\n'), ['--screen']);
    expect(err).not.toMatch(/skill threw/);
    expect(code).toBe(0);
    const start = answerTo(out, 'start a set of two');
    // Rep counter, phase, the hold breath by breath, the weight, the progress bar.
    expect(start).toMatch(/\[screen\] 1 of 2 \| Lower slowly \| 45 pounds \[\.{20}\] 0%/);
    expect(start).toMatch(/\[screen\] 1 of 2 \| Hold and breathe \| Breath 1 of 3 · 12 s \|/);
    expect(start).toMatch(/\[screen\] 1 of 2 \| Hold and breathe \| Breath 3 of 3 · 4 s \|/);
    expect(start).toMatch(/\[screen\] 2 of 2 \| 45 pounds \[#{10}\.{10}\] 50%/);
    expect(start).toMatch(/\[screen\] 2 of 2 \| 45 pounds \[#{20}\] 100%/);
    // The question is asked after the sequence, by the answer to its last event, and heard.
    expect(start.trimEnd().split('\n').at(-1)).toMatch(/^A: Was every rep slow and clean\?/);
    expect(answerTo(out, 'yes')).toMatch(/clean/i);
  });

  it('a barge-in mid-set pauses at the last rep the screen reported', async () => {
    // The check is the relation: the rep on screen was not yet reported, the one before was.
    // (Where 75 s falls no longer depends on the load: stall.e2e.test.ts checks that.)
    const { out } = await session(['start a set of ten', '@at 75', 'pause'].join('\n'), ['--screen']);
    const start = answerTo(out, 'start a set of ten');
    expect(start).toMatch(/\(barge-in (at|during)/);
    const shown = [...start.matchAll(/\[screen\] (\d+) of 10 \|/g)].map((m) => Number(m[1]));
    const onScreen = shown.at(-1)!;
    expect(onScreen).toBeGreaterThan(1);
    expect(answerTo(out, 'pause')).toMatch(new RegExp(`^A: Paused at rep ${onScreen - 1} of 10\\.`));
  });

  it('without --screen the coach is a speaker: no screen is drawn', async () => {
    const { out } = await session(['start a set of two', 'stop'].join('\n'));
    expect(out).not.toContain('[screen]');
    expect(answerTo(out, 'start a set of two')).toMatch(/\[hold: /);
  });
});
