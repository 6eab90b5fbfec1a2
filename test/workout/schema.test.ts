import fc from 'fast-check';
import {
  array, check, convert, explain, int, isObject, lenient, number, object, oneOf, optional, refine, soundItems, string, tagged,
} from '../../lambda/src/workout/schema';

describe('schema combinators', () => {
  const POINT = object({ x: int({ min: 0, max: 10 }), label: optional(string({ max: 3 })), note: lenient(string({ max: 3 })) });

  it('read what holds up and drop every field they do not know', () => {
    expect(check(POINT, { x: 3, label: 'a', extra: true })).toEqual({ ok: true, value: { x: 3, label: 'a' } });
  });

  it('say where and why a value fails', () => {
    const LIST = object({ points: array(POINT) });
    const read = check(LIST, { points: [{ x: 1 }, { x: 11 }] });
    expect(read).toEqual({ ok: false, path: 'points[1].x', reason: 'is not 0..10' });
    expect(read.ok || explain(read)).toBe('points[1].x: is not 0..10');
    expect(check(LIST, { points: [{}] })).toMatchObject({ ok: false, path: 'points[0].x', reason: 'is missing' });
  });

  it('fail on an unsound optional field, but only drop an unsound lenient one', () => {
    expect(check(POINT, { x: 1, label: 'toolong' })).toMatchObject({ ok: false, path: 'label' });
    expect(check(POINT, { x: 1, note: 'toolong' })).toEqual({ ok: true, value: { x: 1 } });
  });

  it('keep the sound items of a list when asked to', () => {
    expect(check(soundItems(int()), [1, 'two', 3])).toEqual({ ok: true, value: [1, 3] });
    expect(check(array(int()), [1, 'two', 3])).toMatchObject({ ok: false, path: '[1]' });
  });

  it('tell tagged variants apart by their tag', () => {
    const SHAPE = tagged('kind', { dot: {}, line: { length: number({ min: 0 }) } });
    expect(SHAPE.tags).toEqual(['dot', 'line']);
    expect(check(SHAPE, { kind: 'line', length: 2 })).toEqual({ ok: true, value: { kind: 'line', length: 2 } });
    expect(check(SHAPE, { kind: 'circle' })).toMatchObject({ ok: false, path: 'kind' });
    expect(check(SHAPE, { kind: 'toString' })).toMatchObject({ ok: false, path: 'kind' });
    expect(check(SHAPE, { kind: 'line', length: -1 })).toMatchObject({ ok: false, path: 'length' });
  });

  it('refine across fields and convert to one spelling', () => {
    const RANGE = refine(object({ lo: int(), hi: int() }), (r) => (r.lo <= r.hi ? undefined : 'is upside down'));
    expect(check(RANGE, { lo: 2, hi: 1 })).toEqual({ ok: false, path: '', reason: 'is upside down' });
    const UPPER = convert(string({ max: 5 }), (s) => (s === '' ? undefined : s.toUpperCase()), 'is empty');
    expect(check(UPPER, 'ab')).toEqual({ ok: true, value: 'AB' });
    expect(check(UPPER, '')).toEqual({ ok: false, path: '', reason: 'is empty' });
    expect(check(oneOf(['a', 'b'] as const), 'c')).toMatchObject({ ok: false });
  });

  it('never throw, whatever JSON comes in', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => check(POINT, raw)).not.toThrow();
        expect(isObject(raw)).toBe(typeof raw === 'object' && raw !== null && !Array.isArray(raw));
      }),
    );
  });
});
