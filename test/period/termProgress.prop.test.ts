import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainment, termProgress, type RoundingMode } from '../../src/index.js';

const MODES: RoundingMode[] = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'];

describe('termProgress: a mean is compared exactly', () => {
  it('status and percents of mean/target equal those of sum/(count × target), as attainment gives them', () => {
    // The percent of a mean against a target is that of the sum against count × target, a ratio of
    // whole numbers the attainment core computes exactly: an obviously correct reference.
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 10 }),
      fc.constantFrom(...MODES),
      (values, target, decimals, rounding) => {
        const results = values.map((value, i) => ({ period: `năm ${2020 + i}`, value }));
        const r = termProgress({ term: 'giai đoạn 2020-2025', asOf: '2025-12-31', target, results, aggregation: 'mean' }, { decimals, rounding });
        const ref = attainment({ achieved: values.reduce((a, b) => a + b, 0), target: target * values.length }, { decimals, rounding });
        const a = r.targets[0]!.attainment;
        expect([a.status, a.percent, a.overPercent, a.exact.percent, a.exact.overPercent]).toEqual([ref.status, ref.percent, ref.overPercent, ref.exact.percent, ref.exact.overPercent]);
        expect(a.reason.code).toBe(ref.reason.code);
      },
    ), { numRuns: 400 });
  });

  it('for rates, the points over the target are the exact difference, and a decimal target near the mean keeps its side', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: -3, max: 3 }),
      (values, nudge) => {
        const sum = values.reduce((a, b) => a + b, 0);
        // a target of 10 decimals at or next to the mean sum/3
        const scaled = (BigInt(sum) * 10n ** 10n) / 3n + BigInt(nudge);
        const target = `${scaled / 10n ** 10n}.${(scaled % 10n ** 10n).toString().padStart(10, '0')}`;
        const results = values.map((value, i) => ({ period: `năm ${2020 + i}`, value }));
        const a = termProgress({ term: 'giai đoạn 2020-2025', asOf: '2025-12-31', target, kind: 'rate', results, aggregation: 'mean' }).targets[0]!.attainment;
        // mean − target = (sum × 10^10 − 3 × scaled) / (3 × 10^10)
        const diff = BigInt(sum) * 10n ** 10n - 3n * scaled;
        expect(a.status).toBe(diff > 0n ? 'exceeded' : diff < 0n ? 'not-met' : 'met');
        const g = (x: bigint, y: bigint): bigint => (y === 0n ? x : g(y, x % y));
        const d = g(diff < 0n ? -diff : diff, 3n * 10n ** 10n);
        expect(a.exact.overPoints).toBe(diff === 0n ? '0' : d === 3n * 10n ** 10n ? String(diff / d) : `${diff / d}/${(3n * 10n ** 10n) / d}`);
      },
    ), { numRuns: 300 });
  });
});
