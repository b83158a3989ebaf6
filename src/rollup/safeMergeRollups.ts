import { toSafe, type SafeResult } from '../core/errors.js';
import { mergeRollups } from './mergeRollups.js';
import type { RollupPartial } from './types.js';

const safe = toSafe(mergeRollups);

/**
 * {@link mergeRollups} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for chunks of an import that may overlap or not fit together.
 *
 * @param partials - as {@link mergeRollups}
 * @returns `{ success: true, data }` with the merged partial rollup, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { rollupPartial, safeMergeRollups } from 'chitieu';
 * const org = rollupPartial({ nodes: [{ id: 'vsip', parent: null }] });
 * const r = safeMergeRollups([org, org]);
 * r.success ? r.data.ids : [r.error.code, r.error.path];
 * //=> [ 'duplicate_id', [ 'partials', 1, 'ids', 0 ] ]
 * ```
 * @category Rollup
 */
export function safeMergeRollups(partials: unknown): SafeResult<RollupPartial> {
  return safe(partials as readonly RollupPartial[]);
}
