// The exact kernel: every figure of every area is a rational n/d computed here and rounded once, here,
// by `roundTo`. Areas pass rationals to each other, never public text ("515/4") to be parsed back.
import { gcd } from './_exact.js';
import { divRoundBigInt, divRoundNumber, POW10, scaledToString } from './_round.js';
import type { RoundingMode } from './roundingModes.js';

/** An exact rational n/d with d > 0. Kept reduced by `rational`, so long sums stay small. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** n/d reduced, with a positive denominator; d must not be zero. */
export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd < 0n) { nn = -nn; dd = -dd; }
  const g = gcd(abs(nn), dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO: Rational = { n: 0n, d: 1n };

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
/** a ÷ b; b must not be zero. */
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
/** −1, 0 or 1 as a is below, at or above b. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * x rounded once to `decimals` in `mode`, as plain decimal text with trailing zeros dropped. Any
 * denominator (x.d > 0, not necessarily reduced) and any number of decimals: BigInt throughout.
 */
export function roundTo(x: { readonly n: bigint; readonly d: bigint }, decimals: number, mode: RoundingMode): string {
  return scaledToString(divRoundBigInt(x.n * 10n ** BigInt(decimals), x.d, mode), decimals);
}

/** Largest magnitude a double holds every integer up to. */
const MAX = Number.MAX_SAFE_INTEGER;

/**
 * 100 · a / b rounded once to `decimals` in `mode` (b > 0), as the integer q that stands for
 * q / 10^decimals. Safe integers with a product that stays exact take the double path and give a
 * number; everything else goes to BigInt and gives a bigint with the same value (property-tested in
 * test/core/rational.prop.test.ts). Batches keep q as it is; {@link percentOf} writes it as text.
 */
export function percentScaled(a: bigint | number, b: bigint | number, decimals: number, mode: RoundingMode): number | bigint {
  const p10 = POW10[decimals];
  if (typeof a === 'number' && typeof b === 'number' && p10 !== undefined) {
    const scaled = a * 100 * p10;
    if (Math.abs(scaled) + b <= MAX) return divRoundNumber(scaled, b, mode);
  }
  return divRoundBigInt(BigInt(a) * 100n * 10n ** BigInt(decimals), BigInt(b), mode);
}

/**
 * 100 · a / b rounded once to `decimals` in `mode` (b > 0): the percentage of a count against a count,
 * as plain decimal text. See {@link percentScaled}.
 */
export function percentOf(a: bigint | number, b: bigint | number, decimals: number, mode: RoundingMode): string {
  return scaledToString(percentScaled(a, b, decimals, mode), decimals);
}
