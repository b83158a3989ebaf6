import type { IssuePath } from '../core/errors.js';
import type { Bilingual } from '../core/locale.js';
import type { Rational } from '../core/_rational.js';
import { deepFreeze } from '../core/_freeze.js';
import type { ParsedTarget } from '../attainment/_attainment.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import { fromExact } from './_rational.js';
import type { ParsedTermOptions, ParsedTermProgress } from './_termProgressSchema.js';
import type { StepCode, StepFacts } from './steps.js';
import type { ExplanationStep } from './types.js';

// What the parts of a term-progress computation share: the observed series, the run's context, and
// how a step of the explanation is made (its code and facts; the sentences come from the message tables).

/** One point of the cumulative series: day index t (days of the term passed) and the aggregate then. */
export interface Point {
  readonly t: number;
  readonly v: Rational;
  readonly path: IssuePath;
}

/** Context shared by the steps of one computation. */
export interface Run {
  readonly p: ParsedTermProgress;
  readonly o: ParsedTermOptions;
  readonly total: number;
  readonly tAsOf: number;
  readonly remainingDays: number;
  readonly cumulative: Rational;
  /** Observed points, in time order; for a sum the implicit zero at the term start is not among them. */
  readonly points: readonly Point[];
  /** The linear run-rate projection at the end, or undefined when no time has passed between points. */
  readonly projected: Rational | undefined;
}

/** A step of the explanation: its facts, and the sentences the message tables write from them. */
export function step<C extends StepCode>(name: string, formula: string, code: C, facts: StepFacts[C]): ExplanationStep {
  const f = deepFreeze(facts);
  return Object.freeze({ name, formula, code, facts: f, vi: (vi[code] as (x: StepFacts[C]) => string)(f), en: (en[code] as (x: StepFacts[C]) => string)(f) }) as ExplanationStep;
}
export const freezeBilingual = (b: Bilingual): Bilingual => Object.freeze({ vi: b.vi, en: b.en });

/** The figure a target is measured against: its value, or the minimum of a range. */
export function referenceOf(t: ParsedTarget): Rational {
  return fromExact(t.form === 'range' ? t.min : t.value);
}

