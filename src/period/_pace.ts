import { isProblem, readNumber, type ExactNumber } from '../core/_exact.js';
import { reader, report } from '../core/_schema.js';
import { add, cmp, div, mul, rational, sub, type Rational } from '../core/_rational.js';
import { fromExact } from './_rational.js';
import type { Pace } from './termProgress.js';

/** How far from the expected figure still counts as on track, by default: 5% of it. */
export const DEFAULT_TOLERANCE_PERCENT: ExactNumber = Object.freeze({ text: '5', n: 5n, d: 1n, int: 5 });

/** The `tolerancePercent` option of termProgress and of the term chart: a number from 0 to 100. */
export const tolerancePercentSchema = reader((v, ctx) => {
  const x = readNumber(v);
  if (isProblem(x)) return report(ctx, x.code, x.facts);
  if (x.n < 0n || x.n > 100n * x.d) return report(ctx, 'out_of_range', { min: 0, max: 100, value: x.text });
  return x;
});

/** Where a straight line from zero at the start to the target at the end stands after `elapsed` of `total` days. */
export function linearExpected(target: Rational, elapsed: number, total: number): Rational {
  return mul(target, rational(elapsed, total));
}

/** A pace and the band around the expected figure that decided it. */
interface PaceVerdict {
  readonly pace: Pace;
  /** expected × (1 − tolerance) and expected × (1 + tolerance). */
  readonly lo: Rational;
  readonly hi: Rational;
  /** 1 above the band, −1 below it, 0 inside. */
  readonly side: -1 | 0 | 1;
}

/**
 * The pace rule, the one place it is written: within ± `tolerancePercent` % of the expected figure
 * (both ends included) is on track, above is ahead and below is behind; for an upper limit (`atMost`)
 * lower is the good side, so above is behind.
 */
export function paceOf(cumulative: Rational, expected: Rational, tolerancePercent: ExactNumber, limit: boolean): PaceVerdict {
  const tol = div(fromExact(tolerancePercent), rational(100));
  const lo = mul(expected, sub(rational(1), tol));
  const hi = mul(expected, add(rational(1), tol));
  const side = cmp(cumulative, hi) > 0 ? 1 : cmp(cumulative, lo) < 0 ? -1 : 0;
  const pace: Pace = side === 0 ? 'on-track' : (side > 0) !== limit ? 'ahead' : 'behind';
  return { pace, lo, hi, side };
}
