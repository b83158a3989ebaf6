import { isoText } from '../core/_calendar.js';
import { compiledRuleSet, evaluateOptionsSchema, readCase, versionInForce } from './_cache.js';
import type { Env, Slots } from './_compiled.js';
import { deriveFacts } from './_facts.js';
import { explain } from './_explain.js';
import { deepFreeze } from '../core/_freeze.js';
import type { CompiledRuleSet } from './compileRuleSet.js';
import type { Bilingual } from '../core/index.js';
import type { ChosenVersion, ConditionEntry, ExceptionEntry, FindingEntry, RuleNote } from './entries.js';
import type { RuleReason } from './reasons.js';
import type { FactValue, Outcome, RuleSet, RuleValue } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link evaluateRule}.
 *
 * @category Rules
 */
export interface EvaluateRuleOptions {
  /**
   * The evaluation date, `YYYY-MM-DD`: the day the chi bộ considers the case. It picks the version in
   * force and is the date ages and elapsed times are measured at. Required: the library never reads
   * the clock.
   */
  readonly asOf: string;
}

/**
 * The result of {@link evaluateRule}, which is also its explanation (format version 2, documented in
 * the guide "Reading an explanation"): the outcome, the version chosen, every condition, exception
 * and conclusion with its result, the facts it read, its reason (a code with plain facts) and that reason
 * in both languages, and its source.
 *
 * @category Rules
 */
export interface EvaluateRuleResult {
  /** The explanation format, `2`; it changes only when a field changes meaning or goes away. */
  readonly formatVersion: number;
  readonly ruleSet: { readonly id: string; readonly title: Bilingual };
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The version in force on `asOf`. */
  readonly version: ChosenVersion;
  readonly outcome: Outcome;
  /** The verdict rests on low-confidence data. */
  readonly provisional: boolean;
  /** Why, as data: the code is the outcome; its facts name the conditions not met or the facts still needed. */
  readonly reason: RuleReason<Outcome>;
  /** The verdict in one sentence, Vietnamese and English, written from `reason` by the message tables. */
  readonly explanation: Bilingual;
  /** For an undetermined outcome, the facts that would decide it (sorted). */
  readonly missing: readonly string[];
  /** Every fact of the rule set as read, derived facts included; `null` when unknown. */
  readonly facts: Readonly<Record<string, FactValue>>;
  /** The fields set by the conclusions that hold (e.g. `form`). */
  readonly conclusions: Readonly<Record<string, RuleValue>>;
  /** The conclusions that hold, as notes with their sources. */
  readonly notes: readonly RuleNote[];
  /** Every eligibility condition, in pre-order. */
  readonly conditions: readonly ConditionEntry[];
  /** Every labelled exception, applied or not. */
  readonly exceptions: readonly ExceptionEntry[];
  /** Every conclusion, holding or not. */
  readonly findings: readonly FindingEntry[];
}

/**
 * The facts of one case, by name. `null` or absent means unknown.
 *
 * @category Rules
 */
export type RuleFacts = Readonly<Record<string, FactValue | undefined>>;

/**
 * Evaluates a rule set for one case (an enterprise, a candidate) on a date: whether the conditions
 * hold (`'eligible'`), one fails (`'ineligible'`), or missing facts leave it open (`'undetermined'`,
 * with `missing` naming the facts that would decide it). Every condition is evaluated and explained,
 * never stopping at the first failure. The rule set is compiled on first use and cached.
 *
 * @param ruleSet - a built-in rule set such as {@link partyOrganizationFounding}, your own rule data,
 *   or a {@link CompiledRuleSet}
 * @param facts - the facts of the case, by name; unknown facts may be left out or `null`
 * @param options - `asOf`, the evaluation date
 * @returns a frozen {@link EvaluateRuleResult}
 * @throws {ChiTieuError} on malformed rule data (path under `ruleSet`), a bad fact (`facts.<name>`),
 *   a fact the rule set does not know (`unknown_key`), a missing or impossible `asOf`, no version in
 *   force on `asOf` (`no_version_in_force`), or a working-day count outside 2020–2030
 *   (`unsupported_year`)
 * @example
 * ```ts
 * import { evaluateRule, partyOrganizationFounding } from 'chitieu';
 * const r = evaluateRule(partyOrganizationFounding, { officialMembers: 12, probationaryMembers: 3 }, { asOf: '2025-09-01' });
 * [r.outcome, r.conclusions.form, r.conclusions.electsChiUy, r.version.id];
 * //=> [ 'eligible', 'chi-bo-co-so', true, 'qd-294-2025' ]
 * const few = evaluateRule(partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }, { asOf: '2025-09-01' });
 * [few.outcome, few.conclusions.joinsSuitableOrganization];
 * //=> [ 'ineligible', true ]
 * evaluateRule(partyOrganizationFounding, { officialMembers: 5 }, { asOf: '2025-09-01' }).findings[0]?.missing;
 * //=> [ 'probationaryMembers' ]
 * ```
 * @category Rules
 */
export function evaluateRule(ruleSet: RuleSet | CompiledRuleSet, facts: RuleFacts, options: EvaluateRuleOptions): EvaluateRuleResult {
  const rs = compiledRuleSet(ruleSet, ['ruleSet']);
  const { asOf } = parseWith(evaluateOptionsSchema, options, ['options']);
  // The date's text from the date read, not a second read of options.asOf (a getter may change).
  const cv = versionInForce(rs, asOf, isoText(asOf));
  const e: Env = { asOf, index: -1 };
  const s: Slots = new Array(rs.facts.length);
  readCase(rs, facts, s, e, true);
  deriveFacts(rs, s, e);
  return deepFreeze(explain(rs, cv, s, e));
}
