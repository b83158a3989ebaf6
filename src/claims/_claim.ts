import { computeAttainment } from '../attainment/_attainment.js';
import { fractionText, type ExactNumber } from '../core/_exact.js';
import { rational, roundTo } from '../core/_rational.js';
import { divRoundBigInt, scaledToString } from '../core/_round.js';
import { ROUNDING_MODES, type RoundingMode } from '../core/index.js';
import { reasoned } from './_render.js';
import type { Reported } from './_reported.js';
import type { CheckClaimResult, ClaimAs } from './types.js';

/**
 * The exact value a claim stands for, from the attainment core (so a claim is checked against exactly
 * what `attainment` computes), with the figure rounded in `mode` at the printed decimals.
 */
function claimValue(as: ClaimAs, achieved: ExactNumber, target: ExactNumber, decimals: number, mode: RoundingMode): { n: bigint; d: bigint; exact: string; computed: string } {
  if (as === 'decrease' || as === 'multiple' || as === 'under-points') {
    // 100 (t − a)/t = 100 (t.n·a.d − a.n·t.d) / (t.n·a.d); a/t = (a.n·t.d)/(a.d·t.n);
    // t − a = (t.n·a.d − a.n·t.d)/(t.d·a.d): in the exact kernel
    const q = as === 'decrease'
      ? rational(100n * (target.n * achieved.d - achieved.n * target.d), target.n * achieved.d)
      : as === 'under-points'
        ? rational(target.n * achieved.d - achieved.n * target.d, target.d * achieved.d)
        : rational(achieved.n * target.d, achieved.d * target.n);
    return { n: q.n, d: q.d, exact: fractionText(q.n, q.d), computed: roundTo(q, decimals, mode) };
  }
  // growth over an earlier figure is the arithmetic of "vượt" over a target
  const over = as === 'over' || as === 'growth';
  // an excess in units is a difference, as points are
  const difference = as === 'over-points' || as === 'excess';
  const r = computeAttainment({ kind: difference ? 'rate' : 'count', achieved, target: { form: 'reach', value: target } }, decimals, mode);
  const exact = (over ? r.exact.overPercent : difference ? r.exact.overPoints : r.exact.percent) ?? '0';
  const computed = (over ? r.overPercent : difference ? r.overPoints : r.percent) ?? '0';
  const slash = exact.indexOf('/');
  return slash < 0
    ? { n: BigInt(exact), d: 1n, exact, computed }
    : { n: BigInt(exact.slice(0, slash)), d: BigInt(exact.slice(slash + 1)), exact, computed };
}

/**
 * The pure core of checkClaim: the input is validated, the target is non-zero unless in points.
 * `mode` is the rounding the report is assumed to use (the caller's `rounding`): `computed`,
 * `consistent`, `difference` and the explanation refer to it; `consistentModes` lists every mode.
 */
export function computeClaim(as: ClaimAs, achieved: ExactNumber, target: ExactNumber, reported: Reported, mode: RoundingMode): CheckClaimResult {
  const k = reported.decimals;
  const { n, d, exact, computed } = claimValue(as, achieved, target, k, mode);
  const scaledN = n * 10n ** BigInt(k);
  const modes: RoundingMode[] = [];
  let assumed = 0n;
  for (const m of ROUNDING_MODES) {
    const q = divRoundBigInt(scaledN, d, m);
    if (m === mode) assumed = q;
    if (q === reported.scaled) modes.push(m);
  }
  const consistent = assumed === reported.scaled;
  const difference = scaledToString(reported.scaled - assumed, k);

  // the exact value as a reduced fraction: the sentence shows its digits from it
  const facts = { as, achieved: achieved.text, target: target.text, exact: fractionText(n, d), decimals: k, computed, reported: reported.plain, rounding: mode, modes: [...modes] };
  const { reason, explanation } = reasoned(consistent ? 'check-matches' : modes.length > 0 ? 'check-other-rounding' : 'check-no-rounding', facts);
  return Object.freeze({
    as,
    achieved: achieved.text,
    target: target.text,
    reported: reported.plain,
    reportedText: reported.text,
    decimals: k,
    exact,
    computed,
    computedNumber: Number(computed),
    difference,
    consistent,
    consistentModes: Object.freeze(modes),
    reason,
    explanation,
  });
}
