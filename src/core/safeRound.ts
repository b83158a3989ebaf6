import { toSafe, type SafeResult } from './errors.js';
import { round, type RoundOptions } from './round.js';

const safe = toSafe(round);

/**
 * {@link round} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a figure typed into a form or read from a spreadsheet cell.
 *
 * @param value - as {@link round}
 * @param options - as {@link round}
 * @returns `{ success: true, data }` with the rounded decimal string, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeRound } from 'chitieu';
 * safeRound('20/3', { decimals: 1 }).data;
 * //=> '6.7'
 * const r = safeRound('1,5');
 * r.success ? r.data : [r.error.code, r.error.path];
 * //=> [ 'malformed_number', [ 'value' ] ]
 * ```
 * @category Rounding
 */
export function safeRound(value: unknown, options?: RoundOptions): SafeResult<string> {
  return safe(value as number | string, options);
}
