import { describe, reader, report } from '../core/_schema.js';
import { mergeTables } from './_merge.js';
import { toPartial } from './_partial.js';
import { parsePartial, partialPaths } from './_readPartial.js';
import type { RollupPartial } from './types.js';
import { parseWith } from './_errors.js';

const listSchema = reader((v, ctx) => (Array.isArray(v) ? (v as unknown[]) : report(ctx, 'invalid_type', { expected: 'partial-rollups', ...describe(v) })));

/**
 * Merges partial rollups, in order, into one: units are concatenated, a unit whose parent was in
 * another chunk is linked under it, and its subtree totals are added to every unit above it. Exact
 * (integer and BigInt sums) and associative: `merge([merge([a, b]), c])` equals `merge([a, merge([b, c])])`,
 * and merging the partials of consecutive chunks gives exactly the one-pass rollup. An empty list
 * gives the empty partial.
 *
 * @param partials - results of {@link rollupPartial} or of this function, possibly through JSON or
 *   `structuredClone`; partials of formats 1 (plain arrays, 0.1) and 2 (one string per column) are
 *   read too
 * @returns a frozen {@link RollupPartial}
 * @throws {ChiTieuError} `duplicate_id` when two chunks hold the same unit, `cycle` when the links
 *   close a cycle, `invalid_type` / `length_mismatch` / `invalid_value` for a malformed partial or a
 *   packed column or block that is not `width:base64` of the right length, `negative` for a total below the
 *   sum of its children's (paths start with `['partials', index]`)
 * @example
 * ```ts
 * import { mergeRollups, rollupColumns, rollupPartial } from 'chitieu';
 * const org = rollupPartial({ nodes: [{ id: 'vsip', parent: null }] });
 * const cells = rollupPartial({ nodes: [
 *   { id: 'c1', parent: 'vsip', indicators: { newMembers: { achieved: 40, target: 45 } } },
 *   { id: 'c2', parent: 'vsip', indicators: { newMembers: { achieved: 32, target: 35 } } },
 * ] });
 * const merged = mergeRollups([org, cells].map((p) => JSON.parse(JSON.stringify(p))));
 * const r = rollupColumns(merged);
 * [r.ids, r.achieved[0], r.target[0]];
 * //=> [ [ 'vsip', 'c1', 'c2' ], Float64Array(3) [ 72, 40, 32 ], Float64Array(3) [ 80, 45, 35 ] ]
 * ```
 * @category Rollup
 */
export function mergeRollups(partials: readonly RollupPartial[]): RollupPartial {
  const list = parseWith(listSchema, partials, ['partials']);
  // Array.from visits the holes of a sparse array (map skips them), so a hole is reported like undefined.
  const tables = Array.from(list, (p, i) => parsePartial(p, ['partials', i]));
  return toPartial(mergeTables(tables, (i) => partialPaths(['partials', i])));
}

