import * as z from 'zod/mini';
import { isProblem, readNumber, type ExactNumber } from '../core/_exact.js';
import { describe, numberLike, reader, report } from '../core/_schema.js';
import type { NumberInput } from '../attainment/types.js';
import { rational } from '../core/_rational.js';
import { figure } from './_rational.js';
import type { ExactFigure } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link allocate}.
 *
 * @category Periods
 */
export interface AllocateOptions {
  /**
   * Which part gets a leftover unit when two parts have equal remainders: the earlier in the list
   * (`'earlier'`, the default: front-load a term's years) or the later (`'later'`: back-load them).
   */
  readonly tieBreak?: 'earlier' | 'later';
}

/**
 * The result of {@link allocate}.
 *
 * @category Periods
 */
export interface AllocateResult {
  readonly total: string;
  /** Whole parts, in the order of the weights; they sum to `total` exactly. */
  readonly parts: readonly string[];
  readonly partsNumber: readonly number[];
  /** Each part's exact share, total × weight ÷ Σ weights, rounded to 4 decimals with its fraction. */
  readonly shares: readonly ExactFigure[];
  /** How many parts got one more than the whole part of their share. */
  readonly leftover: number;
  readonly tieBreak: 'earlier' | 'later';
}

const MAX_PARTS = 10_000;

const totalSchema = reader((v, ctx): ExactNumber => {
  const x = readNumber(v);
  if (isProblem(x)) return report(ctx, x.code, x.facts);
  if (x.n < 0n) return report(ctx, 'negative', { value: x.text });
  if (x.d !== 1n) return report(ctx, 'not_integer', { value: x.text });
  return x;
});

const weightsSchema = z.pipe(
  z.array(numberLike).check(z.minLength(1), z.maxLength(MAX_PARTS)),
  z.transform((ws, ctx) => {
    let ok = true;
    ws.forEach((w, i) => {
      if ((w as ExactNumber).n < 0n) { report(ctx as never, 'negative', { value: (w as ExactNumber).text }, [i]); ok = false; }
    });
    if (ok && ws.every((w) => (w as ExactNumber).n === 0n)) return report(ctx as never, 'zero_total');
    return ok ? (ws as ExactNumber[]) : z.NEVER;
  }),
);

const optionsSchema = z.strictObject({ tieBreak: z.optional(z.enum(['earlier', 'later'])) });

const weightsType = reader((v, ctx) => (Array.isArray(v) ? v : report(ctx, 'invalid_type', { expected: 'weight-list', ...describe(v) })));

/**
 * Splits a whole total (a term target) into whole parts proportional to weights (years, units) that
 * sum exactly to the total, by the largest remainder (Hamilton) method: each part first gets the
 * whole part of its exact share total × wᵢ ÷ Σw; the units left over go, one each, to the parts with
 * the largest remainders. Ties between equal remainders go to the earlier part (or the later, with
 * `tieBreak: 'later'`), so the result never depends on sort stability. Every part is within 1 of its
 * exact share. Weights are exact decimals; a weight of 0 gets 0.
 *
 * @param total - a whole, non-negative number (a count)
 * @param weights - non-negative numbers, at least one above zero
 * @param options - `tieBreak` (default `'earlier'`)
 * @returns a frozen {@link AllocateResult}
 * @throws {ChiTieuError} `negative` or `not_integer` for the total, `negative` for a weight,
 *   `zero_total` when every weight is 0, `out_of_range` for an empty list
 * @example
 * ```ts
 * import { allocate } from 'chitieu';
 * allocate(80, [1, 1, 1, 1, 1, 1]).parts;
 * //=> [ '14', '14', '13', '13', '13', '13' ]
 * allocate(80, [1, 1, 1, 1, 1, 1], { tieBreak: 'later' }).parts;
 * //=> [ '13', '13', '13', '13', '14', '14' ]
 * allocate(50, [366, 365, 365, 365, 366, 365]).parts;
 * //=> [ '9', '8', '8', '8', '9', '8' ]
 * ```
 * @category Periods
 */
export function allocate(total: NumberInput, weights: readonly NumberInput[], options: AllocateOptions = {}): AllocateResult {
  const t = parseWith(totalSchema, total, ['total']);
  const ws = parseWith(z.pipe(weightsType, weightsSchema), weights, ['weights']);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  const tieBreak = o.tieBreak ?? 'earlier';

  // Bring the weights to whole numbers over one power-of-ten denominator.
  let d = 1n;
  for (const w of ws) if (w.d > d) d = w.d;
  const w = ws.map((x) => x.n * (d / x.d));
  let sum = 0n;
  for (const x of w) sum += x;

  const floors: bigint[] = [];
  const rems: bigint[] = [];
  let given = 0n;
  for (const x of w) {
    const num = t.n * x;
    floors.push(num / sum);
    rems.push(num % sum);
    given += num / sum;
  }
  const leftover = Number(t.n - given); // < number of parts, since each remainder is below one unit
  const order = w.map((_, i) => i);
  order.sort((a, b) => {
    const ra = rems[a] as bigint;
    const rb = rems[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return tieBreak === 'earlier' ? a - b : b - a;
  });
  for (let k = 0; k < leftover; k++) {
    const i = order[k] as number;
    floors[i] = (floors[i] as bigint) + 1n;
  }
  const parts = floors.map(String);
  return Object.freeze({
    total: t.text,
    parts: Object.freeze(parts),
    partsNumber: Object.freeze(parts.map(Number)),
    shares: Object.freeze(w.map((x) => figure(rational(t.n * x, sum), 4, 'half-up'))),
    leftover,
    tieBreak,
  });
}
