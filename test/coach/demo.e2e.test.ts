// The README's demo, scripts/coach/demo.txt, played as the README says to play it (with the
// test's speed and no store) through the REAL bundle: every line understood, the set paused and
// picked up, two sets logged. And the README shows this very script.
import fs from 'node:fs';
import path from 'node:path';
import { translator } from '../../lambda/src/i18n';
import { answerTo, runScript } from './harness';

const root = path.resolve(__dirname, '../..');
const DEMO = 'scripts/coach/demo.txt';
const script = fs.readFileSync(path.join(root, DEMO), 'utf8');
const said = script
  .split('\n')
  .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
  .filter((line) => line !== '' && !line.startsWith('@'));
const t = translator('en-US');
const pounds = (amount: number): string => t('weight.lb', { amount: String(amount), count: amount });

describe('the README demo script', () => {
  it('runs as written: every line understood, the set paused and resumed, two sets logged', async () => {
    const { code, out, err } = await runScript(script, ['--verbose']);
    expect(err).not.toMatch(/skill threw/);
    expect(code).toBe(0);
    expect(out).not.toContain('AMAZON.FallbackIntent');
    expect(said.map((line) => /^ {3}\(([^\s)]+)/.exec(answerTo(out, line))?.[1])).toEqual([
      'StartSetIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'AMAZON.YesIntent',
      'LogSetIntent',
      'AMAZON.NoIntent',
      'AMAZON.StopIntent',
    ]);
    expect(answerTo(out, 'start a set of three')).toContain('(barge-in at 55.0 s');
    expect(answerTo(out, 'pause')).toContain(t('paused', { reps: 1, target: 3 }));
    // The guided set: finished, all three reps, answered clean.
    expect(answerTo(out, 'resume')).toContain(t('setDone.full', { count: 3 }));
    expect(answerTo(out, 'yes')).toContain(t('cleanNoted.yes'));
    // The set logged by voice, answered not clean.
    expect(answerTo(out, 'log five reps at 45 pounds')).toContain(t('log.logged', { set: t('log.setWithWeight', { count: 5, weight: pounds(45) }) }));
    expect(answerTo(out, 'no')).toContain(t('cleanNoted.no'));
  });

  it('is the script the README shows, with the command that plays it', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`npm start -- --script ${DEMO} --fast`);
    const shown = readme.slice(readme.indexOf(`npm start -- --script ${DEMO} --fast`));
    const block = shown.slice(shown.indexOf('```'), shown.indexOf('```', shown.indexOf('```') + 3));
    expect([...block.matchAll(/^U: (.*)$/gm)].map((m) => m[1]).slice(1)).toEqual(said);
  });
});
