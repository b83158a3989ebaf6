import { dateSchema, parsePeriodArg } from './_schema.js';
import type { PeriodInput } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Whether a calendar date falls inside a period, both ends included. Dates compare as calendar days,
 * whatever the machine's time zone.
 *
 * `date` is the date being tested — data, like the period — not an evaluation date, so it stays an
 * argument and is not an `asOf` option (docs/conventions.md §5).
 *
 * @param period - a {@link Period} or period text (`'quý II/2024'`)
 * @param date - the date tested, `YYYY-MM-DD`
 * @returns `true` when `period.start ≤ date ≤ period.end`
 * @throws {ChiTieuError} `invalid_date` for impossible dates, `unknown_period` for unreadable text
 * @example
 * ```ts
 * import { periodContains } from 'chitieu';
 * periodContains('quý II/2024', '2024-06-30');
 * //=> true
 * periodContains('6 tháng đầu năm 2024', '2024-07-01');
 * //=> false
 * ```
 * @category Periods
 */
export function periodContains(period: PeriodInput, date: string): boolean {
  const d = parseWith(dateSchema, date, ['date']);
  const p = parsePeriodArg(period, {}, ['period']);
  // ISO calendar dates of four-digit years order as strings.
  return p.start <= d && d <= p.end;
}
