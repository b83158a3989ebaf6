import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, checkClaim, impliedTargets, round } from '../../src/index.js';
import { referenceRound } from '../helpers/reference.js';

// "giảm từ 40 xuống 30, giảm 25%": a fall from the earlier figure, (A − B)/A, checked and inverted exactly.
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
