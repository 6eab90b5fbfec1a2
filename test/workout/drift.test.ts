// The session reader (workout/snapshot.ts) and the store reader (store/validate.ts) are built from
// the same schemas, so a set or a settings value is judged the same wherever it comes back from.
import fc from 'fast-check';
import { decodeItem, profileItem } from '../../lambda/src/store/items';
import type { LoggedSet, Settings } from '../../lambda/src/workout/model';
import { defaultSettings } from '../../lambda/src/workout/settings';
import { restore } from '../../lambda/src/workout/snapshot';
import { STATE_VERSION } from '../../lambda/src/workout/state';
import { PROFILE, arbLoggedSet } from '../support/storeFixtures';

const SET: LoggedSet = { id: 'amzn1.echo-api.request.1', exercise: 'runnerDeadlift', at: '2026-11-20T10:00:00.000Z', reps: 10, source: 'guided' };

/** What the session reader makes of a set in the outbox: the set as read, or undefined. */
function fromSession(set: unknown): unknown {
  const restored = restore({ version: STATE_VERSION, settings: defaultSettings('lb'), stage: { name: 'ready' }, outbox: [set] }, 'lb');
  return restored.ok ? restored.ledger.outbox[0] : undefined;
}

/** What the store reader makes of a set item written by hand with these fields. */
function fromStore(set: Record<string, unknown>): unknown {
  // The key a writer would have given it; a field that is no time or id gets a key of its own.
  const at = typeof set.at === 'string' && !Number.isNaN(Date.parse(set.at)) ? new Date(set.at).toISOString() : 'not-a-time';
  const id = typeof set.id === 'string' ? set.id : 'not-an-id';
  const decoded = decodeItem({ ...set, pk: 'p', sk: `SET#${at}#${id}`, kind: 'set' });
  return decoded.kind === 'set' ? decoded.set : undefined;
}

function settingsFromSession(settings: unknown): Settings | undefined {
  const restored = restore({ version: STATE_VERSION, settings, stage: { name: 'ready' } }, 'kg');
  // An unsound settings value gives the locale's defaults (kilos here), never a corrupt state.
  return restored.ok && restored.state.settings.unit === 'lb' ? restored.state.settings : undefined;
}

function settingsFromStore(settings: unknown): Settings | undefined {
  const decoded = decodeItem({ ...profileItem('p', PROFILE, '2026-11-20T10:00:00.000Z'), settings });
  return decoded.kind === 'profile' ? decoded.profile?.settings : undefined;
}

describe('one schema, two readers', () => {
  it('refuse a set id of 230 characters in both', () => {
    const long = { ...SET, id: 'x'.repeat(230) };
    expect(fromSession(long)).toBeUndefined();
    expect(fromStore(long)).toBeUndefined();
    expect(fromSession({ ...SET, id: 'x'.repeat(200) })).toEqual(fromStore({ ...SET, id: 'x'.repeat(200) }));
  });

  it('read a time written ...T10:00:00Z in both, as the same canonical time', () => {
    const short = { ...SET, at: '2026-11-20T10:00:00Z' };
    expect(fromSession(short)).toEqual(SET);
    expect(fromStore(short)).toEqual(SET);
  });

  it('refuse targetReps 100 in both', () => {
    const settings = { ...defaultSettings('lb'), targetReps: 100 };
    expect(settingsFromSession(settings)).toBeUndefined();
    expect(settingsFromStore(settings)).toBeUndefined();
    expect(settingsFromSession({ ...settings, targetReps: 30 })).toEqual(settingsFromStore({ ...settings, targetReps: 30 }));
  });

  it('agree on every set, whatever one field is changed to', () => {
    const fields = fc.constantFrom('id', 'at', 'reps', 'weight', 'clean', 'source');
    const values = fc.oneof(
      fc.anything(),
      fc.string({ maxLength: 260 }),
      fc.integer({ min: -5, max: 1000 }),
      fc.record({ amount: fc.double({ min: -10, max: 1000 }), unit: fc.constantFrom('lb', 'kg', 'st') }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace('.000Z', 'Z')),
    );
    fc.assert(
      fc.property(arbLoggedSet, fields, values, (set, field, value) => {
        const changed = { ...set, [field]: value };
        expect(fromSession(changed)).toEqual(fromStore(changed));
      }),
    );
  });

  it('agree on every settings value, whatever one field is changed to', () => {
    const fields = fc.constantFrom('unit', 'barWeight', 'targetReps', 'breathsPerHold', 'secondsPerBreath', 'pacing', 'restSeconds');
    fc.assert(
      fc.property(fields, fc.oneof(fc.anything(), fc.integer({ min: -5, max: 700 }), fc.double()), (field, value) => {
        const changed = { ...defaultSettings('lb'), [field]: value };
        expect(settingsFromSession(changed)).toEqual(settingsFromStore(changed));
      }),
    );
  });
});
