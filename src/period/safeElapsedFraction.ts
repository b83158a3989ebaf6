import { toSafe, type SafeResult } from '../core/errors.js';
import { elapsedFraction, type ElapsedFractionOptions } from './elapsedFraction.js';
import type { Elapsed, PeriodInput } from './types.js';

const safe = toSafe((period: PeriodInput, options: ElapsedFractionOptions) => elapsedFraction(period, options));

/**
 * {@link elapsedFraction} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a period and an evaluation date typed into a form. It takes the options form only:
 * the date is `options.asOf`.
 *
 * @param period - as {@link elapsedFraction}
 * @param options - as {@link elapsedFraction}
 * @returns `{ success: true, data }` with the {@link Elapsed} share, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeElapsedFraction } from 'chitieu';
 * safeElapsedFraction('năm 2024', { asOf: '2024-07-01' }).data?.fraction.value;
 * //=> '0.5'
 * const r = safeElapsedFraction('năm 2024', { asOf: '2024-02-30' });
 * r.success ? r.data.percent : [r.error.code, r.error.path];
 * //=> [ 'invalid_date', [ 'options', 'asOf' ] ]
 * ```
 * @category Periods
 */
export function safeElapsedFraction(period: unknown, options: unknown): SafeResult<Elapsed> {
  return safe(period as PeriodInput, options as ElapsedFractionOptions);
}
