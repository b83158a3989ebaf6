import type { NumberInput } from '../attainment/types.js';
import { toSafe, type SafeResult } from '../core/errors.js';
import { allocate, type AllocateOptions, type AllocateResult } from './allocate.js';

const safe = toSafe(allocate);

/**
 * {@link allocate} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a total and weights typed into a planning form.
 *
 * @param total - as {@link allocate}
 * @param weights - as {@link allocate}
 * @param options - as {@link allocate}
 * @returns `{ success: true, data }` with the parts, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeAllocate } from 'chitieu';
 * safeAllocate(80, [1, 1, 1, 1, 1, 1]).data?.parts;
 * //=> [ '14', '14', '13', '13', '13', '13' ]
 * const r = safeAllocate(80, [1, -1]);
 * r.success ? r.data.parts : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'weights', 1 ] ]
 * ```
 * @category Periods
 */
export function safeAllocate(total: unknown, weights: unknown, options?: AllocateOptions): SafeResult<AllocateResult> {
  return safe(total as NumberInput, weights as readonly NumberInput[], options);
}
