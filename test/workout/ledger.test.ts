import fc from 'fast-check';
import type { Effect } from '../../lambda/src/workout/effects';
import { EMPTY_LEDGER, record, withUnsaved, type Ledger } from '../../lambda/src/workout/ledger';
import type { LoggedSet } from '../../lambda/src/workout/model';
import { arbLoggedSet } from '../support/storeFixtures';

const set = (id: string, reps = 10): LoggedSet => ({ id, exercise: 'runnerDeadlift', at: '2026-11-20T07:00:00.000Z', reps, source: 'guided' });
const owing = (...sets: LoggedSet[]): Ledger => ({ ...EMPTY_LEDGER, outbox: sets });

describe('the ledger', () => {
  it('takes a set to log into the outbox once per id, and sends nothing yet', () => {
    const once = record(EMPTY_LEDGER, [{ type: 'logSet', set: set('a') }]);
    const again = record(once.ledger, [{ type: 'logSet', set: set('a', 9) }]);
    expect(once.writes).toEqual([]);
    expect(again.ledger.outbox).toEqual([set('a', 9)]);
  });

  it('changes or deletes a set still in the outbox there, and a stored one in the store', () => {
    const ledger = owing(set('a'), set('b'));
    const changed = record(ledger, [{ type: 'updateSet', set: set('a', 7) }, { type: 'deleteSet', set: set('b') }]);
    expect(changed).toEqual({ ledger: owing(set('a', 7)), writes: [] });
    const stored: Effect[] = [{ type: 'updateSet', set: set('z', 7) }, { type: 'deleteSet', set: set('y') }];
    expect(record(ledger, stored)).toEqual({ ledger, writes: stored });
  });

  it('follows the order of the effects: a set logged and changed in one turn is changed in the outbox', () => {
    expect(record(EMPTY_LEDGER, [{ type: 'logSet', set: set('a') }, { type: 'updateSet', set: set('a', 3) }]).ledger.outbox).toEqual([set('a', 3)]);
  });

  it('empties the outbox when the history is deleted, and still deletes it in the store', () => {
    expect(record(owing(set('a')), [{ type: 'deleteHistory' }])).toEqual({ ledger: EMPTY_LEDGER, writes: [{ type: 'deleteHistory' }] });
  });

  it('passes every other write on unchanged, and never loses the pending ones or the flags', () => {
    const ledger: Ledger = { outbox: [], pending: [{ type: 'clearPausedSet' }], saveFailedTold: true, logUnread: true, clock: 5 };
    const effects: Effect[] = [{ type: 'saveSettings' }, { type: 'clearPausedSet' }];
    expect(record(ledger, effects)).toEqual({ ledger, writes: effects });
  });

  it('shows a history with the unsaved sets first and no set twice', () => {
    fc.assert(
      fc.property(fc.array(arbLoggedSet, { maxLength: 5 }), fc.array(arbLoggedSet, { maxLength: 5 }), (unsaved, stored) => {
        const ledger = owing(...unsaved);
        const seen = withUnsaved(ledger, [...stored, ...unsaved]);
        expect(seen.slice(0, unsaved.length)).toEqual(unsaved);
        expect(seen.filter((s) => unsaved.some((u) => u.id === s.id))).toHaveLength(unsaved.length);
      }),
    );
  });
});
