import { finishColumns } from './_finishColumns.js';
import { parseRollupOptions, readTable } from './_schema.js';
import { requireComplete } from './_table.js';
import type { OrgColumns, OrgTree, RollupColumnsResult, RollupOptions, RollupPartial } from './types.js';

/**
 * {@link rollup} for large trees: columns in, columns out (no object per unit), one validation per
 * batch with the row of any bad entry in the error. For a whole country's enterprises: ids and
 * parents as arrays, figures as typed or plain arrays per indicator.
 *
 * @param input - {@link OrgColumns}, an {@link OrgTree}, or a merged {@link RollupPartial}
 * @param options - as {@link rollup}
 * @returns a frozen {@link RollupColumnsResult}: per indicator, subtree totals and percents per unit;
 *   its typed-array columns are fresh copies owned by the caller, and `JSON.stringify` writes them as
 *   plain arrays
 * @throws {ChiTieuError} as {@link rollup}, with paths such as `['indicators', 'newMembers', 'target', 41]`
 * @example
 * ```ts
 * import { rollupColumns } from 'chitieu';
 * const r = rollupColumns({
 *   ids: ['vsip', 'c1', 'c2'],
 *   parents: [null, 'vsip', 'vsip'],
 *   indicators: { newMembers: { achieved: new Uint32Array([0, 40, 32]), target: [0, 45, 35] } },
 * });
 * r.achieved[0];
 * //=> Float64Array(3) [ 72, 40, 32 ]
 * [r.groupPercent[0], r.percentNumber[0]];
 * //=> [ [ '90' ], Float64Array(3) [ 90, 88.89, 91.43 ] ]
 * JSON.parse(JSON.stringify(r)).achieved;
 * //=> [ [ 72, 40, 32 ] ]
 * ```
 * @category Rollup
 */
export function rollupColumns(input: OrgColumns | OrgTree | RollupPartial, options: RollupOptions = {}): RollupColumnsResult {
  const o = parseRollupOptions(options);
  const { table, paths } = readTable(input, true);
  requireComplete(table, paths);
  return finishColumns(table, o);
}
