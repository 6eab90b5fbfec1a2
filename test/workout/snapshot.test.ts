import fc from 'fast-check';
import { sameSession, serialize } from '../../lambda/src/workout/snapshot';
import type { Ledger } from '../../lambda/src/workout/ledger';
import type { WorkoutState } from '../../lambda/src/workout/state';

// States and ledgers of plain data, with the names both really use (and a clash now and then).
const leaf = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom('a', 'b'), fc.boolean(), fc.constant(undefined), fc.constant(null));
const field = fc.oneof(leaf, fc.array(leaf, { maxLength: 2 }), fc.dictionary(fc.constantFrom('x', 'y'), leaf, { maxKeys: 2 }));
const state = fc.dictionary(fc.constantFrom('version', 'stage', 'question', 'settings', 'clock'), field, { maxKeys: 4 }) as unknown as fc.Arbitrary<WorkoutState>;
const ledger = fc
  .record({ outbox: fc.array(leaf, { maxLength: 2 }), pending: fc.array(leaf, { maxLength: 2 }), clock: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), logUnread: fc.option(fc.constant(true), { nil: undefined }) }, { requiredKeys: ['outbox', 'pending'] })
  .map((l) => l as unknown as Ledger);

describe('sameSession', () => {
  it('says two sessions are the same exactly when their stored JSON texts are', () => {
    fc.assert(
      fc.property(state, ledger, state, ledger, fc.boolean(), (s1, l1, s2, l2, copy) => {
        // Half the time the second is a copy of the first, so "the same" is often the answer.
        const [s, l] = copy ? [JSON.parse(JSON.stringify(s1)) as WorkoutState, { ...l1 }] : [s2, l2];
        const text = (st: WorkoutState, le: Ledger) => JSON.stringify(serialize(st, le));
        expect(sameSession({ state: s1, ledger: l1 }, { state: s, ledger: l })).toBe(text(s1, l1) === text(s, l));
      }),
      { numRuns: 3000 },
    );
  });
});
