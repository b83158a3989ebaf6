import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from '../../src/index.js';
import { fractionText, fractionTextsMinus } from '../../src/core/_exact.js';
import { preimage } from '../../src/core/_preimage.js';
import { add, cmp, div, mul, percentOf, rational, roundTo, sub } from '../../src/core/_rational.js';
import { referenceRound } from '../helpers/reference.js';

// The exact kernel against slow, obviously correct references: every figure of every area is rounded
// by roundTo and every count percentage by percentOf, so these hold the whole library's arithmetic.

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 14 });

describe('the exact kernel', () => {
  it('fractionText reduces safe integers on doubles as on BigInt', () => {
    const int = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(fc.property(int, fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), (n, d) => {
      expect(fractionText(n, d)).toBe(fractionText(BigInt(n), BigInt(d)));
    }), { numRuns: 3000 });
    expect(fractionText(0, 7)).toBe('0');
  });

  it('fractionTextsMinus: n/d and n/d − k, reduced, as fractionText writes them', () => {
    const small = fc.integer({ min: 0, max: 1e7 });
    fc.assert(fc.property(small, fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 0, max: 1000 }), (n, d, k) => {
      expect(fractionTextsMinus(n, d, k)).toEqual([fractionText(BigInt(n), BigInt(d)), fractionText(BigInt(n) - BigInt(k) * BigInt(d), BigInt(d))]);
    }), { numRuns: 3000 });
    expect(fractionTextsMinus(0, 5, 100)).toEqual(['0', '-100']);
    expect(fractionTextsMinus(500, 5, 100)).toEqual(['100', '0']);
    expect(fractionText(-0, 7)).toBe('0');
  });

  it('roundTo is the reference rounding, for any sign, denominator and number of decimals', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), decimals, mode, (n, d, k, m) => {
      expect(roundTo({ n, d }, k, m)).toBe(referenceRound(n, d, k, m));
    }), { numRuns: 3000 });
  });

  it('percentOf: the double fast path and BigInt give the reference text', () => {
    // small counts take the double path, large ones BigInt: both must be 100·a/b rounded once
    const count = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(fc.property(count, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), decimals, mode, (a, b, k, m) => {
      const want = referenceRound(BigInt(a) * 100n, BigInt(b), k, m);
      expect(percentOf(a, b, k, m)).toBe(want);
      expect(percentOf(BigInt(a), BigInt(b), k, m)).toBe(want);
    }), { numRuns: 3000 });
  });

  it('percentOf past the decimals a double can scale (11 and more) goes to BigInt, never NaN', () => {
    expect(percentOf(2, 3, 20, 'half-up')).toBe('66.66666666666666666667');
    expect(percentOf(16, 15, 15, 'down')).toBe('106.666666666666666');
  });

  it('rational keeps n/d reduced with d > 0, and the operations are exact', () => {
    const q = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n })).map(([n, d]) => rational(n, d));
    fc.assert(fc.property(q, q, (a, b) => {
      for (const x of [a, b, add(a, b), sub(a, b), mul(a, b)]) {
        expect(x.d > 0n).toBe(true);
      }
      // (a + b) − b = a, (a · b) / b = a when b ≠ 0, and cmp agrees with the sign of a − b
      expect(cmp(sub(add(a, b), b), a)).toBe(0);
      if (b.n !== 0n) expect(cmp(div(mul(a, b), b), a)).toBe(0);
      const diff = sub(a, b);
      expect(cmp(a, b)).toBe(diff.n > 0n ? 1 : diff.n < 0n ? -1 : 0);
    }), { numRuns: 2000 });
    expect(rational(6, -4)).toEqual({ n: -3n, d: 2n });
  });

  it('preimage: exactly the values in it round to the figure, in every mode', () => {
    // a value v = m + s/2 + e (in units of the last decimal), with e a small nudge either side of a bound
    fc.assert(fc.property(fc.bigInt({ min: -50n, max: 50n }), mode, fc.integer({ min: -5, max: 5 }), (m, md, step) => {
      const pre = preimage(md, m);
      // v = m + step/4: steps of a quarter unit cover the bounds (halves) and the points between them
      const num = 4n * m + BigInt(step);
      const rounds = referenceRound(num, 4n, 0, md) === String(m);
      const twice = 2n * num; // v in halves times 4: compare v − m against lo/2 and hi/2 as 8v − 8m vs 4·lo
      const lo = 4n * pre.lo;
      const hi = 4n * pre.hi;
      const x = twice - 8n * m;
      const inside = (pre.loOpen ? x > lo : x >= lo) && (pre.hiOpen ? x < hi : x <= hi);
      expect(inside).toBe(rounds);
    }), { numRuns: 3000 });
  });
});
