// SSML -> what is heard, timed, and how the player shows it.
import { createClock, type Clock } from '../../scripts/coach/clock';
import { play, type Output } from '../../scripts/coach/player';
import { parseSsml } from '../../scripts/coach/ssml';
import { speakingRate } from '../../lambda/src/speech/estimate';
import { findSecondsPerBreath, timeline, totalMs } from '../../scripts/coach/timeline';

const holdSsml =
  '<speak>Belly breaths, 3. <break time="10s"/><break time="2s"/> Push with your quads.</speak>';

describe('parseSsml', () => {
  it('strips tags, decodes entities and keeps breaks in order', () => {
    expect(parseSsml('<speak><p>Bar at your waist &amp; arms straight.</p><break time="1.5s"/><emphasis level="strong">Go</emphasis></speak>')).toEqual([
      { kind: 'text', text: 'Bar at your waist & arms straight.' },
      { kind: 'break', ms: 1500 },
      { kind: 'text', text: 'Go' },
    ]);
  });

  it('ends a sentence at </s> and </p> without a full stop, speaks <sub> aliases, shows audio', () => {
    expect(parseSsml('<speak><s>Butt out</s><sub alias="pounds">lb</sub><audio src="https://x/y.mp3"/></speak>')).toEqual([
      { kind: 'text', text: 'Butt out. pounds' },
      { kind: 'audio', src: 'https://x/y.mp3' },
    ]);
  });

  it('reads break strengths and milliseconds', () => {
    expect(parseSsml('<speak>a<break time="500ms"/>b<break strength="strong"/>c<break/>d</speak>').filter((p) => p.kind === 'break')).toEqual([
      { kind: 'break', ms: 500 },
      { kind: 'break', ms: speakingRate('en-US').replacedByBreakMs },
      { kind: 'break', ms: speakingRate('en-US').clausePauseMs },
    ]);
  });

  it('leaves nothing for empty speech', () => {
    expect(parseSsml('<speak> </speak>')).toEqual([]);
  });
});

describe('timeline', () => {
  it('joins chained breaks of 4 s or more into one hold, with breaths when seconds per breath is known', () => {
    expect(timeline(holdSsml, 'en-US', 4).map((i) => ({ kind: i.kind, ...(i.kind === 'hold' ? { ms: i.ms, breaths: i.breaths } : {}) }))).toEqual([
      { kind: 'say' },
      { kind: 'hold', ms: 12000, breaths: 3 },
      { kind: 'say' },
    ]);
  });

  it('shows seconds only when the breaths are unknown or not whole', () => {
    const unknown = timeline(holdSsml, 'en-US').find((i) => i.kind === 'hold');
    const uneven = timeline(holdSsml, 'en-US', 5).find((i) => i.kind === 'hold');
    expect(unknown).toEqual({ kind: 'hold', ms: 12000 });
    expect(uneven).toEqual({ kind: 'hold', ms: 12000 });
  });

  it('keeps short breaks as pauses', () => {
    expect(timeline('<speak>a <break time="3s"/> b</speak>', 'en-US')[1]).toEqual({ kind: 'pause', ms: 3000 });
  });

  it('times text with the skill estimate, so the coach plays as long as the skill expects', () => {
    const items = timeline(holdSsml, 'en-US', 4);
    expect(items[0]?.ms).toBeGreaterThan(1000);
    expect(totalMs(items)).toBeGreaterThan(12000 + 2000);
  });

  it('finds seconds per breath anywhere in the session attributes', () => {
    expect(findSecondsPerBreath({ v: 1, state: { settings: { secondsPerBreath: 5 } } })).toBe(5);
    expect(findSecondsPerBreath({ settings: { breathMs: 1, secondsPerBreath: 4000 } })).toBe(4);
    expect(findSecondsPerBreath({ other: 'x' })).toBeUndefined();
    expect(findSecondsPerBreath(undefined)).toBeUndefined();
  });
});

describe('player, not on a terminal', () => {
  function capture(): Output & { text: () => string } {
    let text = '';
    return { live: false, write: (t) => void (text += t), text: () => text };
  }

  it('prints speech as readable lines, a hold as one bar line, and takes the virtual time', async () => {
    const out = capture();
    const clock = createClock(1000, 0);
    const items = timeline('<speak>Belly breaths, 3. <break time="10s"/><break time="2s"/> Push with your quads. <break time="2s"/> That is 1.</speak>', 'en-US', 4);
    const result = await play(items, { clock, out, prefix: 'A: ' });
    expect(out.text()).toBe('A: Belly breaths, 3.\n   [hold: 3 breaths, 12 s]\n   Push with your quads.\n   That is 1.\n');
    expect(result.completed).toBe(true);
    expect(result.playedMs).toBeGreaterThanOrEqual(totalMs(items));
  });

  it('stops where a script will speak, by the clock, even when the machine stalled past it', async () => {
    const out = capture();
    // A clock on a machine that froze for minutes: every wait is already over when it is asked.
    let now = 0;
    const stalled: Clock = { scale: 400, now: () => now, sleepUntil: async (at) => void (now = Math.max(now, at) + 60_000), frozen: (work) => work(), realSpeed: (work) => work() };
    const items = timeline('<speak>One. <break time="10s"/> Two. <break time="10s"/> Three.</speak>', 'en-US');
    const stopAt = items[0]!.ms + 5000;
    const result = await play(items, { clock: stalled, out, prefix: 'A: ', start: 0, stopAt });
    expect(result).toEqual({ completed: false, playedMs: stopAt });
    expect(out.text()).toContain('One.');
    expect(out.text()).not.toContain('Two.');
  });

  it('stops at a barge-in', async () => {
    const stop = new AbortController();
    const shown = capture();
    // The runner speaks once "One." is out: tied to the output, not to a real-time delay that a
    // loaded machine could overrun.
    const out: Output & { text: () => string } = { ...shown, write: (t) => (shown.write(t), t.includes('One.') && stop.abort()) };
    const clock = createClock(1000, 0);
    const items = timeline('<speak>One. <break time="10s"/> Two.</speak>', 'en-US');
    const result = await play(items, { clock, out, prefix: 'A: ', signal: stop.signal });
    expect(result.completed).toBe(false);
    expect(out.text()).not.toContain('Two.');
  });
});
