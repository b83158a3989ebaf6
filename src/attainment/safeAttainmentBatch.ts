import { toSafe, type SafeResult } from '../core/errors.js';
import { attainmentBatch, type AttainmentBatchInput, type AttainmentBatchOptions, type AttainmentBatchResult } from './attainmentBatch.js';

const safe = toSafe(attainmentBatch);

/**
 * {@link attainmentBatch} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for imports that report bad rows rather than stop.
 *
 * @param input - as {@link attainmentBatch}
 * @param options - as {@link attainmentBatch}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeAttainmentBatch } from 'chitieu';
 * const r = safeAttainmentBatch({ achieved: [5, -1], target: [4, 4] });
 * r.success ? r.data.length : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'achieved', 1 ] ]
 * ```
 * @category Attainment
 */
export function safeAttainmentBatch(input: unknown, options?: AttainmentBatchOptions): SafeResult<AttainmentBatchResult> {
  return safe(input as AttainmentBatchInput, options);
}
