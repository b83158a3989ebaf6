import * as z from 'zod/mini';
import { readExactValue } from './_exact.js';
import { roundTo } from './_rational.js';
import { fail } from './errors.js';
import { parseWith, roundOptionsShape } from './_schema.js';
import type { RoundingMode } from './roundingModes.js';

const optionsSchema = z.strictObject(roundOptionsShape);

/**
 * Options of {@link round}.
 *
 * @category Rounding
 */
export interface RoundOptions {
  /** Decimals to keep, 0 to 10. Default 2. */
  decimals?: number;
  /** Default `'half-up'`. */
  rounding?: RoundingMode;
}

/**
 * Rounds an exact value once, in the mode you name, and returns it as a plain decimal string with
 * trailing zeros removed. The value may be a number, a plain decimal string (`"6.666"`) or an exact
 * fraction string (`"20/3"`, as found in the `exact` field of every result), so figures can be
 * re-rounded without ever passing through binary floating point.
 *
 * @param value - a finite number, a plain decimal string, or a fraction `"p/q"` of integers with q ≠ 0
 * @param options - `decimals` (0–10, default 2) and `rounding` (default `'half-up'`)
 * @returns the rounded value, e.g. `"6.67"`
 * @throws {ChiTieuError} `malformed_number`, `not_finite`, `out_of_range`, `unknown_rounding`
 * @example
 * ```ts
 * import { round } from 'chitieu';
 * round('20/3', { decimals: 1 });
 * //=> '6.7'
 * round('20/3', { decimals: 1, rounding: 'down' });
 * //=> '6.6'
 * round('0.125', { rounding: 'half-even' });
 * //=> '0.12'
 * ```
 * @category Rounding
 */
export function round(value: number | string, options: RoundOptions = {}): string {
  const { decimals = 2, rounding: mode = 'half-up' } = parseWith(optionsSchema, options ?? {}, ['options']);
  const { n, d } = readExactValue(value, ['value'], fail);
  return roundTo({ n, d }, decimals, mode);
}
