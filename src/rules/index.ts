// The public API of the rules area: re-exports only.
export { compileRuleSet } from './compileRuleSet.js';
export { safeCompileRuleSet } from './safeCompileRuleSet.js';
export type { CompiledRuleSet } from './compileRuleSet.js';
export { ruleSetSchema, type RuleSetSchema } from './ruleSetSchema.js';
export { evaluateRule } from './evaluateRule.js';
export type { EvaluateRuleOptions, EvaluateRuleResult, RuleFacts } from './evaluateRule.js';
export { safeEvaluateRule } from './safeEvaluateRule.js';
export { evaluateRuleBatch } from './evaluateRuleBatch.js';
export { safeEvaluateRuleBatch } from './safeEvaluateRuleBatch.js';
export type { EvaluateRuleBatchOptions, EvaluateRuleBatchResult, RuleCases } from './evaluateRuleBatch.js';
export { probationSchedule } from './probationSchedule.js';
export type { ProbationScheduleInput, ProbationScheduleResult } from './probationSchedule.js';
export { safeProbationSchedule } from './safeProbationSchedule.js';
export { partyOrganizationFounding } from './partyOrganizationFounding.js';
export { partyAdmission } from './partyAdmission.js';
export { tradeUnionFounding } from './tradeUnionFounding.js';
export { youthUnionCellFounding } from './youthUnionCellFounding.js';
export { youthUnionAdmission } from './youthUnionAdmission.js';
export { vietnamHolidays } from './vietnamHolidays.js';
export type { HolidayCalendar, HolidayKind, HolidayYear } from './vietnamHolidays.js';
export type { ChosenVersion, ConditionEntry, ExceptionEntry, FindingEntry, RuleNote } from './entries.js';
export type { ConditionReasonFacts, NamedFact, RuleMessageTable, RuleReason, RuleReasonCode, RuleReasonFacts, TestReasonFacts } from './reasons.js';
export type {
  BetweenEdges,
  ComparisonOp,
  Condition,
  ConditionResult,
  Confidence,
  DateMeasure,
  FactDeclaration,
  FactType,
  FactValue,
  Outcome,
  RuleConclusion,
  RuleException,
  RuleSet,
  RuleSource,
  RuleValue,
  RuleVersion,
  TestCondition,
  ConditionCommon,
} from './types.js';
