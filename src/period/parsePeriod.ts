import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import { readPeriodTextDetailed } from './_period.js';
import { dateSchema } from './_schema.js';
import type { Period } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link parsePeriod}.
 *
 * @category Periods
 */
export interface ParsePeriodOptions {
  /**
   * The date "đến nay" (to date) means, `YYYY-MM-DD`; it also gives the year of forms that leave it
   * out ("6 tháng cuối năm", "quý I", "tháng 7"): its year once the period has begun, else the year before.
   */
  readonly asOf?: string;
  /** The congress date that opened the term, within the term's years; default 1 January of its first year. */
  readonly termStart?: string;
  /** The congress date that closes the term, within the term's years; default 31 December of its last year. */
  readonly termEnd?: string;
}

/**
 * What {@link parsePeriod} returns: the {@link Period}, and, only when the text left the year out
 * ("6 tháng cuối năm", "quý I", "tháng 7", "từ đầu năm đến nay"), where the year came from:
 * `'asOf'` (the period has begun by `asOf`, that day included) or `'previousYear'` (it had not, so
 * the one of the year before is meant). Absent when the text writes its years.
 *
 * @category Periods
 */
export interface ParsedPeriod extends Period {
  readonly yearFrom?: 'asOf' | 'previousYear';
}

const OPTION_PATHS = { asOf: ['options', 'asOf'], termStart: ['options', 'termStart'], termEnd: ['options', 'termEnd'] } as const;

const optionsSchema = z.strictObject({
  asOf: z.optional(dateSchema),
  termStart: z.optional(dateSchema),
  termEnd: z.optional(dateSchema),
});

const textSchema = reader((v, ctx) =>
  typeof v === 'string' ? v : report(ctx, 'invalid_type', { expected: 'period-text', ...describe(v) }),
);

/**
 * Reads a period as reports write it and returns it as plain data: kind, first and last day
 * (inclusive, `YYYY-MM-DD`) and label in Vietnamese and English. Understood forms: "năm 2023",
 * "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng đầu năm 2024", "3 tháng đầu năm" (any count
 * of months from 1 to 12, in figures or "ba"/"sáu"/"chín"), "quý II/2024", "quý Ⅱ/2024" (Unicode
 * Roman numerals), "quý 3 năm 2024", "tháng 7/2024", "nhiệm kỳ 2020-2025" and "2020–2025" (any dash,
 * spaces or not), "lũy kế cả nhiệm kỳ 2020–2025", "giai đoạn 2021-2025", "từ năm 2020 đến nay",
 * "từ đầu năm đến nay", "từ đầu nhiệm kỳ đến nay", "từ năm 2020 đến năm 2023",
 * "từ 1/7/2020 đến 30/6/2024", "2024-01-01..2024-06-30", and "H1 2024", "Q2 2024", "2024-07".
 * Case, extra spaces, NFC or NFD, text typed without diacritics ("nhiem ky 2020-2025",
 * "quy II/2024"), the spellings "lũy"/"luỹ", "kỳ"/"kì", "quý"/"quí", and a leading "lũy kế", "cả",
 * "trong" or "toàn" do not matter.
 *
 * A form without a year ("6 tháng cuối năm", "quý I", "tháng 7") takes the year of `asOf` when the
 * period has begun by then (on `asOf` itself included), otherwise the year before; the result's
 * `yearFrom` says which (`'asOf'` or `'previousYear'`), and is absent when the text writes its
 * year. "từ đầu năm đến nay" runs from 1 January of `asOf`'s year to `asOf`. Dates are compared as
 * calendar dates: nothing depends on the machine's time zone.
 *
 * A term (nhiệm kỳ) runs from one congress to the next. Without `termStart`/`termEnd`, "nhiệm kỳ
 * 2020–2025" is taken as 2020-01-01 to 2025-12-31, the whole of both years; give the congress dates
 * when you know them (they must fall in the term's years). A stage (giai đoạn) always covers its
 * whole years.
 *
 * @param text - the period phrase
 * @param options - `asOf` (needed by "đến nay" and by forms without a year), `termStart`, `termEnd`
 * @returns a frozen {@link ParsedPeriod}: the {@link Period}, with `yearFrom` when the year was left out
 * @throws {ChiTieuError} `unknown_period` (listing the understood forms) for other text and for
 *   impossible forms ("quý V/2024", "13 tháng đầu năm"), `invalid_date` for days that do not exist
 *   (2023-02-29, tháng 13), `date_order` when the end is before the start ("nhiệm kỳ 2025-2020"),
 *   `out_of_range` at `options.termStart`/`options.termEnd` when a congress date is outside the
 *   term's years, `missing` at `options.asOf` or `options.termStart` when the form needs it
 * @example
 * ```ts
 * import { parsePeriod } from 'chitieu';
 * parsePeriod('quý II/2024');
 * //=> { kind: 'quarter', start: '2024-04-01', end: '2024-06-30', label: { vi: 'quý II/2024', en: 'Q2 2024' } }
 * parsePeriod('nhiệm kỳ 2020–2025').end;
 * //=> '2025-12-31'
 * parsePeriod('nhiệm kỳ 2020-2025', { termStart: '2020-07-15' }).start;
 * //=> '2020-07-15'
 * parsePeriod('từ năm 2020 đến nay', { asOf: '2024-07-16' }).label.vi;
 * //=> 'từ 1/1/2020 đến 16/7/2024'
 * const h2 = parsePeriod('6 thang cuoi nam', { asOf: '2024-03-10' });
 * [h2.start, h2.end, h2.yearFrom];
 * //=> [ '2023-07-01', '2023-12-31', 'previousYear' ]
 * ```
 * @category Periods
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): ParsedPeriod {
  const t = parseWith(textSchema, text, ['text']);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  const read = reader((x, ctx): ParsedPeriod => {
    const r = readPeriodTextDetailed(x as string, o);
    if ('code' in r) return report(ctx, r.code, r.facts, r.at !== undefined ? OPTION_PATHS[r.at] : ['text']);
    return r.yearFrom === undefined ? r.period : Object.freeze({ ...r.period, yearFrom: r.yearFrom });
  });
  return parseWith(read, t);
}
