import type { AttainmentStatus, NumberInput } from '../attainment/types.js';
import type { Bilingual, Locale, RoundingMode } from '../core/index.js';
import type { ClaimReason } from './reasons.js';

/**
 * What a printed percentage claims about achieved and target:
 * - `'attainment'` (đạt X%): achieved ÷ target × 100;
 * - `'share'` (chiếm X%): a part of a whole, the same division;
 * - `'over'` (vượt X%, relative): (achieved − target) ÷ target × 100, for count targets;
 * - `'over-points'` (vượt X%, in percentage points): achieved − target, where both are rates such as 97.5;
 * - `'decrease'` (giảm X%): (target − achieved) ÷ target × 100, a fall from the earlier figure (the
 *   `target`) to the later one ("giảm từ 40 xuống 30, giảm 25%");
 * - `'growth'` (tăng X%): (achieved − target) ÷ target × 100, a rise from the earlier figure (the
 *   `target`) to the later one ("tăng từ 320 lên 352, tăng 10%", "152 đoàn viên, tăng 12% so với
 *   cùng kỳ"): the arithmetic of `'over'`, with an earlier figure in place of a target;
 * - `'multiple'` (gấp N lần): achieved ÷ target, not a percentage ("tăng từ 20 lên 50, gấp 2,5 lần");
 * - `'excess'` (vượt N, in the units counted): achieved − target ("16/15 tổ chức, vượt 1 tổ chức").
 *
 * @category Claims
 */
export type ClaimAs = 'attainment' | 'share' | 'over' | 'over-points' | 'decrease' | 'growth' | 'multiple' | 'excess';

/**
 * Input of {@link checkClaim}.
 *
 * @category Claims
 */
export interface CheckClaimInput {
  /** What was achieved, as {@link attainment} takes it: a number or a plain decimal string (`"97.5"`). */
  readonly achieved: NumberInput;
  /** The target (or the whole, for `'share'`), as {@link attainment} takes it. */
  readonly target: NumberInput;
  /**
   * The printed figure in the report's notation, without or with its `%`: `"6,6"` (locale `'vi'`) or
   * `"6.6"` (locale `'en'`). Its number of decimals (trailing zeros included) is the precision checked.
   */
  readonly reported: string | number;
  /** What the figure claims: see {@link ClaimAs}. */
  readonly as: ClaimAs;
  /** @deprecated Give it in the options: {@link ClaimOptions.rounding}. */
  readonly rounding?: RoundingMode;
  /** @deprecated Give it in the options: {@link ClaimOptions.locale}. */
  readonly locale?: Locale;
}

/**
 * How a report rounds and writes its figures: the options of {@link checkClaim} and
 * {@link impliedTargets}, as {@link extractClaims} takes `rounding`.
 *
 * @category Claims
 */
export interface ClaimOptions {
  /**
   * The rounding the report is assumed to use: it decides `computed`, `difference` and `consistent`
   * (`consistentModes` lists every mode regardless), and the targets {@link impliedTargets} gives.
   * Default `'half-up'`.
   */
  readonly rounding?: RoundingMode;
  /** The notation of `reported`: `'vi'` (`"6,6"`, the default) or `'en'` (`"6.6"`). */
  readonly locale?: Locale;
}

/**
 * The verdict of {@link checkClaim} on one printed figure.
 *
 * @category Claims
 */
export interface CheckClaimResult {
  readonly as: ClaimAs;
  /** The achieved figure, canonical (`"16"`). */
  readonly achieved: string;
  /** The target figure, canonical (`"15"`). */
  readonly target: string;
  /** The printed figure in plain notation (`"6.6"`). */
  readonly reported: string;
  /** The printed figure as given (`"6,6"`). */
  readonly reportedText: string;
  /** Decimals of the printed figure, read from its text (`"60,0"` has 1). */
  readonly decimals: number;
  /** The exact value the figure stands for, as a reduced fraction (`"20/3"`), for {@link round}. */
  readonly exact: string;
  /**
   * The exact value rounded to the printed decimals in the assumed rounding (half-up unless the input's
   * `rounding` says otherwise): what the report should print (`"6.7"`).
   */
  readonly computed: string;
  readonly computedNumber: number;
  /** reported − computed, exact (`"-0.1"`); `"0"` when the report agrees with the assumed rounding. */
  readonly difference: string;
  /**
   * Whether the assumed rounding reproduces the printed figure: half-up (the convention of Vietnamese
   * reports) unless the input's `rounding` says otherwise.
   */
  readonly consistent: boolean;
  /** Every rounding mode that reproduces the printed figure, in {@link ROUNDING_MODES} order; empty when none does. */
  readonly consistentModes: readonly RoundingMode[];
  /** What the verdict rests on: `'check-matches'`, `'check-other-rounding'` or `'check-no-rounding'`, with its facts. */
  readonly reason: ClaimReason;
  /** The reason in words, Vietnamese and English, from the message tables. */
  readonly explanation: Bilingual;
}

/**
 * Input of {@link impliedTargets}.
 *
 * @category Claims
 */
export interface ImpliedTargetsInput {
  /** What was achieved: a count, or a rate such as `"97.5"` for `'over-points'`. */
  readonly achieved: NumberInput;
  /** The printed figure in the report's notation (`"72,2"`), as in {@link CheckClaimInput.reported}. */
  readonly reported: string | number;
  /** What the figure claims: see {@link ClaimAs}. */
  readonly as: ClaimAs;
  /** @deprecated Give it in the options: {@link ClaimOptions.rounding}. */
  readonly rounding?: RoundingMode;
  /** @deprecated Give it in the options: {@link ClaimOptions.locale}. */
  readonly locale?: Locale;
}

/**
 * How {@link checkSum} compares: `'exact'` (the default) demands the parts add up to the total exactly;
 * `'rounding'` allows half a unit of each part's last printed digit (percentages printed to 1 decimal
 * may add up to 99.9 or 100.1).
 *
 * @category Claims
 */
export type SumTolerance = 'exact' | 'rounding';

/**
 * Input of {@link checkSum}.
 *
 * @category Claims
 */
export interface CheckSumInput {
  /** The total, a number or plain decimal string. */
  readonly total: NumberInput;
  /**
   * The parts: numbers or plain decimal strings, negative for a net change (120 admitted, −35 removed).
   * Write a part as a string to keep its printed trailing zeros (`"12.50"` is printed to 2 decimals).
   */
  readonly parts: readonly NumberInput[];
  /** Default `'exact'`. */
  readonly tolerance?: SumTolerance;
}

/**
 * The verdict of {@link checkSum}.
 *
 * @category Claims
 */
export interface CheckSumResult {
  readonly consistent: boolean;
  /** The total, canonical. */
  readonly total: string;
  /** The exact sum of the parts. */
  readonly sum: string;
  /** sum − total, exact; `"0"` when they agree. */
  readonly difference: string;
  /** The largest |difference| accepted: `"0"` for `'exact'`, e.g. `"0.15"` for three parts printed to 1 decimal. */
  readonly tolerance: string;
  readonly sumNumber: number;
  readonly differenceNumber: number;
  /** What the verdict rests on: `'sum-matches'`, `'sum-within-rounding'` or `'sum-mismatch'`, with its facts. */
  readonly reason: ClaimReason;
  /** The reason in words, Vietnamese and English, from the message tables. */
  readonly explanation: Bilingual;
}

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
   * Every whole-number target (a target rate for `'over-points'`) that gives the printed figure in the
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
