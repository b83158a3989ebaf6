/**
 * chitieu: exact target attainment, term progress, eligibility rules, rollups and report checks for
 * Party-building and mass-organisation work in Vietnam's non-state enterprises.
 *
 * @module chitieu
 * @category API
 */
// The public API: re-exports only. Each area lives in its own folder and imports only downward into core.
export * from './core/index.js';
export * from './attainment/index.js';
export * from './period/index.js';
export * from './rules/index.js';
export * from './rollup/index.js';
export * from './claims/index.js';
