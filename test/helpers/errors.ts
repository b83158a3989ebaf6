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
