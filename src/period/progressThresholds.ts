import type { ProgressThresholds } from './types.js';

const freezeSet = (t: ProgressThresholds): ProgressThresholds =>
  Object.freeze({ ...t, achieved: Object.freeze({ ...t.achieved }), bands: Object.freeze(t.bands.map((b) => Object.freeze({ ...b }))) });

/**
 * The Statistics Canada progress measure used by Open SDG, for the `'cagr'` projection method: the
 * ratio of the observed compound annual growth rate to the rate required to reach the target on time.
 * R ≥ 0.95 on track; 0.6 ≤ R < 0.95 progress made but acceleration needed; 0 ≤ R < 0.6 limited
 * progress; R < 0 deterioration; a target already met is its own class. Pass your own
 * {@link ProgressThresholds} in `options.thresholds.cagr` to replace it.
 *
 * @example
 * ```ts
 * import { OPEN_SDG_THRESHOLDS } from 'chitieu';
 * OPEN_SDG_THRESHOLDS.bands.map((b) => [b.min, b.class]);
 * //=> [ [ '0.95', 'on-track' ], [ '0.6', 'acceleration-needed' ], [ '0', 'limited-progress' ], [ null, 'deterioration' ] ]
 * ```
 * @category Periods
 */
export const OPEN_SDG_THRESHOLDS: ProgressThresholds = freezeSet({
  id: 'open-sdg',
  name: { vi: 'Thước đo tiến độ Open SDG (Cục Thống kê Canada)', en: 'Open SDG progress measure (Statistics Canada)' },
  source: 'Statistics Canada, Progress Measurement Methodology for the SDGs, as implemented by Open SDG (docs/progress-methodology.md)',
  achieved: { class: 'target-achieved', label: { vi: 'Đã đạt chỉ tiêu', en: 'Target achieved' } },
  bands: [
    { min: '0.95', class: 'on-track', label: { vi: 'Đúng tiến độ', en: 'On track' } },
    { min: '0.6', class: 'acceleration-needed', label: { vi: 'Có tiến bộ nhưng cần đẩy nhanh', en: 'Progress made but acceleration needed' } },
    { min: '0', class: 'limited-progress', label: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' } },
    { min: null, class: 'deterioration', label: { vi: 'Đi xuống', en: 'Deterioration' } },
  ],
});

/**
 * The bands of the UNSD SDG Progress Chart, for the `'unsd'` projection method: the ratio
 * r = (projected − base) ÷ (target − base). r ≥ 0.95 substantial progress / on track;
 * 0.10 ≤ r < 0.95 fair progress but acceleration needed; below 0.10 limited or no progress. The band
 * below 0 (deterioration: moving away from the target) is chitieu's addition, matching the Open SDG
 * set; replace the set to drop it.
 *
 * @example
 * ```ts
 * import { UNSD_PROGRESS_THRESHOLDS } from 'chitieu';
 * UNSD_PROGRESS_THRESHOLDS.bands.map((b) => b.min);
 * //=> [ '0.95', '0.1', '0', null ]
 * ```
 * @category Periods
 */
export const UNSD_PROGRESS_THRESHOLDS: ProgressThresholds = freezeSet({
  id: 'unsd-progress-chart',
  name: { vi: 'Biểu đồ tiến độ SDG của Cục Thống kê Liên Hợp Quốc', en: 'UNSD SDG Progress Chart' },
  source: 'United Nations Statistics Division, SDG Progress Chart technical note (trend assessment against a target)',
  achieved: { class: 'target-achieved', label: { vi: 'Đã đạt chỉ tiêu', en: 'Target achieved' } },
  bands: [
    { min: '0.95', class: 'on-track', label: { vi: 'Tiến bộ đáng kể, đúng tiến độ', en: 'Substantial progress / on track' } },
    { min: '0.1', class: 'acceleration-needed', label: { vi: 'Có tiến bộ nhưng cần đẩy nhanh', en: 'Fair progress but acceleration needed' } },
    { min: '0', class: 'limited-progress', label: { vi: 'Tiến bộ hạn chế hoặc không tiến bộ', en: 'Limited or no progress' } },
    { min: null, class: 'deterioration', label: { vi: 'Đi xuống', en: 'Deterioration' } },
  ],
});
