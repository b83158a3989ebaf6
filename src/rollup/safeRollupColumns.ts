import { toSafe, type SafeResult } from '../core/errors.js';
import { rollupColumns } from './rollupColumns.js';
import type { OrgColumns, OrgTree, RollupColumnsResult, RollupOptions, RollupPartial } from './types.js';

const safe = toSafe(rollupColumns);

/**
 * {@link rollupColumns} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for imported columns that should report what is wrong with them rather than stop.
 *
 * @param input - as {@link rollupColumns}
 * @param options - as {@link rollupColumns}
 * @returns `{ success: true, data }` with the columns, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeRollupColumns } from 'chitieu';
 * const r = safeRollupColumns({ ids: ['vsip', 'c1'], parents: [null, 'vsip'], indicators: { newMembers: { achieved: [0, -4], target: [0, 45] } } });
 * r.success ? r.data.ids : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'indicators', 'newMembers', 'achieved', 1 ] ]
 * ```
 * @category Rollup
 */
export function safeRollupColumns(input: unknown, options?: RollupOptions): SafeResult<RollupColumnsResult> {
  return safe(input as OrgColumns | OrgTree | RollupPartial, options);
}
