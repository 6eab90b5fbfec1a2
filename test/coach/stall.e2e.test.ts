// A loaded machine, made repeatable: the device clock jumps a minute ahead every time the skill
// has answered, as if the process were descheduled between the response and its playback (at
// --fast=400 a 150 ms stall is 60 s of speech). The scripted words must land where the script
// puts them in the skill's own timeline, so the conversation is the same as on an idle machine:
// the flake this guards against was "that was my last rep" arriving after the skill had counted
// the whole set.
import { createClock, type Clock } from '../../scripts/coach/clock';
import { translator } from '../../lambda/src/i18n';
import { answerTo, runScript } from './harness';

const STALL_MS = 60_000;

/** createClock at `speed`, plus STALL_MS of virtual time lost after each of the skill's turns. */
function stallingClock(speed: number): Clock {
  const base = createClock(speed);
  let lost = 0;
  const now = (): number => base.now() + lost;
  return {
    scale: base.scale,
    now,
    async sleepUntil(at, signal) {
      // Re-read in short steps: a stall may land while this waits.
      while (now() < at) await base.sleepUntil(Math.min(at - lost, base.now() + 1000), signal);
    },
    frozen: (work, at) => base.frozen(work, at === undefined ? undefined : at - lost).finally(() => void (lost += STALL_MS)),
    realSpeed: (work) => base.realSpeed(work),
  };
}

const SCRIPT = ['start a set of three', '@at 55', 'pause', 'resume', '@at 20', 'that was my last rep', 'no', 'stop'].join('\n');
const t = translator('en-US');

describe('scripted barge-ins on a stalling machine', () => {
  it.each([
    ['an idle machine', undefined],
    ['a machine that stalls after every response', stallingClock],
  ] as const)('on %s the set pauses at rep 1 and "that was my last rep" counts one rep', async (_name, clock) => {
    const { code, out, err } = await runScript(`${SCRIPT}\n`, [], clock ? { clock } : {});
    expect(err).toBe('');
    expect(code).toBe(0);
    // 55 s into the set is inside rep two (rep one is said in full); 20 s into the resumed block
    // is inside rep two again: one rep counted, both times, whatever the stall.
    expect(answerTo(out, 'start a set of three')).toContain('(barge-in at 55.0 s of');
    expect(answerTo(out, 'pause')).toContain(t('paused', { reps: 1, target: 3 }));
    expect(answerTo(out, 'resume')).toContain(t('runnerDeadlift.cue.resumeAt', { rep: 2, target: 3 }));
    expect(answerTo(out, 'resume')).toContain('(barge-in at 20.0 s of');
    expect(answerTo(out, 'that was my last rep')).toContain(t('setDone.early', { count: 1, target: 3 }));
    expect(answerTo(out, 'no')).toContain(t('cleanNoted.no'));
  });

  it('on an Echo Show (--screen) a barge-in lands at the same rep whether the machine stalls or not', async () => {
    const script = ['start a set of ten', '@at 75', 'pause'].join('\n');
    // The screen's steps and its rep reports (each one a request: another stall) are timed on
    // the device's own timeline from the set's request, as the scripted words are.
    const seen = async (clock?: (speed: number) => Clock): Promise<{ shown: number[]; paused: string }> => {
      const { out } = await runScript(`${script}\n`, ['--screen'], clock ? { clock } : {});
      const start = answerTo(out, 'start a set of ten');
      expect(start).toMatch(/\(barge-in (at|during)/);
      return { shown: [...start.matchAll(/\[screen\] (\d+) of 10 \|/g)].map((m) => Number(m[1])), paused: answerTo(out, 'pause').split('\n')[0]! };
    };
    const idle = await seen();
    const onScreen = idle.shown.at(-1)!;
    expect(onScreen).toBeGreaterThan(1);
    expect(idle.paused).toMatch(new RegExp(`^A: Paused at rep ${onScreen - 1} of 10\\.`));
    expect(await seen(stallingClock)).toEqual(idle);
  });

  it('a rest timer starts at its request\'s moment: "@wait 125" after a two-minute rest hears it ring, stalls or not', async () => {
    const script = ['start a set of three', '@wait 1', 'yes', 'rest for two minutes', 'yes', '@wait 125', 'yes', 'stop'].join('\n');
    for (const clock of [undefined, stallingClock]) {
      const { code, out, err } = await runScript(`${script}\n`, [], clock ? { clock } : {});
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(/\(timer set: rest 2:00, rings at \+2:00\)/);
      expect(out).toContain(`(the rest timer rings)\nA: ${t('timer.confirm')}`);
    }
  });
});
