// What the period area adds to the exact kernel (core/_rational.ts): reading its inputs as rationals
// and writing its figures.
import { fractionText, readNumber, type ExactNumber } from '../core/_exact.js';
import { rational, roundTo, type Rational } from '../core/_rational.js';
import { scaledToString } from '../core/_round.js';
import type { RoundingMode } from '../core/roundingModes.js';
import type { ExactFigure } from './types.js';

export const fromExact = (x: ExactNumber): Rational => rational(x.n, x.d);
/** A plain decimal string that was already validated (a threshold band's `min`) as a rational. */
export const fromText = (text: string): Rational => fromExact(readNumber(text) as ExactNumber);
export function figure(x: Rational, decimals: number, rounding: RoundingMode): ExactFigure {
  const value = roundTo(x, decimals, rounding);
  return Object.freeze({ value, valueNumber: Number(value), exact: fractionText(x.n, x.d) });
}

/**
 * The rational as an ExactNumber (what the attainment core reads) when it is a terminating decimal,
 * else `undefined`: a mean of three counts (10/3) is not one.
 */
export function toExactNumber(x: Rational): ExactNumber | undefined {
  let d = x.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) { d /= 2n; twos++; }
  while (d % 5n === 0n) { d /= 5n; fives++; }
  if (d !== 1n) return undefined;
  const k = Math.max(twos, fives);
  const scale = 10n ** BigInt(k);
  const n = x.n * (scale / x.d);
  return exactFromScaled(n, k);
}

/** n / 10^k as an ExactNumber, trailing zeros dropped from n so that text, n/d and int agree. */
export function exactFromScaled(n: bigint, k: number): ExactNumber {
  while (k > 0 && n % 10n === 0n) { n /= 10n; k--; }
  const int = k === 0 && Number.isSafeInteger(Number(n)) ? Number(n) : undefined;
  return { text: scaledToString(n, k), n, d: 10n ** BigInt(k), int };
}
