import type { ExactNumber } from '../core/_exact.js';
import { preimage } from '../core/_preimage.js';
import { divRoundBigInt } from '../core/_round.js';
import type { RoundingMode } from '../core/index.js';
import type { ClaimAs } from './types.js';

/** The longest list of implied targets given; more than this means the figure says too little. */
export const MAX_IMPLIED_TARGETS = 100_000;

/**
 * Where the whole-number targets that reproduce a printed figure lie: none, every one from `from` to
 * `to`, or every one from `from` up.
 */
type ImpliedRange =
  | { readonly kind: 'none' }
  | { readonly kind: 'range'; readonly from: bigint; readonly to: bigint }
  | { readonly kind: 'unbounded'; readonly from: bigint };

/** The least integer ≥ p/q (or > p/q when `open`), q > 0. */
function leastAbove(p: bigint, q: bigint, open: boolean): bigint {
  const f = divRoundBigInt(p, q, 'floor');
  if (f * q === p) return open ? f + 1n : f;
  return f + 1n;
}

/** The greatest integer ≤ p/q (or < p/q when `open`), q > 0. */
function greatestBelow(p: bigint, q: bigint, open: boolean): bigint {
  const f = divRoundBigInt(p, q, 'floor');
  return f * q === p && open ? f - 1n : f;
}

/**
 * The pure core of impliedTargets. With the printed figure m / 10^k and the mode's preimage, the exact
 * value lies in [N_lo, N_hi] / D with D = 2·10^k (ends open or closed); see {@link impliedWithin}.
 */
export function computeImplied(as: ClaimAs, a: ExactNumber, m: bigint, k: number, mode: RoundingMode): ImpliedRange {
  const pre = preimage(mode, m);
  return impliedWithin(as, a, { lo: 2n * m + pre.lo, hi: 2n * m + pre.hi, d: 2n * 10n ** BigInt(k), loOpen: pre.loOpen, hiOpen: pre.hiOpen });
}

/**
 * Where the exact value of a printed figure lies: [lo, hi] / d, either end open, `null` for no bound
 * on that side ("trên 90%" has no upper one).
 */
interface ValueInterval {
  readonly lo: bigint | null;
  readonly hi: bigint | null;
  readonly d: bigint;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/**
 * What a bound word makes of a printed figure m / 10^k (the same readings as the check of a bound):
 * above it ("trên", "hơn"), under it by at most one unit of its last digit ("gần"), or within one unit
 * of it ("khoảng", "xấp xỉ").
 */
export function boundInterval(bound: 'above' | 'below' | 'about', m: bigint, k: number): ValueInterval {
  // over d = 2·10^k the figure is 2m and one unit of its last digit is 2
  const d = 2n * 10n ** BigInt(k);
  if (bound === 'above') return { lo: 2n * m, hi: null, d, loOpen: true, hiOpen: false };
  if (bound === 'below') return { lo: 2n * m - 2n, hi: 2n * m, d, loOpen: false, hiOpen: true };
  return { lo: 2n * m - 2n, hi: 2n * m + 2n, d, loOpen: false, hiOpen: false };
}

/**
 * The whole-number targets t whose claim value lies in the interval. Each claim is monotone in t, so
 * the bounds on the value turn into bounds on t by one division each:
 * - attainment, share: value = 100a/t, so t ∈ [100a·D/N_hi, 100a·D/N_lo];
 * - over, growth: value + 100 = 100a/t, the same with N shifted by 100·D;
 * - multiple: 100 · value = 100a/t, the same with N scaled by 100;
 * - over-points, excess: value = a − t, so t ∈ [a − N_hi/D, a − N_lo/D];
 * - under-points: value = t − a, so t ∈ [a + N_lo/D, a + N_hi/D];
 * - decrease: value = 100 − 100a/t, so 100a/t lies in [100 − N_hi/D, 100 − N_lo/D], ends swapped.
 * A bound that is not positive drops out (100a/t is positive for every t > 0), which is where an
 * unbounded answer comes from, as does a missing upper bound on the value. Constant work, whatever the
 * size of a or of the answer.
 */
export function impliedWithin(as: ClaimAs, a: ExactNumber, v: ValueInterval): ImpliedRange {
  const D = v.d;
  let nLo = v.lo;
  let nHi = v.hi;

  if (as === 'over-points' || as === 'excess' || as === 'under-points') {
    // t = a − value (t = a + value under the target); t is a target (a rate, or a count), so t ≥ 0.
    // Bounds as fractions over a.d·D: the value's upper end gives t's lower end, or its lower end under.
    const under = as === 'under-points';
    const sign = under ? 1n : -1n;
    const [lower, lowerOpen, upper, upperOpen] = under ? [nLo, v.loOpen, nHi, v.hiOpen] : [nHi, v.hiOpen, nLo, v.loOpen];
    const q = a.d * D;
    const from = lower === null ? 0n : leastAbove(a.n * D + sign * lower * a.d, q, lowerOpen);
    const lo = from < 0n ? 0n : from;
    if (upper === null) return { kind: 'unbounded', from: lo };
    const to = greatestBelow(a.n * D + sign * upper * a.d, q, upperOpen);
    return lo > to ? { kind: 'none' } : { kind: 'range', from: lo, to };
  }

  const shift = (n: bigint | null, f: (x: bigint) => bigint) => (n === null ? null : f(n));
  if (as === 'over' || as === 'growth') {
    nLo = shift(nLo, (x) => x + 100n * D);
    nHi = shift(nHi, (x) => x + 100n * D);
  }
  if (as === 'multiple') {
    // value = a/t, so w = 100a/t = 100 · value
    nLo = shift(nLo, (x) => x * 100n);
    nHi = shift(nHi, (x) => x * 100n);
  }
  let loOpen = v.loOpen;
  let hiOpen = v.hiOpen;
  if (as === 'decrease') {
    // value = 100 − 100a/t, so w = 100a/t = 100 − value: the bounds swap, and so do their ends
    [nLo, nHi] = [shift(nHi, (x) => 100n * D - x), shift(nLo, (x) => 100n * D - x)];
    [loOpen, hiOpen] = [hiOpen, loOpen];
  }
  // Now w = 100a/t must lie in [nLo, nHi]/D, with t ≥ 1.
  if (a.n === 0n) {
    // w is 0 for every target: all fit or none does.
    const inLo = nLo === null || nLo < 0n || (nLo === 0n && !loOpen);
    const inHi = nHi === null || nHi > 0n || (nHi === 0n && !hiOpen);
    return inLo && inHi ? { kind: 'unbounded', from: 1n } : { kind: 'none' };
  }
  // w > 0, so an upper bound at or below 0 excludes everything.
  if (nHi !== null && nHi <= 0n) return { kind: 'none' };
  const hundredA = 100n * a.n * D;
  // w ≤ nHi/D  ⇔  t ≥ 100a·D/nHi (strict when the bound is open).
  let from = nHi === null ? 1n : leastAbove(hundredA, a.d * nHi, hiOpen);
  if (from < 1n) from = 1n;
  // w ≥ nLo/D holds for every t when nLo ≤ 0: every target from `from` up fits.
  if (nLo === null || nLo <= 0n) return { kind: 'unbounded', from };
  const to = greatestBelow(hundredA, a.d * nLo, loOpen);
  return from > to ? { kind: 'none' } : { kind: 'range', from, to };
}
