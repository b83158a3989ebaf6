import { isProblem, readExactValue, readNumber } from '../core/_exact.js';
import { describe, reader, report } from '../core/_schema.js';
import { ChiTieuError, type IssueFacts, type IssuePath } from '../core/errors.js';
import type { Column } from './_table.js';
import { fail } from './_errors.js';

// The readers every rollup input form shares: counts and count columns, ids, people, keys.

export type Ctx = Parameters<Parameters<typeof reader>[0]>[1];
const MAX = Number.MAX_SAFE_INTEGER;
/** Keys that could reach an object's prototype when used as property names in results. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem with one value, before it gets its path. */
interface Problem { code: Parameters<typeof report>[1]; facts: IssueFacts }

/** Reads a non-negative whole count exactly: a number while safe, a BigInt beyond. */
export function readCount(v: unknown): number | bigint | Problem {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v === 0 ? 0 : v;
  const r = readNumber(v);
  if (isProblem(r)) return r;
  if (r.n < 0n) return { code: 'negative', facts: { value: r.text } };
  if (r.d !== 1n) return { code: 'not_integer', facts: { value: r.text } };
  return r.int ?? r.n;
}

/**
 * Reads an exact value (a number, a decimal string or a fraction "p/q" as results carry it) with core's
 * reader, inside a zod reader: a problem is reported under `path` of the value being read (so the
 * caller's path, e.g. the line's index, is kept) instead of escaping as an error without it.
 */
export function readFraction(ctx: Ctx, v: unknown, path: IssuePath): { n: bigint; d: bigint } | undefined {
  try {
    return readExactValue(v, [], fail);
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    for (const issue of e.issues) report(ctx, issue.code, issue.facts, [...path, ...issue.path]);
    return undefined;
  }
}

export function isCount(r: number | bigint | Problem): r is number | bigint {
  return typeof r === 'number' || typeof r === 'bigint';
}

/** Packs counts into a column: Float64Array while the grand total is a safe integer, else BigInt. */
export function packColumn(values: readonly (number | bigint)[]): Column {
  let s = 0;
  let big = false;
  for (const v of values) {
    if (typeof v === 'bigint') { big = true; break; }
    s += v;
    if (s > MAX) { big = true; break; }
  }
  if (big) return values.map((v) => BigInt(v));
  return Float64Array.from(values as number[]);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

export function own(o: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

export function checkKeys(ctx: Ctx, o: Record<string, unknown>, allowed: readonly string[], path: IssuePath): boolean {
  let ok = true;
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed }, [...path, k]); ok = false; }
  }
  return ok;
}

export function indicatorName(ctx: Ctx, name: string, path: IssuePath): boolean {
  if (UNSAFE_KEYS.has(name)) { report(ctx, 'unsafe_key', { key: name }, path); return false; }
  return true;
}

/** Sorted distinct ids of a people list, or a problem reported at its path. */
export function readPeople(ctx: Ctx, v: unknown, path: IssuePath): string[] | undefined {
  if (!Array.isArray(v)) {
    report(ctx, 'invalid_type', { expected: 'id-list', ...describe(v) }, path);
    return undefined;
  }
  // Each id is read once, into a copy: a getter or Proxy could give another value on a second read.
  const ids: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'string' || x === '') {
      report(ctx, 'invalid_type', { expected: 'non-empty-string', ...describe(x) }, [...path, i]);
      return undefined;
    }
    ids.push(x);
  }
  return [...new Set(ids)].sort();
}

const MAX_ID = 200;

export function readId(ctx: Ctx, v: unknown, path: IssuePath): string | undefined {
  if (typeof v !== 'string' || v === '') {
    if (v === undefined) report(ctx, 'missing', {}, path);
    else report(ctx, 'invalid_type', { expected: 'non-empty-string', ...describe(v) }, path);
    return undefined;
  }
  if (v.length > MAX_ID) { report(ctx, 'too_long', { length: v.length, limit: MAX_ID }, path); return undefined; }
  return v;
}

export function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/**
 * One column of counts, read in one loop. Typed arrays and plain arrays of safe integers stay on
 * Float64; a string of digits beyond 2^53 or a grand total beyond it moves the column to BigInt.
 * The first bad row is reported with its index.
 */
export function readCountColumn(ctx: Ctx, v: unknown, n: number, path: IssuePath): Column | undefined {
  if (!isArrayLike(v)) { report(ctx, 'invalid_type', { expected: 'count-column', ...describe(v) }, path); return undefined; }
  if (v.length !== n) { report(ctx, 'length_mismatch', { expected: n, got: v.length }, path); return undefined; }
  // Unsigned integer arrays cannot hold a bad count: convert natively, and sum only if the total could pass 2^53.
  if (v instanceof Uint8Array || v instanceof Uint8ClampedArray || v instanceof Uint16Array || v instanceof Uint32Array) {
    const copy = new Float64Array(v);
    const most = v instanceof Uint32Array ? 0xffffffff : v instanceof Uint16Array ? 0xffff : 0xff;
    if (n * most <= MAX) return copy;
    let total = 0;
    for (let i = 0; i < n; i++) total += copy[i] as number;
    return total <= MAX ? copy : Array.from(copy, (x) => BigInt(x));
  }
  const out = new Float64Array(n);
  let sum = 0;
  let i = 0;
  for (; i < n; i++) {
    const x = v[i];
    if (typeof x === 'number' && x >= 0 && x <= MAX && Math.floor(x) === x) { out[i] = x; sum += x; continue; }
    break;
  }
  if (i === n && sum <= MAX) return out;
  // Slow path from the first value the fast loop did not take: strings, big values or a bad row.
  const values: (number | bigint)[] = Array.from(out.subarray(0, i));
  for (; i < n; i++) {
    const r = readCount(v[i]);
    if (!isCount(r)) { report(ctx, r.code, r.facts, [...path, i]); return undefined; }
    values.push(r);
  }
  return packColumn(values);
}

export function readStringColumn(ctx: Ctx, v: unknown, n: number | undefined, path: IssuePath, nullable: boolean, check: (ctx: Ctx, s: unknown, p: IssuePath) => string | undefined): (string | null)[] | undefined {
  if (!Array.isArray(v)) { report(ctx, 'invalid_type', { expected: 'string-list', ...describe(v) }, path); return undefined; }
  if (n !== undefined && v.length !== n) { report(ctx, 'length_mismatch', { expected: n, got: v.length }, path); return undefined; }
  const out: (string | null)[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (nullable && (x === null || x === undefined)) { out[i] = null; continue; }
    // The common case without building a path per row; anything else goes through the checker.
    if (typeof x === 'string' && x !== '' && x.length <= MAX_ID) { out[i] = x; continue; }
    const s = check(ctx, x, [...path, i]);
    if (s === undefined) return undefined;
    out[i] = s;
  }
  return out;
}

export const anyString = (ctx: Ctx, s: unknown, p: IssuePath): string | undefined => {
  if (typeof s === 'string') return s;
  report(ctx, 'invalid_type', { expected: 'string', ...describe(s) }, p);
  return undefined;
};

