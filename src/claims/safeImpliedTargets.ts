import { toSafe, type SafeResult } from '../core/errors.js';
import { impliedTargets } from './impliedTargets.js';
import type { ClaimOptions, ImpliedTargetsInput } from './types.js';

const safe = toSafe(impliedTargets);

/**
 * {@link impliedTargets} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, so a figure that pins down no target ("đạt 0%": `too_many_targets`) or is mistyped is
 * reported in a list rather than stopping it.
 *
 * @param input - as {@link impliedTargets}
 * @param options - as {@link impliedTargets}
 * @returns `{ success: true, data }` with the targets, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeImpliedTargets } from 'chitieu';
 * const r = safeImpliedTargets({ achieved: 65, reported: '72,2', as: 'attainment' });
 * r.success ? r.data : r.error.code;
 * //=> [ 90 ]
 * const none = safeImpliedTargets({ achieved: 3, reported: '0', as: 'attainment' });
 * none.success ? none.data : none.error.code;
 * //=> 'too_many_targets'
 * ```
 * @category Claims
 */
export function safeImpliedTargets(input: unknown, options?: unknown): SafeResult<readonly number[]> {
  return safe(input as ImpliedTargetsInput, options as ClaimOptions | undefined);
}
