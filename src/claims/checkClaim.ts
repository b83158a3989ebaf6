import { computeClaim } from './_claim.js';
import { checkClaimSchema, withClaimOptions } from './_schema.js';
import type { CheckClaimInput, CheckClaimResult, ClaimOptions } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Checks one printed percentage against the figures it is computed from: does "16/15 …, vượt 6,6%"
 * hold? The exact value is computed as {@link attainment} computes it, rounded in the report's
 * assumed rounding (half-up, the convention of Vietnamese reports, unless `rounding` says otherwise) to
 * the decimals the report printed, and compared; every rounding mode that would give the printed
 * figure is listed, so a figure that was truncated rather than rounded is told apart from one that is
 * simply wrong. `rounding` is read as {@link impliedTargets} and {@link extractClaims} read it.
 *
 * @param input - `achieved` and `target` (numbers or plain decimal strings), `reported` in the
 *   report's notation (`"6,6"`; with `locale: 'en'`, `"6.6"`) and `as` (`'attainment'`, `'share'`,
 *   `'over'`, `'over-points'`, `'under-points'`, `'growth'`, `'decrease'`, `'multiple'` for "gấp N lần", where
 *   `reported` is the number of times, or `'excess'` for "vượt N tổ chức", in units; see {@link ClaimAs})
 * @param options - `rounding` (the rounding the report is assumed to use, default `'half-up'`) and
 *   `locale` (the notation of `reported`, default `'vi'`). Before 0.2 these were input fields; the
 *   input fields are still read (deprecated), and the same field given twice with two values is
 *   `invalid_value`.
 * @returns a frozen {@link CheckClaimResult}: `consistent` (under `rounding`), `consistentModes` (every
 *   mode, whatever `rounding` is), the `exact` value, the `computed` figure in `rounding` and an
 *   `explanation` in Vietnamese and English
 * @throws {ChiTieuError} `missing`, `invalid_value` (an unknown `as`), `negative`, `zero_total` (a zero
 *   target for a percentage), `malformed_number` / `ambiguous_number` (a `reported` that is not in the
 *   locale's notation), `too_long` (a `reported` longer than 400 characters; any number of decimals
 *   within that is checked exactly), `unknown_rounding`, `not_finite`, `unknown_key`
 * @example
 * ```ts
 * import { checkClaim } from 'chitieu';
 * const c = checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' });
 * [c.consistent, c.computed, c.consistentModes];
 * //=> [ false, '6.7', [ 'down', 'floor' ] ]
 * const d = checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' }, { rounding: 'down' });
 * [d.consistent, d.computed];
 * //=> [ true, '6.6' ]
 * checkClaim({ achieved: 14, target: 13, reported: '7,7', as: 'over' }).consistent;
 * //=> true
 * checkClaim({ achieved: '97.5', target: 93, reported: '4.5', as: 'over-points' }, { locale: 'en' }).exact;
 * //=> '9/2'
 * checkClaim({ achieved: 50, target: 20, reported: '2,5', as: 'multiple' }).consistent;
 * //=> true
 * ```
 * @category Claims
 */
export function checkClaim(input: CheckClaimInput, options?: ClaimOptions): CheckClaimResult {
  const p = parseWith(checkClaimSchema, withClaimOptions(input, options));
  return computeClaim(p.as, p.achieved, p.target, p.reported, p.rounding);
}
