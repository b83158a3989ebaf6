import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, checkClaim, impliedTargets, round } from '../../src/index.js';
import { referenceRound } from '../helpers/reference.js';

// Changes from an earlier figure, checked and inverted exactly: "giảm từ 40 xuống 30, giảm 25%" (A − B)/A,
// "tăng từ 320 lên 352, tăng 10%" (B − A)/A, "từ 20 lên 50, gấp 2,5 lần" B/A.
describe("claims as 'decrease'", () => {
  it('checkClaim: (target − achieved)/target, in every mode, against an exact reference', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...ROUNDING_MODES), (t, b, k, mode) => {
      const a = Math.min(b, t);
      const want = referenceRound(100n * BigInt(t - a), BigInt(t), k, mode);
      const reported = want.replace('.', ',');
      const c = checkClaim({ achieved: a, target: t, reported, as: 'decrease' }, { rounding: mode });
      expect(c.consistent).toBe(true);
      expect(c.consistentModes).toContain(mode);
    }), { numRuns: 500 });
  });

  it('explains the fall in both languages', () => {
    const c = checkClaim({ achieved: 30, target: 40, reported: '25', as: 'decrease' });
    expect([c.exact, c.computed, c.consistent]).toEqual(['25', '25', true]);
    expect(c.explanation.vi).toBe('(40 − 30)/40 = 25%; làm tròn nửa lên (half-up) đến hàng đơn vị là 25%, khớp với 25% đã in.');
  });

  it('impliedTargets: every target it gives reproduces the figure, and the true one is among them', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...ROUNDING_MODES), (a0, extra, k, mode) => {
      const a = a0;
      const t = a0 + extra; // a fall: t > a
      const reported = referenceRound(100n * BigInt(t - a), BigInt(t), k, mode).replace('.', ',');
      let targets: readonly number[];
      try { targets = impliedTargets({ achieved: a, reported, as: 'decrease' }, { rounding: mode }); } catch { return; } // too many targets
      expect(targets).toContain(t);
      // the printed figure's own decimals (the reference drops trailing zeros: "99,60" prints "99,6")
      const printed = reported.split(',')[1]?.length ?? 0;
      for (const x of targets.slice(0, 50)) {
        expect(round(`${100 * (x - a)}/${x}`, { decimals: printed, rounding: mode }).replace('.', ',')).toBe(reported);
      }
    }), { numRuns: 300 });
  });
});

describe("claims as 'growth' and 'multiple'", () => {
  it('checkClaim: (achieved − target)/target and achieved/target, in every mode, against an exact reference', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...ROUNDING_MODES), (t, extra, k, mode) => {
      const a = t + extra;
      const growth = referenceRound(100n * BigInt(a - t), BigInt(t), k, mode).replace('.', ',');
      const g = checkClaim({ achieved: a, target: t, reported: growth, as: 'growth' }, { rounding: mode });
      expect(g.consistent).toBe(true);
      const times = referenceRound(BigInt(a), BigInt(t), k, mode).replace('.', ',');
      const m = checkClaim({ achieved: a, target: t, reported: times, as: 'multiple' }, { rounding: mode });
      expect(m.consistent).toBe(true);
      expect(m.consistentModes).toContain(mode);
    }), { numRuns: 500 });
  });

  it('explains them in both languages', () => {
    const g = checkClaim({ achieved: 352, target: 320, reported: '10', as: 'growth' });
    expect([g.exact, g.consistent, g.explanation.vi]).toEqual(['10', true, '(352 − 320)/320 = 10%; làm tròn nửa lên (half-up) đến hàng đơn vị là 10%, khớp với 10% đã in.']);
    const m = checkClaim({ achieved: 50, target: 20, reported: '2,5', as: 'multiple' });
    expect([m.exact, m.consistent, m.explanation.vi, m.explanation.en]).toEqual([
      '5/2', true, '50/20 = 2,5 lần; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 2,5 lần, khớp với 2,5 lần đã in.',
      '50/20 = 2.5 times; rounded half-up to 1 decimal this is 2.5 times, as printed.',
    ]);
  });

  it('impliedTargets: every earlier figure it gives reproduces the printed one, and the true one is among them', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...ROUNDING_MODES), fc.boolean(), (t, extra, k, mode, times) => {
      const a = t + extra;
      const reported = (times ? referenceRound(BigInt(a), BigInt(t), k, mode) : referenceRound(100n * BigInt(a - t), BigInt(t), k, mode)).replace('.', ',');
      let targets: readonly number[];
      try { targets = impliedTargets({ achieved: a, reported, as: times ? 'multiple' : 'growth' }, { rounding: mode }); } catch { return; } // too many
      expect(targets).toContain(t);
      const printed = reported.split(',')[1]?.length ?? 0;
      for (const x of targets.slice(0, 50)) {
        const value = times ? `${a}/${x}` : `${100 * (a - x)}/${x}`;
        expect(round(value, { decimals: printed, rounding: mode }).replace('.', ',')).toBe(reported);
      }
    }), { numRuns: 300 });
  });
});
