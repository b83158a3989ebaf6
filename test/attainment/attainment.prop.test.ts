import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, attainment, round } from '../../src/index.js';
import { decimalToFraction, referenceRound } from '../helpers/reference.js';

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 10 });
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e12 }));
const positiveCount = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1e12 }));
/** A non-negative decimal string with up to 10 decimals, e.g. "97.35". */
const rate = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 10 }))
  .map(([m, k]) => {
    const s = m.toString().padStart(k + 1, '0');
    return k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  });

describe('attainment agrees with a slow BigInt reference', () => {
  it('counts up to 10^12: percent and overPercent in every mode and decimals', () => {
    fc.assert(
      fc.property(count, positiveCount, decimals, mode, (a, t, d, m) => {
        const r = attainment({ achieved: a, target: t }, { decimals: d, rounding: m });
        expect(r.percent).toBe(referenceRound(BigInt(a) * 100n, BigInt(t), d, m));
        expect(r.overPercent).toBe(referenceRound((BigInt(a) - BigInt(t)) * 100n, BigInt(t), d, m));
        expect(r.status).toBe(a > t ? 'exceeded' : a === t ? 'met' : 'not-met');
        // the exact value re-rounds to the same figure
        expect(round(r.exact.percent as string, { decimals: d, rounding: m })).toBe(r.percent);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts given as strings beyond 2^53 take the BigInt path', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), decimals, mode, (a, t, d, m) => {
        const r = attainment({ achieved: a.toString(), target: t.toString() }, { decimals: d, rounding: m });
        expect(r.percent).toBe(referenceRound(a * 100n, t, d, m));
        expect(r.overPercent).toBe(referenceRound((a - t) * 100n, t, d, m));
      }),
      { numRuns: 1000 },
    );
  });

  it('rates with up to 10 decimals: percent, relative excess and points', () => {
    fc.assert(
      fc.property(rate, rate, decimals, mode, (a, t, d, m) => {
        fc.pre(!/^0(\.0*)?$/.test(t));
        const [an, ad] = decimalToFraction(a);
        const [tn, td] = decimalToFraction(t);
        const r = attainment({ achieved: a, target: t, kind: 'rate' }, { decimals: d, rounding: m });
        expect(r.percent).toBe(referenceRound(an * td * 100n, ad * tn, d, m));
        expect(r.overPercent).toBe(referenceRound((an * td - tn * ad) * 100n, ad * tn, d, m));
        expect(r.overPoints).toBe(referenceRound(an * td - tn * ad, ad * td, d, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('status follows the target form', () => {
    fc.assert(
      fc.property(count, count, count, (a, x, y) => {
        const [min, max] = x <= y ? [x, y] : [y, x];
        expect(attainment({ achieved: a, target: { min, max } }).status).toBe(a < min ? 'not-met' : a > max ? 'exceeded' : 'met');
        expect(attainment({ achieved: a, target: { atMost: x } }).status).toBe(a > x ? 'not-met' : a < x ? 'exceeded' : 'met');
        expect(attainment({ achieved: a, target: { atLeast: x } }).status).toBe(a < x ? 'not-met' : a > x ? 'exceeded' : 'met');
      }),
      { numRuns: 1000 },
    );
  });

  it('results are frozen, JSON round-trip, and equal for number and string input', () => {
    fc.assert(
      fc.property(count, positiveCount, decimals, mode, (a, t, d, m) => {
        const r = attainment({ achieved: a, target: t }, { decimals: d, rounding: m });
        expect(Object.isFrozen(r) && Object.isFrozen(r.exact) && Object.isFrozen(r.target) && Object.isFrozen(r.reason)).toBe(true);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(attainment({ achieved: String(a), target: String(t) }, { decimals: d, rounding: m })).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });
});

describe('round agrees with the reference for fractions and decimals', () => {
  it('any fraction p/q', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), decimals, mode, (p, q, d, m) => {
        expect(round(`${p}/${q}`, { decimals: d, rounding: m })).toBe(referenceRound(p, q, d, m));
      }),
      { numRuns: 3000 },
    );
  });
});
