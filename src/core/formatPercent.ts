import { formatExact, type FormatNumberOptions } from './formatNumber.js';

/**
 * Writes a percentage figure with its sign: `28,75%` in Vietnamese, `28.75%` in English. The value is
 * the percentage itself (28.75 for 28.75%), as `percent` and `overPercent` in results are.
 *
 * @param value - a number, a plain decimal string, or an exact fraction `"p/q"`
 * @param options - as {@link formatNumber}
 * @returns the formatted percentage
 * @throws {ChiTieuError} as {@link formatNumber}
 * @example
 * ```ts
 * import { formatPercent } from 'chitieu';
 * formatPercent('28.75');
 * //=> '28,75%'
 * formatPercent('28.75', { locale: 'en' });
 * //=> '28.75%'
 * formatPercent('20/3', { decimals: 1, rounding: 'down' });
 * //=> '6,6%'
 * ```
 * @category Formatting
 */
export function formatPercent(value: number | string, options: FormatNumberOptions = {}): string {
  return `${formatExact(value, options)}%`;
}
