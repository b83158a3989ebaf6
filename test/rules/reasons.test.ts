import { describe, expect, it } from 'vitest';
import { en } from '../../src/rules/messages/en.js';
import { vi } from '../../src/rules/messages/vi.js';
import {
  evaluateRule,
  partyAdmission,
  partyOrganizationFounding,
  probationSchedule,
  type Condition,
  type EvaluateRuleResult,
  type RuleMessageTable,
  type RuleReason,
} from '../../src/index.js';
import { rules, t } from './_ruleSets.js';

// Rule explanations as codes: every reason is a code with plain facts, and every explanation is that
// reason written by the message table of each language, so a front end can write its own from the facts.

const asOf = '2025-09-01';
const write = (table: RuleMessageTable, r: RuleReason): string => (table[r.code] as (f: unknown) => string)(r.facts);

/** Every reason of an evaluation with the explanation beside it. */
function reasons(r: EvaluateRuleResult): { reason: RuleReason; explanation: { vi: string; en: string } }[] {
  const conditions = (list: EvaluateRuleResult['conditions']) => list.map((c) => ({ reason: c.reason, explanation: c.explanation }));
  return [
    { reason: r.reason, explanation: r.explanation },
    ...conditions(r.conditions),
    ...r.exceptions.flatMap((x) => [{ reason: x.reason, explanation: x.explanation }, ...conditions(x.conditions)]),
    ...r.findings.flatMap((f) => [{ reason: f.reason, explanation: f.explanation }, ...conditions(f.conditions)]),
  ];
}

/** Facts hold only plain values: strings, booleans, arrays and objects of them; never a JS number. */
function plain(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every(plain);
  return v !== null && typeof v === 'object' && Object.values(v).every(plain);
}

describe('rule reasons and their sentences', () => {
  const cases: [unknown, Record<string, unknown>][] = [
    [partyAdmission, { birthDate: '1964-05-20', over60WrittenApproval: true, education: 'primary', disadvantagedArea: true }],
    [partyAdmission, { birthDate: '2007-09-15', education: 'upper-secondary', introducers: 1 }],
    [partyOrganizationFounding, { officialMembers: 2 }],
    [partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }],
    [partyOrganizationFounding, { officialMembers: 1549, probationaryMembers: 3 }],
  ];

  it('every explanation is its reason written by the vi and en tables, from plain facts', () => {
    for (const [rs, facts] of cases) {
      for (const { reason, explanation } of reasons(evaluateRule(rs as never, facts as never, { asOf }))) {
        expect(explanation).toEqual({ vi: write(vi, reason), en: write(en, reason) });
        expect(plain(reason.facts)).toBe(true);
      }
    }
  });

  it('each table writes every code', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(vi).sort()).toEqual(['eligible', 'exception', 'exception-applied', 'finding', 'group', 'ineligible', 'probation', 'test-measured', 'test-missing', 'test-value', 'undetermined']);
  });

  it('a measured test names the date, the measure and the whole units; Vietnamese writes dates 20/5/1964', () => {
    const r = evaluateRule(partyAdmission, { birthDate: '1964-05-20', over60WrittenApproval: true }, { asOf });
    const age = r.conditions.find((c) => c.id === 'age');
    expect(age?.reason).toMatchObject({
      code: 'test-measured',
      facts: { result: 'pass', fact: 'birthDate', value: '1964-05-20', measure: 'fullMonths', measured: '735', exact: false, asOf, exceptions: [{ id: 'over-60-approved' }] },
    });
    expect(age?.explanation.vi).toContain('(Ngày sinh = 20/5/1964: tròn 735 tháng tính đến 1/9/2025). Áp dụng ngoại lệ: Người trên 60 tuổi');
    expect(age?.explanation.en).toContain('(Date of birth = 20 May 1964: 735 full months at 1 September 2025). Exception applied: Over 60');
    expect(r.exceptions.map((x) => [x.id, x.reason.code])).toEqual([['over-60-approved', 'exception-applied'], ['education-disadvantaged-area', 'exception']]);
    expect(r.exceptions[0]?.reason.facts).toEqual({ label: partyAdmission.versions.at(-1)?.exceptions?.[0]?.label, overrides: 'age' });
  });

  it('values are plain text: numbers as decimal strings, dates ISO, texts as given, booleans as they are', () => {
    const rs = rules(
      { n: { type: 'number', title: t('Điểm', 'Score') }, d: { type: 'date', title: t('Ngày', 'Date') }, s: { type: 'text', title: t('Ngành', 'Sector') }, b: { type: 'boolean', title: t('Duyệt', 'Approved') } },
      { all: [{ id: 'n', fact: 'n', op: '>', value: 0, title: t('N', 'N') }, { id: 'd', fact: 'd', op: '>=', value: '2020-01-01', title: t('D', 'D') }, { id: 's', fact: 's', op: '==', value: 'x', title: t('S', 'S') }, { id: 'b', fact: 'b', op: '==', value: true, title: t('B', 'B') }] } as Condition,
    );
    const r = evaluateRule(rs, { n: 1e21, d: '2024-07-16', s: 'y', b: false }, { asOf });
    expect(r.conditions.slice(1).map((c) => [c.reason.code, (c.reason.facts as { type: string; value: unknown }).type, (c.reason.facts as { value: unknown }).value])).toEqual([
      ['test-value', 'number', '1000000000000000000000'],
      ['test-value', 'date', '2024-07-16'],
      ['test-value', 'text', 'y'],
      ['test-value', 'boolean', false],
    ]);
    expect(r.conditions[2]?.explanation).toEqual({ vi: 'Đạt: D (Ngày = 16/7/2024).', en: 'Met: D (Date = 16 July 2024).' });
    expect(evaluateRule(rs, { n: 0.0000001 }, { asOf }).conditions[1]?.reason.facts).toMatchObject({ value: '0.0000001' });
  });

  it('a group counts its parts; a missing fact names the inputs lacking', () => {
    const r = evaluateRule(partyOrganizationFounding, { officialMembers: 5 }, { asOf });
    const group = r.findings[0]?.conditions[0];
    expect(group?.reason).toMatchObject({ code: 'group', facts: { kind: 'all', passed: '1', failed: '0', unknown: '1', result: 'unknown' } });
    expect(r.findings[0]?.conditions[2]?.reason).toMatchObject({ code: 'test-missing', facts: { fact: 'totalMembers', missing: ['probationaryMembers'] } });
  });

  it('the outcome: the conditions failed, or the facts needed, each with its title', () => {
    const failed = evaluateRule(partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }, { asOf });
    expect(failed.reason).toEqual({ code: 'ineligible', facts: { title: partyOrganizationFounding.title, failed: [{ id: 'min-official-members', title: failed.conditions[0]?.title }] } });
    const open = evaluateRule(partyOrganizationFounding, {}, { asOf });
    expect(open.reason).toEqual({ code: 'undetermined', facts: { title: partyOrganizationFounding.title, missing: [{ fact: 'officialMembers', title: partyOrganizationFounding.facts.officialMembers?.title }] } });
    expect(evaluateRule(partyOrganizationFounding, { officialMembers: 3 }, { asOf }).reason).toEqual({ code: 'eligible', facts: { title: partyOrganizationFounding.title } });
  });

  it('a conclusion: applies, does not apply, or needs facts', () => {
    const r = evaluateRule(partyOrganizationFounding, { officialMembers: 2 }, { asOf });
    const join = r.findings.find((f) => f.id === 'join-suitable-organization');
    expect(join?.reason).toMatchObject({ code: 'finding', facts: { result: 'pass', missing: [] } });
    expect(join?.explanation.en).toMatch(/^Applies: Fewer than 3 official members: /);
    const chi = r.findings.find((f) => f.id === 'form-chi-bo-co-so');
    expect(chi?.explanation.vi).toBe('Không áp dụng: Lập chi bộ cơ sở (dưới 30 đảng viên), có thể chia tổ đảng.');
    const open = evaluateRule(partyOrganizationFounding, { officialMembers: 5 }, { asOf }).findings.find((f) => f.id === 'form-chi-bo-co-so');
    expect(open?.reason.facts.missing).toEqual([{ fact: 'probationaryMembers', title: partyOrganizationFounding.facts.probationaryMembers?.title }]);
    expect(open?.explanation).toEqual({
      vi: 'Chưa xác định: Lập chi bộ cơ sở (dưới 30 đảng viên), có thể chia tổ đảng. Cần thêm Số đảng viên dự bị (probationaryMembers).',
      en: 'Undetermined: Found a grassroots cell (chi bộ cơ sở, fewer than 30 members), which may have party groups under it. Needs Probationary members (probationaryMembers).',
    });
  });

  it('a conclusion text without a full stop gets one', () => {
    const rs = rules({ a: { type: 'count', title: t('SL a', 'Count a') } }, { fact: 'a', op: '>=', value: 0, title: t('Đk', 'Cond') }, {
      conclusions: [{ id: 'c', text: t('Lập tổ', 'Found a group'), when: { fact: 'a', op: '>=', value: 1, title: t('Đk', 'Cond') } }],
    });
    expect(evaluateRule(rs, { a: 1 }, { asOf }).findings[0]?.explanation).toEqual({ vi: 'Áp dụng: Lập tổ.', en: 'Applies: Found a group.' });
  });

  it('the probation calendar', () => {
    const p = probationSchedule({ ceremonyDate: '2024-01-10' });
    expect(p.reason).toEqual({ code: 'probation', facts: { ceremonyDate: '2024-01-10', probationEnds: '2025-01-10', recognitionDeadline: '2025-02-28', probationMonths: '12', recognitionWorkingDays: '30' } });
    expect(p.explanation).toEqual({
      vi: 'Kết nạp ngày 10/1/2024: hết 12 tháng dự bị ngày 10/1/2025; chi bộ phải xét công nhận đảng viên chính thức chậm nhất ngày 28/2/2025 (30 ngày làm việc).',
      en: 'Admitted on 10 January 2024: the 12 months of probation end on 10 January 2025; the chi bộ must consider official recognition by 28 February 2025 (30 working days).',
    });
  });
});
