import { describe, expect, it } from 'vitest';
import { ChiTieuError, evaluateRule, partyAdmission, type RuleFacts } from 'chitieu';

const base = {
  education: 'upper-secondary',
  hasAwarenessCertificate: true,
  awarenessCertificateDate: '2021-10-01',
  introducers: 2,
  backgroundCheckPassed: true,
};
const run = (facts: RuleFacts, asOf: string) => evaluateRule(partyAdmission, { ...base, ...facts }, { asOf });
const outcome = (birthDate: string, asOf: string, extra: RuleFacts = {}) => run({ birthDate, ...extra }, asOf).outcome;
const age = (birthDate: string, asOf: string) => run({ birthDate }, asOf).conditions.find((c) => c.id === 'age');

describe('partyAdmission: age from full 18 to full 60, counted in months', () => {
  it('full 18 on the 18th birthday: the day before, the day, the day after', () => {
    expect(outcome('2007-09-15', '2025-09-14')).toBe('ineligible');
    expect(outcome('2007-09-15', '2025-09-15')).toBe('eligible');
    expect(outcome('2007-09-15', '2025-09-16')).toBe('eligible');
    expect(age('2007-09-15', '2025-09-14')?.measured).toEqual({ measure: 'fullMonths', value: 215, exact: false });
    expect(age('2007-09-15', '2025-09-15')?.measured).toEqual({ measure: 'fullMonths', value: 216, exact: true });
  });

  it('born on 29 February: full 18 on 28 February in a common year', () => {
    expect(outcome('2008-02-29', '2026-02-27')).toBe('ineligible');
    expect(outcome('2008-02-29', '2026-02-28')).toBe('eligible');
    expect(outcome('2008-02-29', '2026-03-01')).toBe('eligible');
    // and on 29 February when the 18th year ends in a leap year
    expect(outcome('2006-02-28', '2024-02-27')).toBe('ineligible');
    expect(outcome('2006-02-28', '2024-02-28')).toBe('eligible');
  });

  it('across a month end and a year end', () => {
    expect(outcome('2007-12-31', '2025-12-30')).toBe('ineligible');
    expect(outcome('2007-12-31', '2025-12-31')).toBe('eligible');
    expect(outcome('2008-01-01', '2025-12-31')).toBe('ineligible');
    expect(outcome('2008-01-01', '2026-01-01')).toBe('eligible');
  });

  it('full 60 counted in months: eligible through the 720th month, not from the 721st', () => {
    expect(outcome('1965-09-15', '2025-09-14')).toBe('eligible');
    expect(outcome('1965-09-15', '2025-09-15')).toBe('eligible');
    expect(outcome('1965-09-15', '2025-10-14')).toBe('eligible');
    expect(age('1965-09-15', '2025-10-14')?.measured).toEqual({ measure: 'fullMonths', value: 720, exact: false });
    expect(outcome('1965-09-15', '2025-10-15', { over60WrittenApproval: false })).toBe('ineligible');
    expect(age('1965-09-15', '2025-10-15')?.measured?.value).toBe(721);
  });

  // The audit's case: 60 years and 29 days. "Đủ 60 tuổi … tính theo tháng" (the age rule as the
  // guidance on the Charter counts it) is the 720th full month, which for a birth on 29/2/1964 runs
  // from 29/2/2024 to 28/3/2024: still eligible without the over-60 exception; from 29/3/2024 not.
  it('born 29/2/1964: full 60 (720 months) through 28/3/2024, over 60 from 29/3/2024', () => {
    expect(outcome('1964-02-29', '2024-02-28')).toBe('eligible');
    expect(outcome('1964-02-29', '2024-02-29')).toBe('eligible');
    expect(outcome('1964-02-29', '2024-03-28')).toBe('eligible');
    expect(age('1964-02-29', '2024-03-28')?.measured).toEqual({ measure: 'fullMonths', value: 720, exact: false });
    expect(outcome('1964-02-29', '2024-03-29', { over60WrittenApproval: false })).toBe('ineligible');
    expect(age('1964-02-29', '2024-03-29')?.measured?.value).toBe(721);
  });

  it('the 721st month begins on a short month’s last day (born 31 January)', () => {
    expect(outcome('1965-01-31', '2025-02-27')).toBe('eligible');
    expect(outcome('1965-01-31', '2025-02-28', { over60WrittenApproval: false })).toBe('ineligible');
    expect(outcome('1964-01-31', '2024-02-28')).toBe('eligible');
    expect(outcome('1964-01-31', '2024-02-29', { over60WrittenApproval: false })).toBe('ineligible');
  });

  it('over 60 only as the labelled exception, with written approval', () => {
    const r = run({ birthDate: '1960-01-15', over60WrittenApproval: true }, '2025-09-14');
    expect(r.outcome).toBe('eligible');
    const ageEntry = r.conditions.find((c) => c.id === 'age');
    expect(ageEntry).toMatchObject({ result: 'pass', baseResult: 'fail', exceptionsApplied: ['over-60-approved'] });
    expect(ageEntry?.explanation.en).toContain('Exception applied: Over 60');
    expect(r.exceptions.find((x) => x.id === 'over-60-approved')).toMatchObject({ result: 'pass', applied: true, overrides: 'age' });
    expect(run({ birthDate: '1960-01-15', over60WrittenApproval: false }, '2025-09-14').outcome).toBe('ineligible');
    const unknown = run({ birthDate: '1960-01-15' }, '2025-09-14');
    expect(unknown.outcome).toBe('undetermined');
    expect(unknown.missing).toEqual(['over60WrittenApproval']);
  });

  it('the exception does not help someone under 18', () => {
    expect(outcome('2010-01-01', '2025-09-14', { over60WrittenApproval: true })).toBe('ineligible');
  });

  it('an approval is not needed, and not asked for, between 18 and 60', () => {
    const r = run({ birthDate: '1990-05-05' }, '2025-09-14');
    expect(r.outcome).toBe('eligible');
    expect(r.missing).toEqual([]);
    expect(r.exceptions.find((x) => x.id === 'over-60-approved')).toMatchObject({ result: 'fail', applied: false });
  });
});

describe('partyAdmission: the other conditions', () => {
  const adult = { birthDate: '1995-03-03' };

  it('"or equivalent" education counted until 29 July 2021 (29-QĐ/TW), not from 24-QĐ/TW', () => {
    const before = run({ ...adult, education: 'lower-secondary-equivalent', awarenessCertificateDate: '2020-01-01' }, '2021-07-29');
    expect(before.version.id).toBe('qd-29-2016');
    expect(before.outcome).toBe('eligible');
    const after = run({ ...adult, education: 'lower-secondary-equivalent', awarenessCertificateDate: '2020-01-01' }, '2021-07-30');
    expect(after.version.id).toBe('qd-24-2021');
    // unless the disadvantaged-area exception applies: that fact now decides
    expect(after.outcome).toBe('undetermined');
    expect(after.missing).toEqual(['disadvantagedArea']);
    const known = run({ ...adult, education: 'lower-secondary-equivalent', disadvantagedArea: false, awarenessCertificateDate: '2020-01-01' }, '2021-07-30');
    expect(known.outcome).toBe('ineligible');
  });

  it('primary school is enough in disadvantaged areas (the labelled exception)', () => {
    expect(run({ ...adult, education: 'primary', disadvantagedArea: true }, '2025-09-14').outcome).toBe('eligible');
    expect(run({ ...adult, education: 'primary', disadvantagedArea: false }, '2025-09-14').outcome).toBe('ineligible');
    expect(run({ ...adult, education: 'none', disadvantagedArea: true }, '2025-09-14').outcome).toBe('ineligible');
  });

  it('introducers: two members, or the union committee and one member', () => {
    expect(run({ ...adult, introducers: 1, introducedByUnionCommittee: false }, '2025-09-14').outcome).toBe('ineligible');
    expect(run({ ...adult, introducers: 1, introducedByUnionCommittee: true }, '2025-09-14').outcome).toBe('eligible');
    expect(run({ ...adult, introducers: 0, introducedByUnionCommittee: true }, '2025-09-14').outcome).toBe('ineligible');
    const unknown = run({ ...adult, introducers: 1 }, '2025-09-14');
    expect(unknown.conditions.find((c) => c.id === 'introducers')?.result).toBe('unknown');
    expect(unknown.missing).toEqual(['introducedByUnionCommittee']);
  });

  it('the certificate’s 5-year validity is low confidence, so a verdict resting on it is provisional', () => {
    const valid = run({ ...adult, awarenessCertificateDate: '2020-09-14' }, '2025-09-14');
    expect(valid.outcome).toBe('eligible');
    expect(valid.provisional).toBe(false);
    const expired = run({ ...adult, awarenessCertificateDate: '2020-09-14' }, '2025-09-15');
    expect(expired.outcome).toBe('ineligible');
    expect(expired.provisional).toBe(true);
    expect(expired.conditions.find((c) => c.id === 'awareness-certificate-valid')).toMatchObject({ result: 'fail', confidence: 'low', provisional: true });
    expect(run({ ...adult, hasAwarenessCertificate: false }, '2025-09-14').outcome).toBe('ineligible');
  });

  it('lists every condition even after the first failure', () => {
    const r = run({ birthDate: '2012-01-01', education: 'none', introducers: 0, backgroundCheckPassed: false }, '2025-09-14');
    expect(r.outcome).toBe('ineligible');
    expect(r.conditions.map((c) => c.id)).toEqual([
      'when',
      'age',
      'education',
      'awareness-course',
      'awareness-certificate',
      'awareness-certificate-valid',
      'introducers',
      'when.all[3].any[0]',
      'when.all[3].any[1]',
      'when.all[3].any[1].all[0]',
      'when.all[3].any[1].all[1]',
      'background-check',
    ]);
    expect(r.conditions.filter((c) => c.result === 'fail').map((c) => c.id)).toContain('background-check');
    expect(r.explanation.vi).toContain('không đạt: Từ đủ 18 tuổi');
  });

  it('with facts missing, the outcome is undetermined and missing names them', () => {
    const r = evaluateRule(partyAdmission, { birthDate: '1995-03-03' }, { asOf: '2025-09-14' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual([
      'awarenessCertificateDate',
      'backgroundCheckPassed',
      'disadvantagedArea',
      'education',
      'hasAwarenessCertificate',
      'introducedByUnionCommittee',
      'introducers',
    ]);
    expect(r.explanation.en).toContain('needs Date of the certificate (awarenessCertificateDate)');
  });

  it('a known failure decides even when other facts are missing', () => {
    const r = evaluateRule(partyAdmission, { birthDate: '2015-03-03' }, { asOf: '2025-09-14' });
    expect(r.outcome).toBe('ineligible');
    expect(r.missing).toEqual([]);
  });

  it('cites the regulation in force for the age condition', () => {
    expect(age('1990-01-01', '2025-01-19')?.source.document).toBe('24-QĐ/TW');
    expect(age('1990-01-01', '2025-01-20')?.source.document).toBe('232-QĐ/TW');
    expect(age('1990-01-01', '2025-07-01')?.source).toMatchObject({ document: '294-QĐ/TW', clause: '1.1.1' });
  });

  it('rejects bad facts with their path', () => {
    expect(() => run({ birthDate: '2007-02-29' }, '2025-09-14')).toThrowError(expect.objectContaining({ code: 'invalid_date', path: ['facts', 'birthDate'] }));
    expect(() => run({ ...adult, education: 'phd' }, '2025-09-14')).toThrowError(expect.objectContaining({ code: 'invalid_value', path: ['facts', 'education'] }));
    expect(() => run({ ...adult, introducers: 1.5 }, '2025-09-14')).toThrowError(expect.objectContaining({ code: 'not_integer', path: ['facts', 'introducers'] }));
    expect(() => run({ ...adult, backgroundCheckPassed: 'yes' as unknown as boolean }, '2025-09-14')).toThrowError(expect.objectContaining({ code: 'invalid_type', path: ['facts', 'backgroundCheckPassed'] }));
  });
});

describe('partyAdmission: a birth date after the evaluation date', () => {
  it('is an error at the fact, not a verdict of "too young"', () => {
    let caught: unknown;
    try {
      evaluateRule(partyAdmission, { birthDate: '2030-01-01' }, { asOf: '2024-01-01' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ChiTieuError);
    expect([(caught as ChiTieuError).code, (caught as ChiTieuError).path]).toEqual(['date_order', ['facts', 'birthDate']]);
  });
});
