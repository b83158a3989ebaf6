import * as z from 'zod/mini';
import { describe, parseIn, reader, report } from '../core/_schema.js';
import { attainmentTables } from '../core/messages/tables.js';
import type { ErrorCode, IssueFacts, RoundingMode } from '../core/index.js';
import { attainmentOptionsSchema } from './_schema.js';
import {
  STATUS_LABELS,
  computeBatch,
  type BatchFigureName,
  type BatchTargetForm,
  type NumberColumn,
  type ParsedBatch,
  type WideFigure,
} from './_batch.js';
import type { AttainmentOptions, IndicatorKind } from './types.js';

/**
 * Input of {@link attainmentBatch}: one row per unit, as columns of numbers (plain arrays or typed
 * arrays such as `Int32Array`, `Uint32Array`, `Float64Array`), all of the same length.
 *
 * @category Attainment
 */
export interface AttainmentBatchInput {
  /** What each unit achieved. */
  readonly achieved: ArrayLike<number>;
  /** Each unit's target, read in `targetForm`. Give either `target`, or `min` and `max`. */
  readonly target?: ArrayLike<number>;
  /** How to read `target`: `'reach'` (default), `'at-least'` or `'at-most'` (lower is better). */
  readonly targetForm?: 'reach' | 'at-least' | 'at-most';
  /** Range targets: each unit's minimum… */
  readonly min?: ArrayLike<number>;
  /** …and maximum. */
  readonly max?: ArrayLike<number>;
  /** `'count'` (default: non-negative whole numbers) or `'rate'` (non-negative, decimals allowed). */
  readonly kind?: IndicatorKind;
}

/**
 * Options of {@link attainmentBatch}: as {@link AttainmentOptions}.
 *
 * @category Attainment
 */
export type AttainmentBatchOptions = AttainmentOptions;

/**
 * The result of {@link attainmentBatch}: columns, one entry per input row.
 *
 * Representation (chosen for memory: 25 bytes a row for counts, 33 for rates):
 * - `status` is a `Uint8Array` of codes: 0 `'not-met'`, 1 `'met'`, 2 `'exceeded'`, the labels being
 *   `statusLabels[code]`. `counts` tallies them.
 * - `percent`, `overPercent`, `overPoints` (rates only, else `null`) and `gap` are `Float64Array`s of the
 *   rounded figures as numbers. `gap` is the single call's `shortfall` for a row not met, its `surplus`
 *   for a row exceeded, 0 when met.
 * - A target of 0 (docs/conventions.md §5, as everywhere: status kept, percent null): `NaN` in a column
 *   is the single call's `null`, and nothing else. `percent` and `overPercent` are `NaN` on exactly the
 *   rows whose reference (the `target`, or `min` for ranges) is 0, and on no other row; `overPoints` and
 *   `gap` are never `NaN`. Such a row keeps its status (`'met'` for 0 of 0, `'exceeded'` above it, as
 *   {@link attainment} gives it) and counts in `counts`. Test it with `Number.isNaN(r.percent[i])`
 *   (`x === NaN` is always false); `JSON.stringify` writes `null` there.
 * - Exact: each figure is rounded once from the exact rational, as {@link attainment} rounds it, and the
 *   number is the double whose shortest form is that rounded decimal, digit for digit. A figure that a
 *   double cannot carry digit for digit (more than 15 significant digits, e.g. a percent of 10^13 or
 *   more at 2 decimals) is listed in full in `wide` (`{ row, field, value }`, by row); its column
 *   holds the nearest double.
 * - Writing a figure as the single call writes it (`'0.0000001'`, `'128.75'`, `'100'`): use
 *   `formatNumber(x, { locale: 'en', grouping: false })`, which reads the double at its shortest form
 *   and writes it without exponent (`formatNumber` and `formatPercent` with their default options
 *   write the same figure in report notation); take `value` from `wide` for a row listed there, and
 *   write `null` for `NaN`. `String(x)` and `JSON.stringify` write the same digits only when `x` is 0
 *   or `|x| >= 1e-6`: below that JavaScript switches to exponent form (`String(1e-7)` is `'1e-7'`,
 *   where {@link attainment} gives `'0.0000001'`, e.g. 1 of 1,000,000,000 at 10 decimals). Figures not
 *   in `wide` are below 2^53, so the exponent form of large numbers (10^21 and up) never arises. Do not
 *   use `x.toFixed(decimals)`: it writes the binary value behind the double, not its shortest form
 *   (`123456789012.34.toFixed(10)` is `'123456789012.3399963379'`), and pads trailing zeros.
 *
 * The wrapper object and `wide` are frozen; typed arrays cannot be frozen, so the columns are fresh
 * arrays that belong to the caller (changing them changes nothing else). `JSON.stringify` writes plain
 * arrays (status labels, `null` for `NaN`) through a non-enumerable `toJSON`; `structuredClone` and
 * `postMessage` copy the columns as typed arrays.
 *
 * @category Attainment
 */
export interface AttainmentBatchResult {
  readonly length: number;
  readonly kind: IndicatorKind;
  readonly targetForm: BatchTargetForm;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly status: Uint8Array;
  readonly statusLabels: readonly ['not-met', 'met', 'exceeded'];
  readonly counts: { readonly 'not-met': number; readonly met: number; readonly exceeded: number };
  readonly percent: Float64Array;
  readonly overPercent: Float64Array;
  readonly overPoints: Float64Array | null;
  readonly gap: Float64Array;
  readonly wide: readonly { readonly row: number; readonly field: BatchFigureName; readonly value: string }[];
}

/** At most this many bad rows are reported, so a wholly wrong column gives a readable error. */
const MAX_ROW_ISSUES = 20;


const columnSchema = reader((v, ctx): NumberColumn => {
  const view = ArrayBuffer.isView(v);
  if ((Array.isArray(v) || (view && !(v instanceof DataView))) && !(view && typeof (v as unknown as ArrayLike<unknown>)[0] === 'bigint')) return v as NumberColumn;
  return report(ctx, 'invalid_type', { expected: 'number-column', ...(view ? { received: v instanceof DataView ? 'data-view' : 'bigint-array' } : describe(v)) });
});

const inputShape = z.strictObject({
  achieved: columnSchema,
  target: z.optional(columnSchema),
  targetForm: z.optional(z.enum(['reach', 'at-least', 'at-most'])),
  min: z.optional(columnSchema),
  max: z.optional(columnSchema),
  kind: z.optional(z.enum(['count', 'rate'])),
});

type Ctx = z.core.ParsePayload<unknown>;

/** The problem with one figure of a column, as readNumber and the kind would report it, or undefined. */
function rowProblem(x: unknown, kind: IndicatorKind): [ErrorCode, IssueFacts] | undefined {
  if (typeof x !== 'number') {
    return x === undefined ? ['missing', {}] : ['invalid_type', { expected: 'number', ...describe(x) }];
  }
  if (!Number.isFinite(x)) return ['not_finite', describe(x)];
  if (x < 0) return ['negative', { value: String(x) }];
  if (x > Number.MAX_SAFE_INTEGER) return ['unsafe_number', { value: String(x) }];
  if (kind === 'count' && !Number.isInteger(x)) return ['not_integer', { value: String(x) }];
  return undefined;
}

/** Checks every row once; reports the first bad rows with their index, e.g. `['achieved', 1234]`. */
function checkBatch(v: z.output<typeof inputShape>, ctx: Ctx): ParsedBatch {
  const kind = v.kind ?? 'count';
  const allowed = ['achieved', 'target', 'targetForm', 'min', 'max', 'kind'];
  let form: BatchTargetForm;
  let ok = true;
  if (v.target !== undefined) {
    form = v.targetForm ?? 'reach';
    for (const k of ['min', 'max'] as const) {
      if (v[k] !== undefined) { report(ctx, 'unknown_key', { key: k, allowed: allowed.filter((x) => x !== 'min' && x !== 'max') }, [k]); ok = false; }
    }
  } else if (v.min !== undefined || v.max !== undefined) {
    form = 'range';
    if (v.targetForm !== undefined) { report(ctx, 'unknown_key', { key: 'targetForm', allowed: ['achieved', 'min', 'max', 'kind'] }, ['targetForm']); ok = false; }
    if (v.min === undefined) { report(ctx, 'missing', {}, ['min']); ok = false; }
    if (v.max === undefined) { report(ctx, 'missing', {}, ['max']); ok = false; }
  } else {
    report(ctx, 'missing', {}, ['target']);
    return z.NEVER;
  }
  if (!ok) return z.NEVER;
  const columns: [string, NumberColumn][] = [['achieved', v.achieved]];
  if (form === 'range') columns.push(['min', v.min as NumberColumn], ['max', v.max as NumberColumn]);
  else columns.push(['target', v.target as NumberColumn]);
  const n = v.achieved.length;
  for (const [name, col] of columns) {
    if (col.length !== n) { report(ctx, 'length_mismatch', { expected: n, got: col.length }, [name]); ok = false; }
  }
  if (!ok) return z.NEVER;
  // Each figure of a plain array is read once, here, into a copy that the computation then uses: a
  // Proxy or a getter could give another value on a second read. Typed arrays hold numbers and are used
  // as they are. A figure that is not a number is NaN in the copy, so the range check compares numbers
  // only (it never calls a caller's valueOf, nor throws on a Symbol).
  let issues = 0;
  const read: NumberColumn[] = [];
  for (const [name, col] of columns) {
    // Grown as read, not allocated up front: a sparse array's length (up to 2^32 − 1) costs nothing
    // until its holes are reported, and the reading stops after MAX_ROW_ISSUES of them.
    const copy: number[] | undefined = ArrayBuffer.isView(col) ? undefined : [];
    for (let i = 0; i < n && issues < MAX_ROW_ISSUES; i++) {
      const x: unknown = col[i];
      const p = rowProblem(x, kind);
      if (p !== undefined) { report(ctx, p[0], p[1], [name, i]); issues++; }
      if (copy !== undefined) copy.push(typeof x === 'number' ? x : NaN);
    }
    read.push(copy ?? col);
  }
  const [achieved, target, max] = read as [NumberColumn, NumberColumn, NumberColumn | undefined];
  if (form === 'range') {
    const lo = target;
    const hi = max as NumberColumn;
    for (let i = 0; i < n && issues < MAX_ROW_ISSUES; i++) {
      const a = lo[i] as number;
      const b = hi[i] as number;
      if (a > b) { report(ctx, 'range_inverted', { min: String(a), max: String(b) }, ['min', i]); issues++; }
    }
  }
  if (issues > 0) return z.NEVER;
  return { kind, form, achieved, target, max: form === 'range' ? max : undefined };
}

const batchInputSchema = z.pipe(inputShape, z.transform((v, ctx) => checkBatch(v, ctx as Ctx)));

/** The plain form `JSON.stringify` writes: arrays of numbers and labels, `null` for `NaN`. */
function toJSON(this: AttainmentBatchResult): unknown {
  const plain = (col: Float64Array | null) => (col === null ? null : Array.from(col, (x) => (Number.isNaN(x) ? null : x)));
  return {
    length: this.length,
    kind: this.kind,
    targetForm: this.targetForm,
    decimals: this.decimals,
    rounding: this.rounding,
    status: Array.from(this.status, (c) => STATUS_LABELS[c]),
    counts: this.counts,
    percent: plain(this.percent),
    overPercent: plain(this.overPercent),
    overPoints: plain(this.overPoints),
    gap: plain(this.gap),
    wide: this.wide,
  };
}

/**
 * {@link attainment} for many units at once: columns in, columns out. Validates once per batch (a bad
 * row is reported with its index, e.g. path `['achieved', 1234]`), then computes every row exactly:
 * safe-integer arithmetic while products stay below 2^53, BigInt for a row beyond, chosen per row.
 * Each row's figures are those the single call gives for the same input and options.
 *
 * @param input - `achieved` and `target` columns (or `min` and `max` for ranges), `targetForm`, `kind`
 * @param options - `decimals` (0–10, default 2) and `rounding` (default `'half-up'`)
 * @returns an {@link AttainmentBatchResult}: `status` codes, `percent`, `overPercent`, `overPoints`
 *   and `gap` columns, `counts`, and `wide` for figures too long for a double
 * @throws {ChiTieuError} `length_mismatch` when columns differ in length; per row (path
 *   `[column, index]`, at most 20 rows) `invalid_type`, `missing`, `not_finite`, `negative`,
 *   `not_integer` (counts), `unsafe_number`, `range_inverted`; `missing` without a target; as
 *   {@link attainment} for options
 * @example
 * ```ts
 * import { attainmentBatch } from 'chitieu';
 * const r = attainmentBatch({ achieved: [103, 58, 80], target: Int32Array.of(80, 400, 80) });
 * [...r.status].map((c) => r.statusLabels[c]);
 * //=> [ 'exceeded', 'not-met', 'met' ]
 * [...r.percent];
 * //=> [ 128.75, 14.5, 100 ]
 * r.counts;
 * //=> { 'not-met': 1, met: 1, exceeded: 1 }
 * const zero = attainmentBatch({ achieved: [3, 0], target: [0, 0] });
 * [[...zero.status].map((c) => zero.statusLabels[c]), [...zero.percent].map((x) => (Number.isNaN(x) ? null : x))];
 * //=> [ [ 'exceeded', 'met' ], [ null, null ] ]
 * attainmentBatch({ achieved: [16], target: [15] }, { decimals: 1, rounding: 'down' }).overPercent[0];
 * //=> 6.6
 * ```
 * @category Attainment
 */
export function attainmentBatch(input: AttainmentBatchInput, options: AttainmentBatchOptions = {}): AttainmentBatchResult {
  const parsed = parseIn(attainmentTables, batchInputSchema, input);
  const o = parseIn(attainmentTables, attainmentOptionsSchema, options ?? {}, ['options']);
  const decimals = o.decimals ?? 2;
  const rounding = o.rounding ?? 'half-up';
  const c = computeBatch(parsed, decimals, rounding);
  const result: AttainmentBatchResult = {
    length: parsed.achieved.length,
    kind: parsed.kind,
    targetForm: parsed.form,
    decimals,
    rounding,
    status: c.status,
    statusLabels: STATUS_LABELS,
    counts: Object.freeze({ 'not-met': c.counts[0], met: c.counts[1], exceeded: c.counts[2] }),
    percent: c.percent,
    overPercent: c.overPercent,
    overPoints: c.overPoints,
    gap: c.gap,
    wide: Object.freeze(c.wide as WideFigure[]),
  };
  Object.defineProperty(result, 'toJSON', { value: toJSON, enumerable: false });
  return Object.freeze(result);
}
