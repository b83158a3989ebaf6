import { toSafe, type SafeResult } from '../core/errors.js';
import { periodContains } from './periodContains.js';
import type { PeriodInput } from './types.js';

const safe = toSafe(periodContains);

/**
 * {@link periodContains} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a period and a date typed into a form.
 *
 * @param period - as {@link periodContains}
 * @param date - as {@link periodContains}
 * @returns `{ success: true, data }` with whether the date falls inside the period, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safePeriodContains } from 'chitieu';
 * safePeriodContains('quý II/2024', '2024-06-30').data;
 * //=> true
 * const r = safePeriodContains('quý II/2024', '2024-02-30');
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'invalid_date', [ 'date' ] ]
 * ```
 * @category Periods
 */
export function safePeriodContains(period: unknown, date: unknown): SafeResult<boolean> {
  return safe(period as PeriodInput, date as string);
}
