// Valid domain values for store tests, and fast-check arbitraries of them.
import fc from 'fast-check';
import type { LoggedSet, Settings } from '../../lambda/src/workout/model';
import { PROFILE_VERSION, type Profile } from '../../lambda/src/store';
import { BOUNDS } from '../../lambda/src/workout/settings';

export const SETTINGS: Settings = {
  unit: 'lb',
  barWeight: 45,
  targetReps: 10,
  breathsPerHold: 3,
  secondsPerBreath: 4,
  pacing: 'wholeSet',
  restSeconds: 90,
};

export const PROFILE: Profile = { settings: SETTINGS, createdAt: '2025-03-01T08:00:00.000Z', version: PROFILE_VERSION, setsLogged: 0 };

let counter = 0;
/** A set finished `minutesAgo` before a fixed instant; ids are unique within a run. */
export function aSet(minutesAgo: number, overrides: Partial<LoggedSet> = {}): LoggedSet {
  counter += 1;
  return {
    id: `req-${counter}`,
    exercise: 'runnerDeadlift',
    at: new Date(Date.UTC(2025, 5, 1, 12, 0) - minutesAgo * 60_000).toISOString(),
    reps: 10,
    weight: { amount: 65, unit: 'lb' },
    clean: true,
    source: 'guided',
    ...overrides,
  };
}

export const personId = (label: string): string => `amzn1.ask.person.${label}.${counter++}`;

// Drawn within the bounds the schemas keep (workout/settings.ts), so every one is a value the
// store must take back unchanged.
const unit = fc.constantFrom<'lb' | 'kg'>('lb', 'kg');
const within = ({ min, max }: { readonly min: number; readonly max: number }) => fc.integer({ min, max });
const amountIn = (u: 'lb' | 'kg') => fc.double({ min: BOUNDS.weight[u].min, max: BOUNDS.weight[u].max, noNaN: true, noDefaultInfinity: true });
const weight = unit.chain((u) => fc.record({ amount: amountIn(u), unit: fc.constant(u) }));
const isoTime = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

export const arbLoggedSet: fc.Arbitrary<LoggedSet> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 64 }),
    exercise: fc.constantFrom('runnerDeadlift', 'goodMorning'),
    at: isoTime,
    reps: fc.nat(BOUNDS.loggedReps.max),
    weight,
    clean: fc.boolean(),
    source: fc.constantFrom<'guided' | 'voice'>('guided', 'voice'),
  },
  { requiredKeys: ['id', 'exercise', 'at', 'reps', 'source'] },
);

export const arbSettings: fc.Arbitrary<Settings> = unit.chain((u) =>
  fc.record({
    unit: fc.constant(u),
    barWeight: amountIn(u),
    targetReps: within(BOUNDS.targetReps),
    breathsPerHold: within(BOUNDS.breathsPerHold),
    secondsPerBreath: within(BOUNDS.secondsPerBreath),
    pacing: fc.constantFrom<'wholeSet' | 'repByRep'>('wholeSet', 'repByRep'),
    restSeconds: within(BOUNDS.restSeconds),
  }),
);

export const arbProfile: fc.Arbitrary<Profile> = fc.record(
  { settings: arbSettings, createdAt: isoTime, version: fc.constant(PROFILE_VERSION), setsLogged: fc.nat(100_000) },
  { requiredKeys: ['settings', 'createdAt', 'version'] },
);
