import { expect } from 'vitest';
import { ChiTieuError, isChiTieuError } from '../../src/index.js';

/** Runs fn, expects it to throw a ChiTieuError, and returns the error (any other exception fails). */
export function errorOf(fn: () => unknown): ChiTieuError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChiTieuError);
    return e as ChiTieuError;
  }
  throw new Error('expected a ChiTieuError');
}

/** 'ok' when fn returns, else the code and path of the ChiTieuError it throws (any other exception propagates). */
export function codeOf(f: () => unknown): [string, readonly (string | number)[]] | 'ok' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!isChiTieuError(e)) throw e;
    return [e.code, e.path];
  }
}

/** A deep copy of JSON data with the value at `path` replaced (removed when `value` is undefined). */
export function withAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}

/** The first issue of the ChiTieuError `fn` throws: its code, path and facts, and how many issues there are. */
export function firstIssue(fn: () => unknown): { code: string; path: readonly (string | number)[]; facts: unknown; count: number } {
  const e = errorOf(fn);
  const i = e.issues[0];
  return { code: e.code, path: i?.path ?? [], facts: i?.facts, count: e.issues.length };
}
