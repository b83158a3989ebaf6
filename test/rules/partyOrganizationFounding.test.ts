import { describe, expect, it } from 'vitest';
import { evaluateRule, partyOrganizationFounding } from 'chitieu';

const asOf = '2025-09-01';
const run = (officialMembers: number | null, probationaryMembers: number | null = 0, date = asOf) =>
  evaluateRule(partyOrganizationFounding, { officialMembers, probationaryMembers }, { asOf: date });

describe('partyOrganizationFounding', () => {
  it('needs 3 official members: 2 no, 3 yes, 4 yes', () => {
    expect(run(2).outcome).toBe('ineligible');
    expect(run(3).outcome).toBe('eligible');
    expect(run(4).outcome).toBe('eligible');
  });

  it('does not count probationary members towards the 3', () => {
    const r = run(2, 10);
    expect(r.outcome).toBe('ineligible');
    expect(r.conclusions).toEqual({ joinsSuitableOrganization: true });
  });

  it('1 or 2 official members: ineligible, and the members join a suitable organisation', () => {
    for (const n of [1, 2]) {
      const r = run(n);
      expect(r.outcome).toBe('ineligible');
      expect(r.conclusions.joinsSuitableOrganization).toBe(true);
      expect(r.notes.map((x) => x.id)).toEqual(['join-suitable-organization']);
      expect(r.notes[0]?.text.vi).toContain('giới thiệu đảng viên sinh hoạt ở tổ chức cơ sở đảng thích hợp');
    }
    expect(run(0).conclusions).toEqual({});
    expect(run(3).conclusions.joinsSuitableOrganization).toBeUndefined();
  });

  it('the form: under 30 members in all a chi bộ cơ sở, from 30 a đảng bộ cơ sở (29 / 30 / 31)', () => {
    expect(run(20, 9).conclusions.form).toBe('chi-bo-co-so');
    expect(run(20, 10).conclusions.form).toBe('dang-bo-co-so');
    expect(run(20, 11).conclusions.form).toBe('dang-bo-co-so');
    expect(run(29, 0).conclusions.form).toBe('chi-bo-co-so');
    expect(run(30, 0).conclusions.form).toBe('dang-bo-co-so');
    expect(run(3, 27).conclusions.form).toBe('dang-bo-co-so');
  });

  it('says that other forms need the superior committee’s written consent', () => {
    const r = run(5);
    const note = r.notes.find((n) => n.id === 'form-exception-needs-consent');
    expect(note?.text.en).toContain('written agreement of the competent superior committee');
    expect(note?.confidence).toBe('medium');
  });

  it('a chi bộ with 9 official members elects a chi ủy (8 / 9 / 10)', () => {
    expect(run(8).conclusions.electsChiUy).toBe(false);
    expect(run(9).conclusions.electsChiUy).toBe(true);
    expect(run(10).conclusions.electsChiUy).toBe(true);
    expect(run(3).conclusions.electsChiUy).toBe(false);
    // a đảng bộ cơ sở elects a đảng ủy: the chi ủy question does not arise
    expect(run(35).conclusions.electsChiUy).toBeUndefined();
  });

  it('an unknown fact leaves the outcome or a conclusion undetermined, naming what would decide it', () => {
    const r = run(null, 0);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['officialMembers']);
    const partial = evaluateRule(partyOrganizationFounding, { officialMembers: 5 }, { asOf });
    expect(partial.outcome).toBe('eligible');
    expect(partial.missing).toEqual([]);
    expect(partial.conclusions.form).toBeUndefined();
    expect(partial.findings.find((f) => f.id === 'form-chi-bo-co-so')).toMatchObject({ result: 'unknown', missing: ['probationaryMembers'] });
    expect(partial.facts).toEqual({ officialMembers: 5, probationaryMembers: null, totalMembers: null });
  });

  it('the evaluation date picks the implementing regulation in force: 24 → 232 → 294', () => {
    const doc = (date: string) => run(5, 0, date).version;
    expect(doc('2016-07-25').id).toBe('qd-29-2016');
    expect(doc('2021-07-29').id).toBe('qd-29-2016');
    expect(doc('2021-07-30').id).toBe('qd-24-2021');
    expect(doc('2025-01-19').id).toBe('qd-24-2021');
    expect(doc('2025-01-20').id).toBe('qd-232-2025');
    expect(doc('2025-06-30').id).toBe('qd-232-2025');
    expect(doc('2025-07-01')).toMatchObject({ id: 'qd-294-2025', effectiveFrom: '2025-07-01', effectiveTo: null, supersedes: ['qd-232-2025'] });
    expect(doc('2030-12-31').id).toBe('qd-294-2025');
  });

  it('the wording about the superior committee changes with 294-QĐ/TW (no district level)', () => {
    expect(run(1, 0, '2025-06-30').notes[0]?.text.vi).not.toContain('cấp huyện');
    expect(run(1, 0, '2025-07-01').notes[0]?.text.vi).toContain('không còn cấp huyện');
  });

  it('before the first version there is no rule in force', () => {
    expect(() => run(5, 0, '2016-07-24')).toThrowError(expect.objectContaining({ code: 'no_version_in_force', path: ['options', 'asOf'] }));
  });

  it('cites the Charter clause for every condition', () => {
    const r = run(5);
    expect(r.conditions).toHaveLength(1);
    expect(r.conditions[0]).toMatchObject({ id: 'min-official-members', result: 'pass', facts: { officialMembers: 5 } });
    expect(r.conditions[0]?.source).toMatchObject({ document: 'Điều lệ Đảng 2011', article: 'Điều 21', clause: 'khoản 2' });
    expect(r.conditions[0]?.explanation.vi).toBe('Đạt: Có từ 3 đảng viên chính thức trở lên (đảng viên dự bị không tính) (Số đảng viên chính thức = 5).');
  });
});
