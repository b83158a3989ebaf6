import type { RoundingMode } from './roundingModes.js';

/**
 * Rounds num/den (den > 0) to an integer in the given mode, on safe JS integers.
 * The caller guarantees |num| + den ≤ 2^53 − 1, so every product below is exact.
 */
export function divRoundNumber(num: number, den: number, mode: RoundingMode): number {
  // A double division can land one off near an integer; the remainder check below corrects it.
  let q = Math.trunc(num / den);
  let r = num - q * den;
  // Stryker disable all: within the precondition the correction never fires (docs/mutation-testing.md)
  if (num >= 0) {
    if (r < 0) { q -= 1; r += den; } else if (r >= den) { q += 1; r -= den; }
  } else {
    if (r > 0) { q += 1; r -= den; } else if (r <= -den) { q -= 1; r += den; }
  }
  // Stryker restore all
  if (r === 0) return q;
  // Stryker disable next-line EqualityOperator: num ≠ 0 here, so < 0 and <= 0 agree
  const sign = num < 0 ? -1 : 1;
  const twice = 2 * Math.abs(r);
  // Stryker disable next-line EqualityOperator: twice === den is taken first, so > and >= agree
  return q + sign * step(mode, sign, twice === den ? 0 : twice > den ? 1 : -1, q % 2 !== 0);
}

/** The same rule on BigInt, for any size. */
export function divRoundBigInt(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const q = num / den; // truncates toward zero
  const r = num % den; // same sign as num
  if (r === 0n) return q;
  // Stryker disable next-line EqualityOperator: num ≠ 0 here, so < 0n and <= 0n agree
  const sign = num < 0n ? -1 : 1;
  // Stryker disable next-line EqualityOperator: r ≠ 0 here, so < 0n and <= 0n agree
  const twice = 2n * (r < 0n ? -r : r);
  // Stryker disable next-line EqualityOperator: twice === den is taken first, so > and >= agree
  const half = twice === den ? 0 : twice > den ? 1 : -1;
  return q + BigInt(sign * step(mode, sign, half, q % 2n !== 0n));
}

/**
 * Whether to move the truncated quotient one step away from zero (1) or keep it (0), given the sign
 * of the exact value, where the remainder stands against one half (−1 below, 0 at, 1 above) and
 * whether the truncated quotient is odd. The remainder is known to be non-zero.
 */
function step(mode: RoundingMode, sign: number, half: number, odd: boolean): 0 | 1 {
  switch (mode) {
    case 'down': return 0;
    case 'up': return 1;
    // Stryker disable next-line EqualityOperator: sign is 1 or −1, never 0
    case 'ceil': return sign > 0 ? 1 : 0;
    // Stryker disable next-line EqualityOperator: sign is 1 or −1, never 0
    case 'floor': return sign < 0 ? 1 : 0;
    case 'half-up': return half >= 0 ? 1 : 0;
    case 'half-down': return half > 0 ? 1 : 0;
    case 'half-even': return half > 0 || (half === 0 && odd) ? 1 : 0;
  }
}

/** Writes an integer scaled by 10^decimals as a plain decimal string, trailing zeros removed. */
export function scaledToString(q: number | bigint, decimals: number): string {
  // On doubles when every step stays exact: |q| + 10^decimals ≤ 2^53 − 1 (past the POW10 table, at more
  // than 10 decimals, the sum is NaN and the test fails). The bound is sufficient, not tight: just past it
  // both paths still write the same text, so a mutant that moves it changes only speed.
  // Without the fast path (`false`, `typeof q === ""`), the general one below writes a number the same way.
  // Stryker disable next-line EqualityOperator,ArithmeticOperator,ConditionalExpression,StringLiteral: see above
  if (typeof q === 'number' && Math.abs(q) + (POW10[decimals] as number) <= Number.MAX_SAFE_INTEGER) return scaledNumberToString(q, decimals);
  const negative = q < 0;
  let digits = String(negative ? -q : q);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with 0 decimals the block leaves the digits as they are
  if (decimals > 0) {
    if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
    const cut = digits.length - decimals;
    let end = digits.length;
    while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
    digits = end === cut ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
  }
  // q < 0 means |q| ≥ 1, so the digits are never all zero and no "-0" can appear
  return negative ? `-${digits}` : digits;
}

/**
 * The same for an integer q with |q| + 10^decimals ≤ 2^53 − 1 and at most 10 decimals, on doubles; the
 * small integers print from V8's number cache, which makes the single `attainment()` call much cheaper
 * than slicing one long string. Exact: with p = 10^decimals and k = ⌊x/p⌋, x/p ≤ k + 1 − 1/p, and the
 * spacing of doubles near k + 1 ≤ (2^53 − 1)/p is below 2/p, so x / p rounds to no more than it is from
 * k + 1 minus half a spacing: its floor is k, and x − k·p is exact (every product stays below 2^53).
 */
function scaledNumberToString(q: number, decimals: number): string {
  const negative = q < 0;
  const x = negative ? -q : q;
  const p = POW10[decimals] as number;
  const whole = Math.floor(x / p);
  const frac = x - whole * p;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both ways write the same text; the table only saves time
  const tail = decimals <= 3 ? ((FRACTIONS[decimals] ??= fractionTable(decimals))[frac] as string) : fractionDigits(frac, decimals);
  // q < 0 means |q| ≥ 1, so the text is never all zeros and no "-0" can appear; a negative figure
  // under 1 is written "-0" + tail at once, one string fewer than prefixing "-"
  return negative ? (whole === 0 ? '-0' : String(-whole)) + tail : String(whole) + tail;
}

/** The decimal part of a figure, ".05" for 5 at 2 decimals (0 ≤ frac < 10^decimals), trailing zeros removed; "" for 0. */
function fractionDigits(frac: number, decimals: number): string {
  if (frac === 0) return '';
  let width = decimals;
  while (frac % 10 === 0) { frac /= 10; width--; }
  const digits = String(frac);
  return `.${'0'.repeat(width - digits.length)}${digits}`;
}

/**
 * Every decimal part at 0–3 decimals, by value, each table made when first used (1,111 short strings at
 * most): at the usual 1 or 2 decimals, writing a figure is then one number and one join, where the loop
 * above divides by 10 in floating point and joins three pieces (a fifth of the single call).
 */
const FRACTIONS: string[][] = [];

function fractionTable(decimals: number): string[] {
  return Array.from({ length: POW10[decimals] as number }, (_, f) => fractionDigits(f, decimals));
}

/**
 * 10^k for k = 0..10 as numbers: options' `decimals` are capped at 10. Past the table the entry is
 * undefined, so a caller that may get more decimals (a claim at its printed decimals) must check.
 */
export const POW10: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
