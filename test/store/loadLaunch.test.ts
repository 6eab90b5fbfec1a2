// The launch read: exactly one request on the wire, however long the log.
// A dynalite of its own, so that its request log holds this file's requests only.
import type { IncomingMessage } from 'node:http';
import { PROFILE, aSet, personId } from '../support/storeFixtures';
import { type RunningDynalite, startDynalite } from '../support/dynalite';
import { type TestTable, freshTable } from '../support/storeTable';

let server: RunningDynalite;
let table: TestTable;
const operations: string[] = [];

beforeAll(async () => {
  server = await startDynalite();
  // X-Amz-Target is 'DynamoDB_20120810.Query' etc.: what the server was really asked, retries included.
  server.server.on('request', (request: IncomingMessage) => {
    operations.push(String(request.headers['x-amz-target']).split('.').pop() ?? '?');
  });
  table = await freshTable({ endpoint: server.endpoint });
});
afterAll(async () => {
  table.close();
  await server.stop();
});

async function countedLaunch(person: string, recent?: number) {
  operations.length = 0;
  const launch = await table.store.loadLaunch(person, recent);
  return { launch, operations: [...operations] };
}

describe('loadLaunch', () => {
  const person = personId('launch');
  const sets = Array.from({ length: 50 }, (_, i) => aSet(i * 30)); // newest first
  const paused = { v: 2, active: { target: 10, repsDone: 6 } };

  beforeAll(async () => {
    for (const set of [...sets].reverse()) await table.store.logSet(person, set);
    await table.store.saveProfile(person, PROFILE);
    await table.store.savePausedSet(person, paused);
  });

  it('returns profile, paused set and the newest sets with one Query, among 50 sets', async () => {
    const { launch, operations: ops } = await countedLaunch(person);
    expect(ops).toEqual(['Query']);
    expect(launch).toEqual({ profile: PROFILE, pausedSet: paused, recentSets: sets.slice(0, 5) });
  });

  it('returns as many recent sets as asked', async () => {
    const { launch, operations: ops } = await countedLaunch(person, 12);
    expect(ops).toEqual(['Query']);
    expect(launch.recentSets).toEqual(sets.slice(0, 12));
    expect(launch.profile).toEqual(PROFILE);
    expect(launch.pausedSet).toEqual(paused);
  });

  it('fills the room of a missing profile and paused set with sets, no more than asked', async () => {
    const setsOnly = personId('setsonly');
    for (const set of sets.slice(0, 10)) await table.store.logSet(setsOnly, set);
    const { launch, operations: ops } = await countedLaunch(setsOnly, 3);
    expect(ops).toEqual(['Query']);
    expect(launch).toEqual({ recentSets: sets.slice(0, 3) });
  });

  it('finds the paused set of a runner with no sets yet', async () => {
    const newcomer = personId('newcomer');
    await table.store.savePausedSet(newcomer, paused);
    expect((await countedLaunch(newcomer)).launch).toEqual({ pausedSet: paused, recentSets: [] });
  });

  it('reads nothing for a first-time runner in one Query', async () => {
    const { launch, operations: ops } = await countedLaunch(personId('first'));
    expect(ops).toEqual(['Query']);
    expect(launch).toEqual({ recentSets: [] });
  });

  it('writes one request per logged set and one to keep the best set, none more', async () => {
    operations.length = 0;
    await table.store.logSet(person, aSet(-10));
    expect(operations).toEqual(['PutItem', 'UpdateItem']);
  });
});
