import { describe, expect, it } from 'vitest';
import { attainment, ChiTieuError, describeAttainment } from '../../src/index.js';

describe('describeAttainment', () => {
  it('writes the report sentence in Vietnamese and English', () => {
    const r = attainment({ achieved: 103, target: 80 });
    expect(describeAttainment(r, { unit: 'đảng viên' })).toBe('103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu');
    expect(describeAttainment(r, { locale: 'en', unit: { vi: 'đảng viên', en: 'party members' } })).toBe('103/80 party members, 128.75% of target, 28.75% over target');
    expect(describeAttainment(attainment({ achieved: 2018, target: 2119 }))).toBe('2.018/2.119, đạt 95,23% chỉ tiêu, còn thiếu 101');
    expect(describeAttainment(attainment({ achieved: 3, target: 3 }), { unit: 'tổ chức đảng' })).toBe('3/3 tổ chức đảng, đạt 100% chỉ tiêu');
  });

  it('ranges, limits, zero targets and rates', () => {
    expect(describeAttainment(attainment({ achieved: 4, target: { min: 5, max: 7 } }), { unit: 'tổ chức đảng' })).toBe(
      '4 tổ chức đảng (chỉ tiêu 5–7), đạt 80% mức tối thiểu, còn thiếu 1',
    );
    expect(describeAttainment(attainment({ achieved: 6, target: { min: 5, max: 7 } }), { locale: 'en' })).toBe('6 (target 5–7), target met');
    expect(describeAttainment(attainment({ achieved: 0, target: { atMost: 0 } }), { unit: 'vụ đình công' })).toBe('0 vụ đình công (chỉ tiêu không quá 0), đạt chỉ tiêu');
    expect(describeAttainment(attainment({ achieved: '97.5', target: 93, kind: 'rate' }))).toBe('97,5% (chỉ tiêu 93%), vượt 4,5 điểm %');
    expect(describeAttainment(attainment({ achieved: '90', target: 93, kind: 'rate' }), { locale: 'en' })).toBe('90% (target 93%), 3 percentage points short');
    expect(describeAttainment(attainment({ achieved: 2, target: 0 }))).toBe('2/0, vượt chỉ tiêu (2)');
  });

  it('rejects what is not a result', () => {
    try {
      describeAttainment({} as never);
      expect.unreachable();
    } catch (e) {
      expect((e as ChiTieuError).path).toEqual(['result', 'kind']);
    }
  });
});

describe('describeAttainment refuses a malformed result with its path, never a TypeError', () => {
  const codeAndPath = (x: unknown) => {
    try {
      describeAttainment(x as never);
    } catch (e) {
      if (e instanceof ChiTieuError) return [e.code, e.path];
      throw e;
    }
    return null;
  };
  const real = attainment({ achieved: 103, target: 80 });

  it('the audit cases', () => {
    expect(codeAndPath({ status: 'met', achieved: '1', target: {} })?.[1]).toEqual(['result', 'kind']);
    expect(codeAndPath({ ...real, overPercent: 28.75 })).toEqual(['invalid_type', ['result', 'overPercent']]);
    expect(codeAndPath({ ...real, target: { form: 'range', min: '1' } })?.[1]).toEqual(['result', 'target']);
    expect(codeAndPath({ ...real, shortfall: undefined })?.[1]).toEqual(['result', 'shortfall']);
    expect(codeAndPath(null)).toEqual(['invalid_type', ['result']]);
    expect(codeAndPath(real)).toBeNull();
  });
});
