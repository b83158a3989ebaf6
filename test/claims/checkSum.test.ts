import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSum, safeCheckSum } from 'chitieu';
import { errorOf as caught } from '../helpers/errors.js';

interface SeedCase {
  id: string;
  kind: string;
  total?: number;
  parts?: number[];
  expect?: { consistent?: boolean; sumOfParts?: { total: number; parts: number[]; consistent: boolean } };
}
const seed = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-figures.json'), 'utf8')) as { cases: SeedCase[] };


describe('checkSum: the sum cases of seed-figures.json', () => {
  const sums = seed.cases.flatMap((c) => {
    if (c.kind === 'sum-of-parts') return [{ id: c.id, total: c.total as number, parts: c.parts as number[], consistent: c.expect?.consistent as boolean }];
    const s = c.expect?.sumOfParts;
    return s ? [{ id: c.id, total: s.total, parts: s.parts, consistent: s.consistent }] : [];
  });
  it('finds the three sums', () => expect(sums.map((s) => s.id)).toEqual(['bt-party-orgs-sum', 'bd-vsip-pipeline', 'nt-orgs-by-type']));
  for (const s of sums) {
    it(`${s.id}: ${s.parts.join(' + ')} = ${s.total}`, () => {
      const r = checkSum({ total: s.total, parts: s.parts });
      expect([r.consistent, r.sum, r.difference]).toEqual([s.consistent, String(s.total), '0']);
    });
  }
});

describe('checkSum', () => {
  it('explains a match and a mismatch in both languages', () => {
    const ok = checkSum({ total: 94, parts: [45, 14, 35] });
    expect(ok.explanation).toEqual({ vi: '45 + 14 + 35 = 94, khớp với tổng 94.', en: '45 + 14 + 35 = 94, matching the total 94.' });
    const bad = checkSum({ total: 1549, parts: [1000, 500] });
    expect(bad).toMatchObject({ consistent: false, sum: '1500', difference: '-49', differenceNumber: -49, tolerance: '0' });
    expect(bad.explanation).toEqual({
      vi: '1.000 + 500 = 1.500, không khớp với tổng 1.549 (lệch -49).',
      en: '1,000 + 500 = 1,500, not the total 1,549 (-49 off).',
    });
    expect(Object.isFrozen(bad) && Object.isFrozen(bad.explanation)).toBe(true);
  });

  it('net changes: negative parts', () => {
    const r = checkSum({ total: 85, parts: [120, -35] });
    expect([r.consistent, r.explanation.vi]).toEqual([true, '120 − 35 = 85, khớp với tổng 85.']);
    expect(checkSum({ total: -5, parts: [-10, '5'] }).consistent).toBe(true);
  });

  it('decimals add exactly (no 0.1 + 0.2 problem)', () => {
    expect(checkSum({ total: '0.3', parts: [0.1, 0.2] }).consistent).toBe(true);
    expect(checkSum({ total: 100, parts: ['12.5', '37.5', '50'] }).consistent).toBe(true);
  });

  it("percentages printed to a few decimals: tolerance of half a unit of each part's last digit", () => {
    expect(checkSum({ total: 100, parts: ['33.3', '33.3', '33.3'] }).consistent).toBe(false);
    const r = checkSum({ total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'rounding' });
    expect([r.consistent, r.difference, r.tolerance]).toEqual([true, '-0.1', '0.15']);
    expect(r.explanation.en).toBe("33.3 + 33.3 + 33.3 = 99.9, -0.1 off the total 100, within the parts' rounding of ±0.15.");
    // each part to its own decimals: 66.67 and 33.3 allow 0.005 + 0.05
    expect(checkSum({ total: 100, parts: ['66.67', '33.3'], tolerance: 'rounding' }).tolerance).toBe('0.055');
    // a printed trailing zero counts: "33.30" is printed to 2 decimals
    expect(checkSum({ total: 100, parts: ['33.30', '33.30', '33.30'], tolerance: 'rounding' }).consistent).toBe(false);
    // whole percentages: up to 0.5 each
    expect(checkSum({ total: 100, parts: [33, 33, 33], tolerance: 'rounding' }).consistent).toBe(true);
    expect(checkSum({ total: 100, parts: [32, 33, 33], tolerance: 'rounding' })).toMatchObject({ consistent: false, tolerance: '1.5', difference: '-2' });
  });

  it('many parts: the explanation names how many', () => {
    const r = checkSum({ total: 20, parts: Array.from({ length: 20 }, () => 1) });
    expect(r.explanation.vi).toBe('Tổng của 20 phần là 20, khớp với tổng 20.');
  });

  it('property: parts drawn from a total always add up to it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (ints, k) => {
        const parts = ints.map((i) => (i / 10 ** k).toFixed(k));
        const total = (ints.reduce((x, y) => x + y, 0) / 10 ** k).toFixed(k);
        expect(checkSum({ total, parts }).consistent).toBe(true);
        expect(checkSum({ total: `${total}1`.includes('.') ? `${total}1` : `${total}.1`, parts }).consistent).toBe(false);
      }),
    );
  });

  describe('bad input', () => {
    const cases: [string, unknown, string, (string | number)[]][] = [
      ['no parts', { total: 1, parts: [] }, 'out_of_range', ['parts']],
      ['missing total', { parts: [1] }, 'missing', ['total']],
      ['NaN part', { total: 1, parts: [1, Number.NaN] }, 'not_finite', ['parts', 1]],
      ['report notation in a part', { total: 1, parts: ['1,5'] }, 'malformed_number', ['parts', 0]],
      ['parts not an array', { total: 1, parts: 1 }, 'invalid_type', ['parts']],
      ['unknown tolerance', { total: 1, parts: [1], tolerance: 'loose' }, 'invalid_value', ['tolerance']],
      ['unknown key', { total: 1, parts: [1], unit: 'x' }, 'unknown_key', ['unit']],
    ];
    for (const [name, input, code, path] of cases) {
      it(name, () => {
        const e = caught(() => checkSum(input as never));
        expect([e.code, e.path]).toEqual([code, path]);
      });
    }
  });
});

describe('checkSum: long and sparse lists of parts', () => {
  it('more than 100,000 parts is too_long at once, even a sparse list of 2^32 − 1', () => {
    const r = safeCheckSum({ total: 1, parts: new Array(2 ** 32 - 1) });
    expect(r.success ? null : [r.error.code, r.error.path]).toEqual(['too_long', ['parts']]);
  });

  it('holes are missing parts, each at its index', () => {
    const r = safeCheckSum({ total: 1, parts: [1, , 2] as unknown as number[] });
    expect(r.success ? null : r.error.issues.map((i) => [i.code, i.path])).toEqual([['missing', ['parts', 1]]]);
  });
});
