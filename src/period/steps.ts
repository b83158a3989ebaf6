import type { StatusFacts, StatusReason } from '../attainment/types.js';
import type { Bilingual } from '../core/locale.js';

// What each step of a term-progress explanation rests on, as data: a stable code and its facts
// (figures as plain decimal strings, dates as ISO text, enumerations as codes; the labels of terms and
// threshold sets are the caller's own words, in both languages). The sentences are written from these by
// one message table per language (src/period/messages/vi.ts, en.ts).

import type { ProjectionMethod as Method } from './_termProgressSchema.js';

/**
 * The facts of each step code of {@link ExplanationStep}.
 *
 * @category Periods
 */
export interface StepFacts {
  /** The evaluation date is before the term starts. */
  readonly 'elapsed-not-started': { readonly asOf: string; readonly termStart: string; readonly term: Bilingual };
  /** The term has ended. */
  readonly 'elapsed-ended': { readonly termEnd: string; readonly totalDays: number; readonly term: Bilingual };
  readonly elapsed: { readonly asOf: string; readonly termStart: string; readonly termEnd: string; readonly term: Bilingual; readonly elapsedDays: number; readonly totalDays: number; readonly percent: string };
  /** `rounded`: the figure is not a terminating decimal, shown to 10 decimals. */
  readonly cumulative: { readonly asOf: string; readonly aggregation: 'sum' | 'last' | 'max' | 'mean' | 'given'; readonly value: string; readonly rounded: boolean };
  readonly 'projected-at-end': { readonly value: string; readonly term: Bilingual };
  /** The attainment of the cumulative figure: the code and facts of its status reason. */
  readonly attainment: { readonly code: StatusReason['code']; readonly facts: StatusFacts };
  readonly 'expected-by-now': { readonly asOf: string; readonly value: string; readonly basis: 'plan' | 'linear' };
  readonly pace: { readonly cumulative: string; readonly expected: string; readonly tolerance: string; readonly side: 'above' | 'below' | 'within'; readonly pace: 'ahead' | 'on-track' | 'behind' };
  readonly 'required-not-applicable': Readonly<Record<string, never>>;
  readonly 'required-met': Readonly<Record<string, never>>;
  readonly 'required-ended': { readonly term: Bilingual; readonly remaining: string };
  readonly required: { readonly remaining: string; readonly remainingDays: number; readonly perYear: string; readonly perMonth: string };
  /** `resultsNeeded`: the method needs the results per period, not a cumulative figure. */
  readonly 'projection-insufficient': { readonly method: Method; readonly got: number; readonly resultsNeeded: boolean };
  readonly 'projection-not-applicable': { readonly method: Method };
  readonly 'projection-achieved': { readonly method: Method; readonly cumulative: string; readonly target: string; readonly label: Bilingual; readonly thresholds: Bilingual };
  readonly 'projection-linear': { readonly projected: string; readonly target: string; readonly meets: boolean };
  /** The base value met the target but the figure is now below it. */
  readonly 'projection-base-met': { readonly method: Method; readonly base: string; readonly label: Bilingual };
  readonly 'projection-cagr': { readonly observed: string; readonly required: string; readonly ratio: string; readonly label: Bilingual; readonly thresholds: Bilingual };
  readonly 'projection-unsd': { readonly projected: string; readonly base: string; readonly target: string; readonly ratio: string; readonly label: Bilingual; readonly thresholds: Bilingual };
}

/**
 * A stable code for what a step of a term-progress explanation says.
 *
 * @category Periods
 */
export type StepCode = keyof StepFacts;

/**
 * One message table of term-progress steps: a sentence for each code, from its facts.
 *
 * @category Periods
 */
export type StepMessageTable = { readonly [C in StepCode]: (facts: StepFacts[C]) => string };
