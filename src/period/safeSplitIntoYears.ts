import { toSafe, type SafeResult } from '../core/errors.js';
import { splitIntoYears } from './splitIntoYears.js';
import type { Period, PeriodInput } from './types.js';

const safe = toSafe(splitIntoYears);

/**
 * {@link splitIntoYears} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for period text typed into a form.
 *
 * @param period - as {@link splitIntoYears}
 * @returns `{ success: true, data }` with the calendar-year pieces, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeSplitIntoYears } from 'chitieu';
 * safeSplitIntoYears('nhiệm kỳ 2020-2025').data?.length;
 * //=> 6
 * const r = safeSplitIntoYears('nhiệm kỳ 2025-2020');
 * r.success ? r.data.length : [r.error.code, r.error.path];
 * //=> [ 'date_order', [ 'period' ] ]
 * ```
 * @category Periods
 */
export function safeSplitIntoYears(period: unknown): SafeResult<readonly Period[]> {
  return safe(period as PeriodInput);
}
