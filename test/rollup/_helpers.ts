import { expect } from 'vitest';
import { ChiTieuError } from '../../src/index.js';

/** Runs fn, expects a ChiTieuError, and returns it. */
export function errorOf(fn: () => unknown): ChiTieuError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChiTieuError);
    return e as ChiTieuError;
  }
  throw new Error('expected a ChiTieuError');
}

/** [code, path] of the error fn throws. */
export function codeAndPath(fn: () => unknown): [string, readonly (string | number)[]] {
  const e = errorOf(fn);
  return [e.code, e.path];
}
