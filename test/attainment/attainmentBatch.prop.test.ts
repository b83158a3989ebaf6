import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, attainment, attainmentBatch, type AttainmentBatchResult, type AttainmentResult } from '../../src/index.js';
import { readNumber, type ExactNumber } from '../../src/core/_exact.js';
import { referenceRound } from '../helpers/reference.js';

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 10 });
/** Counts up to 10^12, weighted toward the small figures of real reports. */
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e12 }));
/** Rates as JS numbers with up to 4 decimals, and whole ones. */
const rate = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((m) => m / 10_000), fc.integer({ min: 0, max: 1000 }));

type Field = 'percent' | 'overPercent' | 'overPoints' | 'gap';

/** The exact text of one figure of a batch: from `wide` when listed, else the double's shortest form. */
function figure(r: AttainmentBatchResult, field: Field, i: number): string | null {
  const w = r.wide.find((x) => x.row === i && x.field === field);
  if (w !== undefined) return w.value;
  const col = r[field];
  if (col === null) return null;
  const x = col[i] as number;
  return Number.isNaN(x) ? null : (readNumber(x) as ExactNumber).text;
}

/** Row i of a batch against the single call's result for the same row. */
function expectRow(r: AttainmentBatchResult, i: number, single: AttainmentResult) {
  expect(r.statusLabels[r.status[i] as number]).toBe(single.status);
  expect(figure(r, 'percent', i)).toBe(single.percent);
  expect(figure(r, 'overPercent', i)).toBe(single.overPercent);
  expect(figure(r, 'overPoints', i)).toBe(single.overPoints);
  expect(figure(r, 'gap', i)).toBe(single.status === 'not-met' ? single.shortfall : single.surplus);
  // the column number is the single call's …Number field
  expect(Object.is(r.percent[i], single.percentNumber ?? NaN)).toBe(true);
}

describe('attainmentBatch says what attainment says, row by row', () => {
  it('counts up to 10^12, reach / at-least / at-most, every mode and decimals 0–10', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('reach', 'at-least', 'at-most'),
        decimals,
        mode,
        (rows, form, d, m) => {
          const achieved = rows.map((x) => x[0]);
          const target = rows.map((x) => x[1]);
          const r = attainmentBatch({ achieved, target: Float64Array.from(target), targetForm: form }, { decimals: d, rounding: m });
          expect(r.length).toBe(rows.length);
          rows.forEach(([a, t], i) => {
            const tIn = form === 'reach' ? t : form === 'at-least' ? { atLeast: t } : { atMost: t };
            expectRow(r, i, attainment({ achieved: a, target: tIn }, { decimals: d, rounding: m }));
            if (t > 0) {
              const want = referenceRound(BigInt(a) * 100n, BigInt(t), d, m);
              expect(figure(r, 'percent', i)).toBe(want);
            }
          });
          expect(r.counts['not-met'] + r.counts.met + r.counts.exceeded).toBe(rows.length);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('ranges of counts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count, count), { minLength: 1, maxLength: 10 }), decimals, mode, (rows, d, m) => {
        const lo = rows.map(([, x, y]) => Math.min(x, y));
        const hi = rows.map(([, x, y]) => Math.max(x, y));
        const r = attainmentBatch({ achieved: rows.map((x) => x[0]), min: lo, max: hi }, { decimals: d, rounding: m });
        expect(r.targetForm).toBe('range');
        rows.forEach(([a], i) => expectRow(r, i, attainment({ achieved: a, target: { min: lo[i] as number, max: hi[i] as number } }, { decimals: d, rounding: m })));
      }),
      { numRuns: 500 },
    );
  });

  it('rates with decimals, in points too', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rate, rate), { minLength: 1, maxLength: 10 }), fc.constantFrom('reach', 'at-most'), decimals, mode, (rows, form, d, m) => {
        const r = attainmentBatch(
          { achieved: rows.map((x) => x[0]), target: rows.map((x) => x[1]), targetForm: form, kind: 'rate' },
          { decimals: d, rounding: m },
        );
        rows.forEach(([a, t], i) => {
          expectRow(r, i, attainment({ achieved: a, target: form === 'reach' ? t : { atMost: t }, kind: 'rate' }, { decimals: d, rounding: m }));
        });
      }),
      { numRuns: 800 },
    );
  });

  it('huge ratios land in `wide`, in full, and never elsewhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e9, max: 1e12 }), fc.integer({ min: 1, max: 1000 }), decimals, mode, (a, t, d, m) => {
        const r = attainmentBatch({ achieved: [a], target: [t] }, { decimals: d, rounding: m });
        const single = attainment({ achieved: a, target: t }, { decimals: d, rounding: m });
        expectRow(r, 0, single);
        for (const w of r.wide) expect(w.value.replace(/[-.]/g, '').replace(/^0+/, '').length).toBeGreaterThan(15);
      }),
      { numRuns: 500 },
    );
  });
});
