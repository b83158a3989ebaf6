import { expect } from 'vitest';
import { ChiTieuError } from '../../src/index.js';

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
