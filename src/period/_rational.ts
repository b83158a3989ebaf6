import { fractionText, gcd, readNumber, type ExactNumber } from '../core/_exact.js';
import { divRoundBigInt, scaledToString } from '../core/_round.js';
import type { RoundingMode } from '../core/roundingModes.js';
import type { ExactFigure } from './types.js';

/** An exact rational n/d with d > 0, kept reduced so that long sums stay small. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

export function q(n: bigint | number, d: bigint | number = 1n): Q {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd < 0n) { nn = -nn; dd = -dd; }
  const g = gcd(abs(nn), dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO: Q = { n: 0n, d: 1n };

export const fromExact = (x: ExactNumber): Q => q(x.n, x.d);
/** A plain decimal string that was already validated (a threshold band's `min`) as a rational. */
export const fromText = (text: string): Q => fromExact(readNumber(text) as ExactNumber);
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
/** a ÷ b; b must not be zero. */
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Rounds once to `decimals` and writes plain notation. */
export function roundQ(x: Q, decimals: number, rounding: RoundingMode): string {
  return scaledToString(divRoundBigInt(x.n * 10n ** BigInt(decimals), x.d, rounding), decimals);
}

export function figure(x: Q, decimals: number, rounding: RoundingMode): ExactFigure {
  const value = roundQ(x, decimals, rounding);
  return Object.freeze({ value, valueNumber: Number(value), exact: fractionText(x.n, x.d) });
}

/**
 * The rational as an ExactNumber (what the attainment core reads) when it is a terminating decimal,
 * else `undefined`: a mean of three counts (10/3) is not one.
 */
export function toExactNumber(x: Q): ExactNumber | undefined {
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
