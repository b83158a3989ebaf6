import { toSafe, type SafeResult } from '../core/errors.js';
import { termProgressChart, type TermProgressChartInput, type TermProgressChartOptions } from './termProgressChart.js';

const safe = toSafe(termProgressChart);

/**
 * {@link termProgressChart} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a dashboard that draws figures from an import and shows a problem in place of a bad one.
 *
 * @param input - as {@link termProgressChart}
 * @param options - as {@link termProgressChart}
 * @returns `{ success: true, data }` with the SVG text, or `{ success: false, error }` with the {@link chitieu!ChiTieuError}
 * @example
 * ```ts
 * import { safeTermProgressChart } from 'chitieu/svg';
 * const r = safeTermProgressChart({ start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2026-02-30', cumulative: 20 }] });
 * r.success ? r.data.length : [r.error.code, r.error.path];
 * //=> [ 'invalid_date', [ 'points', 0, 'date' ] ]
 * ```
 * @category Pictures
 */
export function safeTermProgressChart(input: unknown, options?: TermProgressChartOptions): SafeResult<string> {
  return safe(input as TermProgressChartInput, options);
}
