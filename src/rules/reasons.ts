import type { Bilingual } from '../core/index.js';
import type { ConditionResult, DateMeasure, FactType } from './types.js';

// What each sentence of a rule explanation rests on, as data: a stable code and its facts (numbers as
// plain decimal strings, dates as ISO text, enumerations as codes). Titles, labels and texts are the rule
// data's own words, carried as given in both languages. The sentences are written from these by one
// message table per language (src/rules/messages/vi.ts, en.ts), so a front end can write its own.

/**
 * A fact an explanation names: its name in the rule data and its title there.
 *
 * @category Rules
 */
export interface NamedFact {
  readonly fact: string;
  readonly title: Bilingual;
}

/**
 * What every condition's reason holds: the result after exceptions, the condition's title, and the
 * exceptions that made it pass (their ids and labels, in the order of the rule data).
 *
 * @category Rules
 */
export interface ConditionReasonFacts {
  readonly result: ConditionResult;
  readonly title: Bilingual;
  readonly exceptions: readonly { readonly id: string; readonly label: Bilingual }[];
}

/**
 * What the reason of every test holds besides: the fact it reads, by name, and that fact's title.
 *
 * @category Rules
 */
export interface TestReasonFacts extends ConditionReasonFacts {
  readonly fact: string;
  readonly factTitle: Bilingual;
}

/**
 * The facts of each code of {@link RuleReason}.
 *
 * @category Rules
 */
export interface RuleReasonFacts {
  /** The outcome of an evaluation: every condition holds. */
  readonly eligible: { readonly title: Bilingual };
  /** The outcome of an evaluation: the conditions that fail and decide it (an `all` without exceptions is looked into). */
  readonly ineligible: { readonly title: Bilingual; readonly failed: readonly { readonly id: string; readonly title: Bilingual }[] };
  /** The outcome of an evaluation: the facts that would decide it, sorted by name. */
  readonly undetermined: { readonly title: Bilingual; readonly missing: readonly NamedFact[] };
  /** A test whose fact is unknown: `missing` names the input facts lacking (the parts of a sum). */
  readonly 'test-missing': TestReasonFacts & { readonly missing: readonly string[] };
  /**
   * A test of a known fact: its value as text (a number as a plain decimal, a date `YYYY-MM-DD`, a
   * text as given) or a boolean, and the fact's type.
   */
  readonly 'test-value': TestReasonFacts & { readonly type: FactType; readonly value: string | boolean };
  /**
   * A test that measures the time from a date fact to `asOf`: the whole units (`measured`, a decimal
   * string) and whether it is exactly that much (`exact: false`: a little more).
   */
  readonly 'test-measured': TestReasonFacts & {
    readonly value: string;
    readonly measure: DateMeasure;
    readonly measured: string;
    readonly exact: boolean;
    readonly asOf: string;
  };
  /** An `all`, `any` or `not`: how many of its parts passed, failed or stayed unknown (decimal strings). */
  readonly group: ConditionReasonFacts & { readonly kind: 'all' | 'any' | 'not'; readonly passed: string; readonly failed: string; readonly unknown: string };
  /** An exception that did not change the condition it overrides: the result of its own condition. */
  readonly exception: { readonly result: ConditionResult; readonly label: Bilingual; readonly overrides: string };
  /** An exception whose condition holds and that turned the condition it overrides into a pass. */
  readonly 'exception-applied': { readonly label: Bilingual; readonly overrides: string };
  /** A conclusion: whether it holds, its text, and the facts that would decide it when unknown. */
  readonly finding: { readonly result: ConditionResult; readonly text: Bilingual; readonly missing: readonly NamedFact[] };
  /** The calendar of {@link probationSchedule}: dates `YYYY-MM-DD`, lengths as decimal strings. */
  readonly probation: {
    readonly ceremonyDate: string;
    readonly probationEnds: string;
    readonly recognitionDeadline: string;
    readonly probationMonths: string;
    readonly recognitionWorkingDays: string;
  };
}

/**
 * A stable code for what a sentence of a rule explanation says.
 *
 * @category Rules
 */
export type RuleReasonCode = keyof RuleReasonFacts;

/**
 * Why a result, a condition, an exception or a conclusion came out as it did: a stable code to branch
 * on and the plain facts its sentence is written from (the sentence itself is `explanation`).
 *
 * @category Rules
 */
export type RuleReason<C extends RuleReasonCode = RuleReasonCode> = { readonly [K in C]: { readonly code: K; readonly facts: RuleReasonFacts[K] } }[C];

/**
 * One message table of rule explanations: a sentence for each code, from its facts.
 *
 * @category Rules
 */
export type RuleMessageTable = { readonly [C in RuleReasonCode]: (facts: RuleReasonFacts[C]) => string };
