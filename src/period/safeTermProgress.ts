import { toSafe, type SafeResult } from '../core/errors.js';
import { termProgress, type TermProgressInput, type TermProgressOptions, type TermProgressResult } from './termProgress.js';

const safe = toSafe(termProgress);

/**
 * {@link termProgress} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for forms and dashboards that show problems rather than stop.
 *
 * @param input - as {@link termProgress}
 * @param options - as {@link termProgress}
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeTermProgress } from 'chitieu';
 * const r = safeTermProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2023-02-29', target: 80, cumulative: 72 });
 * r.success ? r.data.targets[0]?.pace : [r.error.code, r.error.path];
 * //=> [ 'invalid_date', [ 'asOf' ] ]
 * ```
 * @category Periods
 */
export function safeTermProgress(input: unknown, options?: TermProgressOptions): SafeResult<TermProgressResult> {
  return safe(input as TermProgressInput, options);
}
