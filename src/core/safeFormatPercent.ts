import { toSafe, type SafeResult } from './errors.js';
import type { FormatNumberOptions } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';

const safe = toSafe(formatPercent);

/**
 * {@link formatPercent} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for showing percentages that come from an import, where a bad cell should not stop the page.
 *
 * @param value - as {@link formatPercent}
 * @param options - as {@link formatPercent}
 * @returns `{ success: true, data }` with the formatted percentage, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeFormatPercent } from 'chitieu';
 * safeFormatPercent('28.75').data;
 * //=> '28,75%'
 * const r = safeFormatPercent(Number.NaN);
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'not_finite', [ 'value' ] ]
 * ```
 * @category Formatting
 */
export function safeFormatPercent(value: unknown, options?: FormatNumberOptions): SafeResult<string> {
  return safe(value as number | string, options);
}
