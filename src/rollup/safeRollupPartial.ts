import { toSafe, type SafeResult } from '../core/errors.js';
import { rollupPartial } from './rollupPartial.js';
import type { OrgColumns, OrgTree, RollupPartial } from './types.js';

const safe = toSafe(rollupPartial);

/**
 * {@link rollupPartial} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a chunk of an import that should report what is wrong with it rather than stop.
 *
 * @param input - as {@link rollupPartial}
 * @returns `{ success: true, data }` with the partial rollup, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeRollupPartial } from 'chitieu';
 * const r = safeRollupPartial({ nodes: [{ id: 'khoi' }, { id: 'khoi' }] });
 * r.success ? r.data.ids : [r.error.code, r.error.path];
 * //=> [ 'duplicate_id', [ 'nodes', 1, 'id' ] ]
 * ```
 * @category Rollup
 */
export function safeRollupPartial(input: unknown): SafeResult<RollupPartial> {
  return safe(input as OrgTree | OrgColumns);
}
