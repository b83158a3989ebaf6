import { readNumber, type ExactNumber } from '../core/_exact.js';
import { percentScaled } from '../core/_rational.js';
import { POW10, scaledToString } from '../core/_round.js';
import type { RoundingMode } from '../core/roundingModes.js';
import { computeAttainment, type ParsedTarget } from './_attainment.js';
import type { AttainmentStatus, IndicatorKind } from './types.js';

/** A column of figures as callers pass it: a plain array or any non-BigInt typed array. */
export type NumberColumn = ArrayLike<number>;

/**
 * The forms a batch target takes: one per batch, like the kind.
 *
 * @category Attainment
 */
export type BatchTargetForm = 'reach' | 'at-least' | 'at-most' | 'range';

/**
 * The figures of a batch that a column of doubles cannot hold exactly.
 *
 * @category Attainment
 */
export type BatchFigureName = 'percent' | 'overPercent' | 'overPoints' | 'gap';

/** One figure too long for its column's double, given in full. */
export interface WideFigure {
  readonly row: number;
  readonly field: BatchFigureName;
  readonly value: string;
}

/** Status codes of the `status` column, in code order (0, 1, 2). */
export const STATUS_LABELS: readonly ['not-met', 'met', 'exceeded'] = Object.freeze(['not-met', 'met', 'exceeded'] as const);

const STATUS_CODE: Readonly<Record<AttainmentStatus, number>> = { 'not-met': 0, met: 1, exceeded: 2 };

/** Validated columns of a batch. `target` holds the reference (the minimum for ranges). */
export interface ParsedBatch {
  readonly kind: IndicatorKind;
  readonly form: BatchTargetForm;
  readonly achieved: NumberColumn;
  readonly target: NumberColumn;
  readonly max: NumberColumn | undefined;
}

/** The computed columns, before the public wrapper is built. */
interface BatchColumns {
  readonly status: Uint8Array;
  readonly percent: Float64Array;
  readonly overPercent: Float64Array;
  readonly overPoints: Float64Array | null;
  readonly gap: Float64Array;
  readonly counts: readonly [number, number, number];
  readonly wide: readonly WideFigure[];
}

/**
 * Whether the double nearest to a decimal string is that decimal, digit for digit: true for at most
 * 15 significant digits (every such decimal has its own double, and the shortest form of that double
 * is the decimal again), and for whole numbers up to 2^53.
 */
function fitsDouble(text: string): boolean {
  let digits = 0;
  let leading = true;
  let point = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) { point = true; continue; }
    if (c < 48 || c > 57) continue;
    if (leading && c === 48) continue;
    leading = false;
    digits++;
  }
  return digits <= 15 || (!point && Number.isSafeInteger(Number(text)));
}

/**
 * Computes every row of a validated batch. Whole-number rows (every count, and rates given as whole
 * numbers) run on safe-integer arithmetic, falling to BigInt for a row whose product passes 2^53;
 * rows with decimals go through {@link computeAttainment} itself, so a batch row always says what a
 * single call says.
 */
export function computeBatch(input: ParsedBatch, decimals: number, rounding: RoundingMode): BatchColumns {
  const { kind, form, achieved: A, target: T, max: X } = input;
  const n = A.length;
  const status = new Uint8Array(n);
  const percent = new Float64Array(n);
  const overPercent = new Float64Array(n);
  const overPoints = kind === 'rate' ? new Float64Array(n) : null;
  const gap = new Float64Array(n);
  const wide: WideFigure[] = [];
  const p10 = POW10[decimals] as number;
  // A scaled figure q stands for q / 10^decimals; below 10^15 (15 digits) that quotient's double is
  // exact. Larger ones are written out and checked by fitsDouble (which keeps safe whole numbers).
  const limit = 1e15;
  let notMet = 0;
  let met = 0;

  const bigLimit = BigInt(limit);
  const wideFigure = (value: string, row: number, field: BatchFigureName): number => {
    wide.push(Object.freeze({ row, field, value }));
    return Number(value);
  };
  /** The column value of a figure written as a decimal string, noted in `wide` when a double cannot hold it. */
  const text = (value: string, row: number, field: BatchFigureName): number =>
    fitsDouble(value) ? Number(value) : wideFigure(value, row, field);
  /** The same for a scaled quotient: below the limit the division itself gives the exact double. */
  const scaled = (q: number, row: number, field: BatchFigureName): number =>
    Math.abs(q) < limit ? q / p10 + 0 : text(scaledToString(q, decimals), row, field); // + 0: never −0
  const scaledBig = (q: bigint, row: number, field: BatchFigureName): number =>
    (q < 0n ? -q : q) < bigLimit ? Number(q) / p10 : text(scaledToString(q, decimals), row, field); // a BigInt has no −0

  for (let i = 0; i < n; i++) {
    const a = A[i] as number;
    const ref = T[i] as number;
    const hi = X === undefined ? ref : (X[i] as number);
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(ref) || !Number.isSafeInteger(hi)) {
      // A rate with decimals: the single-call core, read exactly from the double's shortest form.
      const read = (v: number) => readNumber(v) as ExactNumber;
      const target: ParsedTarget = form === 'range' ? { form, min: read(ref), max: read(hi) } : { form, value: read(ref) };
      const r = computeAttainment({ kind, achieved: read(a), target }, decimals, rounding);
      const code = STATUS_CODE[r.status];
      status[i] = code;
      if (code === 0) notMet++; else if (code === 1) met++;
      gap[i] = text(code === 0 ? r.shortfall : r.surplus, i, 'gap');
      percent[i] = r.percent === null ? NaN : text(r.percent, i, 'percent');
      overPercent[i] = r.overPercent === null ? NaN : text(r.overPercent, i, 'overPercent');
      if (overPoints !== null) overPoints[i] = text(r.overPoints as string, i, 'overPoints');
      continue;
    }
    // Status and gap: below the reference (or above it, for a limit) is not met; past it, exceeded.
    let code: number;
    let g: number;
    if (form === 'at-most') {
      if (a > ref) { code = 0; g = a - ref; } else if (a < ref) { code = 2; g = ref - a; } else { code = 1; g = 0; }
    } else if (a < ref) { code = 0; g = ref - a; } else if (a > hi) { code = 2; g = a - hi; } else { code = 1; g = 0; }
    status[i] = code;
    gap[i] = g;
    if (code === 0) notMet++; else if (code === 1) met++;
    if (overPoints !== null) overPoints[i] = a - ref + 0;
    if (ref === 0) {
      percent[i] = NaN;
      overPercent[i] = NaN;
      continue;
    }
    // percent = a/ref × 100 and over = (a − ref)/ref × 100, each rounded from its own exact value by the
    // kernel, as the single call rounds them (on doubles while the products stay below 2^53).
    const qp = percentScaled(a, ref, decimals, rounding);
    percent[i] = typeof qp === 'number' ? scaled(qp, i, 'percent') : scaledBig(qp, i, 'percent');
    const qo = percentScaled(a - ref, ref, decimals, rounding);
    overPercent[i] = typeof qo === 'number' ? scaled(qo, i, 'overPercent') : scaledBig(qo, i, 'overPercent');
  }
  return { status, percent, overPercent, overPoints, gap, counts: [notMet, met, n - notMet - met], wide };
}
