import * as z from 'zod/mini';
import { localeSchema } from '../core/_schema.js';
import type { LocaleTag } from '../core/locale.js';
import { parsePeriodArg } from './_schema.js';
import type { PeriodInput } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link formatPeriod}.
 *
 * @category Periods
 */
export interface FormatPeriodOptions {
  /** Default `'vi'`. */
  readonly locale?: LocaleTag;
}

const optionsSchema = z.strictObject({ locale: z.optional(localeSchema) });

/**
 * The name of a period in Vietnamese or English, as a report would print it: "quý II/2024" or
 * "Q2 2024", "nhiệm kỳ 2020–2025" or "term 2020–2025", "6 tháng đầu năm 2024" or "first half of 2024".
 * A period given without a label is named from its kind and dates; one with a label keeps it.
 *
 * @param period - a {@link Period} (label optional) or period text
 * @param options - `locale` (default `'vi'`)
 * @returns the label
 * @throws {ChiTieuError} `unknown_period`, `invalid_date` or `date_order` for a bad period;
 *   `invalid_value` for an unknown locale
 * @example
 * ```ts
 * import { formatPeriod } from 'chitieu';
 * formatPeriod({ kind: 'half', start: '2024-01-01', end: '2024-06-30' });
 * //=> '6 tháng đầu năm 2024'
 * formatPeriod('giai đoạn 2021-2025', { locale: 'en' });
 * //=> 'programme period 2021–2025'
 * formatPeriod({ kind: 'custom', start: '2020-01-01', end: '2024-07-16' }, { locale: 'en' });
 * //=> '1 January 2020 to 16 July 2024'
 * ```
 * @category Periods
 */
export function formatPeriod(period: PeriodInput, options: FormatPeriodOptions = {}): string {
  const p = parsePeriodArg(period, {}, ['period']);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  return p.label[o.locale ?? 'vi'];
}
