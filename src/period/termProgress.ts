import type { Bilingual } from '../core/locale.js';
import type { RoundingMode } from '../core/roundingModes.js';
import type { AttainmentResult, IndicatorKind, NumberInput, TargetInput } from '../attainment/types.js';
import { computeTermProgress } from './_termProgress.js';
import { resolveOptions, termProgressInputSchema, termProgressOptionsSchema, type Aggregation, type ProjectionMethod } from './_termProgressSchema.js';
import type { Elapsed, ExactFigure, ExplanationStep, Period, PeriodInput, ProgressClass, ProgressThresholds } from './types.js';
import { parseWith } from './_errors.js';

export type { Aggregation, ProjectionMethod };

/**
 * A figure reported for one period: "15 đảng viên trong năm 2024".
 *
 * @category Periods
 */
export interface PeriodValue {
  readonly period: PeriodInput;
  readonly value: NumberInput;
}

/**
 * One of several targets for the same indicator, each from its issuer: the unit's own congress
 * resolution (`'own'`, nghị quyết đại hội) or the figure assigned by the superior (`'assigned'`,
 * chỉ tiêu được giao).
 *
 * @category Periods
 */
export interface TermTargetInput {
  /** Names the target in the result; unique within the call. */
  readonly id: string;
  readonly target: TargetInput;
  readonly source?: 'own' | 'assigned';
  /** Who set it, e.g. `'Đảng ủy khối'`. */
  readonly issuer?: string;
  readonly label?: string | Bilingual;
  /** Per-period plans (kế hoạch năm) that set the expected pace instead of a straight line. */
  readonly plan?: readonly PeriodValue[];
}

/**
 * Input of {@link termProgress}. Give `target` or `targets`, and `results` or `cumulative`.
 *
 * @category Periods
 */
export interface TermProgressInput {
  /** The term or stage: a {@link Period} or text such as `'nhiệm kỳ 2020-2025'`. */
  readonly term: PeriodInput;
  /** The cut-off date of the figures (tính đến), `YYYY-MM-DD`. */
  readonly asOf: string;
  /** One term target, in any form the attainment core reads. */
  readonly target?: TargetInput;
  /** Per-period plans for `target`, each period wholly inside the term (later periods are fine). */
  readonly plan?: readonly PeriodValue[];
  /** Several targets for the same figure, each evaluated and labelled. */
  readonly targets?: readonly TermTargetInput[];
  /**
   * Figures per period, each period wholly inside the term and begun by `asOf`; a period that contains
   * `asOf` (the current year) gives its figure to date.
   */
  readonly results?: readonly PeriodValue[];
  /** Or the cumulative figure itself (lũy kế) as of `asOf`. */
  readonly cumulative?: NumberInput;
  /**
   * How results combine: `'sum'` for flows such as new members (the default), `'last'` for stocks
   * such as "có đến 31/12", `'max'`, `'mean'`.
   */
  readonly aggregation?: Aggregation;
  /** `'count'` (the default) or `'rate'`. */
  readonly kind?: IndicatorKind;
}

/**
 * Options of {@link termProgress}.
 *
 * @category Periods
 */
export interface TermProgressOptions {
  /** Decimals of figures and percents (0–10, default 2); ratios and fractions get two more. */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
  /** How far from the expected figure still counts as on track, in percent of it. Default 5. */
  readonly tolerancePercent?: NumberInput;
  /** Projection methods to run, in order. Default `['linear']`. */
  readonly methods?: readonly ProjectionMethod[];
  /** Replacement threshold sets (defaults {@link OPEN_SDG_THRESHOLDS} and {@link UNSD_PROGRESS_THRESHOLDS}). */
  readonly thresholds?: { readonly cagr?: ProgressThresholds; readonly unsd?: ProgressThresholds };
}

/**
 * Whether the cumulative figure is ahead of, on, or behind the expected pace.
 *
 * @category Periods
 */
export type Pace = 'ahead' | 'on-track' | 'behind';

/**
 * The result of one projection method for one target. `status` is `'computed'`,
 * `'insufficient-data'` (fewer data points than the method needs: `dataPoints` < `needed`) or
 * `'not-applicable'` (CAGR and UNSD ratios for an upper limit `{ atMost }`).
 *
 * @category Periods
 */
export interface TermProjection {
  readonly method: ProjectionMethod;
  readonly status: 'computed' | 'insufficient-data' | 'not-applicable';
  readonly class: ProgressClass | null;
  readonly classLabel: Bilingual | null;
  /** The threshold set used (`'open-sdg'`, `'unsd-progress-chart'`), `null` for the linear run-rate. */
  readonly thresholds: string | null;
  /** The figure projected at the end of the term, for the linear and UNSD methods. */
  readonly projectedAtEnd: ExactFigure | null;
  /** The ratio the bands classify (`exact` is `null` for CAGR, whose roots are irrational). */
  readonly ratio: { readonly value: string; readonly valueNumber: number; readonly exact: string | null } | null;
  /** For CAGR: observed and required compound annual growth, in percent. */
  readonly observedRatePercent: string | null;
  readonly requiredRatePercent: string | null;
  readonly dataPoints: number;
  readonly needed: number;
  readonly explanation: ExplanationStep;
}

/**
 * How the cumulative figure stands against one target.
 *
 * @category Periods
 */
export interface TermTargetProgress {
  readonly id: string;
  readonly source: 'own' | 'assigned' | null;
  readonly issuer: string | null;
  readonly label: Bilingual | null;
  /** The attainment of the cumulative against the term target, as {@link attainment} computes it. */
  readonly attainment: AttainmentResult;
  /** Still to achieve (còn thiếu); for `{ atMost }`, the room left below the limit. */
  readonly remaining: string;
  /** Where the figure should be by `asOf`: target × elapsed fraction, or the sum of plans pro rata. */
  readonly expectedByNow: ExactFigure;
  readonly paceBasis: 'linear' | 'plan';
  readonly pace: Pace;
  /** What is still needed per year (365.25 days) to meet the target by the end; `null` for `{ atMost }` or after the end. */
  readonly requiredPerYear: ExactFigure | null;
  readonly requiredPerMonth: ExactFigure | null;
  readonly projections: readonly TermProjection[];
  readonly explanation: readonly ExplanationStep[];
}

/**
 * The result of {@link termProgress}: plain, frozen, JSON-serialisable.
 *
 * @category Periods
 */
export interface TermProgressResult {
  readonly term: Period;
  readonly asOf: string;
  readonly kind: IndicatorKind;
  readonly aggregation: Aggregation;
  readonly elapsed: Elapsed;
  /** The cumulative figure (lũy kế) as of `asOf`. */
  readonly cumulative: ExactFigure;
  /**
   * `true` when the cumulative is a mean that is not a terminating decimal (10/3). The attainment still
   * takes its status, percents and exact fractions from the exact value; only its `achieved`,
   * `shortfall` and `surplus` (and `remaining`) show it rounded, to 10 decimals (more if the target
   * has more), on the same side of the target as the exact value. `cumulative.exact` keeps the
   * exact value.
   */
  readonly cumulativeRounded: boolean;
  /** The linear run-rate projection at the end of the term; `null` before any time has passed. */
  readonly projectedAtEnd: ExactFigure | null;
  readonly targets: readonly TermTargetProgress[];
  readonly tolerancePercent: string;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly explanation: readonly ExplanationStep[];
}

/**
 * Progress over a term (nhiệm kỳ) or stage (giai đoạn) as of a date: the cumulative figure (lũy kế),
 * its attainment against each term target, what remains, the share of the term elapsed, where a
 * straight line (or the per-year plans) says the figure should be by now, whether it is ahead, on
 * track or behind (within `tolerancePercent` of the expected figure), what is needed per year and per
 * month to finish, and where it lands at this rate. Several targets from different issuers are
 * evaluated in one call and labelled. Every figure is exact and rounded once.
 *
 * Formulas (days counted with the `asOf` day included; a year is 365.25 days):
 * elapsed = elapsedDays ÷ totalDays; expectedByNow = target × elapsed (or Σ plan × its elapsed
 * share); requiredPerYear = remaining × 365.25 ÷ remainingDays, per month a twelfth of it;
 * projectedAtEnd (linear run-rate) = v₁ + (v₁ − v₀) × (end − t₁) ÷ (t₁ − t₀), which for a sum
 * from zero is cumulative ÷ elapsed. Methods `'cagr'` (Statistics Canada / Open SDG) and `'unsd'`
 * (UNSD Progress Chart) are documented in the guide "Tracking a term target".
 *
 * @param input - `term`, `asOf`, `target` (+ `plan`) or `targets`, `results` or `cumulative`,
 *   `aggregation`, `kind`
 * @param options - `decimals`, `rounding`, `tolerancePercent`, `methods`, `thresholds`
 * @returns a frozen {@link TermProgressResult}
 * @throws {ChiTieuError} for bad input, with its code and path: `invalid_date`, `unknown_period`,
 *   `date_order`, `out_of_range` (a result or plan period not wholly inside the term, or a result
 *   period that starts after `asOf`), `negative`, `not_integer`,
 *   `duplicate_id`, `missing`; `nonpositive_base` when `'cagr'` is asked for and the first data point
 *   is zero or less
 * @example
 * ```ts
 * import { termProgress } from 'chitieu';
 * const r = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, cumulative: 72 });
 * const t = r.targets[0];
 * [t?.attainment.percent, t?.remaining, t?.expectedByNow.value, t?.pace, t?.requiredPerYear?.value];
 * //=> [ '90', '8', '60.55', 'ahead', '5.48' ]
 * ```
 * @category Periods
 */
export function termProgress(input: TermProgressInput, options: TermProgressOptions = {}): TermProgressResult {
  const p = parseWith(termProgressInputSchema, input);
  const o = resolveOptions(parseWith(termProgressOptionsSchema, options ?? {}, ['options']));
  return computeTermProgress(p, o);
}
