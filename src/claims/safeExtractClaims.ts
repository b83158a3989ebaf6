import { toSafe, type SafeResult } from '../core/errors.js';
import { extractClaims } from './extractClaims.js';
import type { ExtractClaimsOptions, ExtractClaimsResult } from './types.js';

const safe = toSafe(extractClaims);

/**
 * {@link extractClaims} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for text pasted into a form, which may be empty, too long or not text at all.
 *
 * @param text - as {@link extractClaims}
 * @param options - as {@link extractClaims}
 * @returns `{ success: true, data }` with the claims found, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeExtractClaims } from 'chitieu';
 * safeExtractClaims('kết nạp 16/15 đảng viên, vượt 6,7%').data?.claims.length;
 * //=> 1
 * const r = safeExtractClaims(42);
 * r.success ? r.data.claims : [r.error.code, r.error.path];
 * //=> [ 'invalid_type', [ 'text' ] ]
 * ```
 * @category Claims
 */
export function safeExtractClaims(text: unknown, options?: ExtractClaimsOptions): SafeResult<ExtractClaimsResult> {
  return safe(text as string, options);
}
