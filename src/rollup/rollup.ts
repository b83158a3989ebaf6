import { finishRollup } from './_finishRollup.js';
import { parseRollupOptions, readTable } from './_schema.js';
import { requireComplete } from './_table.js';
import type { OrgColumns, OrgTree, RollupOptions, RollupPartial, RollupResult } from './types.js';

/**
 * Adds up an organisation tree per indicator: each unit gets the totals of its whole subtree, what
 * each subordinate unit contributes, and its attainment Σ achieved ÷ Σ target, exactly, never a mean
 * of percentages (choose `method` for the documented alternatives: weighted or plain mean of the
 * parts, or the weakest part). People counted by id are counted once where units meet.
 *
 * @param input - an {@link OrgTree} `{ nodes }`, {@link OrgColumns}, or a finished merge of partials
 * @param options - `method` (default `'ratio'`), `decimals` (default 2), `rounding` (default `'half-up'`)
 * @returns a frozen {@link RollupResult}, units in input order
 * @throws {ChiTieuError} `duplicate_id`, `unknown_parent`, `cycle`, `negative`, `not_integer`,
 *   `not_finite`, `unsafe_key`, `invalid_value` (people and achieved disagree), `missing`, with paths
 *   such as `['nodes', 2, 'parent']` (at most 100 of them); `too_long` for more than 10,000,000 `nodes`
 * @example
 * ```ts
 * import { rollup } from 'chitieu';
 * const r = rollup({ nodes: [
 *   { id: 'tinh', name: 'Đảng bộ tỉnh' },
 *   { id: 'khoi', parent: 'tinh', indicators: { partyOrgs: { achieved: 10 } } },
 *   { id: 'huyen', parent: 'tinh', indicators: { partyOrgs: { achieved: 63 } } },
 * ] });
 * r.nodes[0]?.indicators.partyOrgs?.achieved;
 * //=> '73'
 * r.nodes[0]?.indicators.partyOrgs?.contributions;
 * //=> [ { id: 'khoi', achieved: '10', target: '0' }, { id: 'huyen', achieved: '63', target: '0' } ]
 * const tree = { nodes: [
 *   { id: 'p' },
 *   { id: 'a', parent: 'p', indicators: { members: { achieved: 1, target: 2 } } },
 *   { id: 'b', parent: 'p', indicators: { members: { achieved: 200, target: 200 } } },
 * ] };
 * rollup(tree).nodes[0]?.indicators.members?.aggregate.percent;
 * //=> '99.5'
 * rollup(tree, { method: 'mean' }).nodes[0]?.indicators.members?.aggregate.percent;
 * //=> '75'
 * const weakest = rollup(tree, { method: 'weakest' }).nodes[0]?.indicators.members?.aggregate;
 * [weakest?.percent, weakest?.part];
 * //=> [ '50', 'a' ]
 * ```
 * @category Rollup
 */
export function rollup(input: OrgTree | OrgColumns | RollupPartial, options: RollupOptions = {}): RollupResult {
  const o = parseRollupOptions(options);
  const { table, paths } = readTable(input);
  requireComplete(table, paths);
  return finishRollup(table, o, paths);
}
