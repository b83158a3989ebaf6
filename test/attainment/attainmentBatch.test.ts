import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch, safeAttainmentBatch } from '../../src/index.js';
import { errorOf as caught } from '../helpers/errors.js';

/** The error a call throws, for its code and path. */

describe('attainmentBatch', () => {
  it('computes the columns of the sample figures', () => {
    const r = attainmentBatch({ achieved: [103, 58, 80, 16, 14], target: [80, 400, 80, 15, 13] }, { decimals: 1 });
    expect(Array.from(r.status, (c) => r.statusLabels[c])).toEqual(['exceeded', 'not-met', 'met', 'exceeded', 'exceeded']);
    expect([...r.percent]).toEqual([128.8, 14.5, 100, 106.7, 107.7]);
    expect([...r.overPercent]).toEqual([28.8, -85.5, 0, 6.7, 7.7]);
    expect([...r.gap]).toEqual([23, 342, 0, 1, 1]);
    expect(r.overPoints).toBeNull();
    expect(r.counts).toEqual({ 'not-met': 1, met: 1, exceeded: 3 });
    expect(r).toMatchObject({ length: 5, kind: 'count', targetForm: 'reach', decimals: 1, rounding: 'half-up', wide: [] });
  });

  it('takes typed arrays of every kind', () => {
    for (const make of [Int32Array, Uint32Array, Float64Array, Uint16Array, Int8Array, Float32Array] as const) {
      const r = attainmentBatch({ achieved: make.of(3, 4), target: make.of(4, 4) });
      expect([...r.percent]).toEqual([75, 100]);
    }
  });

  it('reads at-least, at-most and ranges as the single call does', () => {
    const most = attainmentBatch({ achieved: [2, 4, 6], target: [4, 4, 4], targetForm: 'at-most' });
    expect(Array.from(most.status, (c) => most.statusLabels[c])).toEqual(['exceeded', 'met', 'not-met']);
    expect([...most.gap]).toEqual([2, 0, 2]);
    const range = attainmentBatch({ achieved: [4, 6, 9], min: [5, 5, 5], max: [7, 7, 7] });
    expect(range.targetForm).toBe('range');
    expect(Array.from(range.status, (c) => range.statusLabels[c])).toEqual(['not-met', 'met', 'exceeded']);
    expect([...range.gap]).toEqual([1, 0, 2]);
    expect(range.percent[0]).toBe(attainment({ achieved: 4, target: { min: 5, max: 7 } }).percentNumber);
  });

  it('gives rates points, and reads decimals exactly', () => {
    const r = attainmentBatch({ achieved: [97.5, 97.35, 90], target: [93, 97.35, 93], kind: 'rate' });
    expect(r.overPoints && [...r.overPoints]).toEqual([4.5, 0, -3]);
    expect([...r.percent]).toEqual([104.84, 100, 96.77]);
  });

  it('has NaN where the single call has null (a reference of 0), and null in JSON', () => {
    const r = attainmentBatch({ achieved: [0, 5], target: [0, 0] });
    expect(Number.isNaN(r.percent[0])).toBe(true);
    expect(Array.from(r.status, (c) => r.statusLabels[c])).toEqual(['met', 'exceeded']);
    const json = JSON.parse(JSON.stringify(r));
    expect(json.percent).toEqual([null, null]);
    expect(json.status).toEqual(['met', 'exceeded']);
  });

  it('a target of 0 (docs/conventions.md §5): status and counts kept, NaN exactly where the single call has null', () => {
    const cases = [
      { input: { achieved: [0, 5, 3], target: [0, 0, 4] }, single: (i: number) => ({ achieved: [0, 5, 3][i]!, target: [0, 0, 4][i]! }) },
      { input: { achieved: [0, 5, 3], target: [0, 0, 4], targetForm: 'at-least' as const }, single: (i: number) => ({ achieved: [0, 5, 3][i]!, target: { atLeast: [0, 0, 4][i]! } }) },
      { input: { achieved: [0, 5, 3], target: [0, 0, 4], targetForm: 'at-most' as const }, single: (i: number) => ({ achieved: [0, 5, 3][i]!, target: { atMost: [0, 0, 4][i]! } }) },
      { input: { achieved: [0, 5, 3], min: [0, 0, 4], max: [0, 2, 6] }, single: (i: number) => ({ achieved: [0, 5, 3][i]!, target: { min: [0, 0, 4][i]!, max: [0, 2, 6][i]! } }) },
      // Rates with decimals go through the single-call core itself.
      { input: { achieved: [0, 2.5, 3], target: [0, 0, 4.5], kind: 'rate' as const }, single: (i: number) => ({ achieved: [0, 2.5, 3][i]!, target: [0, 0, 4.5][i]!, kind: 'rate' as const }) },
    ];
    for (const { input, single } of cases) {
      const r = attainmentBatch(input);
      const counts = { 'not-met': 0, met: 0, exceeded: 0 };
      for (let i = 0; i < r.length; i++) {
        const one = attainment(single(i));
        expect(r.statusLabels[r.status[i]!]).toBe(one.status);
        counts[one.status]++;
        // NaN is the batch's null, and nothing else: the same rows, the same columns.
        expect(Number.isNaN(r.percent[i])).toBe(one.percent === null);
        expect(Number.isNaN(r.overPercent[i])).toBe(one.overPercent === null);
        expect(Number.isNaN(r.gap[i])).toBe(false);
        if (r.overPoints !== null) expect(Number.isNaN(r.overPoints[i])).toBe(false);
      }
      expect(r.counts).toEqual(counts);
      expect(JSON.parse(JSON.stringify(r)).percent.map((x: number | null) => x === null)).toEqual([true, true, false]);
    }
  });

  it('lists figures too long for a double in `wide`, in full', () => {
    const r = attainmentBatch({ achieved: [1e12, 5], target: [3, 4] }, { decimals: 6 });
    const single = attainment({ achieved: 1e12, target: 3 }, { decimals: 6 });
    expect(r.wide).toEqual([
      { row: 0, field: 'percent', value: single.percent },
      { row: 0, field: 'overPercent', value: single.overPercent },
    ]);
    expect(r.percent[1]).toBe(125);
  });

  it('is frozen, its columns are fresh typed arrays, and it survives JSON and structuredClone', () => {
    const r = attainmentBatch({ achieved: [103], target: [80] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.wide)).toBe(true);
    expect(Object.isFrozen(r.counts)).toBe(true);
    expect(r.percent).toBeInstanceOf(Float64Array);
    expect(Object.keys(r)).not.toContain('toJSON');
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      length: 1, kind: 'count', targetForm: 'reach', decimals: 2, rounding: 'half-up', status: ['exceeded'],
      counts: { 'not-met': 0, met: 0, exceeded: 1 }, percent: [128.75], overPercent: [28.75], overPoints: null, gap: [23], wide: [],
    });
    const copy = structuredClone(r);
    expect(copy.percent).toEqual(r.percent);
  });

  it('does not mutate or keep its input', () => {
    const achieved = [1, 2];
    const target = Int32Array.of(2, 2);
    const r = attainmentBatch({ achieved, target });
    expect(achieved).toEqual([1, 2]);
    target[0] = 1;
    expect(r.percent[0]).toBe(50);
  });

  it('takes an empty batch', () => {
    expect(attainmentBatch({ achieved: [], target: [] }).length).toBe(0);
  });
});

describe('attainmentBatch rejects bad input with the row in the path', () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ['negative', { achieved: [1, -1], target: [1, 1] }, 'negative', ['achieved', 1]],
    ['NaN', { achieved: [1, 2], target: [1, NaN] }, 'not_finite', ['target', 1]],
    ['Infinity', { achieved: [Infinity], target: [1] }, 'not_finite', ['achieved', 0]],
    ['fractional count', { achieved: [1.5], target: [1] }, 'not_integer', ['achieved', 0]],
    ['beyond 2^53', { achieved: [2 ** 53], target: [1] }, 'unsafe_number', ['achieved', 0]],
    ['a string in a column', { achieved: ['5'], target: [1] }, 'invalid_type', ['achieved', 0]],
    ['a hole', { achieved: [1, , 3], target: [1, 1, 1] }, 'missing', ['achieved', 1]],
    ['lengths differ', { achieved: [1, 2], target: [1] }, 'length_mismatch', ['target']],
    ['no target', { achieved: [1] }, 'missing', ['target']],
    ['min without max', { achieved: [1], min: [1] }, 'missing', ['max']],
    ['target and min', { achieved: [1], target: [1], min: [1] }, 'unknown_key', ['min']],
    ['targetForm with a range', { achieved: [1], min: [1], max: [2], targetForm: 'at-most' }, 'unknown_key', ['targetForm']],
    ['inverted range', { achieved: [1, 1], min: [1, 5], max: [2, 4] }, 'range_inverted', ['min', 1]],
    ['not a column', { achieved: 5, target: [1] }, 'invalid_type', ['achieved']],
    ['a BigInt column', { achieved: BigInt64Array.of(1n), target: [1] }, 'invalid_type', ['achieved']],
    ['unknown key', { achieved: [1], target: [1], extra: 1 }, 'unknown_key', ['extra']],
    ['unknown kind', { achieved: [1], target: [1], kind: 'ratio' }, 'invalid_value', ['kind']],
    ['not an object', [1, 2], 'invalid_type', []],
  ];
  it.each(cases)('%s', (_name, input, code, path) => {
    const e = caught(() => attainmentBatch(input as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('rejects bad options under options', () => {
    const e = caught(() => attainmentBatch({ achieved: [1], target: [1] }, { decimals: 11 }));
    expect([e.code, e.path]).toEqual(['out_of_range', ['options', 'decimals']]);
    expect(caught(() => attainmentBatch({ achieved: [1], target: [1] }, { rounding: 'nearest' as never })).code).toBe('unknown_rounding');
  });

  it('reports at most 20 bad rows, in row order', () => {
    const e = caught(() => attainmentBatch({ achieved: new Array(1000).fill(-1), target: new Array(1000).fill(1) }));
    expect(e.issues).toHaveLength(20);
    expect(e.issues.map((i) => i.path[1])).toEqual([...Array(20).keys()]);
  });

  it('has a safe twin', () => {
    const r = safeAttainmentBatch({ achieved: [1, -1], target: [1, 1] });
    expect(r.success ? null : [r.error.code, r.error.path]).toEqual(['negative', ['achieved', 1]]);
    expect(safeAttainmentBatch({ achieved: [1], target: [1] }).success).toBe(true);
  });
});
