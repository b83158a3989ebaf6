import { isoDate } from '../core/_calendar.js';
import { makePeriod, periodLabel } from './_periodLabel.js';
import { parsePeriodArg } from './_schema.js';
import type { Period, PeriodInput } from './types.js';

/**
 * Splits a period (typically a term) into the calendar years it covers, in order. A whole year is a
 * `'year'` period ("năm 2021"); a year the period covers only in part, as when a term opens at its
 * congress in July, is a `'custom'` period cut to the term's dates, labelled with its year and dates
 * ("năm 2020 (15/7/2020–31/12/2020)").
 *
 * @param period - a {@link Period} or period text
 * @returns a frozen array of frozen periods, together covering exactly the given one
 * @throws {ChiTieuError} `unknown_period`, `invalid_date` or `date_order` for a bad period
 * @example
 * ```ts
 * import { splitIntoYears } from 'chitieu';
 * splitIntoYears('nhiệm kỳ 2020-2025').map((p) => p.label.vi);
 * //=> [ 'năm 2020', 'năm 2021', 'năm 2022', 'năm 2023', 'năm 2024', 'năm 2025' ]
 * splitIntoYears({ kind: 'term', start: '2020-07-15', end: '2021-12-31' })[0]?.label.en;
 * //=> '2020 (15 July 2020 – 31 December 2020)'
 * ```
 * @category Periods
 */
export function splitIntoYears(period: PeriodInput): readonly Period[] {
  const p = parsePeriodArg(period, {}, ['period']);
  const first = Number(p.start.slice(0, 4));
  const last = Number(p.end.slice(0, 4));
  const out: Period[] = [];
  for (let y = first; y <= last; y++) {
    const jan1 = isoDate(y, 1, 1);
    const dec31 = isoDate(y, 12, 31);
    const start = p.start > jan1 ? p.start : jan1;
    const end = p.end < dec31 ? p.end : dec31;
    if (start === jan1 && end === dec31) out.push(makePeriod('year', start, end));
    else out.push(makePeriod('custom', start, end, periodLabel((t) => t.partOfYear(y, start, end))));
  }
  return Object.freeze(out);
}
