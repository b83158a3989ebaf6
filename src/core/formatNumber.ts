import * as z from 'zod/mini';
import { readExactValue } from './_exact.js';
import { localize } from './_format.js';
import { roundTo } from './_rational.js';
import { scaledToString } from './_round.js';
import { failerIn } from './errors.js';
import { attainmentTables } from './messages/tables.js';
import { parseIn, roundOptionsShape, localeSchema } from './_schema.js';
import type { LocaleTag } from './locale.js';
import type { RoundingMode } from './roundingModes.js';

/**
 * Options of {@link formatNumber} and {@link formatPercent}.
 *
 * @category Formatting
 */
export interface FormatNumberOptions {
  /** `'vi'` (default): `1.549`, `28,75`. `'en'`: `1,549`, `28.75`. */
  locale?: LocaleTag;
  /**
   * Round to this many decimals (0–10) first. Without it a number or decimal string is written with
   * all its digits, and a fraction `"p/q"` is rounded to 2 decimals.
   */
  decimals?: number;
  /** Rounding mode when `decimals` applies. Default `'half-up'`. */
  rounding?: RoundingMode;
  /** Keep trailing zeros up to `decimals` (`"60,00"`). Default false: reports write `60%`. */
  trailingZeros?: boolean;
  /** Separate thousands (`1.549`). Default true. */
  grouping?: boolean;
}

export const formatOptionsSchema = z.strictObject({
  ...roundOptionsShape,
  locale: z.optional(localeSchema),
  trailingZeros: z.optional(z.boolean()),
  grouping: z.optional(z.boolean()),
});

// The formatters raise only the common codes and name only fields of the attainment area (value, locale),
// so they write with its tables: a bundle that shows results carries no other messages.
const failHere = /* @__PURE__ */ failerIn(attainmentTables);

/** Rounds (when asked) and localizes; shared by formatNumber and formatPercent. */
export function formatExact(value: unknown, options: unknown): string {
  const o = parseIn(attainmentTables, formatOptionsSchema, options ?? {}, ['options']);
  const { n, d } = readExactValue(value, ['value'], failHere);
  const isFraction = typeof value === 'string' && value.includes('/');
  const decimals = o.decimals ?? (isFraction ? 2 : undefined);
  let plain: string;
  if (decimals === undefined) {
    plain = scaledToString(n, d === 1n ? 0 : String(d).length - 1);
  } else {
    plain = roundTo({ n, d }, decimals, o.rounding ?? 'half-up');
  }
  return localize(plain, o.locale ?? 'vi', o.trailingZeros ? (decimals ?? 0) : 0, o.grouping ?? true);
}

/**
 * Writes a figure the way reports do: Vietnamese `1.549` and `28,75`, or English `1,549` and `28.75`.
 * Exact: the value is never passed through binary floating point, and rounding (when `decimals` is
 * given) happens once in the mode you name.
 *
 * @param value - a number, a plain decimal string, or an exact fraction `"p/q"`
 * @param options - `locale` (default `'vi'`), `decimals`, `rounding`, `trailingZeros`, `grouping`
 * @returns the formatted figure
 * @throws {ChiTieuError} `malformed_number`, `not_finite`, `out_of_range`, `unknown_rounding`, `invalid_value`
 * @example
 * ```ts
 * import { formatNumber } from 'chitieu';
 * formatNumber(1549);
 * //=> '1.549'
 * formatNumber('35139.5', { locale: 'en' });
 * //=> '35,139.5'
 * formatNumber('20/3', { decimals: 1 });
 * //=> '6,7'
 * ```
 * @category Formatting
 */
export function formatNumber(value: number | string, options: FormatNumberOptions = {}): string {
  return formatExact(value, options);
}
