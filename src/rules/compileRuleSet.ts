import { compiledRuleSet, remember } from './_cache.js';
import type { RuleSet } from './types.js';

/**
 * A rule set checked and compiled once, to pass to {@link evaluateRule} and {@link evaluateRuleBatch}
 * in place of the data. It holds a frozen copy of the data, so later changes to your object do not
 * reach it.
 *
 * @category Rules
 */
export interface CompiledRuleSet {
  readonly kind: 'compiled-rule-set';
  readonly ruleSet: RuleSet;
}

/**
 * Checks a rule set and compiles it into closures over the validated data (no `eval`, no
 * `new Function`). {@link evaluateRule} does this on first use and caches the result per object, so
 * calling this is optional: do it to check a rule set you load (a province's guidance, a newer
 * regulation) before use, or to take a snapshot of data you may change later.
 *
 * @param ruleSet - rule data in the {@link RuleSet} format (see the guide "Writing a rule set")
 * @returns a frozen {@link CompiledRuleSet} handle
 * @throws {ChiTieuError} at the path inside the rule set: `unknown_fact`, `fact_type_mismatch`,
 *   `exclusive_keys`, `invalid_id`, `invalid_name`, `version_overlap`, `unknown_condition`,
 *   `duplicate_id`, `measure_not_whole`, `invalid_sum_part`, `inexact_measure`, `not_plain_data`,
 *   `unsafe_key`, `too_deep`, `too_long`, `invalid_date`, `date_order`, `range_inverted`, `missing`,
 *   `unknown_key`… (the guide "Writing a rule set" lists what each means)
 * @example
 * ```ts
 * import { compileRuleSet, evaluateRule } from 'chitieu';
 * const cell = compileRuleSet({
 *   id: 'demo.cell',
 *   title: { vi: 'Lập tổ', en: 'Form a group' },
 *   facts: { members: { type: 'count', title: { vi: 'Số thành viên', en: 'Members' } } },
 *   versions: [{
 *     id: 'v1', effectiveFrom: '2024-01-01', confidence: 'high',
 *     source: { document: 'Hướng dẫn 1/HD', article: 'Điều 2' },
 *     when: { fact: 'members', op: '>=', value: 3, title: { vi: 'Có từ 3 thành viên', en: 'At least 3 members' } },
 *   }],
 * });
 * evaluateRule(cell, { members: 4 }, { asOf: '2025-06-01' }).outcome;
 * //=> 'eligible'
 * ```
 * @category Rules
 */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const rs = compiledRuleSet(ruleSet, []);
  const handle: CompiledRuleSet = Object.freeze({ kind: 'compiled-rule-set' as const, ruleSet: rs.parsed.data });
  remember(handle, rs);
  return handle;
}
