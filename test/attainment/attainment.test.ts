import { describe, expect, it } from 'vitest';
import { ChiTieuError, attainment, explainAttainment, safeAttainment } from '../../src/index.js';

function errorOf(input: unknown, options?: unknown): ChiTieuError {
  try {
    attainment(input as never, options as never);
  } catch (e) {
    expect(e).toBeInstanceOf(ChiTieuError);
    return e as ChiTieuError;
  }
  throw new Error('expected attainment to throw');
}

describe('attainment: target forms', () => {
  it('reach: met at the target, exceeded above, not met below', () => {
    expect(attainment({ achieved: 3, target: 3 })).toMatchObject({ status: 'met', percent: '100', overPercent: '0', shortfall: '0', surplus: '0' });
    expect(attainment({ achieved: 103, target: 80 })).toMatchObject({ status: 'exceeded', surplus: '23', reason: { code: 'above-target' } });
    expect(attainment({ achieved: 2018, target: 2119 })).toMatchObject({ status: 'not-met', percent: '95.23', overPercent: '-4.77', shortfall: '101' });
  });

  it('at least (ít nhất) is reached like a plain target, and says so', () => {
    const r = attainment({ achieved: 58, target: { atLeast: 400 } });
    expect(r.target).toEqual({ form: 'at-least', value: '400' });
    expect(explainAttainment(r)).toBe('58 chưa đạt chỉ tiêu ít nhất 400, còn thiếu 342.');
    expect(explainAttainment(r, { locale: 'en' })).toBe('58 is below the target of at least 400: 342 short.');
  });

  it('at most: lower is better; percent is the share of the limit used', () => {
    expect(attainment({ achieved: 2, target: { atMost: 4 } })).toMatchObject({ status: 'exceeded', percent: '50', surplus: '2', reason: { code: 'below-limit' } });
    expect(attainment({ achieved: 4, target: { atMost: 4 } })).toMatchObject({ status: 'met', percent: '100', reason: { code: 'at-limit' } });
    expect(attainment({ achieved: 5, target: { atMost: 4 } })).toMatchObject({ status: 'not-met', percent: '125', shortfall: '1', reason: { code: 'above-limit' } });
  });

  it('at most zero ("không để xảy ra"): zero is met, percent is null', () => {
    expect(attainment({ achieved: 0, target: { atMost: 0 } })).toMatchObject({ status: 'met', percent: null, overPercent: null });
    expect(attainment({ achieved: 1, target: { atMost: 0 } })).toMatchObject({ status: 'not-met', percent: null, shortfall: '1' });
  });

  it('range: met inside, exceeded above max, not met below min; percent of the minimum', () => {
    expect(attainment({ achieved: 5, target: { min: 5, max: 7 } })).toMatchObject({ status: 'met', reference: '5', percent: '100' });
    expect(attainment({ achieved: 7, target: { min: 5, max: 7 } })).toMatchObject({ status: 'met', percent: '140' });
    expect(attainment({ achieved: 8, target: { min: 5, max: 7 } })).toMatchObject({ status: 'exceeded', surplus: '1' });
    expect(attainment({ achieved: 4, target: { min: 5, max: 7 } })).toMatchObject({ status: 'not-met', percent: '80', shortfall: '1' });
    expect(attainment({ achieved: 5, target: { min: 5, max: 5 } }).status).toBe('met');
  });

  it('a zero target gives null percentages, never a division by zero', () => {
    expect(attainment({ achieved: 0, target: 0 })).toMatchObject({ status: 'met', percent: null, overPercent: null, percentNumber: null });
    expect(attainment({ achieved: 3, target: 0 })).toMatchObject({ status: 'exceeded', percent: null, surplus: '3' });
  });

  it('rates: relative percent and points; numbers are read at their written value', () => {
    const r = attainment({ achieved: 96.8, target: 87, kind: 'rate' });
    expect([r.overPoints, r.percent, r.exact.overPoints]).toEqual(['9.8', '111.26', '49/5']);
    expect(attainment({ achieved: 0.1, target: 0.3, kind: 'rate' }).percent).toBe('33.33');
    expect(attainment({ achieved: '90', target: '93', kind: 'rate' })).toMatchObject({ status: 'not-met', overPoints: '-3', shortfall: '3' });
    expect(attainment({ achieved: 1e-7, target: 1, kind: 'rate' }, { decimals: 10 }).percent).toBe('0.00001');
  });

  it('decimals and rounding: trailing zeros removed, negative excess rounded on its own', () => {
    expect(attainment({ achieved: 33, target: 50 }).percent).toBe('66');
    expect(attainment({ achieved: 1, target: 3 }, { decimals: 0 }).percent).toBe('33');
    expect(attainment({ achieved: 1, target: 3 }, { decimals: 10 }).percent).toBe('33.3333333333');
    // 2/3 = 66.666…% → over −33.333…%; half-up is away from zero for negatives
    expect(attainment({ achieved: 2, target: 3 }, { decimals: 1, rounding: 'half-up' }).overPercent).toBe('-33.3');
    expect(attainment({ achieved: 2, target: 3 }, { decimals: 1, rounding: 'up' }).overPercent).toBe('-33.4');
    expect(attainment({ achieved: 2, target: 3 }, { decimals: 1, rounding: 'ceil' }).overPercent).toBe('-33.3');
    expect(attainment({ achieved: 2, target: 3 }, { decimals: 1, rounding: 'floor' }).overPercent).toBe('-33.4');
    expect(attainment({ achieved: 1, target: 8 }, { decimals: 1, rounding: 'half-even' }).percent).toBe('12.5');
    expect(attainment({ achieved: 1, target: 16 }, { decimals: 2, rounding: 'half-even' }).percent).toBe('6.25');
    expect(attainment({ achieved: 1, target: 16 }, { decimals: 1, rounding: 'half-even' }).percent).toBe('6.2');
    expect(attainment({ achieved: 3, target: 16 }, { decimals: 1, rounding: 'half-even' }).percent).toBe('18.8');
    expect(attainment({ achieved: 1, target: 16 }, { decimals: 1, rounding: 'half-down' }).percent).toBe('6.2');
    expect(attainment({ achieved: 1, target: 16 }, { decimals: 1, rounding: 'half-up' }).percent).toBe('6.3');
  });

  it('huge counts as strings stay exact', () => {
    const r = attainment({ achieved: '123456789012345678901234567890', target: '123456789012345678901234567889' }, { decimals: 10 });
    expect(r.status).toBe('exceeded');
    expect(r.surplus).toBe('1');
    expect(r.percent).toBe('100');
    expect(r.overPercent).toBe('0');
  });

  it('the result is JSON-like: no class instances, no functions', () => {
    const r = attainment({ achieved: 103, target: 80 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ achieved: 5, target: Object.freeze({ min: 1, max: 9 }) });
    expect(() => attainment(input)).not.toThrow();
  });
});

describe('attainment: bad input gets ChiTieuError with code and path', () => {
  const cases: [string, unknown, unknown, string, (string | number)[]][] = [
    ['NaN', { achieved: Number.NaN, target: 80 }, undefined, 'not_finite', ['achieved']],
    ['Infinity', { achieved: 1, target: Number.POSITIVE_INFINITY }, undefined, 'not_finite', ['target']],
    ['-Infinity', { achieved: Number.NEGATIVE_INFINITY, target: 1 }, undefined, 'not_finite', ['achieved']],
    ['negative count', { achieved: -1, target: 80 }, undefined, 'negative', ['achieved']],
    ['negative target', { achieved: 1, target: '-80' }, undefined, 'negative', ['target']],
    ['negative rate', { achieved: '-1.5', target: 80, kind: 'rate' }, undefined, 'negative', ['achieved']],
    ['fractional count', { achieved: 1.5, target: 80 }, undefined, 'not_integer', ['achieved']],
    ['fractional count string', { achieved: 1, target: { atLeast: '2.5' } }, undefined, 'not_integer', ['target', 'atLeast']],
    ['number beyond 2^53', { achieved: 2 ** 53 + 2, target: 1 }, undefined, 'unsafe_number', ['achieved']],
    ['exponent string', { achieved: '1e3', target: 1 }, undefined, 'exponent_not_allowed', ['achieved']],
    ['empty string', { achieved: '', target: 1 }, undefined, 'empty_string', ['achieved']],
    ['blank string', { achieved: '  ', target: 1 }, undefined, 'empty_string', ['achieved']],
    ['Vietnamese notation', { achieved: '28,75', target: 1, kind: 'rate' }, undefined, 'malformed_number', ['achieved']],
    ['garbage string', { achieved: '12abc', target: 1 }, undefined, 'malformed_number', ['achieved']],
    ['min > max', { achieved: 1, target: { min: 7, max: 5 } }, undefined, 'range_inverted', ['target']],
    ['range missing max', { achieved: 1, target: { min: 7 } }, undefined, 'missing', ['target', 'max']],
    ['mixed target forms', { achieved: 1, target: { atLeast: 7, atMost: 9 } }, undefined, 'unknown_key', ['target', 'atMost']],
    ['unknown target shape', { achieved: 1, target: { goal: 7 } }, undefined, 'invalid_type', ['target']],
    ['target as array', { achieved: 1, target: [7] }, undefined, 'invalid_type', ['target']],
    ['missing achieved', { target: 1 }, undefined, 'missing', ['achieved']],
    ['missing target', { achieved: 1 }, undefined, 'missing', ['target']],
    ['boolean achieved', { achieved: true, target: 1 }, undefined, 'invalid_type', ['achieved']],
    ['unknown kind', { achieved: 1, target: 1, kind: 'ratio' }, undefined, 'invalid_value', ['kind']],
    ['unknown field', { achieved: 1, target: 1, acheived: 2 }, undefined, 'unknown_key', ['acheived']],
    ['null input', null, undefined, 'invalid_type', []],
    ['string input', '103/80', undefined, 'invalid_type', []],
    ['unknown rounding mode', { achieved: 1, target: 1 }, { rounding: 'nearest' }, 'unknown_rounding', ['options', 'rounding']],
    ['decimals out of range', { achieved: 1, target: 1 }, { decimals: 11 }, 'out_of_range', ['options', 'decimals']],
    ['negative decimals', { achieved: 1, target: 1 }, { decimals: -1 }, 'out_of_range', ['options', 'decimals']],
    ['fractional decimals', { achieved: 1, target: 1 }, { decimals: 1.5 }, 'out_of_range', ['options', 'decimals']],
    ['decimals as string', { achieved: 1, target: 1 }, { decimals: '2' }, 'invalid_type', ['options', 'decimals']],
    ['unknown option', { achieved: 1, target: 1 }, { decimal: 2 }, 'unknown_key', ['options', 'decimal']],
    ['options not an object', { achieved: 1, target: 1 }, 'half-up', 'invalid_type', ['options']],
  ];

  it.each(cases)('%s', (_name, input, options, code, path) => {
    const e = errorOf(input, options);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
    expect(e.messages.vi.length).toBeGreaterThan(0);
    expect(e.messages.en).toBe(e.message);
    expect(e.issues.length).toBeGreaterThan(0);
  });

  it('reports every problem, not just the first', () => {
    const e = errorOf({ achieved: -1, target: Number.NaN });
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['not_finite', ['target']],
    ]);
    // shape problems come first; the count checks run once every figure reads as a number
    const both = errorOf({ achieved: 'x', target: Number.NaN });
    expect(both.issues.map((i) => [i.code, i.path])).toEqual([
      ['malformed_number', ['achieved']],
      ['not_finite', ['target']],
    ]);
  });

  it('messages a person can act on, in both languages', () => {
    expect(errorOf({ achieved: 2 ** 60, target: 1 }).messages).toMatchInlineSnapshot(`
      {
        "en": "achieved is 1152921504606847000, beyond what a JavaScript number holds exactly (2^53 − 1); pass it as a decimal string instead.",
        "vi": "Số thực hiện là 1.152.921.504.606.847.000, lớn hơn mức số nguyên mà số JavaScript giữ chính xác được (2^53 − 1); hãy truyền con số dưới dạng chuỗi chữ số.",
      }
    `);
    expect(errorOf({ achieved: 1, target: { min: 7, max: 5 } }).messages).toMatchInlineSnapshot(`
      {
        "en": "target: the range's min (7) is greater than its max (5).",
        "vi": "Chỉ tiêu có cận dưới (7) lớn hơn cận trên (5).",
      }
    `);
    expect(errorOf({ achieved: 1, target: 1 }, { rounding: 'nearest' }).messages).toMatchInlineSnapshot(`
      {
        "en": "options.rounding: unknown rounding mode "nearest"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        "vi": "Không có chế độ làm tròn "nearest"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
      }
    `);
  });

  it('the error is JSON-serialisable', () => {
    const e = errorOf({ achieved: -1, target: 1 });
    const json = JSON.parse(JSON.stringify(e));
    expect(json).toMatchObject({ name: 'ChiTieuError', code: 'negative', path: ['achieved'] });
  });
});

describe('safeAttainment', () => {
  it('returns data on success and the error on failure', () => {
    const ok = safeAttainment({ achieved: 103, target: 80 });
    expect(ok.success && ok.data.percent).toBe('128.75');
    const bad = safeAttainment({ achieved: 'x', target: 80 });
    expect(bad.success).toBe(false);
    expect(bad.error?.code).toBe('malformed_number');
    expect(Object.isFrozen(bad)).toBe(true);
  });
});

describe('explainAttainment', () => {
  it('writes the reason of a result or of its reason, in either language', () => {
    const r = attainment({ achieved: '97.5', target: { min: '95', max: '99' }, kind: 'rate' });
    expect(r.reason).toEqual({ code: 'inside-range', facts: { kind: 'rate', achieved: '97.5', target: { form: 'range', min: '95', max: '99' }, gap: '0' } });
    expect(explainAttainment(r)).toBe('97,5% nằm trong khoảng chỉ tiêu 95%–99%.');
    expect(explainAttainment(r.reason, { locale: 'en' })).toBe('97.5% is within the target range 95%–99%.');
    // a result parsed back from JSON explains the same: the reason is plain data
    expect(explainAttainment(JSON.parse(JSON.stringify(r)) as typeof r)).toBe(explainAttainment(r));
  });

  it('refuses what is neither a result nor a reason', () => {
    expect(() => explainAttainment(null as never)).toThrow(expect.objectContaining({ code: 'invalid_type', path: ['result'] }));
    expect(() => explainAttainment({ code: 'nope', facts: {} } as never)).toThrow(expect.objectContaining({ path: ['result', 'code'] }));
    expect(() => explainAttainment(attainment({ achieved: 1, target: 2 }), { locale: 'fr' } as never)).toThrow(expect.objectContaining({ code: 'invalid_value', path: ['options', 'locale'] }));
  });
});
