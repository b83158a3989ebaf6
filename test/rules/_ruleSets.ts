import type { Condition, FactDeclaration, RuleSet, RuleVersion } from '../../src/index.js';

// Small rule sets for tests that aim at one behaviour of the compiler or the explanations.

export const t = (vi: string, en: string) => ({ vi, en });

/** A rule set with one version, effective since 2000, whose condition is `when`. */
export function rules(facts: Record<string, FactDeclaration>, when: Condition, extra: Partial<RuleVersion> = {}): RuleSet {
  return {
    id: 'mut',
    title: t('Bộ thử', 'Test set'),
    facts,
    versions: [{ id: 'v1', effectiveFrom: '2000-01-01', source: { document: 'HD 9/2025' }, confidence: 'high', when, ...extra }],
  };
}
