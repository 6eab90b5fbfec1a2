// globalSetup and globalTeardown share one global object but no module instance.
export const DYNALITE_HANDLE = Symbol.for('runner-deadlift-coach.dynalite');
