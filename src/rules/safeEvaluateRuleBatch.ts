import { toSafe, type SafeResult } from '../core/errors.js';
import type { CompiledRuleSet } from './compileRuleSet.js';
import { evaluateRuleBatch, type EvaluateRuleBatchOptions, type EvaluateRuleBatchResult, type RuleCases } from './evaluateRuleBatch.js';
import type { RuleSet } from './types.js';

const safe = toSafe(evaluateRuleBatch);

/**
 * {@link evaluateRuleBatch} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a survey import that reports the bad row rather than stop.
 *
 * @param ruleSet - as {@link evaluateRuleBatch}
 * @param cases - as {@link evaluateRuleBatch}
 * @param options - as {@link evaluateRuleBatch}
 * @returns `{ success: true, data }` with the counts, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { partyOrganizationFounding, safeEvaluateRuleBatch } from 'chitieu';
 * const survey = [{ officialMembers: 5, probationaryMembers: 1 }, { officialMembers: -2, probationaryMembers: 0 }];
 * const r = safeEvaluateRuleBatch(partyOrganizationFounding, survey, { asOf: '2025-09-01' });
 * r.success ? r.data.counts : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'cases', 1, 'officialMembers' ] ]
 * ```
 * @category Rules
 */
export function safeEvaluateRuleBatch(ruleSet: unknown, cases: unknown, options: unknown): SafeResult<EvaluateRuleBatchResult> {
  return safe(ruleSet as RuleSet | CompiledRuleSet, cases as RuleCases, options as EvaluateRuleBatchOptions);
}
