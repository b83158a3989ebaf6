import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRuleBatch, partyOrganizationFounding, type RuleSet } from 'chitieu';

// Conventions §5: one number input type. A count or a number fact takes a decimal string as attainment
// does ("12" is 12); a number a double cannot hold exactly is refused, never compared rounded.
const t = (en: string) => ({ vi: en, en });
const scored: RuleSet = {
  id: 'scored',
  title: t('Scored'),
  facts: { members: { type: 'count', title: t('Members') }, score: { type: 'number', title: t('Score') } },
  versions: [{
    id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'HD 1/2024', article: 'Điều 1' }, confidence: 'high',
    when: { all: [{ fact: 'members', op: '>=', value: 3, title: t('At least 3') }, { fact: 'score', op: '>', value: 0.1, title: t('Above 0.1') }] },
  }],
};
const asOf = { asOf: '2024-07-16' };

describe('rule facts read numbers as every area does', () => {
  it('a count or a number given as decimal text is the number', () => {
    expect(evaluateRule(scored, { members: '3', score: '0.5' }, asOf)).toEqual(evaluateRule(scored, { members: 3, score: 0.5 }, asOf));
    expect(evaluateRule(partyOrganizationFounding, { officialMembers: '3' } as never, asOf).outcome).toBe('eligible');
    expect(evaluateRuleBatch(scored, { members: ['3', 2], score: ['0.5', '0.5'] }, asOf).counts).toEqual(evaluateRuleBatch(scored, { members: [3, 2], score: [0.5, 0.5] }, asOf).counts);
  });

  it.each([
    ['members', '-1', 'negative'],
    ['members', '2.5', 'not_integer'],
    ['members', '9007199254740993', 'unsafe_number'],
    ['members', '1,5', 'malformed_number'],
    ['members', '', 'empty_string'],
    ['score', '1e3', 'exponent_not_allowed'],
    ['score', '0.1000000000000000000001', 'malformed_number'],
  ] as const)('%s = %j is %s', (fact, value, code) => {
    const facts = { members: 3, score: 1, [fact]: value };
    expect(() => evaluateRule(scored, facts, asOf)).toThrow(expect.objectContaining({ code, issues: [expect.objectContaining({ path: ['facts', fact] })] }));
  });
});
