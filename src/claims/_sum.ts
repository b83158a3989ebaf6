import type { ExactNumber } from '../core/_exact.js';
import { scaledToString } from '../core/_round.js';
import { reasoned } from './_render.js';
import { scale } from './_reported.js';
import type { CheckSumResult, SumTolerance } from './types.js';

/** A figure with the number of decimals it was printed to (trailing zeros included). */
export interface PrintedFigure {
  readonly x: ExactNumber;
  readonly decimals: number;
}

/**
 * The pure core of checkSum. Everything is scaled to 2·10^K (K the most decimals printed anywhere),
 * where every figure and every half unit of a last printed digit is an integer, so the comparison is
 * exact. Linear in the number of parts.
 */
export function computeSum(total: PrintedFigure, parts: readonly PrintedFigure[], tolerance: SumTolerance): CheckSumResult {
  let K = total.decimals;
  for (const p of parts) if (p.decimals > K) K = p.decimals;
  const scaled = (f: PrintedFigure) => 2n * scale(f.x, K); // exact: f.x.d divides 10^K
  let sum = 0n;
  let tol = 0n;
  for (const p of parts) {
    sum += scaled(p);
    // half a unit of the last printed digit, 10^-k / 2, is 10^(K-k) in units of 1/(2·10^K)
    if (tolerance === 'rounding') tol += 10n ** BigInt(K - p.decimals);
  }
  const t = scaled(total);
  const diff = sum - t;
  const consistent = (diff < 0n ? -diff : diff) <= tol;
  // Back to plain decimals: values over 2·10^K are values over 10^K doubled.
  const plain = (v: bigint) => scaledToString(v / 2n, K);
  const plainHalf = (v: bigint) => scaledToString(v * 5n, K + 1);
  const sumText = plain(sum);
  const difference = plain(diff);
  const toleranceText = plainHalf(tol);

  const facts = { total: total.x.text, parts: parts.map((p) => p.x.text), sum: sumText, difference, tolerance: toleranceText };
  const { reason, explanation } = reasoned(diff === 0n ? 'sum-matches' : consistent ? 'sum-within-rounding' : 'sum-mismatch', facts);
  return Object.freeze({
    consistent,
    total: total.x.text,
    sum: sumText,
    difference,
    tolerance: toleranceText,
    sumNumber: Number(sumText),
    differenceNumber: Number(difference),
    reason,
    explanation,
  });
}
