import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChiTieuError, ROUNDING_MODES, checkClaim, extractClaims, impliedTargets, type RoundingMode } from 'chitieu';

/**
 * The reference: round n/d (d > 0) to an integer in a mode, written from the definitions with floor
 * and a comparison of the remainder with one half (independent of the library's divRoundBigInt).
 */
function roundRef(n: bigint, d: bigint, mode: RoundingMode): bigint {
  let lo = n / d;
  if (n % d !== 0n && n < 0n) lo -= 1n; // floor
  const rem2 = 2n * (n - lo * d); // in [0, 2d)
  if (rem2 === 0n) return lo;
  const hi = lo + 1n;
  const negative = n < 0n;
  switch (mode) {
    case 'floor': return lo;
    case 'ceil': return hi;
    case 'down': return negative ? hi : lo;
    case 'up': return negative ? lo : hi;
    default:
      if (rem2 < d) return lo;
      if (rem2 > d) return hi;
      if (mode === 'half-up') return negative ? lo : hi;
      if (mode === 'half-down') return negative ? hi : lo;
      return lo % 2n === 0n ? lo : hi;
  }
}

type As = 'attainment' | 'share' | 'over' | 'over-points' | 'under-points';

/** The printed figure (× 10^k) that target t gives: achieved = an / ad. */
function printed(as: As, an: bigint, ad: bigint, t: bigint, k: number, mode: RoundingMode): bigint {
  const p = 10n ** BigInt(k);
  if (as === 'over-points') return roundRef((an - t * ad) * p, ad, mode);
  if (as === 'under-points') return roundRef((t * ad - an) * p, ad, mode);
  if (as === 'over') return roundRef(100n * (an - t * ad) * p, t * ad, mode);
  return roundRef(100n * an * p, t * ad, mode);
}

function text(scaled: bigint, k: number): string {
  const neg = scaled < 0n;
  let s = String(neg ? -scaled : scaled);
  if (k > 0) {
    s = s.padStart(k + 1, '0');
    s = `${s.slice(0, -k)},${s.slice(-k)}`;
  }
  return (neg ? '-' : '') + s;
}

const LIMIT = 3000;

/** Brute force over the targets 1..LIMIT (0..LIMIT for rates) against the library's answer. */
function check(as: As, an: bigint, ad: bigint, achieved: string, m: bigint, k: number, mode: RoundingMode): void {
  const reported = text(m, k);
  let list: readonly number[];
  let from: number | null = null;
  try {
    list = impliedTargets({ achieved, reported, as, rounding: mode });
  } catch (e) {
    if (!(e instanceof ChiTieuError) || e.code !== 'too_many_targets') throw e;
    const f = e.issues[0].facts;
    from = Number(f.from);
    list = [];
    if (f.to !== null) {
      // a listed range too long: still a contiguous block [from, to]
      const to = Number(f.to);
      for (let t = Math.max(from, as === 'over-points' || as === 'under-points' ? 0 : 1); t <= Math.min(to, LIMIT); t++) list = [...list, t];
      from = null;
      if (to > LIMIT) from = LIMIT + 1;
    }
  }
  const inList = new Set(list);
  // ascending, whole, and each one reproduces the figure
  for (let i = 1; i < list.length; i++) expect((list[i] as number) > (list[i - 1] as number)).toBe(true);
  for (const t of list) expect(printed(as, an, ad, BigInt(t), k, mode)).toBe(m);
  // no integer outside the list does, on the brute-force range
  for (let t = as === 'over-points' || as === 'under-points' ? 0 : 1; t <= LIMIT; t++) {
    const fits = printed(as, an, ad, BigInt(t), k, mode) === m;
    const listed = inList.has(t) || (from !== null && t >= from);
    if (fits !== listed) throw new Error(`${as} ${achieved} "${reported}" ${mode}: target ${t} fits=${fits} listed=${listed}`);
  }
}

const mode = fc.constantFrom(...ROUNDING_MODES);

describe('impliedTargets against brute force on small ranges, in every rounding mode', () => {
  // Counts (achieved whole, targets from 1) and rates in tenths (targets from 0%), each against brute force.
  const CASES = [
    ...(['attainment', 'share', 'over'] as const).map((as) => ({ as, name: `${as}: counts`, achieved: 400, target: { min: 1, max: 600 }, ad: 1n })),
    ...(['over-points', 'under-points'] as const).map((as) => ({ as, name: `${as}: rates with decimals`, achieved: 1500, target: { min: 0, max: 200 }, ad: 10n })),
  ];
  for (const { as, name, achieved, target, ad } of CASES) {
    it(name, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: achieved }),
          fc.integer(target),
          fc.integer({ min: 0, max: 2 }),
          mode,
          mode,
          fc.integer({ min: -2, max: 2 }),
          (a, t, k, printMode, askMode, nudge) => {
            // a figure some target printed in some mode, perhaps nudged in its last digit
            const m = printed(as, BigInt(a), ad, BigInt(t), k, printMode) + BigInt(nudge);
            check(as, BigInt(a), ad, ad === 1n ? String(a) : (a / 10).toString(), m, k, askMode);
          },
        ),
        { numRuns: 250 },
      );
    });
  }
  it('a target is implied exactly when checkClaim finds the mode consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 3 }), mode, (a, t, k, m) => {
        const reported = text(printed('attainment', BigInt(a), 1n, BigInt(t), k, m), k);
        const c = checkClaim({ achieved: a, target: t, reported, as: 'attainment' });
        expect(c.consistentModes).toContain(m);
        for (const other of ROUNDING_MODES) {
          let targets: readonly number[] = [];
          try {
            targets = impliedTargets({ achieved: a, reported, as: 'attainment', rounding: other });
          } catch (e) {
            if (!(e instanceof ChiTieuError)) throw e;
            continue; // too many to list
          }
          expect(targets.includes(t)).toBe(c.consistentModes.includes(other));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the targets a bound leaves (extractClaims), against trying every target', () => {
  const WORDS = { above: 'trên', below: 'gần', about: 'khoảng' } as const;
  /** Does 100a/t (− 100 for "vượt") bear the bound out: above X, within one unit under it, within one unit of it? */
  function bears(bound: keyof typeof WORDS, over: boolean, a: bigint, t: bigint, m: bigint, k: number): boolean {
    // value and X over the common denominator t·10^k
    const p = 10n ** BigInt(k);
    const v = 100n * a * p - (over ? 100n * t * p : 0n);
    const x = m * t;
    if (bound === 'above') return v > x;
    if (bound === 'below') return v < x && x - v <= t;
    return (v > x ? v - x : x - v) <= t;
  }
  it('lists exactly the whole targets that bear the bound out, and flags or doubts only when none does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1800 }), // (past 1900 a count may read as a year)
        fc.integer({ min: 200, max: 30000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('above', 'below', 'about' as const),
        fc.boolean(),
        (a, scaled, k, bound, over) => {
          // the printed figure m / 10^k, at least 2% (so that one unit under it is still above 0)
          const m = BigInt(scaled) / 10n ** BigInt(2 - k);
          const shown = text(m, k);
          const sentence = `Kết nạp ${a} đảng viên, ${over ? 'vượt' : 'đạt'} ${WORDS[bound]} ${shown}% kế hoạch.`;
          const c = extractClaims(sentence).claims.find((x) => x.kind === 'implied-target');
          expect(c, sentence).toBeDefined();
          const want: number[] = [];
          const limit = (100n * BigInt(a) * 10n ** BigInt(k)) / (bound === 'above' ? m : m - 1n) + 2n; // no target past it can bear the bound out
          for (let t = 1n; t <= limit; t++) if (bears(bound, over, BigInt(a), t, m, k)) want.push(Number(t));
          if (want.length === 0) {
            expect(c?.verdict, sentence).toBe(bound === 'above' ? 'flagged' : 'ambiguous');
            expect(c?.reason.code).toBe('implied-bound-none');
          } else if (want.length > 100_000) {
            // too many to list: a figure that pins nothing down
            expect([c?.verdict, c?.impliedTargets, c?.reason.facts]).toMatchObject(['figure', null, { from: String(want[0]), to: String(want.at(-1)) }]);
          } else {
            expect(c?.verdict, sentence).toBe('inferred');
            expect(c?.impliedTargets, sentence).toEqual(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
