// A few checks shared by the request validators: each one adds a readable problem (with the JSON
// path) instead of throwing, so a malformed body is answered with everything wrong at once.
export type Json = unknown;

export class Problems {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field as an object, or a problem (and undefined) when it is missing or of another type. */
export function object(problems: Problems, parent: Record<string, Json>, key: string, path: string, required = true): Record<string, Json> | undefined {
  const value = parent[key];
  if (value === undefined) {
    if (required) problems.add(`${path}.${key}`, 'is required');
    return undefined;
  }
  if (!isObject(value)) {
    problems.add(`${path}.${key}`, 'must be an object');
    return undefined;
  }
  return value;
}

export function string(problems: Problems, parent: Record<string, Json>, key: string, path: string, required = true): string | undefined {
  const value = parent[key];
  if (value === undefined) {
    if (required) problems.add(`${path}.${key}`, 'is required');
    return undefined;
  }
  if (typeof value !== 'string' || value.length === 0) {
    problems.add(`${path}.${key}`, 'must be a non-empty string');
    return undefined;
  }
  return value;
}

export function oneOf<T extends string>(problems: Problems, parent: Record<string, Json>, key: string, path: string, values: readonly T[], required = true): T | undefined {
  const value = string(problems, parent, key, path, required);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    problems.add(`${path}.${key}`, `must be one of ${values.join(', ')}`);
    return undefined;
  }
  return value as T;
}

export function array(problems: Problems, parent: Record<string, Json>, key: string, path: string, required = true): Json[] | undefined {
  const value = parent[key];
  if (value === undefined) {
    if (required) problems.add(`${path}.${key}`, 'is required');
    return undefined;
  }
  if (!Array.isArray(value)) {
    problems.add(`${path}.${key}`, 'must be an array');
    return undefined;
  }
  return value;
}

/** A BCP 47 locale as Alexa writes it (en-US, de-DE). */
export const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;

/**
 * An ISO 8601 duration of hours, minutes and seconds ("PT3M", "PT1H30M", "PT90S"), in seconds;
 * undefined when it is not one. Days, months and years are not timer durations.
 */
export function durationSeconds(text: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  if (!match || text === 'PT') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** Seconds as the API writes a duration back: PT1H2M3S with zero parts left out. */
export function isoDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || whole === 0 ? `${s}S` : ''}`;
}
