/**
 * Typed readers for untrusted import data. Each checks one value and throws `InvalidImport`
 * naming where it is (`conversations[2].messages[5].text`) and what was expected. None
 * recurses into values it does not expect, so deep nesting costs nothing, and every object's
 * own keys are screened for names that could pollute prototypes when copied.
 */
export class InvalidImport extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
    this.name = 'InvalidImport';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Plain = Record<string, unknown>;

export function object(v: unknown, path: string): Plain {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidImport(path, 'an object');
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(key)) throw new InvalidImport(`${path}.${key}`, 'no such key (it is not allowed in a Parley file)');
  }
  return v as Plain;
}

export function string(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new InvalidImport(path, `a string of at most ${max} characters`);
  return v;
}

export function optionalString(v: unknown, path: string, max: number): string | undefined {
  return v === undefined ? undefined : string(v, path, max);
}

export function array(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) throw new InvalidImport(path, `an array of at most ${max} items`);
  return v;
}

export function oneOf<const T extends readonly string[]>(v: unknown, path: string, values: T): T[number] {
  if (typeof v !== 'string' || !values.includes(v)) throw new InvalidImport(path, `one of ${values.join(', ')}`);
  return v as T[number];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An ISO time exactly as `toISOString` writes it (so it maps back to the hashed milliseconds). */
export function isoTime(v: unknown, path: string): number {
  const ms = typeof v === 'string' && ISO.test(v) ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(ms) || new Date(ms).toISOString() !== v) throw new InvalidImport(path, 'a time like 2025-01-05T10:30:00.000Z');
  return ms;
}

const HASH = /^[0-9a-f]{64}$/;

export function hash(v: unknown, path: string): string {
  if (typeof v !== 'string' || !HASH.test(v)) throw new InvalidImport(path, 'a SHA-256 hash (64 lowercase hex digits)');
  return v;
}
