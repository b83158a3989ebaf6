import { toSafe, type SafeResult } from '../core/errors.js';
import type { CompiledRuleSet } from './compileRuleSet.js';
import { evaluateRule, type EvaluateRuleOptions, type EvaluateRuleResult, type RuleFacts } from './evaluateRule.js';
import type { RuleSet } from './types.js';

const safe = toSafe(evaluateRule);

/**
 * {@link evaluateRule} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for forms that show the problem next to the field.
 *
 * @param ruleSet - as {@link evaluateRule}
 * @param facts - as {@link evaluateRule}
 * @param options - as {@link evaluateRule}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeEvaluateRule, partyAdmission } from 'chitieu';
 * const r = safeEvaluateRule(partyAdmission, { birthDate: '2007-02-30' }, { asOf: '2025-09-01' });
 * r.success ? r.data.outcome : [r.error.code, r.error.path];
 * //=> [ 'invalid_date', [ 'facts', 'birthDate' ] ]
 * ```
 * @category Rules
 */
export function safeEvaluateRule(ruleSet: unknown, facts: unknown, options: unknown): SafeResult<EvaluateRuleResult> {
  return safe(ruleSet as RuleSet | CompiledRuleSet, facts as RuleFacts, options as EvaluateRuleOptions);
}
