import { describe, expect, it } from 'vitest';
import { evaluateRule, tradeUnionFounding } from 'chitieu';

const outcome = (unionMembers: number | null, applicants: number | null, asOf = '2025-01-01') =>
  evaluateRule(tradeUnionFounding, { unionMembers, applicants }, { asOf }).outcome;

describe('tradeUnionFounding: 5 union members or 5 applying workers', () => {
  it('4 / 5 / 6 union members', () => {
    expect(outcome(4, 0)).toBe('ineligible');
    expect(outcome(5, 0)).toBe('eligible');
    expect(outcome(6, 0)).toBe('eligible');
  });

  it('4 / 5 / 6 applying workers', () => {
    expect(outcome(0, 4)).toBe('ineligible');
    expect(outcome(0, 5)).toBe('eligible');
    expect(outcome(0, 6)).toBe('eligible');
  });

  it('one known route is enough; otherwise the missing fact decides', () => {
    expect(outcome(5, null)).toBe('eligible');
    expect(outcome(4, null)).toBe('undetermined');
  });

  it('picks the charter in force', () => {
    expect(evaluateRule(tradeUnionFounding, { unionMembers: 5 }, { asOf: '2023-12-02' }).version.id).toBe('dieu-le-cd-xii');
    const r = evaluateRule(tradeUnionFounding, { unionMembers: 5 }, { asOf: '2023-12-03' });
    expect(r.version).toMatchObject({ id: 'dieu-le-cd-xiii', confidence: 'medium', supersedes: ['dieu-le-cd-xii'] });
    expect(evaluateRule(tradeUnionFounding, { unionMembers: 5 }, { asOf: '2015-01-01' }).version.source.article).toBe('Điều 16');
  });
});
