import { toSafe, type SafeResult } from '../core/errors.js';
import { compileRuleSet, type CompiledRuleSet } from './compileRuleSet.js';
import type { RuleSet } from './types.js';

const safe = toSafe(compileRuleSet);

/**
 * {@link compileRuleSet} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a rule set loaded from a file or written in an editor, whose mistakes are shown rather than thrown.
 *
 * @param ruleSet - as {@link compileRuleSet}
 * @returns `{ success: true, data }` with the compiled rule set, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeCompileRuleSet } from 'chitieu';
 * const r = safeCompileRuleSet(JSON.parse('{ "id": "demo.cell" }'));
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'missing', [ 'title' ] ]
 * ```
 * @category Rules
 */
export function safeCompileRuleSet(ruleSet: unknown): SafeResult<CompiledRuleSet> {
  return safe(ruleSet as RuleSet);
}
