/**
 * How to round an exact value to a number of decimals. A named value, never a flag:
 * - `'half-up'`: ties away from zero (6.65 → 6.7, −6.65 → −6.7). The convention of Vietnamese reports and
 *   the default everywhere in this library.
 * - `'half-down'`: ties toward zero (6.65 → 6.6).
 * - `'half-even'`: ties to the even digit (6.65 → 6.6, 6.75 → 6.8), the banker's rounding.
 * - `'up'`: away from zero (6.61 → 6.7). `'down'`: toward zero, i.e. truncation (6.69 → 6.6).
 * - `'ceil'`: toward +∞. `'floor'`: toward −∞.
 *
 * @category Rounding
 */
export type RoundingMode = 'half-up' | 'half-down' | 'half-even' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * Every {@link RoundingMode}, in a fixed order (the order of `consistentModes` in results).
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'chitieu';
 * ROUNDING_MODES.length;
 * //=> 7
 * ```
 * @category Rounding
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'half-up',
  'half-down',
  'half-even',
  'up',
  'down',
  'ceil',
  'floor',
]);

