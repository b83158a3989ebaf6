import type { Bilingual } from '../core/index.js';
import type { RuleReason } from './reasons.js';
import type { ConditionResult, Confidence, DateMeasure, FactValue, RuleSource, RuleValue } from './types.js';

// The parts of an explanation (format version 2) that evaluateRule lists: conditions,
// exceptions, conclusions, notes and the version chosen.

/**
 * One condition in an explanation (format version 2). See the guide "Reading an explanation".
 *
 * @category Rules
 */
export interface ConditionEntry {
  readonly id: string;
  /** Where the condition sits in the rule data, e.g. `versions[3].when.all[0]`. */
  readonly path: string;
  /** The id of the enclosing `all` / `any` / `not`, or `null` at the top. */
  readonly parent: string | null;
  readonly depth: number;
  readonly kind: 'all' | 'any' | 'not' | 'test';
  /** The result after exceptions. */
  readonly result: ConditionResult;
  /** The result of the condition itself, before any exception. */
  readonly baseResult: ConditionResult;
  /** Ids of the exceptions that turned a failing or unknown result into a pass. */
  readonly exceptionsApplied: readonly string[];
  readonly title: Bilingual;
  /** Why: `'test-value'`, `'test-measured'`, `'test-missing'` for a test, `'group'` for `all` / `any` / `not`. */
  readonly reason: RuleReason<'test-value' | 'test-measured' | 'test-missing' | 'group'>;
  /** The reason in words, from the message tables. */
  readonly explanation: Bilingual;
  /** The facts a test read, by name (`null` when missing); empty for groups. */
  readonly facts: Readonly<Record<string, FactValue>>;
  /** For a test with `measure`: the measured value (`exact: false` means a little more than `value`). */
  readonly measured: { readonly measure: DateMeasure; readonly value: number; readonly exact: boolean } | null;
  /** The test itself, for tests: `{ op, value }`, `{ between, edges }` or `{ in }`. */
  readonly test: Readonly<Record<string, unknown>> | null;
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly provisional: boolean;
}

/**
 * An exception in an explanation: whether its own condition holds, and whether it changed the result
 * of the condition it overrides.
 *
 * @category Rules
 */
export interface ExceptionEntry {
  readonly id: string;
  readonly label: Bilingual;
  readonly overrides: string;
  readonly result: ConditionResult;
  readonly applied: boolean;
  /** `'exception-applied'` when it applied, else `'exception'`. */
  readonly reason: RuleReason<'exception' | 'exception-applied'>;
  /** The reason in words, from the message tables. */
  readonly explanation: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly provisional: boolean;
  readonly conditions: readonly ConditionEntry[];
}

/**
 * A conclusion in an explanation: whether it holds, and what it sets.
 *
 * @category Rules
 */
export interface FindingEntry {
  readonly id: string;
  readonly text: Bilingual;
  readonly result: ConditionResult;
  readonly holds: boolean;
  readonly sets: Readonly<Record<string, RuleValue>>;
  /** Facts that would decide a conclusion left unknown. */
  readonly missing: readonly string[];
  readonly reason: RuleReason<'finding'>;
  /** The reason in words, from the message tables. */
  readonly explanation: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly provisional: boolean;
  readonly conditions: readonly ConditionEntry[];
}

/**
 * One note of a conclusion that holds.
 *
 * @category Rules
 */
export interface RuleNote {
  readonly id: string;
  readonly text: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly provisional: boolean;
}

/**
 * The version chosen for an evaluation.
 *
 * @category Rules
 */
export interface ChosenVersion {
  readonly id: string;
  readonly title: Bilingual | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: RuleSource;
  readonly supersedes: readonly string[];
  readonly confidence: Confidence;
}
