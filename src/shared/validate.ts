/**
 * A small runtime schema checker for messages crossing a context boundary. Every payload is
 * untrusted where it arrives (a content script runs inside pages we do not control), so each
 * protocol entry declares a schema and the router checks it before a handler sees the data.
 * Hand-written because the protocol needs a dozen shapes and no transforms; a schema library
 * would add more bundle to the content script than this whole file.
 */
export type Schema<T> = (value: unknown, path: string) => T;

export class InvalidPayload extends Error {
  constructor(path: string, expected: string) {
    super(`${path || 'payload'}: expected ${expected}`);
    this.name = 'InvalidPayload';
  }
}

export const str =
  (max = 1_000_000): Schema<string> =>
  (v, p) => {
    if (typeof v !== 'string' || v.length > max) throw new InvalidPayload(p, `a string of at most ${max} characters`);
    return v;
  };

export const num: Schema<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidPayload(p, 'a finite number');
  return v;
};

export const bool: Schema<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new InvalidPayload(p, 'a boolean');
  return v;
};

export const oneOf =
  <const T extends readonly string[]>(values: T): Schema<T[number]> =>
  (v, p) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new InvalidPayload(p, `one of ${values.join(', ')}`);
    return v as T[number];
  };

export const optional =
  <T>(schema: Schema<T>): Schema<T | undefined> =>
  (v, p) =>
    v === undefined || v === null ? undefined : schema(v, p);

export const arr =
  <T>(item: Schema<T>, max = 10_000): Schema<T[]> =>
  (v, p) => {
    if (!Array.isArray(v) || v.length > max) throw new InvalidPayload(p, `an array of at most ${max} items`);
    return v.map((x, i) => item(x, `${p}[${i}]`));
  };

type Shape = Record<string, Schema<unknown>>;
type FromShape<S extends Shape> = {
  [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]>;
} & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** An object with exactly these keys checked; unknown keys are dropped, never passed on. */
export const obj =
  <S extends Shape>(shape: S): Schema<FromShape<S>> =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidPayload(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key]!((v as Record<string, unknown>)[key], p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as FromShape<S>;
  };

export const empty: Schema<Record<string, never>> = (v, p) => {
  if (v !== undefined && (typeof v !== 'object' || v === null)) throw new InvalidPayload(p, 'no payload');
  return {};
};
