import type { Bilingual } from '../core/index.js';

/**
 * How sure the library is of a rule's reading of its source: `'high'` (the clause's text was seen),
 * `'medium'` (a reliable secondary page), `'low'` (not confirmed). Low-confidence parts are marked
 * `provisional` in every evaluation, so a caller can see them and override them with their own rule set.
 *
 * @category Rules
 */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * Where a rule comes from: the document (its number, e.g. `'294-QĐ/TW'`, and name), the article and
 * clause, and public pages that quote it.
 *
 * @category Rules
 */
export interface RuleSource {
  readonly document: string;
  readonly name?: Bilingual;
  readonly article?: string;
  readonly clause?: string;
  readonly urls?: readonly string[];
}

/**
 * The type of a fact: `'count'` (a whole number ≥ 0), `'number'` (a finite number), `'date'`
 * (`YYYY-MM-DD`), `'boolean'`, or `'text'` (optionally one of `values`).
 *
 * @category Rules
 */
export type FactType = 'count' | 'number' | 'date' | 'boolean' | 'text';

/**
 * A fact a rule set reads. A fact with `sum` is derived: the sum of the listed count facts, never given
 * by the caller.
 *
 * @category Rules
 */
export interface FactDeclaration {
  readonly type: FactType;
  readonly title: Bilingual;
  /** For `'text'` facts: the only values accepted. */
  readonly values?: readonly string[];
  /** For derived `'count'` facts: the count facts added up. */
  readonly sum?: readonly string[];
}

/**
 * A literal a condition compares a fact with.
 *
 * @category Rules
 */
export type RuleValue = string | number | boolean;

/**
 * What a condition measures on a date fact, from that date to the evaluation date `asOf`:
 * - `'fullYears'`, `'fullMonths'`: completed years or months (đủ … tuổi, tính theo tháng);
 * - `'years'`, `'months'`: the exact time elapsed, compared with whole numbers: on the 15th birthday a
 *   person is exactly 15 years old, the day after more than 15;
 * - `'days'`: calendar days;
 * - `'workingDays'`: working days after the date up to `asOf` (Monday–Friday, without Vietnam's public
 *   holidays, {@link vietnamHolidays}).
 *
 * A month counts from a day to the same day of the month after; when that month is shorter, to its
 * last day (born 29 February: full months on the 28th in common years).
 *
 * @category Rules
 */
export type DateMeasure = 'fullYears' | 'fullMonths' | 'years' | 'months' | 'days' | 'workingDays';

/**
 * The comparison operators of a test.
 *
 * @category Rules
 */
export type ComparisonOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * Which edges of a `between` are included: `'[]'` both (the default), `'[)'`, `'(]'`, `'()'`.
 *
 * @category Rules
 */
export type BetweenEdges = '[]' | '[)' | '(]' | '()';

/**
 * Fields every condition may carry.
 *
 * @category Rules
 */
export interface ConditionCommon {
  /** Unique within a version; exceptions name the condition they override by it. */
  readonly id?: string;
  /** What the condition checks, in both languages; reasons are built from it. */
  readonly title?: Bilingual;
  /** The clause this condition encodes; when absent, that of the enclosing condition or version. */
  readonly source?: RuleSource;
  readonly confidence?: Confidence;
}

/**
 * A test of one fact: exactly one of `op` + `value`, `between` (+ `edges`) or `in`. On a date fact,
 * `measure` turns the date into a number first.
 *
 * @category Rules
 */
export interface TestCondition extends ConditionCommon {
  readonly title: Bilingual;
  readonly fact: string;
  readonly measure?: DateMeasure;
  readonly op?: ComparisonOp;
  readonly value?: RuleValue;
  readonly between?: readonly [RuleValue, RuleValue];
  readonly edges?: BetweenEdges;
  readonly in?: readonly RuleValue[];
}

/**
 * A condition: a test, or `all` / `any` / `not` over conditions. Three-valued: a missing fact makes a
 * test unknown; `all` fails if any part fails, `any` passes if any part passes, otherwise unknown
 * decides.
 *
 * @category Rules
 */
export type Condition =
  | TestCondition
  | (ConditionCommon & { readonly all: readonly Condition[] })
  | (ConditionCommon & { readonly any: readonly Condition[] })
  | (ConditionCommon & { readonly not: Condition });

/**
 * A labelled exception: when its `when` holds, the condition `overrides` counts as met even if it
 * fails (admission over 60 with the written approval of the competent committee).
 *
 * @category Rules
 */
export interface RuleException {
  readonly id: string;
  readonly label: Bilingual;
  readonly overrides: string;
  readonly when: Condition;
  readonly source?: RuleSource;
  readonly confidence?: Confidence;
}

/**
 * A conclusion of the rule set: when `when` holds, the result gets the fields in `sets` (e.g.
 * `{ form: 'chi-bo-co-so' }`) and the note `text`. When two conclusions set the same field, the first
 * that holds wins.
 *
 * @category Rules
 */
export interface RuleConclusion {
  readonly id: string;
  readonly text: Bilingual;
  readonly when: Condition;
  readonly sets?: Readonly<Record<string, RuleValue>>;
  readonly source?: RuleSource;
  readonly confidence?: Confidence;
}

/**
 * One version of a rule set, in force from `effectiveFrom` to `effectiveTo` (both included; no
 * `effectiveTo` while in force). Versions of a set must not overlap.
 *
 * @category Rules
 */
export interface RuleVersion {
  readonly id: string;
  readonly title?: Bilingual;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | null;
  readonly source: RuleSource;
  /** Ids of the versions, or numbers of the documents, this one replaces. */
  readonly supersedes?: readonly string[];
  readonly confidence: Confidence;
  /** The eligibility condition. */
  readonly when: Condition;
  readonly exceptions?: readonly RuleException[];
  readonly conclusions?: readonly RuleConclusion[];
}

/**
 * A rule set: plain JSON data, validated when first used. Built-in sets (such as
 * {@link partyOrganizationFounding}) and your own (a province's guidance, a newer regulation) share
 * this format; see the guide "Writing a rule set".
 *
 * @category Rules
 */
export interface RuleSet {
  /** A pointer for editors to the format's JSON Schema (`schema/rule-set.schema.json`); read as text and ignored. */
  readonly $schema?: string;
  readonly id: string;
  readonly title: Bilingual;
  readonly facts: Readonly<Record<string, FactDeclaration>>;
  readonly versions: readonly RuleVersion[];
}

/**
 * The outcome of an evaluation: all conditions hold (`'eligible'`), one fails (`'ineligible'`), or
 * missing facts leave it open (`'undetermined'`).
 *
 * @category Rules
 */
export type Outcome = 'eligible' | 'ineligible' | 'undetermined';

/**
 * The result of one condition: `'pass'`, `'fail'`, or `'unknown'` (a fact it needs is missing).
 *
 * @category Rules
 */
export type ConditionResult = 'pass' | 'fail' | 'unknown';

/**
 * A fact value as the explanation records it (`null` when missing).
 *
 * @category Rules
 */
export type FactValue = string | number | boolean | null;
