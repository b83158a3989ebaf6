import { toPartial } from './_partial.js';
import { readTable } from './_schema.js';
import type { OrgColumns, OrgTree, RollupPartial } from './types.js';

/**
 * Rolls up one chunk of an organisation tree as far as the chunk reaches, into a plain,
 * JSON-serialisable partial: units whose parent is in another chunk wait for {@link mergeRollups}.
 * Split a large tree into chunks (workers, processes, machines), roll each up, merge the partials
 * in order, and the result is exactly that of rolling up everything at once. The partial's number
 * columns are packed (format 3, see {@link RollupPartial}): a byte or a few a figure in memory and in JSON.
 *
 * @param input - an {@link OrgTree} `{ nodes }` or {@link OrgColumns} `{ ids, parents, indicators }`
 * @returns a frozen {@link RollupPartial}
 * @throws {ChiTieuError} `duplicate_id`, `cycle`, `negative`, `not_integer`, `not_finite`, `unsafe_key`,
 *   `length_mismatch`, `invalid_type`, `missing`, `unknown_key` (with the path of the row);
 *   `too_long` for more than 10,000,000 `nodes`
 * @example
 * ```ts
 * import { mergeRollups, rollup, rollupPartial } from 'chitieu';
 * const a = rollupPartial({ nodes: [{ id: 'tinh', parent: null }, { id: 'khoi', parent: 'tinh', indicators: { partyOrgs: { achieved: 10 } } }] });
 * const b = rollupPartial({ nodes: [{ id: 'huyen', parent: 'tinh', indicators: { partyOrgs: { achieved: 63 } } }] });
 * [b.parentIndex, b.achieved];
 * //=> [ 'i32:/v///w==', [ [ 'u8:Pw==' ] ] ]
 * rollup(mergeRollups([a, b])).nodes[0]?.indicators.partyOrgs?.achieved;
 * //=> '73'
 * ```
 * @category Rollup
 */
export function rollupPartial(input: OrgTree | OrgColumns): RollupPartial {
  return toPartial(readTable(input).table);
}
