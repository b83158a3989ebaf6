import { toSafe, type SafeResult } from '../core/errors.js';
import { formatPeriod, type FormatPeriodOptions } from './formatPeriod.js';
import type { PeriodInput } from './types.js';

const safe = toSafe(formatPeriod);

/**
 * {@link formatPeriod} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for showing period text typed by a person, where an unreadable one should not stop the page.
 *
 * @param period - as {@link formatPeriod}
 * @param options - as {@link formatPeriod}
 * @returns `{ success: true, data }` with the period written out, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeFormatPeriod } from 'chitieu';
 * safeFormatPeriod('giai đoạn 2021-2025', { locale: 'en' }).data;
 * //=> 'programme period 2021–2025'
 * const r = safeFormatPeriod('quý V/2024');
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'unknown_period', [ 'period' ] ]
 * ```
 * @category Periods
 */
export function safeFormatPeriod(period: unknown, options?: FormatPeriodOptions): SafeResult<string> {
  return safe(period as PeriodInput, options);
}
