import type { ErrorCode, IssueFacts } from '../core/errors.js';
import { calendarDate, isoDate, monthEnd, parseIsoDate } from '../core/_calendar.js';
import { labelOf, makePeriod, periodLabel } from './_periodLabel.js';
import { foldPeriodText } from './_periodText.js';
import type { Period, PeriodKind } from './types.js';

/** A problem found while reading a period; `at` names the option it concerns, if any. */
export interface PeriodProblem {
  readonly code: ErrorCode;
  readonly facts: IssueFacts;
  readonly at?: 'asOf' | 'termStart' | 'termEnd';
}

/** What text forms may need besides the text: validated ISO dates. */
export interface PeriodContext {
  readonly asOf?: string | undefined;
  readonly termStart?: string | undefined;
  readonly termEnd?: string | undefined;
}

export const isProblem = (x: Period | PeriodProblem): x is PeriodProblem => 'code' in x;

/** Longest period text read: report phrases are short, and a bound keeps parsing cheap. */
const MAX_PERIOD_TEXT = 120;

/** The forms {@link readPeriodText} understands, quoted in the `unknown_period` error. */
const PERIOD_FORMS: readonly string[] = Object.freeze([
  'năm 2024',
  '6 tháng đầu năm 2024',
  '6 tháng cuối năm 2024',
  '9 tháng đầu năm 2024',
  'quý II/2024',
  'quý 3 năm 2024',
  'tháng 7/2024',
  'nhiệm kỳ 2020-2025',
  'lũy kế cả nhiệm kỳ 2020–2025',
  '2020–2025',
  'giai đoạn 2021-2025',
  'từ năm 2020 đến nay',
  'từ đầu năm đến nay',
  'từ đầu nhiệm kỳ đến nay',
  'từ năm 2020 đến năm 2023',
  'từ 1/7/2020 đến 30/6/2024',
  '2024-01-01..2024-06-30',
  'H1 2024',
  'Q2 2024',
  '2024-07',
]);

const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Number words reports use before "tháng đầu/cuối năm", without diacritics. */
const MONTH_COUNT_WORDS: Record<string, number> = { ba: 3, sau: 6, chin: 9 };

/**
 * Where the year of a form that may leave it out ("6 tháng cuối năm", "quý I", "tháng 7", "từ đầu
 * năm đến nay") came from: `asOf`'s year when the period has begun by `asOf`, otherwise the year
 * before (`'previousYear'`: on 2024-03-10, "6 tháng cuối năm" is the second half of 2023).
 */
type YearFrom = 'asOf' | 'previousYear';

/** A period read from text, with where its year came from when the text left it out. */
interface ReadPeriod {
  readonly period: Period;
  readonly yearFrom?: YearFrom;
}

/** A problem when `end` is before `start` (both valid ISO dates). */
export function orderProblem(start: string, end: string): PeriodProblem | undefined {
  return end < start ? { code: 'date_order', facts: { start, end } } : undefined;
}

/** "N tháng đầu/cuối năm": a half when N is 6, otherwise a labelled range of whole months. */
function monthsOfYear(y: number, first: boolean, n: number): Period {
  if (n === 6) return monthsPeriod('half', y, first ? 1 : 7, 6);
  const p = monthsPeriod('custom', y, first ? 1 : 13 - n, n);
  return makePeriod('custom', p.start, p.end, periodLabel((t) => t.monthsOfYear(y, first, n)));
}

function yearPeriod(y: number): Period {
  return makePeriod('year', isoDate(y, 1, 1), isoDate(y, 12, 31));
}

function monthsPeriod(kind: PeriodKind, y: number, firstMonth: number, months: number): Period {
  const last = firstMonth + months - 1;
  return makePeriod(kind, isoDate(y, firstMonth, 1), monthEnd(y, last));
}

// Matched against foldPeriodText: lower case, no diacritics.
const YEAR = /^(?:nam )?(\d{4})$/;
const MONTHS_OF_YEAR = /^(\d{1,3}|ba|sau|chin) thang (dau|cuoi) nam(?: (\d{4}))?$/;
const HALF_EN = /^h([12])[ /]?(\d{4})$/;
const QUARTER = /^qu[yi] ([ivxlcdm]{1,8}|\d{1,3})(?:(?:\/| nam )(\d{4}))?$/;
const QUARTER_EN = /^q([1-4])[ /]?(\d{4})$/;
const MONTH = /^thang (\d{1,2})(?:(?:\/| nam )(\d{4}))?$/;
const MONTH_ISO = /^(\d{4})-(\d{2})$/;
const TERM = /^(?:nhiem k[yi] )?(\d{4})-(\d{4})$/;
const STAGE = /^giai doan (\d{4})-(\d{4})$/;
const SINCE_YEAR = /^tu (?:nam )?(\d{4}) den nay$/;
const YEAR_TO_DATE = /^tu dau nam(?: (\d{4}))? den nay$/;
const TERM_TO_DATE = /^tu dau nhiem k[yi](?: nay)? den nay$/;
const YEARS = /^tu (?:nam )?(\d{4}) den (?:het )?(?:nam )?(\d{4})$/;
const ISO_RANGE = /^(\d{4}-\d{2}-\d{2})(?:\.\.|\/| den )(\d{4}-\d{2}-\d{2})$/;
const VI_RANGE = /^tu (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4}) den (?:ngay )?(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|nay)$/;

/**
 * The year of a form that may leave it out ("6 tháng cuối năm"): the written one; otherwise `asOf`'s
 * year when the period, beginning on the first of `firstMonth`, has begun by `asOf` (on that day
 * included), else the year before. Which was taken goes in `note.yearFrom`. ISO dates compare as
 * strings, so nothing here depends on a time zone.
 */
function yearOr(written: string | undefined, ctx: PeriodContext, firstMonth: number, note: Note): number | PeriodProblem {
  if (written !== undefined) return Number(written);
  if (ctx.asOf === undefined) return { code: 'missing', facts: {}, at: 'asOf' };
  const y = Number(ctx.asOf.slice(0, 4));
  const begun = isoDate(y, firstMonth, 1) <= ctx.asOf;
  note.yearFrom = begun ? 'asOf' : 'previousYear';
  return begun ? y : y - 1;
}

type Note = { yearFrom?: YearFrom };

/** A term's congress date given as an option must fall in the term's years. */
function termDateCheck(at: 'termStart' | 'termEnd', v: string | undefined, y1: number, y2: number): PeriodProblem | undefined {
  if (v === undefined) return undefined;
  const y = Number(v.slice(0, 4));
  return y < y1 || y > y2 ? { code: 'out_of_range', facts: { min: isoDate(y1, 1, 1), max: isoDate(y2, 12, 31), value: v }, at } : undefined;
}

function yearCheck(y: number, value: string): PeriodProblem | undefined {
  return y < 1 ? { code: 'invalid_date', facts: { value } } : undefined;
}

/** A range from `start` to `asOf`; before the start it is an error, not an empty period. */
function toDate(start: string, ctx: PeriodContext): Period | PeriodProblem {
  if (ctx.asOf === undefined) return { code: 'missing', facts: {}, at: 'asOf' };
  return orderProblem(start, ctx.asOf) ?? makePeriod('custom', start, ctx.asOf);
}

function viDate(d: string, m: string, y: string): string | PeriodProblem {
  const c = calendarDate(Number(y), Number(m), Number(d));
  return c === undefined ? { code: 'invalid_date', facts: { value: `${d}/${m}/${y}` } } : isoDate(c.y, c.m, c.d);
}

/**
 * Reads the period phrases of the reports. Returns a frozen period, or the problem: `unknown_period`
 * (with the understood forms), `invalid_date`, `date_order`, or `missing` with the option the form
 * needs (`asOf` for "đến nay" and for forms without a year, `termStart` for "từ đầu nhiệm kỳ").
 */
export function readPeriodText(text: string, ctx: PeriodContext): Period | PeriodProblem {
  return readText(text, ctx, {});
}

/** {@link readPeriodText}, also saying where the year came from when the text left it out. */
export function readPeriodTextDetailed(text: string, ctx: PeriodContext): ReadPeriod | PeriodProblem {
  const note: Note = {};
  const r = readText(text, ctx, note);
  if (isProblem(r)) return r;
  return note.yearFrom === undefined ? { period: r } : { period: r, yearFrom: note.yearFrom };
}

function readText(text: string, ctx: PeriodContext, note: Note): Period | PeriodProblem {
  if (text.length > MAX_PERIOD_TEXT) return { code: 'too_long', facts: { length: text.length, limit: MAX_PERIOD_TEXT } };
  const s = foldPeriodText(text);
  let m: RegExpExecArray | null;

  if ((m = YEAR.exec(s))) {
    const y = Number(m[1]);
    return yearCheck(y, text) ?? yearPeriod(y);
  }
  if ((m = MONTHS_OF_YEAR.exec(s))) {
    const w = m[1] as string;
    const n = MONTH_COUNT_WORDS[w] ?? Number(w);
    if (!(n >= 1 && n <= 12)) return unknownPeriod(text); // "13 tháng đầu năm": never a guessed period
    const first = m[2] === 'dau';
    const y = yearOr(m[3], ctx, first ? 1 : 13 - n, note);
    if (typeof y !== 'number') return y;
    return yearCheck(y, text) ?? monthsOfYear(y, first, n);
  }
  if ((m = HALF_EN.exec(s))) {
    const y = Number(m[2]);
    return yearCheck(y, text) ?? monthsPeriod('half', y, m[1] === '1' ? 1 : 7, 6);
  }
  if ((m = QUARTER.exec(s)) || (m = QUARTER_EN.exec(s))) {
    const w = m[1] as string;
    const k = /^\d+$/.test(w) ? Number(w) : ROMAN_VALUE[w];
    if (k === undefined || k < 1 || k > 4) return unknownPeriod(text); // "quý V/2024": a year has four
    const y = yearOr(m[2], ctx, 3 * k - 2, note);
    if (typeof y !== 'number') return y;
    return yearCheck(y, text) ?? monthsPeriod('quarter', y, 3 * k - 2, 3);
  }
  if ((m = MONTH.exec(s)) || (m = MONTH_ISO.exec(s))) {
    const iso = !s.startsWith('thang');
    const month = Number(iso ? m[2] : m[1]);
    if (month < 1 || month > 12) return { code: 'invalid_date', facts: { value: text } };
    const y = yearOr(iso ? m[1] : m[2], ctx, month, note);
    if (typeof y !== 'number') return y;
    if (y < 1) return { code: 'invalid_date', facts: { value: text } };
    return monthsPeriod('month', y, month, 1);
  }
  if ((m = TERM.exec(s)) || (m = STAGE.exec(s))) {
    const kind: PeriodKind = s.startsWith('giai') ? 'stage' : 'term';
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    const bad = yearCheck(y1, text) ?? yearCheck(y2, text);
    if (bad) return bad;
    if (y2 < y1) return { code: 'date_order', facts: { start: String(y1), end: String(y2) } };
    if (kind === 'term') {
      const outside = termDateCheck('termStart', ctx.termStart, y1, y2) ?? termDateCheck('termEnd', ctx.termEnd, y1, y2);
      if (outside) return outside;
    }
    // A term runs from one congress to the next; without the dates, the whole of both years.
    const start = (kind === 'term' ? ctx.termStart : undefined) ?? isoDate(y1, 1, 1);
    const end = (kind === 'term' ? ctx.termEnd : undefined) ?? isoDate(y2, 12, 31);
    const order = orderProblem(start, end);
    if (order) return { ...order, at: ctx.termEnd !== undefined ? 'termEnd' : 'termStart' };
    return makePeriod(kind, start, end, labelOf(kind, isoDate(y1, 1, 1), isoDate(y2, 12, 31)));
  }
  if ((m = SINCE_YEAR.exec(s))) {
    const y = Number(m[1]);
    return yearCheck(y, text) ?? toDate(isoDate(y, 1, 1), ctx);
  }
  if ((m = YEAR_TO_DATE.exec(s))) {
    const y = yearOr(m[1], ctx, 1, note);
    if (typeof y !== 'number') return y;
    return yearCheck(y, text) ?? toDate(isoDate(y, 1, 1), ctx);
  }
  if (TERM_TO_DATE.test(s)) {
    if (ctx.termStart === undefined) return { code: 'missing', facts: {}, at: 'termStart' };
    return toDate(ctx.termStart, ctx);
  }
  if ((m = YEARS.exec(s))) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    const bad = yearCheck(y1, text) ?? yearCheck(y2, text);
    if (bad) return bad;
    if (y2 < y1) return { code: 'date_order', facts: { start: String(y1), end: String(y2) } };
    return makePeriod('custom', isoDate(y1, 1, 1), isoDate(y2, 12, 31));
  }
  if ((m = ISO_RANGE.exec(s))) {
    const a = m[1] as string;
    const b = m[2] as string;
    for (const x of [a, b]) if (parseIsoDate(x) === undefined) return { code: 'invalid_date', facts: { value: x } };
    return orderProblem(a, b) ?? makePeriod('custom', a, b);
  }
  if ((m = VI_RANGE.exec(s))) {
    const a = viDate(m[1] as string, m[2] as string, m[3] as string);
    if (typeof a !== 'string') return a;
    if (m[4] === undefined) return toDate(a, ctx);
    const b = viDate(m[4], m[5] as string, m[6] as string);
    if (typeof b !== 'string') return b;
    return orderProblem(a, b) ?? makePeriod('custom', a, b);
  }
  return unknownPeriod(text);
}

function unknownPeriod(text: string): PeriodProblem {
  return { code: 'unknown_period', facts: { value: text.length > 60 ? `${text.slice(0, 60)}…` : text, forms: PERIOD_FORMS } };
}
