// What JSON.stringify and JSON.parse would make of plain data, without writing the text: the
// session is compared and copied on every turn, and its text (about 1.4 KB of garbage a time)
// was only ever a means. Anything that is not plain data (toJSON, a class instance, a BigInt, a
// cycle) goes through JSON itself, so the answers are JSON's in every case.

/** Not answerable by the walk: ask JSON itself. */
const ASK_JSON = Symbol('askJson');
/** Deeper than any session: a cycle, most likely, which JSON reports as it does. */
const MAX_DEPTH = 64;

/** Skipped as an object's property (and written `null` in a list) by JSON.stringify. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Whether JSON would call a `toJSON` of `value`. Asked with `in` first: on Node 20, reading a
 * property an object lacks, where a session's many object shapes meet (a megamorphic load that
 * misses), allocates about 130 bytes each time; `in` allocates nothing, and only an object that
 * has the name reads it.
 */
function hasToJson(value: object): boolean {
  return 'toJSON' in value && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !hasToJson(value);
}

function copyValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // -0 is written "0"; NaN and the infinities "null".
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'object':
      break;
    default:
      return ASK_JSON;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) return ASK_JSON;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || hasToJson(value)) return ASK_JSON;
    // Made at its length and filled: push() would give even a five-item list room for 17.
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const copied = isSkipped(item) ? null : copyValue(item, depth + 1);
      if (copied === ASK_JSON) return ASK_JSON;
      out[i] = copied;
    }
    return out;
  }
  if (!isPlainObject(value)) return ASK_JSON;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    if (isSkipped(item)) continue;
    // Assigning `__proto__` would set the prototype; JSON.parse makes it an own key.
    if (key === '__proto__') return ASK_JSON;
    const copied = copyValue(item, depth + 1);
    if (copied === ASK_JSON) return ASK_JSON;
    out[key] = copied;
  }
  return out;
}

/** `JSON.parse(JSON.stringify(value))`, for a value JSON can write. */
export function jsonCopy(value: unknown): unknown {
  const copied = copyValue(value, 0);
  return copied === ASK_JSON ? (JSON.parse(JSON.stringify(value)) as unknown) : copied;
}

/** Whether two values have the same JSON text: `JSON.stringify(a) === JSON.stringify(b)`. */
export function sameJson(a: unknown, b: unknown): boolean {
  const same = sameValue(a, b, 0);
  return same === ASK_JSON ? JSON.stringify(a) === JSON.stringify(b) : same;
}

/** The value's JSON token when it is a primitive JSON writes as such; ASK_JSON when it is not one. */
function token(value: unknown): string | number | boolean | null | typeof ASK_JSON {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    default:
      return value === null ? null : ASK_JSON;
  }
}

function sameValue(a: unknown, b: unknown, depth: number): boolean | typeof ASK_JSON {
  const ta = token(a);
  const tb = token(b);
  // Two primitives: the same text exactly when the tokens are equal (0 and -0 are both "0").
  if (ta !== ASK_JSON && tb !== ASK_JSON) return ta === tb;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    // One side a primitive JSON writes, the other something else; or neither written plainly.
    return ta !== ASK_JSON || tb !== ASK_JSON ? sameKind(a, b) : ASK_JSON;
  }
  if (depth > MAX_DEPTH) return ASK_JSON;
  const aList = Array.isArray(a);
  if (aList !== Array.isArray(b)) return isPlainish(a) && isPlainish(b) ? false : ASK_JSON;
  if (aList) {
    const la = a as unknown[];
    const lb = b as unknown[];
    if (!isPlainish(la) || !isPlainish(lb)) return ASK_JSON;
    if (la.length !== lb.length) return false;
    for (let i = 0; i < la.length; i += 1) {
      const same = sameValue(isSkipped(la[i]) ? null : la[i], isSkipped(lb[i]) ? null : lb[i], depth + 1);
      if (same !== true) return same;
    }
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return ASK_JSON;
  // The written keys of each, in order, must pair up one to one, with the same values.
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let j = 0;
  for (let i = 0; i < ka.length; i += 1) {
    const key = ka[i]!;
    if (isSkipped(ra[key])) continue;
    while (j < kb.length && isSkipped(rb[kb[j]!])) j += 1;
    if (j >= kb.length || kb[j] !== key) return false;
    const same = sameValue(ra[key], rb[key], depth + 1);
    if (same !== true) return same;
    j += 1;
  }
  while (j < kb.length && isSkipped(rb[kb[j]!])) j += 1;
  return j === kb.length;
}

/** An array JSON writes as its items (no toJSON, no subclass). */
function isPlainish(value: object): boolean {
  return Array.isArray(value) ? Object.getPrototypeOf(value) === Array.prototype && !hasToJson(value) : isPlainObject(value);
}

/** One side a primitive JSON writes, the other not: only JSON knows what the other becomes. */
function sameKind(a: unknown, b: unknown): boolean | typeof ASK_JSON {
  const other = token(a) === ASK_JSON ? a : b;
  // A plain object or list is never written as a primitive's text.
  return typeof other === 'object' && other !== null && isPlainish(other) ? false : ASK_JSON;
}
