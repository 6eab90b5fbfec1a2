// A locale written as a base plus what its speakers say differently (the English variants).
import type { Resources } from './en';

/**
 * What a variant may override: any subset of the base's keys, at any depth, and nothing else.
 * Passed as an object literal, a misspelt or invented key is a compile error (excess property
 * check); `mergeResources` also refuses one at run time, for overrides built some other way.
 */
export type Override<T> = { readonly [K in keyof T]?: T[K] extends string ? string : Override<T[K]> };

function isBranch(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Readonly<Record<string, unknown>>, override: Readonly<Record<string, unknown>>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const where = path ? `${path}.${key}` : key;
    const current = base[key];
    if (current === undefined) throw new Error(`locale override names "${where}", which the base does not have`);
    if (isBranch(current) !== isBranch(value)) throw new Error(`locale override of "${where}" changes its shape`);
    out[key] = isBranch(current) && isBranch(value) ? merge(current, value, where) : value;
  }
  return out;
}

/** The base with `override` laid over it, key by key; the base itself is left untouched. */
export function mergeResources(base: Resources, override: Override<Resources>): Resources {
  return merge(base as unknown as Record<string, unknown>, override as Readonly<Record<string, unknown>>, '') as unknown as Resources;
}
