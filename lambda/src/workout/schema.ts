// Each stored shape is written once, as a schema: its TypeScript type is inferred from it, and the
// session reader and the store reader are both built from it, so the three can no longer drift.
// Hand-written rather than a library: the whole module is a few hundred bytes of the Lambda bundle.

/** A value read from untrusted JSON, or where and why it did not hold up. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly path: string; readonly reason: string };

export interface Schema<T> {
  /** Reads `raw`; `path` names where it sits in the whole document, for the reason. */
  readonly read: (raw: unknown, path: string) => Checked<T>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Json = Readonly<Record<string, unknown>>;

/** The one object guard: a JSON object, not an array or null. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(path: string, reason: string): Checked<T> => ({ ok: false, path, reason });
const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** Reads a whole document. */
export function check<T>(schema: Schema<T>, raw: unknown): Checked<T> {
  return schema.read(raw, '');
}

/** `path: reason`, for logs and errors. */
export function explain(failed: { readonly path: string; readonly reason: string }): string {
  return failed.path === '' ? failed.reason : `${failed.path}: ${failed.reason}`;
}

// Results that are always the same are made once (they are never changed: Checked is read-only).
const OK_TRUE = ok(true);
const OK_FALSE = ok(false);

export const boolean: Schema<boolean> = {
  read: (raw, path) => (raw === true ? OK_TRUE : raw === false ? OK_FALSE : fail(path, 'is not true or false')),
};

export function literal<const T extends string | number | boolean>(value: T): Schema<T> {
  const same = ok(value);
  return { read: (raw, path) => (raw === value ? same : fail(path, `is not ${JSON.stringify(value)}`)) };
}

/** One of a fixed list; the list is `as const` so the type and the reader share it. */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  const oks = new Map<unknown, Checked<T[number]>>(values.map((value) => [value, ok(value as T[number])]));
  return {
    read: (raw, path) => (typeof raw === 'string' ? oks.get(raw) : undefined) ?? fail(path, `is not one of ${values.join(', ')}`),
  };
}

interface Range {
  readonly min?: number;
  readonly max?: number;
}

function inRange(value: number, { min, max }: Range): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

const rangeText = ({ min, max }: Range): string =>
  min !== undefined && max !== undefined ? `${min}..${max}` : min !== undefined ? `at least ${min}` : `at most ${String(max)}`;

/** A finite number, within the bounds when given. */
export function number(range: Range = {}): Schema<number> {
  return {
    read: (raw, path) => {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return fail(path, 'is not a number');
      return inRange(raw, range) ? ok(raw) : fail(path, `is not ${rangeText(range)}`);
    },
  };
}

/** A whole number, within the bounds when given. */
export function int(range: Range = {}): Schema<number> {
  return {
    read: (raw, path) => {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) return fail(path, 'is not a whole number');
      return inRange(raw, range) ? ok(raw) : fail(path, `is not ${rangeText(range)}`);
    },
  };
}

export function string(length: { readonly min?: number; readonly max: number }): Schema<string> {
  const range = { min: length.min ?? 0, max: length.max };
  return {
    read: (raw, path) => {
      if (typeof raw !== 'string') return fail(path, 'is not a string');
      return inRange(raw.length, range) ? ok(raw) : fail(path, `is not ${rangeText(range)} characters long`);
    },
  };
}

/** Every item must hold up, or the list does not. */
export function array<T>(item: Schema<T>, length: Range = {}): Schema<readonly T[]> {
  return {
    read: (raw, path) => {
      if (!Array.isArray(raw)) return fail(path, 'is not a list');
      if (!inRange(raw.length, length)) return fail(path, `does not have ${rangeText(length)} items`);
      const items: T[] = [];
      // Index loops and cached paths: session lists are read on every turn, and an entries()
      // iterator, its [i, value] pairs and a path string per item were garbage every time.
      for (let i = 0; i < raw.length; i += 1) {
        const read = item.read(raw[i], fieldPath(path, i));
        if (!read.ok) return read;
        items.push(read.value);
      }
      return ok(items);
    },
  };
}

/** Keeps the items that hold up and drops the rest: for lists where one bad entry must not cost the others. */
export function soundItems<T>(item: Schema<T>): Schema<readonly T[]> {
  return {
    read: (raw, path) => {
      if (!Array.isArray(raw)) return fail(path, 'is not a list');
      const items: T[] = [];
      for (let i = 0; i < raw.length; i += 1) {
        const read = item.read(raw[i], fieldPath(path, i));
        if (read.ok) items.push(read.value);
      }
      return ok(items);
    },
  };
}

/** A rule across fields (or beyond the type): `test` returns why the value fails, or nothing. */
export function refine<T>(schema: Schema<T>, test: (value: T) => string | undefined): Schema<T> {
  return {
    read: (raw, path) => {
      const read = schema.read(raw, path);
      if (!read.ok) return read;
      const reason = test(read.value);
      return reason === undefined ? read : fail(path, reason);
    },
  };
}

/** Reads with `schema`, then turns the value into its one spelling; `to` gives undefined when it cannot. */
export function convert<T, U>(schema: Schema<T>, to: (value: T) => U | undefined, reason = 'cannot be read'): Schema<U> {
  return {
    read: (raw, path) => {
      const read = schema.read(raw, path);
      if (!read.ok) return read;
      const converted = to(read.value);
      return converted === undefined ? fail(path, reason) : ok(converted);
    },
  };
}

/** A field that may be absent; present, it must hold up. */
interface Optional<T> {
  readonly optional: 'strict' | 'lenient';
  readonly schema: Schema<T>;
}

export const optional = <T>(schema: Schema<T>): Optional<T> => ({ optional: 'strict', schema });
/** A field whose loss costs only itself: absent or unsound, it is left out. */
export const lenient = <T>(schema: Schema<T>): Optional<T> => ({ optional: 'lenient', schema });

type Field = Schema<unknown> | Optional<unknown>;
type Shape = Readonly<Record<string, Field>>;

type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type InferShape<S extends Shape> = Simplify<
  { readonly [K in RequiredKeys<S>]: Infer<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
  }
>;

const isOptional = (field: Field): field is Optional<unknown> => 'optional' in field;

// Every turn reads the session state through these shapes. Shapes are fixed when the module
// loads, so their fields are listed once, and a field's path (kept for the error message) is
// built once per place it occurs, not on every read.
const fieldLists = new WeakMap<Shape, readonly (readonly [string, Field])[]>();
const fieldPaths = new Map<string, Map<string | number, string>>();
const MAX_PATHS = 1_000;
let pathCount = 0;

function fieldsOf(shape: Shape): readonly (readonly [string, Field])[] {
  let fields = fieldLists.get(shape);
  if (fields === undefined) {
    fields = Object.entries(shape);
    fieldLists.set(shape, fields);
  }
  return fields;
}

function fieldPath(path: string, key: string | number): string {
  let byKey = fieldPaths.get(path);
  let where = byKey?.get(key);
  if (where === undefined) {
    where = at(path, key);
    // Bounded in entries, not paths: a list's items add one per index.
    if (pathCount < MAX_PATHS) {
      if (byKey === undefined) fieldPaths.set(path, (byKey = new Map()));
      byKey.set(key, where);
      pathCount += 1;
    }
  }
  return where;
}

function readShape<S extends Shape>(shape: S, raw: Json, path: string, value: Record<string, unknown> = {}): Checked<InferShape<S>> {
  const fields = fieldsOf(shape);
  for (let f = 0; f < fields.length; f += 1) {
    const [key, field] = fields[f]!;
    const where = fieldPath(path, key);
    if (isOptional(field)) {
      if (raw[key] === undefined) continue;
      const read = field.schema.read(raw[key], where);
      if (read.ok) value[key] = read.value;
      else if (field.optional === 'strict') return read;
      continue;
    }
    const read = field.read(raw[key], where);
    if (!read.ok) return raw[key] === undefined ? fail(where, 'is missing') : read;
    value[key] = read.value;
  }
  return ok(value as InferShape<S>);
}

/** An object of these fields; anything else it carries is not read, so never stored again. */
export function object<S extends Shape>(shape: S): Schema<InferShape<S>> {
  return {
    read: (raw, path) => (isObject(raw) ? readShape(shape, raw, path) : fail(path, 'is not an object')),
  };
}

type Variants = Readonly<Record<string, Shape>>;
export type InferTagged<Tag extends string, V extends Variants> = {
  [K in keyof V & string]: Simplify<{ readonly [T in Tag]: K } & InferShape<V[K]>>;
}[keyof V & string];

/** One of several objects told apart by the field `tag` (`{ type: 'deleteSet', set }`). */
export function tagged<const Tag extends string, const V extends Variants>(
  tag: Tag,
  variants: V,
): Schema<InferTagged<Tag, V>> & { readonly tags: readonly (keyof V & string)[] } {
  const names = Object.keys(variants);
  return {
    tags: names,
    read: (raw, path) => {
      if (!isObject(raw)) return fail(path, 'is not an object');
      const name = raw[tag];
      const shape = typeof name === 'string' && Object.hasOwn(variants, name) ? variants[name] : undefined;
      if (!shape) return fail(at(path, tag), `is not one of ${names.join(', ')}`);
      // The tag first, then the variant's fields, read straight into the one object.
      return readShape(shape, raw, path, { [tag]: name }) as Checked<InferTagged<Tag, V>>;
    },
  };
}
