import * as z from 'zod/mini';
import type { Bilingual } from '../core/index.js';
import { describe, reader, report } from '../core/_schema.js';
import { addMonths, fromDayNumber, isoText, parseIsoDate, type CalendarDate } from '../core/_calendar.js';
import { deepFreeze } from '../core/_freeze.js';
import { reasoned } from './_render.js';
import { addWorkingDays } from './_workingDays.js';
import type { RuleReason } from './reasons.js';
import type { RuleSource } from './types.js';
import { vietnamHolidays } from './vietnamHolidays.js';
import { fail, parseWith } from './_errors.js';

/**
 * Input of {@link probationSchedule}.
 *
 * @category Rules
 */
export interface ProbationScheduleInput {
  /** The day the chi bộ held the admission ceremony (lễ kết nạp), `YYYY-MM-DD`. */
  readonly ceremonyDate: string;
}

/**
 * The result of {@link probationSchedule}.
 *
 * @category Rules
 */
export interface ProbationScheduleResult {
  readonly ceremonyDate: string;
  /** The day the 12 months of probation are complete: the member is official from this day if recognised. */
  readonly probationEnds: string;
  /** The last day for the chi bộ to consider recognition: the 30th working day after `probationEnds`. */
  readonly recognitionDeadline: string;
  readonly probationMonths: 12;
  readonly recognitionWorkingDays: 30;
  /** `'projected'` when a year of the count uses the projected holiday calendar (see {@link vietnamHolidays}). */
  readonly holidays: 'announced' | 'projected';
  /** The calendar as data: code `'probation'`, its dates and lengths. */
  readonly reason: RuleReason<'probation'>;
  /** The calendar in one sentence, Vietnamese and English, written from `reason` by the message tables. */
  readonly explanation: Bilingual;
  readonly sources: readonly RuleSource[];
}

const SOURCES: readonly RuleSource[] = [
  {
    document: 'Điều lệ Đảng 2011',
    name: { vi: 'Điều lệ Đảng Cộng sản Việt Nam', en: 'Charter of the Communist Party of Vietnam' },
    article: 'Điều 5',
    clause: 'khoản 1',
  },
  {
    document: '294-QĐ/TW',
    name: { vi: 'Quy định thi hành Điều lệ Đảng', en: 'Regulation implementing the Party Charter' },
    article: 'mục 4',
    clause: '4.1–4.3 (giữ như 29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW)',
  },
];

const dateField = reader((v, ctx): CalendarDate => {
  if (v === undefined) return report(ctx, 'missing');
  const d = parseIsoDate(v);
  if (d !== undefined) return d;
  return typeof v === 'string'
    ? report(ctx, 'invalid_date', { value: v.slice(0, 40) })
    : report(ctx, 'invalid_type', { expected: 'date', ...describe(v) });
});

const inputSchema = z.strictObject({ ceremonyDate: dateField });

/**
 * The probation calendar of a new party member: the 12 months of probation count from the day the chi
 * bộ holds the admission ceremony (Điều lệ Đảng, Điều 5), and the chi bộ must consider official
 * recognition within 30 working days after they end (Quy định thi hành Điều lệ, mục 4). Twelve months
 * end on the same day of the month a year later, or on the month's last day (29 February 2024 → 28
 * February 2025). Working days are Monday to Friday without Vietnam's public holidays
 * ({@link vietnamHolidays}, 2020–2030).
 *
 * @param input - `ceremonyDate`, `YYYY-MM-DD`
 * @returns a frozen {@link ProbationScheduleResult}
 * @throws {ChiTieuError} `invalid_date` for an impossible date, `missing` without one, and
 *   `unsupported_year` when the working-day count runs outside 2020–2030
 * @example
 * ```ts
 * import { probationSchedule } from 'chitieu';
 * const r = probationSchedule({ ceremonyDate: '2024-01-10' });
 * [r.probationEnds, r.recognitionDeadline];
 * //=> [ '2025-01-10', '2025-02-28' ]
 * ```
 * @category Rules
 */
export function probationSchedule(input: ProbationScheduleInput): ProbationScheduleResult {
  const { ceremonyDate } = parseWith(inputSchema, input);
  const ends = addMonths(ceremonyDate, 12);
  const deadline = addWorkingDays(ends.day, 30);
  if (typeof deadline !== 'number') fail('unsupported_year', ['ceremonyDate'], { year: deadline.year, min: deadline.min, max: deadline.max });
  const endText = isoText(ends);
  const deadlineText = isoText(fromDayNumber(deadline));
  const years = new Set([ends.y, fromDayNumber(deadline).y]);
  const projected = vietnamHolidays.years.some((y) => years.has(y.year) && y.status === 'projected');
  return deepFreeze({
    ceremonyDate: isoText(ceremonyDate),
    probationEnds: endText,
    recognitionDeadline: deadlineText,
    probationMonths: 12 as const,
    recognitionWorkingDays: 30 as const,
    holidays: projected ? ('projected' as const) : ('announced' as const),
    ...reasoned('probation', { ceremonyDate: isoText(ceremonyDate), probationEnds: endText, recognitionDeadline: deadlineText, probationMonths: '12', recognitionWorkingDays: '30' }),
    sources: SOURCES,
  });
}
