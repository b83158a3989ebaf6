import { toSafe, type SafeResult } from '../core/errors.js';
import { attainment } from './attainment.js';
import type { AttainmentInput, AttainmentOptions, AttainmentResult } from './types.js';

const safe = toSafe(attainment);

/**
 * {@link attainment} that returns `{ success, data }` or `{ success: false, error }` instead of throwing,
 * for forms and pipelines that collect problems rather than stop at the first.
 *
 * @param input - as {@link attainment}
 * @param options - as {@link attainment}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeAttainment } from 'chitieu';
 * const r = safeAttainment({ achieved: 5, target: { min: 7, max: 5 } });
 * r.success ? r.data.status : r.error.code;
 * //=> 'range_inverted'
 * ```
 * @category Attainment
 */
export function safeAttainment(input: unknown, options?: AttainmentOptions): SafeResult<AttainmentResult> {
  return safe(input as AttainmentInput, options);
}
