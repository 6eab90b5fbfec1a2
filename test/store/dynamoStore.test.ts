// Round trips against the run's dynalite: every method, idempotence, concurrency, deletion.
import { StoreError } from '../../lambda/src/store';
import type { LoggedSet } from '../../lambda/src/workout/model';
import { PROFILE, SETTINGS, aSet, personId } from '../support/storeFixtures';
import { type TestTable, freshTable } from '../support/storeTable';

let table: TestTable;
const skipped: { sk: string; reason: string }[] = [];

beforeAll(async () => {
  table = await freshTable({ onSkip: (sk, reason) => skipped.push({ sk, reason }) });
});
afterAll(() => table.close());
beforeEach(() => {
  skipped.length = 0;
});

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('profile', () => {
  it('comes back as saved, and a second save replaces it', async () => {
    const person = personId('profile');
    await table.store.saveProfile(person, PROFILE);
    expect((await table.store.loadLaunch(person)).profile).toEqual(PROFILE);

    const changed = { ...PROFILE, settings: { ...SETTINGS, unit: 'kg' as const, barWeight: 20 }, setsLogged: 3 };
    await table.store.saveProfile(person, changed);
    expect((await table.store.loadLaunch(person)).profile).toEqual(changed);
  });

  it('keeps the first createdAt when the settings are saved again', async () => {
    const person = personId('since');
    await table.store.saveProfile(person, PROFILE);
    await table.store.saveProfile(person, { ...PROFILE, createdAt: '2030-01-01T00:00:00.000Z', settings: { ...SETTINGS, targetReps: 12 } });
    const profile = (await table.store.loadLaunch(person)).profile;
    expect(profile?.createdAt).toBe(PROFILE.createdAt);
    expect(profile?.settings.targetReps).toBe(12);
  });

  it('stores only the known fields', async () => {
    const person = personId('stray');
    await table.store.saveProfile(person, { ...PROFILE, password: 'hunter2' } as typeof PROFILE);
    const item = await table.raw.get(person, '~PROFILE');
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty('password');
  });

  it('refuses an invalid profile without writing', async () => {
    const person = personId('badprofile');
    const error = await rejection(table.store.saveProfile(person, { ...PROFILE, settings: { ...SETTINGS, unit: 'stone' as 'lb' } }));
    expect(error.code).toBe('invalid');
    expect(await table.raw.keys(person)).toEqual([]);
  });
});

describe('paused set', () => {
  it('saves, replaces and clears an opaque snapshot', async () => {
    const person = personId('paused');
    const snapshot = { v: 3, active: { target: 10, repsDone: 4, weight: { amount: 65, unit: 'lb' } }, note: '' };
    await table.store.savePausedSet(person, snapshot);
    expect((await table.store.loadLaunch(person)).pausedSet).toEqual(snapshot);

    await table.store.savePausedSet(person, { v: 3, active: { target: 10, repsDone: 7 } });
    expect((await table.store.loadLaunch(person)).pausedSet).toEqual({ v: 3, active: { target: 10, repsDone: 7 } });

    await table.store.clearPausedSet(person);
    expect((await table.store.loadLaunch(person)).pausedSet).toBeUndefined();
    await expect(table.store.clearPausedSet(person)).resolves.toBeUndefined();
  });

  it('refuses a snapshot that is not JSON', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect((await rejection(table.store.savePausedSet(personId('cyclic'), cyclic))).code).toBe('invalid');
    expect((await rejection(table.store.savePausedSet(personId('undef'), undefined))).code).toBe('invalid');
  });
});

describe('logSet', () => {
  it('stores a set once, however often the request is retried', async () => {
    const person = personId('idem');
    const set = aSet(0);
    expect(await table.store.logSet(person, set)).toBe('created');
    expect(await table.store.logSet(person, set)).toBe('duplicate');
    // A retry's copy may differ (e.g. rebuilt from session state); the first write stands.
    expect(await table.store.logSet(person, { ...set, reps: 3 })).toBe('duplicate');
    expect(await table.store.history(person)).toEqual([set]);
  });

  it('treats the same instant spelled differently as the same set', async () => {
    const person = personId('spelling');
    expect(await table.store.logSet(person, aSet(0, { id: 'x', at: '2025-06-01T12:00:00Z' }))).toBe('created');
    expect(await table.store.logSet(person, aSet(0, { id: 'x', at: '2025-06-01T12:00:00.000Z' }))).toBe('duplicate');
    expect(await table.store.logSet(person, aSet(0, { id: 'x', at: '2025-06-01T14:00:00+02:00' }))).toBe('duplicate');
  });

  it('keeps sets without weight or clean call as they were', async () => {
    const person = personId('bare');
    const set: LoggedSet = { id: 'voice-1', exercise: 'runnerDeadlift', at: '2025-06-01T12:00:00.000Z', reps: 8, source: 'voice' };
    await table.store.logSet(person, set);
    const [back] = await table.store.history(person);
    expect(back).toEqual(set);
    expect(back).not.toHaveProperty('weight');
    expect(back).not.toHaveProperty('clean');
  });

  it('stores both sets when two devices log for one person at once', async () => {
    const person = personId('twodevices');
    const sameMoment = '2025-06-01T12:00:00.000Z';
    const kitchen = aSet(0, { id: 'kitchen-req', at: sameMoment });
    const garage = aSet(0, { id: 'garage-req', at: sameMoment, reps: 6 });
    const results = await Promise.all([table.store.logSet(person, kitchen), table.store.logSet(person, garage)]);
    expect(results).toEqual(['created', 'created']);
    const stored = await table.store.history(person);
    expect(stored).toHaveLength(2);
    expect(stored).toEqual(expect.arrayContaining([kitchen, garage]));
  });

  it('lets only one of many concurrent retries of one request create the set', async () => {
    const person = personId('raceretry');
    const set = aSet(0);
    const results = await Promise.all(Array.from({ length: 8 }, () => table.store.logSet(person, set)));
    expect(results.filter((r) => r === 'created')).toHaveLength(1);
    expect(await table.store.history(person)).toEqual([set]);
  });

  it.each([
    ['an empty id', { id: '' }],
    ['a time that is not ISO', { at: 'yesterday' }],
    ['negative reps', { reps: -1 }],
    ['fractional reps', { reps: 2.5 }],
    ['a weight in stone', { weight: { amount: 10, unit: 'st' } }],
    ['an unknown source', { source: 'app' }],
  ])('refuses a set with %s', async (_label, overrides) => {
    const person = personId('badset');
    const error = await rejection(table.store.logSet(person, { ...aSet(0), ...overrides } as LoggedSet));
    expect(error.code).toBe('invalid');
    expect(await table.raw.keys(person)).toEqual([]);
  });

  it('refuses an empty person', async () => {
    expect((await rejection(table.store.logSet('', aSet(0)))).code).toBe('invalid');
  });
});

describe('updateSet and deleteSet', () => {
  it('changes a logged set in place', async () => {
    const person = personId('update');
    const set = aSet(0, { reps: 10, clean: undefined });
    await table.store.logSet(person, set);
    const corrected = { ...set, reps: 8, clean: true };
    await table.store.updateSet(person, corrected);
    expect(await table.store.history(person)).toEqual([corrected]);
  });

  it('answers conflict instead of bringing back a set that is gone', async () => {
    const person = personId('updategone');
    const set = aSet(0);
    await table.store.logSet(person, set);
    await table.store.deleteSet(person, set);
    const error = await rejection(table.store.updateSet(person, { ...set, reps: 8 }));
    expect(error.code).toBe('conflict');
    expect(error.retryable).toBe(false);
    expect(await table.store.history(person)).toEqual([]);
  });

  it('deletes only the named set, and deleting twice is fine', async () => {
    const person = personId('delete');
    const keep = aSet(10);
    const drop = aSet(5);
    await table.store.logSet(person, keep);
    await table.store.logSet(person, drop);
    await table.store.deleteSet(person, { id: drop.id, at: drop.at });
    await table.store.deleteSet(person, drop);
    expect(await table.store.history(person)).toEqual([keep]);
  });
});

describe('history', () => {
  const person = personId('history');
  const sets = Array.from({ length: 12 }, (_, i) => aSet(i * 60 * 24)); // one a day, newest first

  beforeAll(async () => {
    // Logged oldest-first so that order of writing cannot pass for order of time.
    for (const set of [...sets].reverse()) await table.store.logSet(person, set);
    await table.store.saveProfile(person, PROFILE);
    await table.store.savePausedSet(person, { v: 1 });
  });

  it('returns sets only, newest first', async () => {
    expect(await table.store.history(person)).toEqual(sets);
  });

  it('honours the limit', async () => {
    expect(await table.store.history(person, { limit: 3 })).toEqual(sets.slice(0, 3));
    expect(await table.store.history(person, { limit: 0 })).toEqual([]);
  });

  it('returns only sets at or after `since`', async () => {
    const since = sets[6]!.at; // seven days of sets, the boundary included
    expect(await table.store.history(person, { since })).toEqual(sets.slice(0, 7));
    expect(await table.store.history(person, { since, limit: 2 })).toEqual(sets.slice(0, 2));
    expect(await table.store.history(person, { since: '2030-01-01T00:00:00Z' })).toEqual([]);
  });

  it('refuses a bad since or limit', async () => {
    expect((await rejection(table.store.history(person, { since: 'last week' }))).code).toBe('invalid');
    expect((await rejection(table.store.history(person, { limit: -1 }))).code).toBe('invalid');
    expect((await rejection(table.store.history(person, { limit: 1.5 }))).code).toBe('invalid');
  });

  it('keeps each person to their own sets', async () => {
    expect(await table.store.history(personId('stranger'))).toEqual([]);
  });
});

describe('deleteAll', () => {
  it('removes profile, paused set and every set of that person only', async () => {
    const person = personId('forget');
    const other = personId('neighbour');
    await table.store.saveProfile(person, PROFILE);
    await table.store.savePausedSet(person, { v: 1 });
    // More than one BatchWrite of 25.
    for (let i = 0; i < 60; i += 1) await table.store.logSet(person, aSet(i));
    await table.store.logSet(other, aSet(0));

    expect(await table.store.deleteAll(person)).toBe(62);
    expect(await table.raw.keys(person)).toEqual([]);
    expect(await table.store.loadLaunch(person)).toEqual({ recentSets: [] });
    expect(await table.store.history(other)).toHaveLength(1);
    expect(await table.store.deleteAll(person)).toBe(0);
  });
});

describe('malformed items', () => {
  it('are skipped and reported, never thrown', async () => {
    const person = personId('malformed');
    const good = aSet(0);
    await table.store.logSet(person, good);
    await table.raw.put({ pk: person, sk: 'SET#2025-06-01T11:00:00.000Z#bad-reps', id: 'bad-reps', at: '2025-06-01T11:00:00.000Z', reps: 'ten', source: 'guided' });
    await table.raw.put({ pk: person, sk: 'SET#2025-06-01T10:00:00.000Z#moved', id: 'moved', at: '2024-01-01T00:00:00.000Z', reps: 5, source: 'guided' });
    await table.raw.put({ pk: person, sk: 'SET#garbage' });
    await table.raw.put({ pk: person, sk: '~PROFILE', settings: { unit: 'lb' }, createdAt: 'then', version: 1 });
    await table.raw.put({ pk: person, sk: '~PAUSED', snapshot: '{not json' });

    expect(await table.store.history(person)).toEqual([good]);
    expect(skipped.map((s) => s.sk).sort()).toEqual([
      'SET#2025-06-01T10:00:00.000Z#moved',
      'SET#2025-06-01T11:00:00.000Z#bad-reps',
      'SET#garbage',
    ]);

    skipped.length = 0;
    expect(await table.store.loadLaunch(person, 10)).toEqual({ recentSets: [good] });
    expect(skipped.map((s) => s.sk)).toEqual(expect.arrayContaining(['~PROFILE', '~PAUSED']));
  });
});
