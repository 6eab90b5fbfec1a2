// Every stored document of version 1 (recorded from the v1 code by a real conversation against
// dynalite, test/fixtures/v1/) comes back under the current version with nothing lost.
import { readFileSync } from 'node:fs';
import { decodeItem } from '../../lambda/src/store/items';
import { PROFILE_VERSION } from '../../lambda/src/store';
import { migrate } from '../../lambda/src/workout/migrations';
import { RUNNER_DEADLIFT } from '../../lambda/src/workout/model';
import { PAUSED_SET_VERSION, readPausedSet } from '../../lambda/src/workout/pausedSet';
import { restore, SESSION_MIGRATIONS } from '../../lambda/src/workout/snapshot';
import { STATE_VERSION } from '../../lambda/src/workout/state';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${__dirname}/../fixtures/v1/${name}.json`, 'utf8')) as Record<string, unknown>;
const items = JSON.parse(readFileSync(`${__dirname}/../fixtures/v1/store-items.json`, 'utf8')) as Record<string, unknown>[];
const item = (sk: string) => items.find((i) => i.sk === sk)!;

describe('session state v1 -> v2', () => {
  it.each(['session-running', 'session-paused', 'session-resume-saved'])('keeps everything of %s and names the exercise', (name) => {
    const v1 = fixture(name);
    expect(v1.version).toBe(1);
    const restored = restore(v1, 'kg');
    expect(restored.ok).toBe(true);
    const state = restored.state;
    expect(state.settings).toEqual(v1.settings);
    expect(state.stage.name).toBe((v1.stage as { name: string }).name);
    expect(state.question).toBe(v1.question);
    // Every set now names its exercise, and is otherwise what v1 held.
    const strip = <T extends object>(set: T | undefined) => set && (({ exercise: _e, ...rest }) => rest)(set as T & { exercise: string });
    if (state.stage.name === 'running' || state.stage.name === 'paused') {
      expect(state.stage.set.exercise).toBe(RUNNER_DEADLIFT);
      expect(strip(state.stage.set)).toEqual((v1.stage as { set: unknown }).set);
    }
    expect(restored.ledger.outbox.map((s) => s.exercise)).toEqual((v1.outbox as unknown[]).map(() => RUNNER_DEADLIFT));
    expect(restored.ledger.outbox.map(strip)).toEqual(v1.outbox);
    expect(strip(state.lastSet)).toEqual(v1.lastSet);
    expect(strip(state.savedSet)).toEqual(v1.savedSet);
    expect(restored.ledger.pending).toEqual(v1.pending ?? []);
  });

  it('is one pure step that leaves its input alone', () => {
    const v1 = fixture('session-paused');
    const copy = structuredClone(v1);
    const once = SESSION_MIGRATIONS[1]!(v1);
    expect(v1).toEqual(copy);
    expect(SESSION_MIGRATIONS[1]!(v1)).toEqual(once);
  });

  it('refuses a version it has no way up from, and a future one', () => {
    const v1 = fixture('session-paused');
    expect(migrate({ ...v1, version: 0 }, STATE_VERSION, SESSION_MIGRATIONS)).toEqual({ ok: false, reason: 'unknownVersion' });
    expect(migrate({ ...v1, version: STATE_VERSION + 1 }, STATE_VERSION, SESSION_MIGRATIONS)).toEqual({ ok: false, reason: 'unknownVersion' });
    expect(migrate({ ...v1, version: '1' }, STATE_VERSION, SESSION_MIGRATIONS)).toEqual({ ok: false, reason: 'unknownVersion' });
    const future = restore({ ...v1, version: STATE_VERSION + 1 }, 'kg');
    // A future version cannot be read, but the runner's settings and unsaved sets are kept.
    expect(future).toMatchObject({ ok: false, reason: 'unknownVersion' });
    expect(future.state.stage.name).toBe('ready');
    expect(future.state.settings).toEqual(v1.settings);
    expect(future.ledger.outbox.map((s) => s.id)).toEqual((v1.outbox as { id: string }[]).map((s) => s.id));
  });
});

describe('paused set item v1 -> v2', () => {
  it('keeps the paused set, now a deadlift', () => {
    const decoded = decodeItem(item('~PAUSED'));
    expect(decoded.kind).toBe('paused');
    const v1 = JSON.parse(item('~PAUSED').snapshot as string) as { version: number; set: Record<string, unknown> };
    expect(v1.version).toBe(1);
    expect(readPausedSet(decoded.kind === 'paused' ? decoded.snapshot : undefined)).toEqual({ ...v1.set, exercise: RUNNER_DEADLIFT });
  });

  it('gives nothing for a version it does not know', () => {
    const v1 = JSON.parse(item('~PAUSED').snapshot as string) as Record<string, unknown>;
    expect(readPausedSet({ ...v1, version: PAUSED_SET_VERSION + 1 })).toBeUndefined();
    expect(readPausedSet({ ...v1, version: undefined })).toBeUndefined();
  });
});

describe('profile item v1 -> v2', () => {
  it('reads the recorded v1 profile as v2 with the same settings', () => {
    const v1 = item('~PROFILE');
    expect(v1.version).toBe(1);
    expect(decodeItem(v1)).toEqual({ kind: 'profile', profile: { settings: v1.settings, createdAt: v1.createdAt, version: PROFILE_VERSION }, aggregate: {} });
  });

  it('brings v1 settings that only passed the old type check into bounds, not to the defaults', () => {
    const v1 = item('~PROFILE');
    const loose = { ...v1, settings: { ...(v1.settings as object), targetReps: 100, secondsPerBreath: 4.4, restSeconds: 5, barWeight: 900 } };
    expect(decodeItem(loose)).toMatchObject({
      kind: 'profile',
      profile: { settings: { targetReps: 30, secondsPerBreath: 4, restSeconds: 15, barWeight: 600, unit: 'lb' } },
    });
  });

  it('reads the version it is given: a future profile is skipped, a current one is not migrated again', () => {
    const v1 = item('~PROFILE');
    // The settings are not read (the log's aggregate on the same item still is).
    expect(decodeItem({ ...v1, version: PROFILE_VERSION + 1 })).toEqual({
      kind: 'profile',
      aggregate: {},
      skipped: expect.stringMatching(/version/),
      newer: true,
    });
    const v2 = { ...v1, version: PROFILE_VERSION, settings: { ...(v1.settings as object), targetReps: 100 } };
    expect(decodeItem(v2)).toEqual({ kind: 'profile', aggregate: {}, skipped: 'settings.targetReps: is not 1..30' });
  });
});

describe('set items written before sets named an exercise', () => {
  it('are deadlifts', () => {
    const sets = items.filter((i) => String(i.sk).startsWith('SET#'));
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      expect(set.exercise).toBeUndefined();
      expect(decodeItem(set)).toMatchObject({ kind: 'set', set: { id: set.id, reps: set.reps, exercise: RUNNER_DEADLIFT } });
    }
  });
});
