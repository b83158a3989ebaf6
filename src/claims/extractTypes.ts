import type { AttainmentStatus } from '../attainment/types.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import type { ClaimReason } from './reasons.js';
import type { CheckClaimResult, CheckSumResult, ClaimAs } from './types.js';

// The public types of extractClaims: the claims it finds in a report text, their figures and flags.

/**
 * Why a claim or a report needs a second look: a stable code and the reason in both languages.
 * - `'rounding-mismatch'`: the printed figure is not what the assumed rounding (half-up unless told
 *   otherwise) gives, though another rounding mode gives it;
 * - `'no-rounding-mode'`: no rounding mode gives the printed figure;
 * - `'no-target'`: no whole-number target gives the printed percentage (in any rounding mode, unless
 *   the rounding was declared);
 * - `'sum-mismatch'`: the parts after "trong đó" do not add up to the total;
 * - `'part-exceeds-total'`: the one part after "trong đó" is larger than the total;
 * - `'range-inverted'`: a range whose lower end is above its upper end;
 * - `'zero-target'`: a ratio whose target is 0 ("5/0"): no percentage of it can be computed (as
 *   {@link checkClaim} rejects such a target with `zero_total`), so a percentage printed after it
 *   cannot be checked;
 * - `'mixed-rounding'` (report level): no single rounding mode gives every checked percentage.
 *
 * @category Claims
 */
export interface ClaimFlag extends Bilingual {
  readonly code:
    | 'rounding-mismatch'
    | 'no-rounding-mode'
    | 'no-target'
    | 'sum-mismatch'
    | 'part-exceeds-total'
    | 'range-inverted'
    | 'zero-target'
    | 'mixed-rounding';
  /** The reason of the claim (or, for `'mixed-rounding'`, of the report) the flag is raised on; `vi`/`en` are its sentences. */
  readonly reason: ClaimReason;
}

/**
 * What became of a claim, saying what was verified:
 * - `'consistent'`: the target (or total) is printed and the arithmetic checks out;
 * - `'inferred'`: no target is printed; the whole-number targets that give the figure are worked out
 *   (`impliedTargets`), nothing is verified;
 * - `'flagged'`: wrong by exact arithmetic, see `flags` for the reason;
 * - `'ambiguous'`: which figure a percentage belongs to cannot be told (`candidates`), so it is not checked;
 * - `'figure'`: a figure with nothing to check (a count, a rate, a range, a ratio without a percentage).
 *
 * @category Claims
 */
export type ClaimVerdict = 'consistent' | 'inferred' | 'flagged' | 'ambiguous' | 'figure';

/**
 * One figure of a report text, with where it stands in the text.
 *
 * @category Claims
 */
export interface FigureRef {
  /** Plain notation (`"1549"`, `"97.5"`). */
  readonly value: string;
  /** The figure as printed (`"1.549"`). */
  readonly text: string;
  /** Offset of the first character in the text (UTF-16 code units, as `String.prototype.slice` counts). */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  /** The words after the figure naming what it counts (`"tổ chức Đảng"`), or null. */
  readonly unit: string | null;
}

/** The fields every claim has. */
interface ClaimBase {
  /** Offset of the claim's first character in the text. */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
  /** The text of the claim, `text.slice(start, end)`. */
  readonly text: string;
  /** What is counted (`"đảng viên"`), or null. */
  readonly unit: string | null;
  readonly verdict: ClaimVerdict;
  /** The reasons behind a `'flagged'` verdict; on a `'consistent'` one, only a `'rounding-mismatch'` note (another rounding mode gives the figure). */
  readonly flags: readonly ClaimFlag[];
  /** What the verdict rests on, as data: a stable code and its facts (see {@link ClaimReasonFacts}). */
  readonly reason: ClaimReason;
  /** The reason in words, Vietnamese and English, written from `reason` by the message tables. */
  readonly explanation: Bilingual;
}

/**
 * A printed percentage next to the ratio it is computed from: "16/15 …, vượt 6,6%", "2.018/2.119
 * (đạt 95,23%)", "72/80 đảng viên, đạt 90%".
 *
 * @category Claims
 */
export interface RatioPercentClaim extends ClaimBase {
  readonly kind: 'ratio-percent';
  readonly achieved: FigureRef;
  readonly target: FigureRef;
  readonly reported: FigureRef;
  readonly as: ClaimAs;
  /** The check of the printed figure; `computed` and `consistent` follow the rounding of the options. */
  readonly check: CheckClaimResult;
}

/**
 * A ratio printed without a percentage ("3/3 tổ chức đảng"): its attainment is computed. A ratio whose
 * target is 0 ("5/0 đảng viên, đạt 100%") is one too, flagged `'zero-target'`: no percentage of it
 * can be computed, so the percentages printed after it are taken into its text, not checked.
 *
 * @category Claims
 */
export interface RatioClaim extends ClaimBase {
  readonly kind: 'ratio';
  readonly achieved: FigureRef;
  readonly target: FigureRef;
  /** achieved ÷ target × 100 to 2 decimals in the chosen rounding, or null when the target is 0. */
  readonly percent: string | null;
  readonly status: AttainmentStatus;
}

/**
 * A percentage printed after an achieved figure without its target ("65 tổ chức Đảng (đạt 72,2%)",
 * "901 đảng viên mới, vượt 6%", "97,5% …, vượt 4,5%"): every whole-number target that gives it.
 *
 * @category Claims
 */
export interface ImpliedTargetClaim extends ClaimBase {
  readonly kind: 'implied-target';
  readonly achieved: FigureRef;
  readonly reported: FigureRef;
  readonly as: ClaimAs;
  /**
   * Every whole-number target (a target rate for `'over-points'` and `'under-points'`) that gives the printed figure in the
   * chosen rounding, ascending; null when too many fit to list (see {@link impliedTargets}).
   */
  readonly impliedTargets: readonly number[] | null;
}

/**
 * A total followed by its parts after "trong đó" ("94 TCCSĐ … Trong đó, … 45; … 14 và … 35").
 *
 * @category Claims
 */
export interface SumClaim extends ClaimBase {
  readonly kind: 'sum';
  readonly total: FigureRef;
  readonly parts: readonly FigureRef[];
  readonly check: CheckSumResult;
}

/**
 * A total followed by one figure after "trong đó", a subset of it ("501 đảng viên, trong đó … 4 đảng
 * viên là chủ doanh nghiệp"): the part must not exceed the total.
 *
 * @category Claims
 */
export interface SubsetClaim extends ClaimBase {
  readonly kind: 'subset';
  readonly total: FigureRef;
  readonly part: FigureRef;
}

/**
 * A percentage printed after a list of figures it cannot be paired with in order ("16/15 …, 14/13 …
 * và 3/3 …, vượt 6,7% và 7,7%"): the candidates are given, nothing is checked.
 *
 * @category Claims
 */
export interface AmbiguousClaim extends ClaimBase {
  readonly kind: 'ambiguous';
  readonly reported: FigureRef;
  readonly as: ClaimAs;
  /** The figures the percentage could belong to, in the order printed. */
  readonly candidates: readonly { readonly achieved: FigureRef; readonly target: FigureRef }[];
}

/**
 * A range ("5-7 tổ chức Đảng", "từ 50-100 đảng viên", "đạt 100-275% chỉ tiêu").
 *
 * @category Claims
 */
export interface RangeClaim extends ClaimBase {
  readonly kind: 'range';
  readonly min: FigureRef;
  readonly max: FigureRef;
  /** Whether the range is of percentages ("100-275%"). */
  readonly percent: boolean;
}

/**
 * A minimum target ("ít nhất 400 đảng viên").
 *
 * @category Claims
 */
export interface AtLeastClaim extends ClaimBase {
  readonly kind: 'at-least';
  readonly value: FigureRef;
}

/**
 * A count with nothing to check it against ("1.549 đảng viên").
 *
 * @category Claims
 */
export interface CountClaim extends ClaimBase {
  readonly kind: 'count';
  readonly value: FigureRef;
}

/**
 * A percentage that is a rate in itself ("95% TCCSĐ hoàn thành tốt nhiệm vụ").
 *
 * @category Claims
 */
export interface RateClaim extends ClaimBase {
  readonly kind: 'rate';
  readonly value: FigureRef;
}

/**
 * One figure or relation found by {@link extractClaims}; `kind` tells which.
 *
 * @category Claims
 */
export type Claim =
  | RatioPercentClaim
  | RatioClaim
  | ImpliedTargetClaim
  | SumClaim
  | SubsetClaim
  | RangeClaim
  | AtLeastClaim
  | CountClaim
  | RateClaim
  | AmbiguousClaim;

/**
 * A flag about the report as a whole, with the indexes (into `claims`) of the claims involved.
 *
 * @category Claims
 */
export interface ReportFlag extends ClaimFlag {
  readonly claims: readonly number[];
}

/**
 * Options of {@link extractClaims}.
 *
 * @category Claims
 */
export interface ExtractClaimsOptions {
  /** The rounding the report is assumed to use for verdicts and implied targets. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

/**
 * What {@link extractClaims} found in a report text.
 *
 * @category Claims
 */
export interface ExtractClaimsResult {
  /** Every claim, ordered by `start` (relations such as sums overlap the figures they relate). */
  readonly claims: readonly Claim[];
  /** Flags about the report as a whole (`'mixed-rounding'`). */
  readonly flags: readonly ReportFlag[];
  /**
   * The rounding modes that reproduce every printed percentage whose ratio is given (claims that no
   * mode reproduces are left out); all seven when there is none, empty when no single mode does.
   */
  readonly commonModes: readonly RoundingMode[];
}
