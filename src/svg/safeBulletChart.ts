import type { AttainmentInput, AttainmentResult } from '../attainment/index.js';
import { toSafe, type SafeResult } from '../core/errors.js';
import { bulletChart, type BulletChartOptions } from './bulletChart.js';

const safe = toSafe(bulletChart);

/**
 * {@link bulletChart} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for a dashboard that draws figures from an import and shows a problem in place of a bad one.
 *
 * @param input - as {@link bulletChart}
 * @param options - as {@link bulletChart}
 * @returns `{ success: true, data }` with the SVG text, or `{ success: false, error }` with the {@link chitieu!ChiTieuError}
 * @example
 * ```ts
 * import { safeBulletChart } from 'chitieu/svg';
 * safeBulletChart({ achieved: 103, target: 80 }).data?.startsWith('<svg');
 * //=> true
 * const r = safeBulletChart({ achieved: -3, target: 80 });
 * r.success ? r.data.length : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'achieved' ] ]
 * ```
 * @category Pictures
 */
export function safeBulletChart(input: unknown, options?: BulletChartOptions): SafeResult<string> {
  return safe(input as AttainmentResult | AttainmentInput, options);
}
