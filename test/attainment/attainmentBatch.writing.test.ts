import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ROUNDING_MODES, attainment, attainmentBatch, formatNumber, type AttainmentBatchResult, type AttainmentResult } from '../../src/index.js';

/**
 * How to write a batch's figures as the single call writes them (the TSDoc of AttainmentBatchResult):
 * `formatNumber(x, { locale: 'en', grouping: false })` for a figure not in `wide`, `wide[].value` for
 * one that is; `String(x)` agrees only for 0 and |x| >= 1e-6; `toFixed(decimals)` is not exact.
 */

type Field = 'percent' | 'overPercent' | 'overPoints' | 'gap';
const FIELDS: readonly Field[] = ['percent', 'overPercent', 'overPoints', 'gap'];
const plain = (x: number) => formatNumber(x, { locale: 'en', grouping: false });

/** The writer the TSDoc recommends. */
function written(r: AttainmentBatchResult, field: Field, i: number): string | null {
  const w = r.wide.find((x) => x.row === i && x.field === field);
  if (w !== undefined) return w.value;
  const col = r[field];
  if (col === null) return null;
  const x = col[i] as number;
  return Number.isNaN(x) ? null : plain(x);
}

function singleFigure(s: AttainmentResult, field: Field): string | null {
  if (field === 'gap') return s.status === 'not-met' ? s.shortfall : s.surplus;
  return s[field];
}

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 10 });
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
/** Rates with up to 6 decimals, small and large, so tiny and huge figures both occur. */
const rate = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((m) => m / 10_000),
  fc.integer({ min: 1, max: 999 }).map((m) => m / 1_000_000),
  fc.integer({ min: 0, max: 1e14 }).map((m) => m / 100),
);

describe('attainmentBatch: writing the figures', () => {
  it('1 of 1,000,000,000 at 10 decimals: String gives 1e-7, formatNumber gives the single call\'s 0.0000001', () => {
    const single = attainment({ achieved: 1, target: 1_000_000_000 }, { decimals: 10 });
    const r = attainmentBatch({ achieved: [1], target: [1_000_000_000] }, { decimals: 10 });
    expect(single.percent).toBe('0.0000001');
    expect(r.percent[0]).toBe(1e-7);
    expect(String(r.percent[0])).toBe('1e-7');
    expect(JSON.stringify(r)).toContain('"percent":[1e-7]');
    expect(plain(r.percent[0] as number)).toBe('0.0000001');
    expect(r.wide).toEqual([]);
  });

  it('toFixed(decimals) is not exact: it writes the binary value, not the shortest form', () => {
    const r = attainmentBatch({ kind: 'rate', achieved: [123456789012.34], target: [100] }, { decimals: 10 });
    const single = attainment({ kind: 'rate', achieved: 123456789012.34, target: 100 }, { decimals: 10 });
    expect(single.percent).toBe('123456789012.34');
    expect(r.wide).toEqual([]);
    expect(String(r.percent[0])).toBe('123456789012.34');
    expect((r.percent[0] as number).toFixed(10)).toBe('123456789012.3399963379');
    expect(plain(r.percent[0] as number)).toBe('123456789012.34');
  });

  it('toFixed pads trailing zeros where the single call writes none', () => {
    const r = attainmentBatch({ achieved: [80], target: [80] }, { decimals: 2 });
    expect(attainment({ achieved: 80, target: 80 }).percent).toBe('100');
    expect((r.percent[0] as number).toFixed(2)).toBe('100.00');
    expect(plain(r.percent[0] as number)).toBe('100');
  });

  it('property: formatNumber (or wide) writes every figure as the single call; String only for 0 and |x| >= 1e-6', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        fc.array(count, { minLength: 16, maxLength: 16 }),
        fc.array(rate, { minLength: 16, maxLength: 16 }),
        fc.constantFrom('reach', 'at-least', 'at-most'),
        decimals,
        mode,
        (isRate, picks, counts, rates, form, d, m) => {
          const pool = isRate ? rates : counts;
          const achieved = picks.map(([a]) => pool[a % 16] as number);
          const target = picks.map(([, t]) => pool[t % 16] as number);
          const kind = isRate ? 'rate' : 'count';
          const r = attainmentBatch({ kind, achieved, target, targetForm: form }, { decimals: d, rounding: m });
          achieved.forEach((a, i) => {
            const t = target[i] as number;
            const tIn = form === 'reach' ? t : form === 'at-least' ? { atLeast: t } : { atMost: t };
            const s = attainment({ kind, achieved: a, target: tIn }, { decimals: d, rounding: m });
            for (const f of FIELDS) {
              const want = singleFigure(s, f);
              expect(written(r, f, i), `${f} of ${a}/${t}`).toBe(want);
              const col = r[f];
              if (col === null || want === null || r.wide.some((w) => w.row === i && w.field === f)) continue;
              const x = col[i] as number;
              expect(Math.abs(x)).toBeLessThan(2 ** 53);
              const stringMatches = String(x) === want;
              expect(stringMatches, `String(${x}) vs ${want}`).toBe(x === 0 || Math.abs(x) >= 1e-6);
            }
          });
        },
      ),
      { numRuns: 300, seed: 1414 },
    );
  });

  it('property: figures below 1e-6 are written with an exponent by String and plainly by formatNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200_000_000, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 7, max: 10 }), (t, d) => {
        const r = attainmentBatch({ achieved: [1], target: [t] }, { decimals: d, rounding: 'up' });
        const s = attainment({ achieved: 1, target: t }, { decimals: d, rounding: 'up' });
        const x = r.percent[0] as number;
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(1e-6);
        expect(String(x)).toMatch(/e-/);
        expect(plain(x)).toBe(s.percent);
      }),
      { numRuns: 100, seed: 1415 },
    );
  });
});

describe('attainmentBatch: report notation', () => {
  it('formatNumber and formatPercent with default options write the single call\'s figure', () => {
    const r = attainmentBatch({ achieved: [1, 1549], target: [1_000_000_000, 1203] }, { decimals: 10 });
    const s = attainment({ achieved: 1549, target: 1203 }, { decimals: 10 });
    expect(formatNumber(r.percent[0] as number)).toBe('0,0000001');
    expect(formatNumber(r.percent[1] as number)).toBe(formatNumber(s.percent as string));
    expect(api.formatPercent(r.percent[0] as number, { locale: 'en' })).toBe(api.formatPercent('0.0000001', { locale: 'en' }));
  });
});
