import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRuleBatch, partyAdmission, partyOrganizationFounding, safeEvaluateRule } from 'chitieu';

const asOf = '2025-09-01';

describe('evaluateRuleBatch', () => {
  it('counts a survey: enterprises able to found a party organisation, and those with 1–2 members', () => {
    const survey = [
      ...Array.from({ length: 81 }, (_, i) => ({ officialMembers: 3 + (i % 40), probationaryMembers: i % 3 })),
      ...Array.from({ length: 153 }, (_, i) => ({ officialMembers: 1 + (i % 2), probationaryMembers: i % 2 })),
      ...Array.from({ length: 566 }, () => ({ officialMembers: 0, probationaryMembers: 0 })),
    ];
    const r = evaluateRuleBatch(partyOrganizationFounding, survey, { asOf });
    expect(r.total).toBe(800);
    expect(r.counts).toEqual({ eligible: 81, ineligible: 719, undetermined: 0 });
    expect(r.conclusions['join-suitable-organization']).toBe(153);
    expect(r.version.id).toBe('qd-294-2025');
    expect(r.outcomes).toBeUndefined();
    expect(Object.isFrozen(r.counts)).toBe(true);
  });

  it('reads columns, typed arrays included, and returns each outcome when asked', () => {
    const r = evaluateRuleBatch(partyOrganizationFounding, { officialMembers: new Int32Array([3, 2, 0]), probationaryMembers: [0, null, 1] }, { asOf, outcomes: true });
    expect(r.outcomes).toEqual(['eligible', 'ineligible', 'ineligible']);
    const empty = evaluateRuleBatch(partyOrganizationFounding, {}, { asOf });
    expect(empty.total).toBe(0);
  });

  it('missing facts count as undetermined', () => {
    const r = evaluateRuleBatch(partyOrganizationFounding, [{ probationaryMembers: 1 }, { officialMembers: null }], { asOf });
    expect(r.counts.undetermined).toBe(2);
  });

  it('works for rule sets with dates (no shortcut) and agrees with evaluateRule', () => {
    const cases = [{ birthDate: '2007-09-01' }, { birthDate: '2007-09-02', education: 'none' }, { birthDate: '1990-01-01' }];
    const r = evaluateRuleBatch(partyAdmission, cases, { asOf, outcomes: true });
    expect(r.outcomes).toEqual(cases.map((c) => evaluateRule(partyAdmission, c, { asOf }).outcome));
  });

  it('agrees with evaluateRule case by case (property)', () => {
    const count = fc.option(fc.nat({ max: 70 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ officialMembers: count, probationaryMembers: count }), { maxLength: 60 }), fc.constantFrom('2020-01-01', '2025-03-01', '2025-07-01'), (cases, date) => {
        const batch = evaluateRuleBatch(partyOrganizationFounding, cases, { asOf: date, outcomes: true });
        const one = cases.map((c) => evaluateRule(partyOrganizationFounding, c, { asOf: date }));
        expect(batch.outcomes).toEqual(one.map((x) => x.outcome));
        for (const [id, n] of Object.entries(batch.conclusions)) {
          expect(n).toBe(one.filter((x) => x.findings.some((f) => f.id === id && f.holds)).length);
        }
      }),
      { numRuns: 200 },
    );
  });

  const bad: [string, unknown, unknown, string, (string | number)[]][] = [
    ['a bad row', [{ officialMembers: 3 }, { officialMembers: -2 }], { asOf }, 'negative', ['cases', 1, 'officialMembers']],
    ['a row that is not an object', [{ officialMembers: 3 }, 7], { asOf }, 'invalid_type', ['cases', 1]],
    ['a bad cell', { officialMembers: [1, 2, Number.NaN] }, { asOf }, 'not_finite', ['cases', 'officialMembers', 2]],
    ['columns of different lengths', { officialMembers: [1, 2], probationaryMembers: [1] }, { asOf }, 'length_mismatch', ['cases', 'probationaryMembers']],
    ['an unknown column', { officalMembers: [1] }, { asOf }, 'unknown_key', ['cases', 'officalMembers']],
    ['a derived column', { totalMembers: [1] }, { asOf }, 'unknown_key', ['cases', 'totalMembers']],
    ['a column that is not an array', { officialMembers: 5 }, { asOf }, 'invalid_type', ['cases', 'officialMembers']],
    ['cases that are neither', 'cases', { asOf }, 'invalid_type', ['cases']],
    ['no asOf', [], {}, 'missing', ['options', 'asOf']],
    ['outcomes not a boolean', [], { asOf, outcomes: 'yes' }, 'invalid_type', ['options', 'outcomes']],
  ];
  it.each(bad)('rejects %s', (_name, cases, options, code, path) => {
    expect(() => evaluateRuleBatch(partyOrganizationFounding, cases as never, options as never)).toThrowError(expect.objectContaining({ code, path }));
  });

  it('ignores other fields of a record, such as a name', () => {
    expect(evaluateRuleBatch(partyOrganizationFounding, [{ name: 'Công ty A', officialMembers: 4, probationaryMembers: 0 }], { asOf }).counts.eligible).toBe(1);
    expect(safeEvaluateRule(partyOrganizationFounding, { name: 'Công ty A', officialMembers: 4 }, { asOf }).error?.code).toBe('unknown_key');
  });

  it('never reads a fact through a prototype', () => {
    const row = Object.create({ officialMembers: 10 }) as object;
    expect(evaluateRuleBatch(partyOrganizationFounding, [row], { asOf }).counts.undetermined).toBe(1);
  });
});
