// Issue 16 on this machine: a workout of three sets with timed rests, end to end through the
// local coach and the REAL bundle. The coach runs the local Timers API (server/alexaApi), plays
// Alexa's permission question, shows the timer, rings it, and relaunches the skill through the
// timer's task when the runner says yes.
import { translator } from '../../lambda/src/i18n';
import { answerTo, runScript } from './harness';

const t = translator('en-US');

describe('three sets with timed rests through the local coach', () => {
  it('asks for timers once, sets each rest timer, rings it, and goes straight into the next set', async () => {
    const script = [
      'start a set of three', '@wait 1', 'yes',
      'rest for two minutes', 'yes', '@wait 125', 'yes', 'yes', '@wait 1', 'yes',
      'rest for two minutes', '@wait 125', 'yes', 'yes', '@wait 1', 'yes',
      'stop',
    ].join('\n');
    const { code, out, err } = await runScript(script);
    expect(err).not.toMatch(/skill threw/);
    expect(code).toBe(0);

    // The first rest: Alexa asks by voice, the runner agrees, the timer is set and shown.
    expect(answerTo(out, 'rest for two minutes')).toContain('(Alexa asks whether Runner Deadlift may set timers: say yes or no)');
    expect(answerTo(out, 'rest for two minutes')).toContain(t('timer.ask'));
    const allowed = out.slice(out.indexOf('U: rest for two minutes'));
    expect(allowed).toContain(t('timer.set', { duration: t('timer.minutes', { count: 2 }), number: 2 }));
    expect(allowed).toMatch(/\(timer set: rest 2:00, rings at \+2:00\)/);
    // Rings, offers to continue, and a yes relaunches into set two: three reps at the same weight.
    expect(out.match(/\(the rest timer rings\)\nA: (.*)\n/g)).toHaveLength(2);
    expect(out).toContain(`A: ${t('timer.confirm')}`);
    expect(out).toContain(`${t('timer.next.withWeight', { number: 2, count: 3, weight: t('weight.lb', { amount: '45', count: 45 }) })} ${t('ask.start.say')}`);
    // The second rest needs no question: the permission was granted.
    expect(out.match(/Alexa asks whether/g)).toHaveLength(1);
    // Three sets done, each answered as clean.
    expect(out.split(t('cleanNoted.yes')).length - 1).toBe(3);
  });
});
