// A person at the keyboard, through the REAL bundle: what they type stays on its own prompt line
// ("> ") while Alexa keeps talking above it, and with --fast she still listens long enough to
// answer. Every wait here is on the coach's output, never on a wall-clock guess, except the one
// pause that stands for a person thinking, which only has to be shorter than her real 8 s.
import { setTimeout as sleep } from 'node:timers/promises';
import { translator } from '../../lambda/src/i18n';
import { labelsFor } from '../../scripts/coach/labels';
import { runTyped } from './harness';
import { screenOf } from './terminal';

const t = translator('en-US');
const labels = labelsFor('en-US');

describe('typing at the local coach in a terminal', () => {
  it('keeps the typing on the prompt line below what Alexa says, and the entered line after a "> "', async () => {
    const run = runTyped(['--fast=400', '--no-store'], { terminal: true });
    await run.written(t('ask.start.say'));
    run.type('start a set of ten\r');
    await run.written('[hold: ');
    // Half a word typed while Alexa goes on counting the reps.
    run.type('pau');
    const before = run.output().split('\n').length;
    await run.written(new RegExp(`(?:[^\\n]*\\n){${before + 1}}`));
    const mid = screenOf(run.output());
    const last = mid.at(-1) ?? '';
    expect(last).toMatch(/(^| {2})> pau$/);
    // Alexa's lines above are whole, with nothing typed run into them.
    expect(mid.slice(0, -1).filter((row) => row.endsWith('pau'))).toEqual([]);
    expect(mid.slice(0, -1).some((row) => /^( {3}|A: )\S/.test(row))).toBe(true);
    run.type('se\r');
    await run.written(/Paused (at rep|before)/);
    run.endInput();
    const { code } = await run.done;
    expect(code).toBe(0);
    const rows = screenOf(run.output());
    expect(rows).toContain('> start a set of ten');
    expect(rows).toContain('> pause');
  });
});

describe('--fast with a person typing', () => {
  it('says the listening window stays in real time, and an answer after a moment is still heard in the session', async () => {
    const run = runTyped(['--fast=400', '--no-store'], { terminal: false });
    await run.written(t('ask.start.say'));
    // At 400x, 8 s of Alexa's listening would be 20 ms: far less than a person needs to type.
    await sleep(300);
    const heardBefore = run.output().length;
    run.type('help\n');
    await run.written(new RegExp(`^[\\s\\S]{${heardBefore}}[\\s\\S]*\\nA: [^\\n]*\\n`));
    run.endInput();
    const { code, out } = await run.done;
    expect(code).toBe(0);
    expect(out).toContain(`(${labels.fastWindow(400, 8)})`);
    expect(out).not.toContain(labels.noAnswer);
  });
});
