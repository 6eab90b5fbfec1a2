import fc from 'fast-check';
import { StoreError } from '../../lambda/src/store';
import { decodeItem, pausedItem, profileItem, setItem } from '../../lambda/src/store/items';
import { PROFILE, aSet, arbLoggedSet, arbProfile } from '../support/storeFixtures';

const NOW = '2025-06-01T12:00:00.000Z';

describe('items', () => {
  it('decode what they encode: sets', () => {
    fc.assert(
      fc.property(arbLoggedSet, (set) => {
        expect(decodeItem(setItem('p', set))).toEqual({ kind: 'set', set });
      }),
    );
  });

  it('decode what they encode: profiles', () => {
    fc.assert(
      fc.property(arbProfile, (profile) => {
        expect(decodeItem(profileItem('p', profile, NOW))).toEqual({ kind: 'profile', profile, aggregate: {} });
      }),
    );
  });

  it('decode what they encode: paused snapshots', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (snapshot) => {
        const decoded = decodeItem(pausedItem('p', snapshot, NOW));
        expect(decoded).toEqual({ kind: 'paused', snapshot: JSON.parse(JSON.stringify(snapshot)) });
      }),
    );
  });

  it('skip, never throw, whatever is in the table', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ sk: fc.constantFrom('~PROFILE', '~PAUSED', 'SET#x', 'OTHER'), snapshot: fc.anything() }, { requiredKeys: ['sk'] }),
          arbLoggedSet.chain((set) =>
            fc.record({ field: fc.constantFrom('id', 'at', 'reps', 'weight', 'clean', 'source'), value: fc.anything() }).map(({ field, value }) => ({
              ...setItem('p', set),
              [field]: value,
            })),
          ),
        ),
        (item) => {
          expect(() => decodeItem(item)).not.toThrow();
        },
      ),
    );
  });

  it.each([
    ['id', ''],
    ['id', 7],
    ['at', 'last tuesday'],
    ['reps', '10'],
    ['reps', -2],
    ['reps', 1.5],
    ['weight', { amount: 60 }],
    ['weight', { amount: -5, unit: 'kg' }],
    ['weight', { amount: 60, unit: 'stone' }],
    ['clean', 'yes'],
    ['source', 'app'],
  ])('skip a set whose %s is %j', (field, value) => {
    expect(decodeItem({ ...setItem('p', aSet(0)), [field]: value })).toMatchObject({ kind: 'skip' });
  });

  it.each([
    ['unit', 'stone'],
    ['barWeight', Number.POSITIVE_INFINITY],
    ['targetReps', 10.5],
    ['breathsPerHold', '3'],
    ['secondsPerBreath', -1],
    ['pacing', 'fast'],
    ['restSeconds', null],
  ])('skip a profile whose setting %s is %j', (field, value) => {
    const item = profileItem('p', PROFILE, NOW);
    // The settings are lost, not the log's aggregate on the same item.
    expect(decodeItem({ ...item, settings: { ...PROFILE.settings, [field]: value }, clearedAt: NOW })).toEqual({
      kind: 'profile',
      aggregate: { clearedAt: NOW },
      skipped: expect.stringMatching(new RegExp(field)),
    });
  });

  it('store only the fields of a set, not whatever else the object carries', () => {
    const item = setItem('p', { ...aSet(0), sessionId: 'abc' } as ReturnType<typeof aSet>);
    expect(Object.keys(item).sort()).toEqual(['at', 'clean', 'exercise', 'id', 'kind', 'pk', 'reps', 'sk', 'source', 'weight']);
  });

  it('say why an item was skipped', () => {
    const set = aSet(0);
    expect(decodeItem({ ...setItem('p', set), reps: '10' })).toMatchObject({ kind: 'skip', reason: expect.stringMatching(/reps/) });
    expect(decodeItem({ ...setItem('p', set), at: '2020-01-01T00:00:00.000Z' })).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/key does not match/),
    });
    expect(decodeItem({ ...profileItem('p', PROFILE, NOW), version: -1 })).toMatchObject({ kind: 'profile', skipped: expect.stringMatching(/version/) });
    expect(decodeItem({ pk: 'p', sk: 'NOTE#1' })).toMatchObject({ kind: 'skip', reason: 'unknown kind of item' });
  });

  it('refuse to encode what they could not decode', () => {
    expect(() => setItem('p', { ...aSet(0), reps: Number.NaN })).toThrow(StoreError);
    expect(() => profileItem('p', { ...PROFILE, createdAt: 'now' }, NOW)).toThrow(StoreError);
    expect(() => pausedItem('p', () => 1, NOW)).toThrow(StoreError);
  });
});
