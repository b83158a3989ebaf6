import { computeAttainment } from './_attainment.js';
import { fastAttainment, parseAttainment } from './_schema.js';
import type { AttainmentInput, AttainmentOptions, AttainmentResult } from './types.js';

/**
 * How an achieved figure stands against its target (chỉ tiêu): status (chưa đạt / đạt / vượt),
 * percent attained (đạt X%), relative excess (vượt X%), excess in percentage points for rates, and
 * what is missing. Exact: figures divide as rationals and are rounded once, at the end, in the mode
 * you choose (default half-up, the convention of Vietnamese reports).
 *
 * @param input - `achieved`, `target` (a number, `{ atLeast }`, `{ atMost }` or `{ min, max }`) and
 *   `kind` (`'count'`, the default, or `'rate'` for percentages)
 * @param options - `decimals` (0–10, default 2) and `rounding` (default `'half-up'`)
 * @returns a frozen {@link AttainmentResult}
 * @throws {ChiTieuError} on NaN, ±Infinity, negative or fractional counts, numbers beyond 2^53,
 *   exponent notation, empty strings, `min > max`, an unknown rounding mode or `decimals` out of range
 * @example
 * ```ts
 * import { attainment } from 'chitieu';
 * const r = attainment({ achieved: 103, target: 80 });
 * [r.status, r.percent, r.overPercent];
 * //=> [ 'exceeded', '128.75', '28.75' ]
 * attainment({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' }).overPercent;
 * //=> '6.6'
 * attainment({ achieved: '97.5', target: '93', kind: 'rate' }).overPoints;
 * //=> '4.5'
 * attainment({ achieved: 58, target: { atLeast: 400 } }).shortfall;
 * //=> '342'
 * ```
 * @category Attainment
 */
export function attainment(input: AttainmentInput, options?: AttainmentOptions): AttainmentResult {
  // The common call (whole numbers, plain target) goes straight to the core: the checks accept only
  // what the schema accepts (property-tested), and anything else, every error included, goes through
  // parseAttainment and zod.
  const fast = fastAttainment(input, options);
  if (fast !== undefined) return fast;
  const p = parseAttainment(input, options);
  return computeAttainment(p.input, p.decimals, p.rounding);
}
