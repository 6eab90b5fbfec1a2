// A tiny structured logger: one JSON object per line on stdout, which is what CloudWatch (and
// any log shipper on a self-hosted box) indexes. Powertools would do the same with more weight.
import { createHash } from 'node:crypto';

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined | Readonly<Record<string, number | string | boolean | null>>>>;
export type LogSink = (line: string) => void;

/** Used only when LOG_SALT is unset (local runs, tests); production sets its own secret salt. */
export const DEFAULT_LOG_SALT = 'runner-deadlift-coach-local-salt';

// Under jest the skill runs thousands of turns; their lines would bury test output. A test that
// wants them installs a sink; TURN_LOG=on prints them anyway.
const quietByDefault = (): boolean => process.env.JEST_WORKER_ID !== undefined && process.env.TURN_LOG !== 'on';

// Process-wide rather than per module instance: tests load the handler in isolated module
// registries, and their sink must catch that handler's lines too.
const SINK = Symbol.for('runner-deadlift-coach.logSink');
const slot = globalThis as { [SINK]?: LogSink };

/** Replaces where lines go (tests); undefined restores stdout. */
export function setLogSink(next: LogSink | undefined): void {
  slot[SINK] = next;
}

const toStdout: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Where a line written now goes, or undefined: nowhere. The one place that decides it. */
function destination(): LogSink | undefined {
  return slot[SINK] ?? (process.env.TURN_LOG === 'off' || quietByDefault() ? undefined : toStdout);
}

export function writeLog(fields: LogFields): void {
  const sink = destination();
  if (sink) sink(JSON.stringify({ time: logTime(), ...fields }));
}

/** Whether a line written now goes anywhere: a caller may skip building one that would not. */
export function logWanted(): boolean {
  return destination() !== undefined;
}

/** The moment a line is written, as its `time` field says it. */
export function logTime(): string {
  return new Date().toISOString();
}

/**
 * A line whose fields already begin with `time: logTime()`: written as it is, without copying
 * every field into a new object to put the time first (the turn log's line, on every turn).
 */
export function writeTimedLog(fields: { readonly time: string } & LogFields): void {
  const sink = destination();
  if (sink) sink(JSON.stringify(fields));
}

/**
 * An id as the logs may hold it: salted SHA-256, so lines of one runner can be grouped while the
 * Alexa user and person ids (personal data) never reach the logs. Truncated: 64 bits are
 * plenty to tell runners apart and keep lines short.
 */
// A session's ids come back on every turn: their hashes are kept (per salt, bounded) rather than
// computed again, which is a hash object and two strings per id per turn.
const hashed = new Map<string, string>();
let hashedSalt: string | undefined;
const MAX_HASHED = 256;

export function hashId(id: string, salt: string = process.env.LOG_SALT || DEFAULT_LOG_SALT): string {
  if (salt !== hashedSalt) {
    hashed.clear();
    hashedSalt = salt;
  }
  let hash = hashed.get(id);
  if (hash === undefined) {
    hash = createHash('sha256').update(salt).update('\u0000').update(id).digest('hex').slice(0, 16);
    if (hashed.size >= MAX_HASHED) hashed.clear();
    hashed.set(id, hash);
  }
  return hash;
}
