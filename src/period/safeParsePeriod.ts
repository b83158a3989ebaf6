import { toSafe, type SafeResult } from '../core/errors.js';
import { parsePeriod, type ParsedPeriod, type ParsePeriodOptions } from './parsePeriod.js';

const safe = toSafe(parsePeriod);

/**
 * {@link parsePeriod} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing: for reading user-typed period text in a form.
 *
 * @param text - as {@link parsePeriod}
 * @param options - as {@link parsePeriod}
 * @returns `{ success: true, data }` with the period, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeParsePeriod } from 'chitieu';
 * const r = safeParsePeriod('tuần 3/2024');
 * r.success ? r.data.kind : r.error.code;
 * //=> 'unknown_period'
 * ```
 * @category Periods
 */
export function safeParsePeriod(text: unknown, options?: ParsePeriodOptions): SafeResult<ParsedPeriod> {
  return safe(text as string, options);
}
