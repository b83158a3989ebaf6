import * as z from 'zod/mini';
import { describe, parseWith, reader, report } from '../core/_schema.js';
import { dateSchema, parsePeriodArg } from './_schema.js';
import type { Period } from './types.js';

/** Options of {@link parsePeriod}. */
export interface ParsePeriodOptions {
  /**
   * The date "đến nay" (to date) means, `YYYY-MM-DD`; it also gives the year of forms that leave it
   * out ("6 tháng cuối năm", "quý I", "tháng 7").
   */
  readonly asOf?: string;
  /** The congress date that opened the term; default 1 January of its first year. */
  readonly termStart?: string;
  /** The congress date that closes the term; default 31 December of its last year. */
  readonly termEnd?: string;
}

const optionsSchema = z.strictObject({
  asOf: z.optional(dateSchema),
  termStart: z.optional(dateSchema),
  termEnd: z.optional(dateSchema),
});

const textSchema = reader((v, ctx) =>
  typeof v === 'string' ? v : report(ctx, 'invalid_type', { expected: 'a period text', expected_vi: 'một kỳ viết bằng chữ', received: describe(v) }),
);

/**
 * Reads a period as reports write it and returns it as plain data: kind, first and last day
 * (inclusive, `YYYY-MM-DD`) and label in Vietnamese and English. Understood forms: "năm 2023",
 * "6 tháng đầu năm 2024", "6 tháng cuối năm", "quý II/2024", "quý 3 năm 2024", "tháng 7/2024",
 * "nhiệm kỳ 2020-2025" and "2020–2025" (any dash), "giai đoạn 2021-2025", "từ năm 2020 đến nay",
 * "từ đầu năm đến nay", "từ đầu nhiệm kỳ đến nay", "từ năm 2020 đến năm 2023",
 * "từ 1/7/2020 đến 30/6/2024", "2024-01-01..2024-06-30", and "H1 2024", "Q2 2024", "2024-07".
 * Case, extra spaces, decomposed accents and a leading "cả"/"trong"/"toàn" do not matter.
 *
 * A term (nhiệm kỳ) runs from one congress to the next. Without `termStart`/`termEnd`, "nhiệm kỳ
 * 2020–2025" is taken as 2020-01-01 to 2025-12-31, the whole of both years; give the congress dates
 * when you know them. A stage (giai đoạn) always covers its whole years.
 *
 * @param text - the period phrase
 * @param options - `asOf` (needed by "đến nay" and by forms without a year), `termStart`, `termEnd`
 * @returns a frozen {@link Period}
 * @throws {ChiTieuError} `unknown_period` (listing the understood forms) for other text,
 *   `invalid_date` for days that do not exist (2023-02-29, tháng 13), `date_order` when the end is
 *   before the start, `missing` at `options.asOf` or `options.termStart` when the form needs it
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
 * ```
 * @category Periods
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): Period {
  const t = parseWith(textSchema, text, ['text']);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  return parsePeriodArg(t, o, ['text'], { asOf: ['options', 'asOf'], termStart: ['options', 'termStart'], termEnd: ['options', 'termEnd'] });
}
