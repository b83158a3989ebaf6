import { divRoundBigInt } from '../core/_round.js';
import type { RoundingMode } from '../core/roundingModes.js';
import { computeAttainment, type ParsedTarget } from '../attainment/_attainment.js';
import type { AttainmentResult, IndicatorKind } from '../attainment/types.js';
import { cmp, rational, sub, type Rational } from '../core/_rational.js';
import { exactFromScaled, figure, fromExact } from './_rational.js';

/** Decimals the shown achieved figure keeps at least (the cap of the caller's `decimals`). */
const SHOWN_DECIMALS = 10;

/** Below, inside or above the target, as the status sees it (a range is one band, a figure its own). */
function sideOf(x: Rational, t: ParsedTarget): number {
  if (t.form !== 'range') return cmp(x, fromExact(t.value));
  return cmp(x, fromExact(t.min)) < 0 ? -1 : cmp(x, fromExact(t.max)) > 0 ? 1 : 0;
}

/**
 * The attainment of a cumulative that is not a terminating decimal (a mean such as 10/3), exactly.
 *
 * The core's `computeAttainment` reads decimals, so it is given the mean rounded to 10 decimals (or
 * to as many as the target has, if more) in the caller's mode; where that rounding would land on the
 * other side of a target figure (10/3 → 3.3333333333 against a target of 3.3333333333), the mean is
 * rounded away from the target instead, which with that many decimals keeps it strictly on its side.
 * The status, its reason, and the shown `achieved`, `shortfall` and `surplus` come from that call;
 * `percent`, `overPercent`, `overPoints` and their exact fractions are then taken from the exact mean,
 * each rounded once.
 */
export function rationalAttainment(kind: IndicatorKind, x: Rational, target: ParsedTarget, decimals: number, rounding: RoundingMode): AttainmentResult {
  const figures = target.form === 'range' ? [target.min, target.max] : [target.value];
  const k = Math.max(SHOWN_DECIMALS, ...figures.map((f) => String(f.d).length - 1));
  const scale = 10n ** BigInt(k);
  const side = sideOf(x, target);
  let scaled = divRoundBigInt(x.n * scale, x.d, rounding);
  if (sideOf(rational(scaled, scale), target) !== side) scaled = divRoundBigInt(x.n * scale, x.d, side > 0 ? 'ceil' : 'floor');
  const att = computeAttainment({ kind, achieved: exactFromScaled(scaled, k), target }, decimals, rounding);

  const ref = fromExact(target.form === 'range' ? target.min : target.value);
  const ratio = ref.n === 0n ? null : rational(x.n * ref.d, x.d * ref.n);
  const percent = ratio === null ? null : figure(rational(ratio.n * 100n, ratio.d), decimals, rounding);
  const over = ratio === null ? null : figure(rational((ratio.n - ratio.d) * 100n, ratio.d), decimals, rounding);
  const points = kind === 'rate' ? figure(sub(x, ref), decimals, rounding) : null;
  return Object.freeze({
    ...att,
    percent: percent?.value ?? null,
    overPercent: over?.value ?? null,
    overPoints: points?.value ?? null,
    percentNumber: percent?.valueNumber ?? null,
    overPercentNumber: over?.valueNumber ?? null,
    overPointsNumber: points?.valueNumber ?? null,
    exact: Object.freeze({ percent: percent?.exact ?? null, overPercent: over?.exact ?? null, overPoints: points?.exact ?? null }),
  });
}
