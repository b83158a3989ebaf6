import type { AttainmentStatus } from '../attainment/types.js';
import type { RoundingMode } from '../core/index.js';
import type { ClaimAs } from './types.js';

// What a claim's verdict rests on, as data: a stable code and its facts (figures as plain decimal strings,
// enumerations as codes). The sentences of `explanation` are rendered from these by one message table per
// language (src/claims/messages/vi.ts, en.ts), so a front end can write its own from the same facts.

/**
 * The facts of a checked percentage ("16/15 …, vượt 6,6%"): what was computed and how it was rounded.
 *
 * @category Claims
 */
export interface CheckFacts {
  readonly as: ClaimAs;
  readonly achieved: string;
  readonly target: string;
  /** The exact value as a reduced fraction (`"20/3"`) or a decimal. */
  readonly exact: string;
  /** The decimals the figure was printed to. */
  readonly decimals: number;
  /** The exact value rounded in `rounding` to `decimals`. */
  readonly computed: string;
  /** The printed figure in plain notation. */
  readonly reported: string;
  /** The rounding assumed (the caller's, or half-up). */
  readonly rounding: RoundingMode;
  /** Every rounding mode that gives the printed figure. */
  readonly modes: readonly RoundingMode[];
}

/**
 * The facts of a percentage printed as a bound or an approximation ("đạt trên 90%", "chiếm gần 59%",
 * "khoảng 80%") that no rounding gives but the exact value bears out: above it, just under it (within one
 * unit of its last digit), or within one unit of it.
 *
 * @category Claims
 */
export interface BoundFacts extends CheckFacts {
  readonly bound: 'above' | 'below' | 'about';
}

/**
 * The facts of a total checked against its parts.
 *
 * @category Claims
 */
export interface SumFacts {
  readonly total: string;
  readonly parts: readonly string[];
  readonly sum: string;
  /** sum − total. */
  readonly difference: string;
  /** The largest |difference| accepted. */
  readonly tolerance: string;
}

/**
 * The facts of a sum that falls short by exactly a number the reader did not take for a figure (a name or
 * a reference: "cấp Trung ương 12 hộ"): `unread` is that number. No verdict.
 *
 * @category Claims
 */
export interface UnreadPartFacts extends SumFacts {
  readonly unread: string;
}

/**
 * The facts of a percentage whose target (or whole, or earlier figure) is worked out: the whole numbers
 * from `from` to `to` (`count` of them) give it; `to` and `count` are null when there is no end to them.
 *
 * @category Claims
 */
export interface ImpliedFacts {
  readonly as: ClaimAs;
  readonly achieved: string;
  readonly unit: string | null;
  readonly reported: string;
  readonly rounding: RoundingMode;
  readonly from: string | null;
  readonly to: string | null;
  readonly count: number | null;
}

/**
 * The facts of a percentage printed as a bound ("đạt hơn 120%", "vượt gần 9,5%") with only its achieved
 * figure: the whole-number targets from `from` to `to` (`to` null: every one from `from` up; both null:
 * none) whose exact value bears the bound out, read as {@link BoundFacts} reads it. No rounding is
 * involved.
 *
 * @category Claims
 */
export interface ImpliedBoundFacts {
  readonly as: ClaimAs;
  readonly achieved: string;
  readonly unit: string | null;
  readonly reported: string;
  readonly bound: 'above' | 'below' | 'about';
  readonly from: string | null;
  readonly to: string | null;
  readonly count: number | null;
}

/**
 * The facts of a percentage printed after a list it cannot be paired with in order.
 *
 * @category Claims
 */
export interface AmbiguousFacts {
  readonly as: ClaimAs;
  readonly reported: string;
  /** The candidate ratios, `"16/15"` in plain notation. */
  readonly candidates: readonly string[];
}

/**
 * The facts of a ratio with no percentage printed after it ("3/3 tổ chức đảng"), or with a target of 0.
 *
 * @category Claims
 */
export interface RatioFacts {
  readonly achieved: string;
  readonly target: string;
  /** achieved ÷ target × 100 to 2 decimals; null for a target of 0. */
  readonly percent: string | null;
  readonly status: AttainmentStatus;
  /** How far from the target: the shortfall when not met, the excess when exceeded, else `"0"`. */
  readonly gap: string;
  /** For a target of 0: the percentages printed against it, which cannot be checked, and their keywords. */
  readonly printed: readonly string[];
  readonly printedAs: readonly ClaimAs[];
}

/**
 * The facts of a range ("5-7 tổ chức", "100-275%").
 *
 * @category Claims
 */
export interface RangeFacts {
  readonly min: string;
  readonly max: string;
  readonly percent: boolean;
  readonly unit: string | null;
}

/**
 * The facts of a figure with nothing to check it against.
 *
 * @category Claims
 */
export interface ValueFacts {
  readonly value: string;
  readonly unit: string | null;
}

/**
 * The facts of one figure after "trong đó" and the total it is part of.
 *
 * @category Claims
 */
export interface SubsetFacts {
  readonly part: string;
  readonly partUnit: string | null;
  readonly total: string;
  readonly totalUnit: string | null;
}

/**
 * One percentage of a report that rounds differently from another.
 *
 * @category Claims
 */
export interface RoundedFigure {
  readonly as: ClaimAs;
  /** The ratio as printed (`"16/15"`). */
  readonly ratio: string;
  readonly reported: string;
  readonly modes: readonly RoundingMode[];
}

/**
 * The facts of a report no single rounding mode gives: two of its percentages that no mode gives
 * together, or null when only the whole set disagrees.
 *
 * @category Claims
 */
export interface MixedRoundingFacts {
  readonly pair: readonly [RoundedFigure, RoundedFigure] | null;
}

/**
 * The facts of each reason code:
 * - `'check-matches'`, `'check-other-rounding'` (only other modes give it), `'check-no-rounding'` (no mode does),
 *   `'check-bound'` (no mode gives it, but "trên", "gần" or "khoảng" before it holds), `'check-loose'` (a
 *   "gần" or "khoảng" the exact value is not close to: no verdict);
 * - `'sum-matches'`, `'sum-within-rounding'`, `'sum-mismatch'`, `'sum-unread-part'` (short by exactly a number not
 *   read as a figure: no verdict);
 * - `'implied'` (the targets that give it), `'implied-none'`, `'implied-too-many'`, `'implied-too-large'` (past 2^53);
 *   `'implied-bound'` (the targets a "trên", "gần" or "khoảng" leaves), `'implied-bound-none'` (none is left);
 * - `'ambiguous-pairing'`; `'ratio'`, `'ratio-zero-target'`; `'range'`, `'range-inverted'`;
 * - `'rate'`, `'at-least'`, `'count'`, `'multiple'` (a "gấp N lần" with nothing to check);
 * - `'part-within'`, `'part-exceeds'`; `'mixed-rounding'` (report level).
 *
 * @category Claims
 */
export interface ClaimReasonFacts {
  readonly 'check-matches': CheckFacts;
  readonly 'check-other-rounding': CheckFacts;
  readonly 'check-no-rounding': CheckFacts;
  readonly 'check-bound': BoundFacts;
  readonly 'check-loose': BoundFacts;
  readonly 'sum-matches': SumFacts;
  readonly 'sum-within-rounding': SumFacts;
  readonly 'sum-mismatch': SumFacts;
  readonly 'sum-unread-part': UnreadPartFacts;
  readonly implied: ImpliedFacts;
  readonly 'implied-none': ImpliedFacts;
  readonly 'implied-too-many': ImpliedFacts;
  readonly 'implied-too-large': ImpliedFacts;
  readonly 'implied-bound': ImpliedBoundFacts;
  readonly 'implied-bound-none': ImpliedBoundFacts;
  readonly 'ambiguous-pairing': AmbiguousFacts;
  readonly ratio: RatioFacts;
  readonly 'ratio-zero-target': RatioFacts;
  readonly range: RangeFacts;
  readonly 'range-inverted': RangeFacts;
  readonly rate: ValueFacts;
  readonly 'at-least': ValueFacts;
  readonly count: ValueFacts;
  readonly multiple: ValueFacts;
  readonly 'part-within': SubsetFacts;
  readonly 'part-exceeds': SubsetFacts;
  readonly 'mixed-rounding': MixedRoundingFacts;
}

/**
 * A stable code for what a verdict rests on.
 *
 * @category Claims
 */
export type ClaimReasonCode = keyof ClaimReasonFacts;

/**
 * What a verdict rests on: a stable `code` and its `facts`, from which `explanation` is written (see
 * {@link ClaimReasonFacts}). Branch on `code`; write your own sentence from `facts` if you need one.
 *
 * @example
 * ```ts
 * import { checkClaim } from 'chitieu';
 * const r = checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' }).reason;
 * r.code === 'check-other-rounding' && [r.facts.computed, r.facts.modes];
 * //=> [ '6.7', [ 'down', 'floor' ] ]
 * ```
 * @category Claims
 */
export type ClaimReason = { readonly [C in ClaimReasonCode]: { readonly code: C; readonly facts: ClaimReasonFacts[C] } }[ClaimReasonCode];

/**
 * One message table: a sentence for every reason code, from its facts.
 *
 * @category Claims
 */
export type ClaimMessageTable = { readonly [C in ClaimReasonCode]: (facts: ClaimReasonFacts[C]) => string };
