/**
 * Pictures as SVG strings: a bullet chart of attainment against target, and a term progress chart.
 * Pure functions, no DOM, so they work in Node, workers and any front-end framework. Import them from
 * `chitieu/svg`; the root `chitieu` never imports this module, so a consumer that does not draw does
 * not bundle it.
 *
 * @module chitieu/svg
 * @category API
 */
export { bulletChart } from './bulletChart.js';
export { safeBulletChart } from './safeBulletChart.js';
export type { BulletChartOptions } from './bulletChart.js';
export { termProgressChart } from './termProgressChart.js';
export { safeTermProgressChart } from './safeTermProgressChart.js';
export type { CumulativePoint, TermProgressChartInput, TermProgressChartOptions } from './termProgressChart.js';
export type { ChartColorRole, ChartOptions } from './types.js';
