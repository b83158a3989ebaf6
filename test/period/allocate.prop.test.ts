import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/index.js';
import { errorOf } from './_errors.js';

describe('allocate: largest remainder', () => {
  it('parts sum exactly to the total and each is within 1 of its exact share', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }), fc.constantFrom('earlier', 'later'), (total, ws, tieBreak) => {
      fc.pre(ws.some((w) => w > 0));
      const r = allocate(total, ws, { tieBreak: tieBreak as 'earlier' | 'later' });
      const parts = r.parts.map(BigInt);
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
      const W = BigInt(ws.reduce((a, b) => a + b, 0));
      parts.forEach((p, i) => {
        // |p − T·wᵢ/W| < 1  ⇔  |p·W − T·wᵢ| < W
        const diff = p * W - BigInt(total) * BigInt(ws[i]!);
        expect(diff < 0n ? -diff : diff).toBeLessThan(W);
      });
    }), { numRuns: 500 });
  });

  it('decimal weights and big totals stay exact', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 10 }), (total, ws) => {
      const r = allocate(total.toString(), ws.map((w) => (w / 100).toFixed(2)));
      expect(r.parts.map(BigInt).reduce((a, b) => a + b, 0n)).toBe(total);
    }), { numRuns: 200 });
  });

  it('documented tie-break: earlier (default) or later', () => {
    expect(allocate(80, [1, 1, 1, 1, 1, 1]).parts).toEqual(['14', '14', '13', '13', '13', '13']);
    expect(allocate(80, [1, 1, 1, 1, 1, 1], { tieBreak: 'later' }).parts).toEqual(['13', '13', '13', '13', '14', '14']);
    expect(allocate(10, [0, 1, 1, 1])).toMatchObject({ parts: ['0', '4', '3', '3'], leftover: 1 });
    expect(allocate(7, [1]).parts).toEqual(['7']);
    expect(allocate(50, [1, 1, 1, 1, 1]).shares[0]).toEqual({ value: '10', valueNumber: 10, exact: '10' });
    expect(allocate(10, [1, 2]).shares.map((s) => s.exact)).toEqual(['10/3', '20/3']);
  });

  it('bad input', () => {
    const cases: [unknown, unknown, unknown, string, (string | number)[]][] = [
      [-1, [1], undefined, 'negative', ['total']],
      [1.5, [1], undefined, 'not_integer', ['total']],
      [NaN, [1], undefined, 'not_finite', ['total']],
      [10, [], undefined, 'out_of_range', ['weights']],
      [10, [0, 0], undefined, 'zero_total', ['weights']],
      [10, [1, -1], undefined, 'negative', ['weights', 1]],
      [10, [1, Infinity], undefined, 'not_finite', ['weights', 1]],
      [10, 'abc', undefined, 'invalid_type', ['weights']],
      [10, [1], { tieBreak: 'random' }, 'invalid_value', ['options', 'tieBreak']],
    ];
    for (const [t, w, o, code, path] of cases) {
      const e = errorOf(() => allocate(t as never, w as never, o as never));
      expect([e.code, e.path]).toEqual([code, path]);
    }
  });
});
