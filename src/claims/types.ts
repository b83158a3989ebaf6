import type { NumberInput } from '../attainment/types.js';
import type { Bilingual, LocaleTag, RoundingMode } from '../core/index.js';
import type { ClaimReason } from './reasons.js';

/**
 * What a printed percentage claims about achieved and target:
 * - `'attainment'` (đạt X%): achieved ÷ target × 100;
 * - `'share'` (chiếm X%): a part of a whole, the same division;
 * - `'over'` (vượt X%, relative): (achieved − target) ÷ target × 100, for count targets;
 * - `'over-points'` (vượt X%, in percentage points): achieved − target, where both are rates such as 97.5;
 * - `'under-points'` (thấp hơn X% so với chỉ tiêu, in percentage points): target − achieved, a rate's
 *   shortfall below its target rate ("đạt 86,25%, thấp hơn 5,25% so với chỉ tiêu (91,5%)");
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
export type ClaimAs = 'attainment' | 'share' | 'over' | 'over-points' | 'under-points' | 'decrease' | 'growth' | 'multiple' | 'excess';

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
  readonly locale?: LocaleTag;
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
  readonly locale?: LocaleTag;
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
  readonly locale?: LocaleTag;
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

export type * from './extractTypes.js';
