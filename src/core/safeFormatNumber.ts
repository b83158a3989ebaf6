import { toSafe, type SafeResult } from './errors.js';
import { formatNumber, type FormatNumberOptions } from './formatNumber.js';

const safe = toSafe(formatNumber);

/**
 * {@link formatNumber} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for showing figures that come from an import, where a bad cell should not stop the page.
 *
 * @param value - as {@link formatNumber}
 * @param options - as {@link formatNumber}
 * @returns `{ success: true, data }` with the formatted text, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeFormatNumber } from 'chitieu';
 * safeFormatNumber('35139.5', { locale: 'en' }).data;
 * //=> '35,139.5'
 * const r = safeFormatNumber('12.5%');
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'malformed_number', [ 'value' ] ]
 * ```
 * @category Formatting
 */
export function safeFormatNumber(value: unknown, options?: FormatNumberOptions): SafeResult<string> {
  return safe(value as number | string, options);
}
