// The turn log skips building a line nobody will read, and writes a line that already carries its
// time as it is: both must say exactly what writeLog would.
import { logTime, logWanted, setLogSink, writeLog, writeTimedLog } from '../../lambda/src/log/logger';

afterEach(() => {
  setLogSink(undefined);
  delete process.env.TURN_LOG;
});

test('a line is wanted with a sink, or on stdout unless the log is off (or quiet under jest)', () => {
  expect(logWanted()).toBe(false); // under jest, quiet unless TURN_LOG=on
  process.env.TURN_LOG = 'on';
  expect(logWanted()).toBe(true);
  process.env.TURN_LOG = 'off';
  expect(logWanted()).toBe(false);
  setLogSink(() => undefined);
  expect(logWanted()).toBe(true);
});

test('a timed line is the line writeLog writes for the same fields: time first, undefined fields left out', () => {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line));
  const fields = { level: 'info', message: 'turn', intent: undefined, count: 3, after: { stage: 'ready', reps: null } };
  writeLog(fields);
  const time = logTime();
  writeTimedLog({ time, ...fields });
  expect(lines).toHaveLength(2);
  const [plain, timed] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(Object.keys(timed!)).toEqual(['time', 'level', 'message', 'count', 'after']);
  expect(Object.keys(plain!)).toEqual(Object.keys(timed!));
  expect({ ...plain, time }).toEqual(timed);
  expect(Date.parse(plain!.time as string)).toBeLessThanOrEqual(Date.parse(time));
});

test('writeLog and writeTimedLog write where logWanted says a line goes, and nothing when it says none', () => {
  const written: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  try {
    const write = (): void => {
      writeLog({ message: 'plain' });
      writeTimedLog({ time: logTime(), message: 'timed' });
    };
    for (const setting of [undefined, 'off', 'on']) {
      if (setting === undefined) delete process.env.TURN_LOG;
      else process.env.TURN_LOG = setting;
      const before = written.length;
      write();
      expect([setting, written.length - before]).toEqual([setting, logWanted() ? 2 : 0]);
    }
    expect(written.map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(['plain', 'timed']);
    expect(written.every((line) => line.endsWith('}\n'))).toBe(true);
    const sunk: string[] = [];
    process.env.TURN_LOG = 'off';
    setLogSink((line) => sunk.push(line));
    write();
    expect(sunk).toHaveLength(2);
    expect(written).toHaveLength(2);
  } finally {
    stdout.mockRestore();
  }
});
