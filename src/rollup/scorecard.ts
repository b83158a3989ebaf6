import * as z from 'zod/mini';
import { compareExact, computeAttainment } from '../attainment/_attainment.js';
import { attainmentInputSchema } from '../attainment/_schema.js';
import type { AttainmentInput, AttainmentResult, AttainmentStatus } from '../attainment/index.js';
import { fractionText, type ExactNumber } from '../core/_exact.js';
import { roundTo, type Rational } from '../core/_rational.js';
import { describe, reader, report, roundOptionsShape } from '../core/_schema.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import { explained, spanText } from './_explain.js';
import { readFraction } from './_read.js';
import type { RollupReason } from './reasons.js';
import { parseWith } from './_errors.js';

/**
 * One line of a scorecard: an attainment result, the input of one (`{ achieved, target }`), or just a
 * status for a target the report does not give figures for. Any of them may carry a `label`
 * (the indicator, the unit or the year).
 *
 * @category Rollup
 */
export type ScorecardItem =
  | (AttainmentResult & { readonly label?: string })
  | (AttainmentInput & { readonly label?: string })
  | { readonly status: AttainmentStatus; readonly label?: string };

/**
 * Options of {@link scorecard}.
 *
 * @category Rollup
 */
export interface ScorecardOptions {
  /** Decimals of the distribution's percentages, 0–10. Default 2 (trailing zeros are dropped: `275`). */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

/**
 * The spread of attainment across the lines that have a percentage (units or years): "đạt 100–275%".
 * Lines whose target is a limit (`{ atMost }`) are not in it: their percent is the share of the limit
 * used, where lower is better (2 incidents against at most 4 is 50%, and exceeded), not an attainment.
 *
 * @category Rollup
 */
export interface ScorecardDistribution {
  readonly min: string;
  readonly max: string;
  readonly minNumber: number;
  readonly maxNumber: number;
  /** Exact values as reduced fractions. */
  readonly exact: { readonly min: string; readonly max: string };
  /** Index of the line with the lowest and the highest attainment (the first on ties), in all the lines. */
  readonly minItem: number;
  readonly maxItem: number;
  /**
   * `"100–275%"` in each language's notation (`"97,5–110%"` / `"97.5–110%"`), written by the message
   * tables from `min` and `max`; one figure when min = max.
   */
  readonly text: Bilingual;
}

/**
 * One line of the scorecard after evaluation.
 *
 * @category Rollup
 */
export interface ScorecardLine {
  readonly label: string | null;
  readonly status: AttainmentStatus;
  /**
   * The line's percentage, rounded as the options say; null when the line has none. For a limit
   * (`{ atMost }`) it is the share of the limit used, as {@link attainment} gives it.
   */
  readonly percent: string | null;
}

/**
 * The result of {@link scorecard}.
 *
 * @category Rollup
 */
export interface ScorecardResult {
  readonly total: number;
  /**
   * How many lines have each status, keyed by the status code itself (docs/conventions.md §5), as
   * `attainmentBatch`'s `counts`: `s.counts['not-met']`, `s.counts.met`, `s.counts.exceeded`.
   */
  readonly counts: { readonly 'not-met': number; readonly met: number; readonly exceeded: number };
  /** Met or exceeded (đạt và vượt). */
  readonly metOrExceeded: number;
  /** `"6/6"`: met or exceeded over total. */
  readonly label: string;
  readonly allMet: boolean;
  /** The spread of attainment; null when no line has an attainment percentage. */
  readonly distribution: ScorecardDistribution | null;
  /**
   * Lines that have a percentage but are left out of the distribution because their target is a limit
   * (`{ atMost }`): their percent is the share of the limit used, not an attainment.
   */
  readonly leftOutOfDistribution: number;
  readonly lines: readonly ScorecardLine[];
  /** The summary as data: `'all-met'` or `'not-all-met'`, with the counts it is written from. */
  readonly reason: RollupReason<'all-met' | 'not-all-met'>;
  /** The summary sentence, written from `reason` by the message tables: "6/6 chỉ tiêu đạt và vượt (3 vượt, 3 đạt)". */
  readonly explanation: Bilingual;
}

const STATUSES = ['not-met', 'met', 'exceeded'] as const;

/**
 * A line as read. `exact` is its percentage as an exact fraction in {@link compareExact}'s shape: n/d
 * with d > 0 and `int` left undefined (d need not be a power of ten there), `text` the reduced fraction.
 */
interface Line { label: string | null; status: AttainmentStatus; atMost: boolean; exact: ExactNumber | null }

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

function exactPercent(f: { n: bigint; d: bigint }): ExactNumber {
  return { text: fractionText(f.n, f.d), n: f.n, d: f.d, int: undefined };
}

/** The exact percent of a result line ("515/4"), read under `['exact', 'percent']`; null when it has none. */
function readPercent(ctx: Parameters<Parameters<typeof reader>[0]>[1], exact: unknown): ExactNumber | null | undefined {
  const raw = isObject(exact) ? own(exact, 'percent') : undefined;
  if (typeof raw !== 'string') return null;
  const f = readFraction(ctx, raw, ['exact', 'percent']);
  return f === undefined ? undefined : exactPercent(f);
}

function isResult(v: Record<string, unknown>): boolean {
  return typeof v.status === 'string' && typeof v.achieved === 'string' && v.target !== null && typeof v.target === 'object' && 'exact' in v;
}

const lineSchema = reader((v, ctx): Line => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return report(ctx, 'invalid_type', { expected: 'scorecard-line', ...describe(v) });
  }
  const rec = v as Record<string, unknown>;
  const label = Object.prototype.hasOwnProperty.call(rec, 'label') ? rec.label : undefined;
  if (label !== undefined && typeof label !== 'string') return report(ctx, 'invalid_type', { expected: 'string', ...describe(label) }, ['label']);
  const labelText = typeof label === 'string' ? label : null;
  if (isResult(rec)) {
    const r = rec as unknown as AttainmentResult;
    if (!(STATUSES as readonly string[]).includes(r.status)) return report(ctx, 'invalid_value', { allowed: STATUSES, ...describe(r.status) }, ['status']);
    const exact = readPercent(ctx, own(rec, 'exact'));
    if (exact === undefined) return z.NEVER;
    const target = own(rec, 'target');
    return { label: labelText, status: r.status, atMost: isObject(target) && own(target, 'form') === 'at-most', exact };
  }
  if (Object.prototype.hasOwnProperty.call(rec, 'achieved') || Object.prototype.hasOwnProperty.call(rec, 'target')) {
    const { label: _drop, ...input } = rec;
    const parsed = z.safeParse(attainmentInputSchema, input);
    if (!parsed.success) {
      // Re-run through parseWith for our own codes and paths, under this line.
      for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v } as never);
      return z.NEVER;
    }
    const r = computeAttainment(parsed.data, 2, 'half-up');
    const exact = readPercent(ctx, r.exact);
    if (exact === undefined) return z.NEVER;
    return { label: labelText, status: r.status, atMost: r.target.form === 'at-most', exact };
  }
  const keys = Object.keys(rec).filter((k) => k !== 'status' && k !== 'label');
  for (const k of keys) report(ctx, 'unknown_key', { key: k, allowed: ['status', 'label'] }, [k]);
  if (!(STATUSES as readonly string[]).includes(rec.status as string)) {
    return rec.status === undefined ? report(ctx, 'missing', {}, ['status']) : report(ctx, 'invalid_value', { allowed: STATUSES, ...describe(rec.status) }, ['status']);
  }
  return keys.length > 0 ? z.NEVER : { label: labelText, status: rec.status as AttainmentStatus, atMost: false, exact: null };
});

/** The most lines a scorecard takes; checked before any line is read (a sparse array costs nothing). */
const MAX_LINES = 100_000;
const itemsSchema = z.array(lineSchema).check(z.maxLength(MAX_LINES));
const optionsSchema = z.strictObject(roundOptionsShape);

/**
 * Sums up a set of targets the way a report does: how many are exceeded, met and not met (`counts`,
 * keyed by status code), the label "6/6" (đạt và vượt: met or exceeded over total), and the spread of
 * attainment across the lines that have a percentage, as min–max ("đạt 100–275% chỉ tiêu"), compared
 * exactly and rounded once.
 * Lines with a limit as target (`{ atMost }`) count in the statuses but are left out of the
 * distribution (their percent is the share of the limit used, not an attainment); the result says how
 * many in `leftOutOfDistribution`.
 *
 * @param items - attainment results, `{ achieved, target }` inputs, or `{ status }` for targets known
 *   only by their status; each may carry a `label`
 * @param options - `decimals` (default 2) and `rounding` (default `'half-up'`) of the distribution
 * @returns a frozen {@link ScorecardResult}
 * @throws {ChiTieuError} `invalid_type`, `invalid_value` (an unknown status), `missing`,
 *   `malformed_number` (a result line's `exact.percent` that is no exact value), and any error of
 *   {@link attainment} for an input line, all with the line's index in the path (`['items', 1, …]`);
 *   `out_of_range` (path `['items']`) for more than 100,000 lines
 * @example
 * ```ts
 * import { attainment, scorecard } from 'chitieu';
 * const s = scorecard([
 *   { achieved: 3, target: 3 },
 *   { achieved: 103, target: 80 },
 *   attainment({ achieved: 16, target: 15 }),
 *   { achieved: 14, target: 13 },
 *   { status: 'met' },
 *   { status: 'met' },
 * ]);
 * [s.label, s.explanation.vi];
 * //=> [ '6/6', '6/6 chỉ tiêu đạt và vượt (3 vượt, 3 đạt)' ]
 * s.counts;
 * //=> { 'not-met': 0, met: 3, exceeded: 3 }
 * s.reason;
 * //=> { code: 'all-met', facts: { total: 6, metOrExceeded: 6, exceeded: 3, met: 3, notMet: 0 } }
 * scorecard([{ achieved: 20, target: 20 }, { achieved: 11, target: 4 }]).distribution?.text;
 * //=> { vi: '100–275%', en: '100–275%' }
 * const limit = scorecard([{ achieved: 2, target: { atMost: 4 } }, { achieved: 10, target: 10 }]);
 * [limit.lines[0]?.percent, limit.distribution?.text.en, limit.leftOutOfDistribution];
 * //=> [ '50', '100%', 1 ]
 * ```
 * @category Rollup
 */
export function scorecard(items: readonly ScorecardItem[], options: ScorecardOptions = {}): ScorecardResult {
  const lines = parseWith(itemsSchema, items, ['items']);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  const decimals = o.decimals ?? 2;
  const mode = o.rounding ?? 'half-up';
  const roundPercent = (x: Rational) => roundTo(x, decimals, mode);

  let exceeded = 0;
  let met = 0;
  let leftOut = 0;
  let minItem = -1;
  let maxItem = -1;
  lines.forEach((l, i) => {
    if (l.status === 'exceeded') exceeded++;
    else if (l.status === 'met') met++;
    if (l.exact === null) return;
    if (l.atMost) { leftOut++; return; }
    if (minItem < 0 || compareExact(l.exact, (lines[minItem] as Line).exact!) < 0) minItem = i;
    if (maxItem < 0 || compareExact((lines[maxItem] as Line).exact!, l.exact) < 0) maxItem = i;
  });
  const total = lines.length;
  const notMet = total - exceeded - met;
  const good = exceeded + met;

  let distribution: ScorecardDistribution | null = null;
  if (minItem >= 0) {
    const lo = (lines[minItem] as Line).exact!;
    const hi = (lines[maxItem] as Line).exact!;
    const min = roundPercent(lo);
    const max = roundPercent(hi);
    distribution = Object.freeze({
      min, max, minNumber: Number(min), maxNumber: Number(max),
      exact: Object.freeze({ min: lo.text, max: hi.text }),
      minItem, maxItem,
      text: spanText(min, max),
    });
  }
  const label = `${good}/${total}`;
  const { reason, explanation } = explained(notMet === 0 ? 'all-met' : 'not-all-met', { total, metOrExceeded: good, exceeded, met, notMet });

  return Object.freeze({
    total,
    counts: Object.freeze({ 'not-met': notMet, met, exceeded }),
    metOrExceeded: good, label, allMet: notMet === 0,
    distribution,
    leftOutOfDistribution: leftOut,
    lines: Object.freeze(lines.map((l) => Object.freeze({ label: l.label, status: l.status, percent: l.exact ? roundPercent(l.exact) : null }))),
    reason,
    explanation,
  });
}
