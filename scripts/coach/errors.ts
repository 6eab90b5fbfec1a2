// One error type for everything the coach refuses to do: main() prints its message as a
// single line and exits with its code, so a user never sees a stack trace for a setup problem.

/** 2: the command line or the project is wrong (flag, locale, model). 1: something failed. */
export type ExitCode = 1 | 2;

export class CoachError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 1,
  ) {
    super(message);
    this.name = 'CoachError';
  }
}
