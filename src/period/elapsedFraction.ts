import * as z from 'zod/mini';
import { parseWith, roundOptionsShape } from '../core/_schema.js';
import type { RoundingMode } from '../core/roundingModes.js';
import { computeElapsed } from './_elapsed.js';
import { dateSchema, parsePeriodArg } from './_schema.js';
import type { Elapsed, PeriodInput } from './types.js';

/** Options of {@link elapsedFraction}. */
export interface ElapsedFractionOptions {
  /** Decimals of `percent` (0–10, default 2); `fraction.value` has two more. */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

const optionsSchema = z.strictObject(roundOptionsShape);

/**
 * How much of a period has passed at a date, by calendar days and exactly: the fraction
 * `elapsedDays/totalDays` (reduced), rounded once, and as a percent. The `asOf` day counts as passed.
 * A date before the period gives 0 with status `'not-started'`; a date on or after its last day
 * gives 1 with status `'ended'`: never a negative fraction, never more than the whole.
 *
 * @param period - a {@link Period} or period text (`'nhiệm kỳ 2020-2025'`)
 * @param asOf - the date, `YYYY-MM-DD`
 * @param options - `decimals` and `rounding`
 * @returns a frozen {@link Elapsed}
 * @throws {ChiTieuError} `invalid_date` for impossible dates, `unknown_period` for unreadable text,
 *   `date_order` for a period whose end is before its start
 * @example
 * ```ts
 * import { elapsedFraction } from 'chitieu';
 * const e = elapsedFraction('nhiệm kỳ 2020-2025', '2024-07-16');
 * [e.status, e.elapsedDays, e.totalDays, e.fraction.exact, e.percent];
 * //=> [ 'in-progress', 1659, 2192, '1659/2192', '75.68' ]
 * elapsedFraction('năm 2024', '2023-12-01').fraction.value;
 * //=> '0'
 * ```
 * @category Periods
 */
export function elapsedFraction(period: PeriodInput, asOf: string, options: ElapsedFractionOptions = {}): Elapsed {
  const date = parseWith(dateSchema, asOf, ['asOf']);
  const p = parsePeriodArg(period, { asOf: date }, ['period'], { asOf: ['asOf'] });
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  return computeElapsed(p, date, o.decimals ?? 2, o.rounding ?? 'half-up');
}
