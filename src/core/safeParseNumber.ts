import { toSafe, type SafeResult } from './errors.js';
import { parseNumber, type ParseNumberOptions } from './parseNumber.js';

const safe = toSafe(parseNumber);

/**
 * {@link parseNumber} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing: for a form field where a person types a figure in report notation.
 *
 * @param text - as {@link parseNumber}
 * @param options - as {@link parseNumber}
 * @returns `{ success: true, data }` with the plain decimal string, or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseNumber } from 'chitieu';
 * safeParseNumber('1.549,5').data;
 * //=> '1549.5'
 * const r = safeParseNumber('1.5');
 * [r.success, r.error?.code];
 * //=> [ false, 'ambiguous_number' ]
 * ```
 * @category Formatting
 */
export function safeParseNumber(text: unknown, options?: ParseNumberOptions): SafeResult<string> {
  return safe(text as string, options);
}
