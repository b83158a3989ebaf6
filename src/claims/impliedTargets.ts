import { MAX_IMPLIED_TARGETS, computeImplied } from './_implied.js';
import { impliedTargetsSchema, withClaimOptions } from './_schema.js';
import type { ClaimOptions, ImpliedTargetsInput } from './types.js';
import { fail, parseWith } from './_errors.js';

/**
 * Every whole-number target that gives a printed percentage, when a report prints the achieved figure
 * and the percentage but not the target ("65 tổ chức Đảng (đạt 72,2%)": the target was 90). The
 * targets come from the bounds of the interval of exact values that round to the printed figure, in
 * exact rational arithmetic: a handful of divisions whatever the size of the figures, never a search.
 *
 * @param input - `achieved`, `reported` in the report's notation and `as` (see {@link ClaimAs}). For
 *   `'over-points'` and `'under-points'`, `achieved` is a rate (`"97.5"`) and the answer is the
 *   whole-number target rates;
 *   for `'growth'`, `'decrease'` and `'multiple'` (gấp N lần) it is the earlier figures.
 * @param options - `rounding` (default `'half-up'`) and `locale` (the notation of `reported`, default
 *   `'vi'`), as {@link checkClaim} takes them
 * @returns the targets, ascending, frozen; empty when no whole-number target gives the figure
 * @throws {ChiTieuError} `too_many_targets` when more than 100,000 targets (or every target from some
 *   value up) give the figure, as for "đạt 0%"; `negative`, `malformed_number`, `ambiguous_number`,
 *   `unknown_rounding`, `invalid_value`, `missing`, `too_long`, `unknown_key`
 * @example
 * ```ts
 * import { impliedTargets } from 'chitieu';
 * impliedTargets({ achieved: 65, reported: '72,2', as: 'attainment' });
 * //=> [ 90 ]
 * impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment' });
 * //=> [ 902, 903 ]
 * impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment' }, { rounding: 'down' });
 * //=> [ 902 ]
 * impliedTargets({ achieved: '97.5', reported: '4,5', as: 'over-points' });
 * //=> [ 93 ]
 * ```
 * @category Claims
 */
export function impliedTargets(input: ImpliedTargetsInput, options?: ClaimOptions): readonly number[] {
  const p = parseWith(impliedTargetsSchema, withClaimOptions(input, options));
  const r = computeImplied(p.as, p.achieved, p.reported.scaled, p.reported.decimals, p.rounding);
  if (r.kind === 'none') return Object.freeze([]);
  if (r.kind === 'unbounded') fail('too_many_targets', ['reported'], { from: String(r.from), to: null, count: null, limit: MAX_IMPLIED_TARGETS });
  const count = r.to - r.from + 1n;
  if (count > BigInt(MAX_IMPLIED_TARGETS)) {
    fail('too_many_targets', ['reported'], { from: String(r.from), to: String(r.to), count: String(count), limit: MAX_IMPLIED_TARGETS });
  }
  const last = Number(r.to);
  if (!Number.isSafeInteger(last)) fail('unsafe_number', ['achieved'], { value: String(r.to) });
  const first = Number(r.from);
  const out = new Array<number>(last - first + 1);
  for (let i = 0; i < out.length; i++) out[i] = first + i;
  return Object.freeze(out);
}
