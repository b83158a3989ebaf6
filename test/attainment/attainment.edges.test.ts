import { describe, expect, it } from 'vitest';
import { attainment } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('attainment: decimals compared exactly', () => {
  it('equal decimals written differently meet the target', () => {
    expect(attainment({ achieved: '97.5', target: '97.50', kind: 'rate' }).status).toBe('met');
    expect(attainment({ achieved: '97.50', target: 97.5, kind: 'rate' })).toMatchObject({ status: 'met', overPoints: '0', shortfall: '0', surplus: '0' });
    expect(attainment({ achieved: '97.49', target: '97.5', kind: 'rate' })).toMatchObject({ status: 'not-met', shortfall: '0.01' });
    expect(attainment({ achieved: '97.51', target: '97.5', kind: 'rate' })).toMatchObject({ status: 'exceeded', surplus: '0.01' });
  });

  it('range ends and limits with decimals', () => {
    const range = { min: '85.5', max: '90.25' };
    expect(attainment({ achieved: '85.5', target: range, kind: 'rate' }).status).toBe('met');
    expect(attainment({ achieved: '90.25', target: range, kind: 'rate' }).status).toBe('met');
    expect(attainment({ achieved: '90.251', target: range, kind: 'rate' })).toMatchObject({ status: 'exceeded', surplus: '0.001' });
    expect(attainment({ achieved: '85.49', target: range, kind: 'rate' })).toMatchObject({ status: 'not-met', shortfall: '0.01' });
    expect(attainment({ achieved: '2.5', target: { atMost: '2.50' }, kind: 'rate' }).status).toBe('met');
  });

  it('a whole-number rate difference is exact points at any size', () => {
    const r = attainment({ achieved: Number.MAX_SAFE_INTEGER, target: 1, kind: 'rate' });
    expect([r.overPoints, r.overPointsNumber, r.exact.overPoints]).toEqual(['9007199254740990', 9007199254740990, '9007199254740990']);
    expect(attainment({ achieved: 0, target: Number.MAX_SAFE_INTEGER, kind: 'rate' }).overPoints).toBe('-9007199254740991');
  });
});

describe('attainment: JS numbers read at their shortest form', () => {
  it('small numbers written with an exponent by JS come out in plain notation', () => {
    expect(attainment({ achieved: 1.5e-7, target: 1e-6, kind: 'rate' })).toMatchObject({ achieved: '0.00000015', reference: '0.000001', shortfall: '0.00000085' });
    expect(attainment({ achieved: 1e-7, target: 97.35, kind: 'rate' }).achieved).toBe('0.0000001');
    expect(attainment({ achieved: 1234.5678, target: 0.000001234, kind: 'rate' }).target).toEqual({ form: 'reach', value: '0.000001234' });
  });
});

describe('attainment: target forms', () => {
  it('a range may list max before min', () => {
    expect(attainment({ achieved: 6, target: { max: 7, min: 5 } }).target).toEqual({ form: 'range', min: '5', max: '7' });
  });

  it('an inverted range is found with decimals of different lengths', () => {
    const e = errorOf(() => attainment({ achieved: 1, target: { min: '5.5', max: '5.25' }, kind: 'rate' }));
    expect([e.code, e.path, e.issues[0]?.facts]).toEqual(['range_inverted', ['target'], { min: '5.5', max: '5.25' }]);
    expect(attainment({ achieved: 1, target: { min: '5.25', max: '5.5' }, kind: 'rate' }).status).toBe('not-met');
  });

  it('says what object it got when no form key is there', () => {
    const e = errorOf(() => attainment({ achieved: 1, target: { aim: 5 } as never }));
    expect(e.issues[0]?.facts).toEqual({ expected: 'attainment-target', received: 'object', keys: ['aim'] });
    expect(e.messages.vi).toBe('Chỉ tiêu phải là một số, một chuỗi số thập phân, { atLeast }, { atMost } hoặc { min, max }; nhận được một đối tượng có các trường aim.');
    expect(errorOf(() => attainment({ achieved: 1, target: {} as never })).messages.en).toBe('target must be a number, a decimal string, { atLeast }, { atMost } or { min, max }; got an object with no fields.');
    expect(errorOf(() => attainment({ achieved: 1, target: { exactly: 1, of: 2 } as never })).issues[0]?.facts['keys']).toEqual(['exactly', 'of']);
  });
});
