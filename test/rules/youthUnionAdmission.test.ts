import { describe, expect, it } from 'vitest';
import { evaluateRule, youthUnionAdmission } from 'chitieu';

const outcome = (birthDate: string, asOf: string) => evaluateRule(youthUnionAdmission, { birthDate }, { asOf }).outcome;

describe('youthUnionAdmission: 16 (from full 15 years and one day) to 30', () => {
  it('the lower edge: on the 15th birthday no, the day after yes', () => {
    expect(outcome('2010-03-26', '2025-03-25')).toBe('ineligible');
    expect(outcome('2010-03-26', '2025-03-26')).toBe('ineligible');
    expect(outcome('2010-03-26', '2025-03-27')).toBe('eligible');
  });

  it('the upper edge: on the 30th birthday yes, the day after no', () => {
    expect(outcome('1995-03-26', '2025-03-25')).toBe('eligible');
    expect(outcome('1995-03-26', '2025-03-26')).toBe('eligible');
    expect(outcome('1995-03-26', '2025-03-27')).toBe('ineligible');
  });

  it('born on 29 February', () => {
    // full 15 on 28 February 2023 (a common year), so 1 March is "15 years and a day"
    expect(outcome('2008-02-29', '2023-02-28')).toBe('ineligible');
    expect(outcome('2008-02-29', '2023-03-01')).toBe('eligible');
    expect(outcome('1996-02-29', '2026-02-28')).toBe('eligible');
    expect(outcome('1996-02-29', '2026-03-01')).toBe('ineligible');
  });

  it('shows the exact age measured', () => {
    const r = evaluateRule(youthUnionAdmission, { birthDate: '2010-03-26' }, { asOf: '2025-03-26' });
    expect(r.conditions[0]?.measured).toEqual({ measure: 'years', value: 15, exact: true });
    expect(r.conditions[0]?.explanation.vi).toBe('Không đạt: Tuổi từ 16 (từ đủ 15 tuổi + 1 ngày) đến 30 (Ngày sinh = 26/3/2010: đúng 15 năm tính đến 26/3/2025).');
    expect(r.conditions[0]?.confidence).toBe('medium');
  });

  it('picks the charter in force', () => {
    expect(evaluateRule(youthUnionAdmission, { birthDate: '2000-01-01' }, { asOf: '2022-12-14' }).version.id).toBe('dieu-le-doan-xi');
    expect(evaluateRule(youthUnionAdmission, { birthDate: '2000-01-01' }, { asOf: '2022-12-15' }).version.id).toBe('dieu-le-doan-xii');
  });

  it('a missing birth date leaves it undetermined', () => {
    expect(evaluateRule(youthUnionAdmission, {}, { asOf: '2025-01-01' })).toMatchObject({ outcome: 'undetermined', missing: ['birthDate'] });
  });
});
