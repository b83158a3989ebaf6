import type { Bilingual } from '../core/index.js';
import type { StepCode, StepFacts } from './steps.js';

/**
 * What a period is: a calendar year (năm), a half-year (6 tháng đầu/cuối năm), a quarter (quý), a
 * month (tháng), a congress term (nhiệm kỳ), a programme stage (giai đoạn), or any other range of
 * dates (`'custom'`: "từ năm 2020 đến nay", part of a year cut by a term's congress date).
 *
 * @category Periods
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'term' | 'stage' | 'custom';

/**
 * A period as plain data: calendar dates `YYYY-MM-DD`, both ends inclusive, and its label in
 * Vietnamese and English (`{ vi: 'quý II/2024', en: 'Q2 2024' }`). Dates are calendar dates, never
 * instants: nothing about a period depends on a time zone.
 *
 * @category Periods
 */
export interface Period {
  readonly kind: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly end: string;
  readonly label: Bilingual;
}

/**
 * A period as callers give it: a {@link Period} (its `label` may be left out and is then written from
 * the kind and dates), or text such as `'nhiệm kỳ 2020-2025'` or `'quý II/2024'` (see {@link parsePeriod}).
 *
 * @category Periods
 */
export type PeriodInput =
  | string
  | { readonly kind: PeriodKind; readonly start: string; readonly end: string; readonly label?: Bilingual };

/**
 * Where a date stands against a period: before its first day (`'not-started'`, elapsed 0), inside it
 * (`'in-progress'`), or on or after its last day (`'ended'`, elapsed 1).
 *
 * @category Periods
 */
export type ElapsedStatus = 'not-started' | 'in-progress' | 'ended';

/**
 * A derived figure: rounded once to the caller's decimals (`value`, plain notation, trailing zeros
 * removed), the same as a JS number for charts (`valueNumber`, never for printing), and the exact
 * reduced fraction behind it (`exact`: `"1659/2192"`, or `"72"` when whole).
 *
 * @category Periods
 */
export interface ExactFigure {
  readonly value: string;
  readonly valueNumber: number;
  readonly exact: string;
}

/**
 * How much of a period has passed at a date, counted in calendar days. The `asOf` day counts as
 * passed: figures "as of 16/7/2024" include that day.
 *
 * @category Periods
 */
export interface Elapsed {
  readonly status: ElapsedStatus;
  readonly asOf: string;
  /** Days of the period up to and including `asOf` (0 before the start, `totalDays` from the end on). */
  readonly elapsedDays: number;
  readonly totalDays: number;
  /** `totalDays − elapsedDays`. */
  readonly remainingDays: number;
  /** elapsedDays ÷ totalDays, from 0 to 1; `value` has the caller's decimals + 2. */
  readonly fraction: ExactFigure;
  /** The same fraction × 100, with the caller's decimals. */
  readonly percent: string;
  readonly percentNumber: number;
}

/**
 * One step of an explanation: a stable name, the formula with the figures put in, what the step says
 * as data (`code` and `facts`, see {@link StepFacts}) and the sentence the message tables write from it,
 * in both languages.
 *
 * @category Periods
 */
export type ExplanationStep = {
  readonly [C in StepCode]: Bilingual & {
    readonly name: string;
    readonly formula: string;
    readonly code: C;
    readonly facts: StepFacts[C];
  };
}[StepCode];

/**
 * A class a projection method can give. The built-in threshold sets use `'target-achieved'`,
 * `'on-track'`, `'acceleration-needed'`, `'limited-progress'` and `'deterioration'`; the linear
 * run-rate gives `'on-track'` or `'off-track'`. A caller's own threshold set may name its own classes.
 *
 * @category Periods
 */
export type ProgressClass = string;

/**
 * One band of a threshold set: ratios at or above `min` (a decimal string; `null` means no lower bound)
 * and below the previous band's `min` fall in `class`.
 *
 * @category Periods
 */
export interface ProgressBand {
  readonly min: string | null;
  readonly class: ProgressClass;
  readonly label: Bilingual;
}

/**
 * A named, replaceable set of thresholds for a progress ratio: its bands from the highest `min`
 * down, and the class given when the target is already met.
 *
 * @category Periods
 */
export interface ProgressThresholds {
  readonly id: string;
  readonly name: Bilingual;
  /** Where the thresholds come from. */
  readonly source: string;
  readonly achieved: { readonly class: ProgressClass; readonly label: Bilingual };
  readonly bands: readonly ProgressBand[];
}
