import { toSafe, type SafeResult } from '../core/errors.js';
import { checkSum } from './checkSum.js';
import type { CheckSumInput, CheckSumResult } from './types.js';

const safe = toSafe(checkSum);

/**
 * {@link checkSum} that returns `{ success, data }` or `{ success: false, error }` instead of throwing,
 * for checking the breakdowns of a whole table where some rows are incomplete or mistyped.
 *
 * @param input - as {@link checkSum}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeCheckSum } from 'chitieu';
 * const ok = safeCheckSum({ total: 95, parts: [45, 14, 35] });
 * ok.success ? [ok.data.consistent, ok.data.difference] : ok.error.code;
 * //=> [ false, '-1' ]
 * const bad = safeCheckSum({ total: 95, parts: [] });
 * bad.success ? bad.data.consistent : [bad.error.code, bad.error.path];
 * //=> [ 'out_of_range', [ 'parts' ] ]
 * ```
 * @category Claims
 */
export function safeCheckSum(input: unknown): SafeResult<CheckSumResult> {
  return safe(input as CheckSumInput);
}
