import { toSafe, type SafeResult } from '../core/errors.js';
import { scorecard, type ScorecardItem, type ScorecardOptions, type ScorecardResult } from './scorecard.js';

const safe = toSafe(scorecard);

/**
 * {@link scorecard} that returns `{ success, data }` or `{ success: false, error }` instead of throwing,
 * for forms and spreadsheets that show which line is wrong rather than stop.
 *
 * @param items - as {@link scorecard}
 * @param options - as {@link scorecard}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeScorecard } from 'chitieu';
 * const r = safeScorecard([{ achieved: 3, target: 3 }, { achieved: -1, target: 80 }]);
 * r.success ? r.data.label : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'items', 1, 'achieved' ] ]
 * ```
 * @category Rollup
 */
export function safeScorecard(items: unknown, options?: ScorecardOptions): SafeResult<ScorecardResult> {
  return safe(items as readonly ScorecardItem[], options);
}
