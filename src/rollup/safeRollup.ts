import { toSafe, type SafeResult } from '../core/errors.js';
import { rollup } from './rollup.js';
import type { OrgColumns, OrgTree, RollupOptions, RollupPartial, RollupResult } from './types.js';

const safe = toSafe(rollup);

/**
 * {@link rollup} that returns `{ success, data }` or `{ success: false, error }` instead of throwing,
 * for imports of a tree that report what is wrong with it rather than stop.
 *
 * @param input - as {@link rollup}
 * @param options - as {@link rollup}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeRollup } from 'chitieu';
 * const r = safeRollup({ nodes: [{ id: 'tinh' }, { id: 'khoi', parent: 'tnh' }] });
 * r.success ? r.data.roots : [r.error.code, r.error.path];
 * //=> [ 'unknown_parent', [ 'nodes', 1, 'parent' ] ]
 * ```
 * @category Rollup
 */
export function safeRollup(input: unknown, options?: RollupOptions): SafeResult<RollupResult> {
  return safe(input as OrgTree | OrgColumns | RollupPartial, options);
}
