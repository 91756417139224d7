// Shape checks for JSON the app did not make: the dataset's chunks and playlists from links, files and
// storage. The same few builders as zod/mini (`z.object`, `z.array`, `.check(z.int())`, `safeParse`),
// written out because every view validates its data before its first chart, and zod/mini cost each
// first load 8.7 kB gzip for the ~20 builders used here (this file: ~1.5 kB). The output is a fresh
// value holding only the declared fields, so a stray key (`__proto__` among them) never reaches a view.

/** Where a value failed, as a path from the root ('countries', 'BGD', 'total', 3) and what was wrong. */
export type Issue =
  | { code: 'invalid_type'; path: PropertyKey[]; expected: string }
  | { code: 'too_small'; path: PropertyKey[]; minimum: number }
  | { code: 'too_big'; path: PropertyKey[]; maximum: number; origin: 'number' | 'length' }
  | { code: 'invalid_format'; path: PropertyKey[] }
  | { code: 'invalid_value'; path: PropertyKey[]; values: unknown[] }
  | { code: 'custom'; path: PropertyKey[] };

/** An input check on an already well-typed value (an integer, a pattern, a length). */
export interface Check<T> {
  (value: T, path: PropertyKey[]): Issue | null;
}

export interface Schema<T> {
  /** The value as T, or undefined after adding the first problem to `issues`. */
  read(value: unknown, path: PropertyKey[], issues: Issue[]): T | undefined;
  /** The same schema, with checks that run in order once the type is right. */
  check(...checks: Check<T>[]): Schema<T>;
  /** Set on z.optional(…): the field may be missing from its object. */
  readonly isOptional?: true;
  /** Set on z.object(…): its fields (z.discriminatedUnion picks an option by one of them). */
  readonly shape?: Shape;
}

type Infer<S> = S extends Schema<infer T> ? T : never;
/** The type a schema reads: `z.infer<typeof manifestSchema>`. */
export type { Infer as infer };

function schema<T>(read: Schema<T>['read'], extra: { isOptional?: true; shape?: Shape } = {}): Schema<T> {
  return {
    ...extra,
    read,
    check: (...checks) =>
      schema<T>((value, path, issues) => {
        const out = read(value, path, issues);
        if (issues.length > 0) return undefined;
        for (const c of checks) {
          const issue = c(out as T, path);
          if (issue) {
            issues.push(issue);
            return undefined;
          }
        }
        return out;
      }, extra),
  };
}

function typed<T>(expected: string, is: (value: unknown) => value is T): Schema<T> {
  return schema((value, path, issues) => {
    if (is(value)) return value;
    issues.push({ code: 'invalid_type', path, expected });
    return undefined;
  });
}

export const string = (): Schema<string> => typed('string', (v): v is string => typeof v === 'string');
export const number = (): Schema<number> =>
  typed('number', (v): v is number => typeof v === 'number' && Number.isFinite(v));
export const boolean = (): Schema<boolean> => typed('boolean', (v): v is boolean => typeof v === 'boolean');

export function literal<const L extends string | number | boolean>(expected: L): Schema<L> {
  return schema((value, path, issues) => {
    if (value === expected) return expected;
    issues.push({ code: 'invalid_value', path, values: [expected] });
    return undefined;
  });
}

function enumOf<const E extends readonly string[]>(values: E): Schema<E[number]> {
  const allowed = new Set<unknown>(values);
  return schema((value, path, issues) => {
    if (allowed.has(value)) return value as E[number];
    issues.push({ code: 'invalid_value', path, values: [...values] });
    return undefined;
  });
}
export { enumOf as enum };

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema((value, path, issues) => (value === null ? null : inner.read(value, path, issues)));
}

export type OptionalSchema<T> = Schema<T | undefined> & { readonly isOptional: true };

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return schema<T | undefined>(
    (value, path, issues) => (value === undefined ? undefined : inner.read(value, path, issues)),
    { isOptional: true },
  ) as OptionalSchema<T>;
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ code: 'invalid_type', path, expected: 'array' });
      return undefined;
    }
    const out: T[] = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = item.read(value[i], [...path, i], issues);
      if (issues.length > 0) return undefined;
      out[i] = v as T;
    }
    return out;
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own data property, so a key like `__proto__` is stored as a key and never changes a prototype. */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { isOptional: true } ? K : never;
}[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

export type ObjectSchema<S extends Shape> = Schema<ObjectOf<S>> & { readonly shape: S };

export function object<S extends Shape>(shape: S): ObjectSchema<S> {
  const keys = Object.keys(shape);
  return schema(
    (value, path, issues) => {
      if (!isRecord(value)) {
        issues.push({ code: 'invalid_type', path, expected: 'object' });
        return undefined;
      }
      const out = {};
      for (const key of keys) {
        const field = shape[key] as Schema<unknown>;
        // A missing field is read as undefined: the field's own schema says what it expected instead.
        const v = field.read(Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], issues);
        if (issues.length > 0) return undefined;
        if (v !== undefined) put(out, key, v);
      }
      return out as ObjectOf<S>;
    },
    { shape },
  ) as ObjectSchema<S>;
}

export function record<K extends string, V>(key: Schema<K>, item: Schema<V>): Schema<Record<K, V>> {
  return schema((value, path, issues) => {
    if (!isRecord(value)) {
      issues.push({ code: 'invalid_type', path, expected: 'record' });
      return undefined;
    }
    const out = {};
    for (const k of Object.keys(value)) {
      key.read(k, [...path, k], issues);
      const v = issues.length > 0 ? undefined : item.read(value[k], [...path, k], issues);
      if (issues.length > 0) return undefined;
      put(out, k, v);
    }
    return out as Record<K, V>;
  });
}

/** A record whose keys come from an enum, any of them possibly missing. */
export function partialRecord<K extends string, V>(
  key: Schema<K>,
  item: Schema<V>,
): Schema<Partial<Record<K, V>>> {
  return record(key, item);
}

/** One of several object shapes, told apart by the literal value of `key`. */
export function discriminatedUnion<const Options extends readonly Schema<object>[]>(
  key: string,
  options: Options,
): Schema<Infer<Options[number]>> {
  return schema((value, path, issues) => {
    if (!isRecord(value)) {
      issues.push({ code: 'invalid_type', path, expected: 'object' });
      return undefined;
    }
    const option = options.find((o) => {
      const tag = o.shape?.[key];
      return tag !== undefined && tag.read(value[key], path, []) !== undefined;
    });
    if (!option) {
      issues.push({ code: 'invalid_value', path: [...path, key], values: [] });
      return undefined;
    }
    return option.read(value, path, issues) as Infer<Options[number]>;
  });
}

// Checks, as in zod/mini: `z.number().check(z.int(), z.nonnegative())`.
/** A whole number that a double holds exactly (1e300 is whole, but not a count anyone means). */
export const int = (): Check<number> => (n, path) =>
  !Number.isInteger(n)
    ? { code: 'invalid_type', path, expected: 'int' }
    : Number.isSafeInteger(n)
      ? null
      : { code: 'too_big', path, maximum: Number.MAX_SAFE_INTEGER, origin: 'number' };
export const gte =
  (minimum: number): Check<number> =>
  (n, path) =>
    n >= minimum ? null : { code: 'too_small', path, minimum };
export const nonnegative = (): Check<number> => gte(0);
export const regex =
  (pattern: RegExp): Check<string> =>
  (s, path) =>
    pattern.test(s) ? null : { code: 'invalid_format', path };
export const minLength =
  (minimum: number): Check<{ length: number }> =>
  (v, path) =>
    v.length >= minimum ? null : { code: 'too_small', path, minimum };
export const maxLength =
  (maximum: number): Check<{ length: number }> =>
  (v, path) =>
    v.length <= maximum ? null : { code: 'too_big', path, maximum, origin: 'length' };
export const refine =
  <T>(isValid: (value: T) => boolean): Check<T> =>
  (v, path) =>
    isValid(v) ? null : { code: 'custom', path };

export type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** Reads `value` as the schema's type, or says where it first fails. */
export function safeParse<T>(s: Schema<T>, value: unknown): SafeParse<T> {
  const issues: Issue[] = [];
  const data = s.read(value, [], issues);
  return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data: data as T };
}
