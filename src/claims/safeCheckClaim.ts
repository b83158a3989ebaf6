import { toSafe, type SafeResult } from '../core/errors.js';
import { checkClaim } from './checkClaim.js';
import type { ClaimOptions, CheckClaimInput, CheckClaimResult } from './types.js';

const safe = toSafe(checkClaim);

/**
 * {@link checkClaim} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for checking a list of printed figures where some rows are incomplete or mistyped.
 *
 * @param input - as {@link checkClaim}
 * @param options - as {@link checkClaim}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeCheckClaim } from 'chitieu';
 * const r = safeCheckClaim({ achieved: 5, target: 0, reported: '100', as: 'attainment' });
 * r.success ? r.data.consistent : [r.error.code, r.error.path];
 * //=> [ 'zero_total', [ 'target' ] ]
 * ```
 * @category Claims
 */
export function safeCheckClaim(input: unknown, options?: unknown): SafeResult<CheckClaimResult> {
  return safe(input as CheckClaimInput, options as ClaimOptions | undefined);
}
