import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// Where a double can and cannot carry a figure exactly: `wide` lists a figure exactly when its
// shortest double form would differ from the exact decimal.
describe('attainmentBatch: which figures go to `wide`', () => {
  it('a scaled figure of 16 digits on the safe-integer path', () => {
    const r = attainmentBatch({ achieved: [700000000001], target: [3] });
    const single = attainment({ achieved: 700000000001, target: 3 });
    expect(r.wide).toEqual([
      { row: 0, field: 'percent', value: single.percent },
      { row: 0, field: 'overPercent', value: single.overPercent },
    ]);
    expect(single.percent).toBe('23333333333366.67');
    expect(r.gap[0]).toBe(699999999998);
  });

  it('whole numbers up to 2^53 fit a double even with 16 digits; longer quotients do not', () => {
    const r = attainmentBatch({ achieved: [1234567890123456], target: [1] });
    expect(r.wide).toEqual([
      { row: 0, field: 'percent', value: '123456789012345600' },
      { row: 0, field: 'overPercent', value: '123456789012345500' },
    ]);
    expect(r.gap[0]).toBe(1234567890123455);
    const whole = attainmentBatch({ achieved: [90000000000000], target: [1] }, { decimals: 0 });
    expect(whole.wide).toEqual([]);
    expect([whole.percent[0], whole.overPercent[0]]).toEqual([9000000000000000, 8999999999999900]);
  });

  it('a decimal of 17 digits that a double would round to a whole number', () => {
    // 2^52 + 2 − 0.5: between 2^52 and 2^53 doubles are whole numbers, so this one would read as 4503599627370498.
    const r = attainmentBatch({ achieved: [0.5], target: [4503599627370498], kind: 'rate' });
    expect(r.wide).toEqual([
      { row: 0, field: 'gap', value: '4503599627370497.5' },
      { row: 0, field: 'overPoints', value: '-4503599627370497.5' },
    ]);
    expect([r.percent[0], r.overPercent[0]]).toEqual([0, -100]);
  });

  it('signs and leading zeros are not significant digits', () => {
    const r = attainmentBatch({ achieved: [0.5, 0.1], target: [12345678901234, 0.100000000000001], kind: 'rate' });
    expect(r.wide).toEqual([]);
    expect([r.overPoints?.[0], r.gap[0]]).toEqual([-12345678901233.5, 12345678901233.5]);
    expect(r.gap[1]).toBe(1e-15);
  });

  it('never writes −0', () => {
    const r = attainmentBatch({ achieved: Float64Array.of(-0, -0), target: [0, 5], kind: 'rate' });
    expect(Object.is(r.overPoints?.[0], 0)).toBe(true);
    expect(Object.is(r.percent[1], 0)).toBe(true);
    expect(Object.is(r.gap[0], 0)).toBe(true);
  });
});

describe('attainmentBatch: what each row may hold', () => {
  it('0 is valid in both kinds; fractions only in rates', () => {
    expect(attainmentBatch({ achieved: [0, 1.5], target: [0, 2], kind: 'rate' }).gap[1]).toBe(0.5);
    expect(attainmentBatch({ achieved: [0], target: [0] }).status[0]).toBe(1);
    expect(attainmentBatch({ achieved: [Number.MAX_SAFE_INTEGER], target: [1] }).gap[0]).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  it('reports at most 20 inverted ranges', () => {
    const n = 30;
    const e = errorOf(() => attainmentBatch({ achieved: new Array(n).fill(1), min: new Array(n).fill(5), max: new Array(n).fill(4) }));
    expect(e.issues).toHaveLength(20);
    expect(e.issues.map((i) => [i.code, ...i.path])).toEqual([...Array(20).keys()].map((i) => ['range_inverted', 'min', i]));
    expect(e.issues[0]?.facts).toEqual({ min: '5', max: '4' });
  });

  it('bad figures and inverted ranges share the limit of 20', () => {
    const e = errorOf(() => attainmentBatch({ achieved: new Array(30).fill(-1), min: new Array(30).fill(5), max: new Array(30).fill(4) }));
    expect(e.issues).toHaveLength(20);
    expect(e.issues.every((i) => i.code === 'negative')).toBe(true);
    const mixed = errorOf(() => attainmentBatch({ achieved: [...new Array(15).fill(-1), ...new Array(15).fill(1)], min: new Array(30).fill(5), max: new Array(30).fill(4) }));
    expect(mixed.issues.map((i) => i.code)).toEqual([...new Array(15).fill('negative'), ...new Array(5).fill('range_inverted')]);
  });

  it('names the keys that a form allows', () => {
    const a = errorOf(() => attainmentBatch({ achieved: [1], target: [1], min: [1], max: [2] } as never));
    expect(a.issues.map((i) => [i.code, i.path, i.facts])).toEqual([
      ['unknown_key', ['min'], { key: 'min', allowed: ['achieved', 'target', 'targetForm', 'kind'] }],
      ['unknown_key', ['max'], { key: 'max', allowed: ['achieved', 'target', 'targetForm', 'kind'] }],
    ]);
    const b = errorOf(() => attainmentBatch({ achieved: [1], min: [1], max: [2], targetForm: 'at-least' } as never));
    expect(b.issues.map((i) => [i.code, i.path, i.facts])).toEqual([['unknown_key', ['targetForm'], { key: 'targetForm', allowed: ['achieved', 'min', 'max', 'kind'] }]]);
  });

  it('says what a BigInt or DataView column is', () => {
    for (const [column, received] of [[BigInt64Array.of(1n), 'bigint-array'], [new DataView(new ArrayBuffer(8)), 'data-view']] as const) {
      const e = errorOf(() => attainmentBatch({ achieved: column as never, target: [1] }));
      expect([e.code, e.path, e.issues[0]?.facts]).toEqual(['invalid_type', ['achieved'], { expected: 'number-column', received }]);
    }
  });
});
