import fc from 'fast-check';
import { jsonCopy, sameJson } from '../../lambda/src/workout/json';

// Values of every kind JSON meets: plain data, and what it writes its own way (undefined,
// functions, -0, NaN, dates, class instances, toJSON, arrays with holes).
class Box {
  constructor(readonly inside: unknown) {}
}
const odd = fc.constantFrom<unknown>(undefined, null, -0, 0, NaN, Infinity, -Infinity, () => 1, Symbol('s'), new Date(0), new Box(1), { toJSON: () => 'x' }, [undefined, 1], '', '0', 'null', true, false);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), odd, tie('list'), tie('record')),
  list: fc.array(tie('any'), { maxLength: 4 }),
  record: fc.dictionary(fc.constantFrom('a', 'b', 'c', '1', '__proto__', 'toJSON'), tie('any'), { maxKeys: 4 }),
})).any;

const text = (v: unknown): string | undefined => {
  try {
    return JSON.stringify(v);
  } catch {
    return '(throws)';
  }
};

describe('json without its text', () => {
  it('jsonCopy is JSON.parse(JSON.stringify(v)) for anything JSON can write', () => {
    fc.assert(
      fc.property(value, (v) => {
        const written = text(v);
        fc.pre(written !== undefined && written !== '(throws)');
        expect(jsonCopy(v)).toStrictEqual(JSON.parse(written!));
        expect(JSON.stringify(jsonCopy(v))).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('sameJson is JSON.stringify(a) === JSON.stringify(b)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(text(a) === text(b));
        // A value and its copy (and a copy with keys reordered) are the cases a session meets.
        if (text(a) !== undefined && text(a) !== '(throws)') expect(sameJson(a, jsonCopy(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells key order, skipped keys, -0 and non-finite numbers as JSON does', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: undefined, b: 1 }, { c: () => 0, b: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson(-0, 0)).toBe(true);
    expect(sameJson(NaN, null)).toBe(true);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(jsonCopy({ a: -0, b: [NaN, undefined], c: undefined })).toStrictEqual({ a: 0, b: [null, null] });
  });

  it('leaves cycles to JSON, which refuses them', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => jsonCopy(cyclic)).toThrow(TypeError);
    expect(() => sameJson(cyclic, cyclic)).toThrow(TypeError);
  });
});
