import * as z from 'zod/mini';
import { isProblem, readNumber } from '../core/_exact.js';
import { reader, report } from '../core/_schema.js';
import { computeSum, type PrintedFigure } from './_sum.js';
import type { CheckSumInput, CheckSumResult } from './types.js';
import { parseWith } from './_errors.js';

/** A number or plain decimal string, with the decimals it was written to (`"12.50"` has 2). */
const printed = reader((v, ctx): PrintedFigure => {
  if (v === undefined) return report(ctx, 'missing');
  const r = readNumber(v);
  if (isProblem(r)) return report(ctx, r.code, r.facts);
  const text = typeof v === 'string' ? v.trim() : r.text;
  const dot = text.indexOf('.');
  return { x: r, decimals: dot < 0 ? 0 : text.length - dot - 1 };
});

/** More parts than any report prints; past it a list is refused before a single part is read. */
const MAX_PARTS = 100_000;

/** The length is checked before the parts are read, so a sparse list of 2^32 − 1 is refused at once. */
const partsLength = reader((v, ctx): unknown => {
  if (Array.isArray(v) && v.length > MAX_PARTS) return report(ctx, 'too_long', { length: v.length, limit: MAX_PARTS });
  return v;
});

const schema = z.strictObject({
  total: printed,
  parts: z.pipe(partsLength, z.array(printed).check(z.minLength(1))),
  tolerance: z.optional(z.enum(['exact', 'rounding'])),
});

/**
 * Checks that parts add up to their total: "94 TCCSĐ … trong đó, hành chính 45; sự nghiệp 14 và
 * doanh nghiệp 35". Exact, in any number of decimals. Parts may be negative, for a net change (120
 * admitted and 35 removed make 85). For percentages printed to a few decimals, which need not add up
 * to exactly 100, `tolerance: 'rounding'` accepts a difference of up to half a unit of each part's last
 * printed digit (the total is taken as exact).
 *
 * @param input - `total`, `parts` (numbers or plain decimal strings; a string keeps its printed
 *   trailing zeros) and `tolerance` (`'exact'`, the default, or `'rounding'`)
 * @returns a frozen {@link CheckSumResult}: `consistent`, the exact `sum`, the `difference` sum − total,
 *   the `tolerance` applied and an `explanation` in Vietnamese and English
 * @throws {ChiTieuError} `missing`, `out_of_range` (no parts), `malformed_number`, `not_finite`,
 *   `invalid_type`, `invalid_value` (an unknown tolerance), `unknown_key`, `too_long` (more than 100,000
 *   parts)
 * @example
 * ```ts
 * import { checkSum } from 'chitieu';
 * checkSum({ total: 94, parts: [45, 14, 35] }).consistent;
 * //=> true
 * checkSum({ total: 85, parts: [120, -35] }).explanation.en;
 * //=> '120 − 35 = 85, matching the total 85.'
 * const shares = checkSum({ total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'rounding' });
 * [shares.consistent, shares.difference, shares.tolerance];
 * //=> [ true, '-0.1', '0.15' ]
 * ```
 * @category Claims
 */
export function checkSum(input: CheckSumInput): CheckSumResult {
  const p = parseWith(schema, input);
  return computeSum(p.total, p.parts, p.tolerance ?? 'exact');
}
