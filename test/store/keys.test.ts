import fc from 'fast-check';
import { StoreError } from '../../lambda/src/store';
import { PAUSED_SK, PROFILE_SK, SET_PREFIX, SET_UPPER, canonicalTime, partitionKey, setKey, sinceKey } from '../../lambda/src/store/keys';

const instant = fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });

describe('canonicalTime', () => {
  it.each([
    ['2025-06-01T12:00:00Z', '2025-06-01T12:00:00.000Z'],
    ['2025-06-01T14:00:00+02:00', '2025-06-01T12:00:00.000Z'],
    ['2025-06-01T12:00:00.5Z', '2025-06-01T12:00:00.500Z'],
  ])('%s is %s', (input, expected) => {
    expect(canonicalTime(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2025-13-01T00:00:00Z', '1717243200000', 'June 1, 2025 12:00', '+275760-09-13T00:00:00.000Z'])(
    'refuses %j',
    (input) => {
      expect(canonicalTime(input)).toBeUndefined();
    },
  );
});

describe('sort keys', () => {
  it('order sets by time, whatever their ids', () => {
    fc.assert(
      fc.property(instant, instant, fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (a, b, idA, idB) => {
        fc.pre(a.getTime() !== b.getTime());
        const keyA = setKey({ id: idA, at: a.toISOString() });
        const keyB = setKey({ id: idB, at: b.toISOString() });
        expect(keyA < keyB).toBe(a < b);
      }),
    );
  });

  it('put profile and paused set after every set, and sets inside the set range', () => {
    fc.assert(
      fc.property(instant, fc.string({ minLength: 1, maxLength: 40 }), (at, id) => {
        const key = setKey({ id, at: at.toISOString() });
        expect(key > SET_PREFIX && key < SET_UPPER).toBe(true);
        expect(key < PAUSED_SK && key < PROFILE_SK).toBe(true);
        expect(key >= sinceKey(at.toISOString())).toBe(true);
        const next = canonicalTime(new Date(at.getTime() + 1).toISOString());
        if (next !== undefined) expect(key < sinceKey(next)).toBe(true);
      }),
    );
  });

  it('refuses what cannot be a key', () => {
    expect(() => setKey({ id: '', at: '2025-06-01T12:00:00Z' })).toThrow(StoreError);
    expect(() => setKey({ id: 'x'.repeat(257), at: '2025-06-01T12:00:00Z' })).toThrow(StoreError);
    expect(() => setKey({ id: 'a', at: 'soon' })).toThrow(StoreError);
    expect(() => partitionKey('')).toThrow(StoreError);
    expect(() => partitionKey('é'.repeat(1025))).toThrow(StoreError);
    expect(partitionKey('amzn1.ask.account.X')).toBe('amzn1.ask.account.X');
  });
});
