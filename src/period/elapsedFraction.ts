import * as z from 'zod/mini';
import { describe, roundOptionsShape } from '../core/_schema.js';
import type { RoundingMode } from '../core/roundingModes.js';
import { computeElapsed } from './_elapsed.js';
import { dateSchema, parsePeriodArg } from './_schema.js';
import type { Elapsed, PeriodInput } from './types.js';
import { fail, parseWith } from './_errors.js';

/**
 * Options of {@link elapsedFraction}.
 *
 * @category Periods
 */
export interface ElapsedFractionOptions {
  /**
   * The evaluation date, `YYYY-MM-DD`: the day up to which the period is counted (that day included).
   * Required, unless given in the deprecated positional form `elapsedFraction(period, asOf, options)`.
   */
  readonly asOf?: string;
  /** Decimals of `percent` (0–10, default 2); `fraction.value` has two more. */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

const optionsSchema = z.strictObject({ asOf: z.optional(dateSchema), ...roundOptionsShape });

/**
 * How much of a period has passed at a date, by calendar days and exactly: the fraction
 * `elapsedDays/totalDays` (reduced), rounded once, and as a percent. The `asOf` day counts as passed.
 * A date before the period gives 0 with status `'not-started'`; a date on or after its last day
 * gives 1 with status `'ended'`: never a negative fraction, never more than the whole.
 *
 * The evaluation date is an option (docs/conventions.md §5): `elapsedFraction(period, { asOf })`.
 *
 * @param period - a {@link Period} or period text (`'nhiệm kỳ 2020-2025'`)
 * @param options - `asOf` (the date, `YYYY-MM-DD`, required), `decimals` and `rounding`
 * @returns a frozen {@link Elapsed}
 * @throws {ChiTieuError} `missing` (path `['options', 'asOf']`) without a date, `invalid_date` for
 *   impossible dates, `unknown_period` for unreadable text, `date_order` for a period whose end is
 *   before its start; `invalid_value` (path `['options', 'asOf']`) when the deprecated positional date
 *   and `options.asOf` are both given and differ
 * @example
 * ```ts
 * import { elapsedFraction } from 'chitieu';
 * const e = elapsedFraction('nhiệm kỳ 2020-2025', { asOf: '2024-07-16' });
 * [e.status, e.elapsedDays, e.totalDays, e.fraction.exact, e.percent];
 * //=> [ 'in-progress', 1659, 2192, '1659/2192', '75.68' ]
 * elapsedFraction('năm 2024', { asOf: '2023-12-01' }).fraction.value;
 * //=> '0'
 * ```
 * @category Periods
 */
export function elapsedFraction(period: PeriodInput, options: ElapsedFractionOptions): Elapsed;
/**
 * The positional form of {@link elapsedFraction}: the same result as
 * `elapsedFraction(period, { ...options, asOf })`.
 *
 * @deprecated Give the date in the options: `elapsedFraction(period, { asOf })`. This form stays
 *   until 1.0; a different `options.asOf` beside it is `invalid_value`.
 * @category Periods
 */
export function elapsedFraction(period: PeriodInput, asOf: string, options?: ElapsedFractionOptions): Elapsed;
export function elapsedFraction(period: PeriodInput, second: string | ElapsedFractionOptions, third?: ElapsedFractionOptions): Elapsed {
  // Anything but an object (or nothing) in second place is the deprecated positional date, read as
  // such: a number there is `invalid_type` at `asOf`, as before, not an options object gone wrong.
  const positional = second !== undefined && second !== null && typeof second !== 'object';
  const rawOptions: unknown = positional ? third ?? {} : second ?? {};
  // The positional date keeps its own path (`asOf`); a date in the options is under `options`.
  const positionalDate = positional ? parseWith(dateSchema, second, ['asOf']) : undefined;
  const o = parseWith(optionsSchema, rawOptions, ['options']);
  if (positionalDate !== undefined && o.asOf !== undefined && o.asOf !== positionalDate) {
    fail('invalid_value', ['options', 'asOf'], { allowed: [positionalDate], ...describe(o.asOf) });
  }
  const date = positionalDate ?? o.asOf;
  if (date === undefined) fail('missing', ['options', 'asOf']);
  const datePath = positionalDate !== undefined ? ['asOf'] : ['options', 'asOf'];
  const p = parsePeriodArg(period, { asOf: date }, ['period'], { asOf: datePath });
  return computeElapsed(p, date, o.decimals ?? 2, o.rounding ?? 'half-up');
}
