import type { RoundingMode } from '../core/index.js';

/**
 * A figure as callers give it: a finite JS number, or a plain decimal string (`"97.5"`, `"1234567890123456789"`).
 * Strings keep any size and any number of decimals exactly.
 *
 * @category Attainment
 */
export type NumberInput = number | string;

/**
 * A target (chỉ tiêu) in one of its forms:
 * - a number: reach it (met at ≥, exceeded above);
 * - `{ atLeast }` (ít nhất): the same test, named as the report names it;
 * - `{ atMost }` (không quá, không để xảy ra): lower is better: met at ≤, exceeded below;
 * - `{ min, max }` (từ 5–7): met inside the range, exceeded above `max`, not met below `min`.
 *
 * @category Attainment
 */
export type TargetInput =
  | NumberInput
  | { readonly atLeast: NumberInput }
  | { readonly atMost: NumberInput }
  | { readonly min: NumberInput; readonly max: NumberInput };

/**
 * What an indicator counts: `'count'` (whole numbers of members, organisations…) or `'rate'`
 * (percentages: `"97.5"` means 97.5%; "vượt" is then in percentage points).
 *
 * @category Attainment
 */
export type IndicatorKind = 'count' | 'rate';

/**
 * Status of one target: chưa đạt / đạt / vượt.
 *
 * @category Attainment
 */
export type AttainmentStatus = 'not-met' | 'met' | 'exceeded';

/**
 * A target after validation, with its figures as canonical decimal strings.
 *
 * @category Attainment
 */
export type Target =
  | { readonly form: 'reach'; readonly value: string }
  | { readonly form: 'at-least'; readonly value: string }
  | { readonly form: 'at-most'; readonly value: string }
  | { readonly form: 'range'; readonly min: string; readonly max: string };

/**
 * Input of {@link attainment}.
 *
 * @category Attainment
 */
export interface AttainmentInput {
  /** What was achieved (kết quả đạt được). */
  readonly achieved: NumberInput;
  /** The target (chỉ tiêu), in any {@link TargetInput} form. */
  readonly target: TargetInput;
  /** Default `'count'`. */
  readonly kind?: IndicatorKind;
}

/**
 * Options of {@link attainment}.
 *
 * @category Attainment
 */
export interface AttainmentOptions {
  /** Decimals of `percent`, `overPercent` and `overPoints`, 0 to 10. Default 2. */
  readonly decimals?: number;
  /** Default `'half-up'`, the convention of Vietnamese reports. */
  readonly rounding?: RoundingMode;
}

/**
 * The facts a status reason is written from: the kind of indicator, the achieved figure, the target
 * (as in the result) and the gap (the shortfall, or the excess over the target or limit; `"0"` when met).
 *
 * @category Attainment
 */
export interface StatusFacts {
  readonly kind: IndicatorKind;
  readonly achieved: string;
  readonly target: Target;
  readonly gap: string;
}

/**
 * One message table of status reasons: a sentence for each code, from its facts.
 *
 * @category Attainment
 */
export type StatusMessageTable = { readonly [C in StatusReason['code']]: (facts: StatusFacts) => string };

/**
 * Why a status was given: a stable code and its facts (docs/conventions.md §4). The sentences are
 * written from them on demand by {@link explainAttainment}, from the message tables
 * (src/attainment/messages/vi.ts, en.ts), so computing a result writes none.
 *
 * @category Attainment
 */
export interface StatusReason {
  /** What the sentences are written from. */
  readonly facts: StatusFacts;
  readonly code:
    | 'below-target'
    | 'at-target'
    | 'above-target'
    | 'below-range'
    | 'inside-range'
    | 'above-range'
    | 'above-limit'
    | 'at-limit'
    | 'below-limit';
}

/**
 * The result of {@link attainment}: plain, frozen, JSON-serialisable. Figures are decimal strings in
 * plain notation with trailing zeros removed; the `…Number` fields are the same figures as JS numbers
 * for charts and sorting (never use them to print).
 *
 * @category Attainment
 */
export interface AttainmentResult {
  readonly kind: IndicatorKind;
  /** The achieved figure, canonical (`"103"`). */
  readonly achieved: string;
  readonly target: Target;
  /**
   * The figure percentages are taken against: the target; the minimum for `{ atLeast }` and
   * `{ min, max }`; the limit for `{ atMost }`.
   */
  readonly reference: string;
  readonly status: AttainmentStatus;
  /**
   * achieved ÷ reference × 100, rounded (đạt X%); `null` when the reference is 0. For `{ atMost }` it is
   * the share of the limit used: 2 incidents against at most 4 is `"50"`, and below 100 is good.
   */
  readonly percent: string | null;
  /** percent − 100, rounded the same way (vượt X% for counts); negative when short; `null` when the reference is 0. */
  readonly overPercent: string | null;
  /** For rates: achieved − reference in percentage points (vượt X điểm %), rounded; `null` for counts. */
  readonly overPoints: string | null;
  /**
   * What is still missing to meet the target, exact (còn thiếu): reference − achieved when short,
   * `"0"` when met. For `{ atMost }`, how far the figure must come down: achieved − limit.
   */
  readonly shortfall: string;
  /**
   * How far beyond the target, exact: achieved − target when exceeded (above `max` for a range; below
   * the limit, limit − achieved, for `{ atMost }`), else `"0"`.
   */
  readonly surplus: string;
  readonly percentNumber: number | null;
  readonly overPercentNumber: number | null;
  readonly overPointsNumber: number | null;
  /** The exact values behind the rounding, as reduced fractions (`"515/4"`), for {@link round} to re-round. */
  readonly exact: {
    readonly percent: string | null;
    readonly overPercent: string | null;
    readonly overPoints: string | null;
  };
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly reason: StatusReason;
}
