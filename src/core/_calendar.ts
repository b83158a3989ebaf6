/**
 * Calendar dates, shared by every area that reads dates (periods, rules, holidays). Dates are ISO text
 * outside and `CalendarDate`s inside: the parts and a day number, days from 1970-01-01 (day 0).
 *
 * Arithmetic is date-fns's, on UTC dates (`_calendarFns.ts`, re-exported here): adding months, day
 * differences, month ends. Two kinds of work stay on integers, each for a reason:
 * - reading and checking a date: date-fns has no zone-free check of year-month-day (its `isExists`
 *   builds a local `Date`, which cannot hold 1994-12-31 in Pacific/Kiritimati and reads years 0–99 as
 *   1900–1999), and a rule batch reads every case's dates;
 * - whole months between dates and the weekday: a rule batch measures them for every case and every
 *   day counted. On date-fns's `UTCDate` they ran 0.6 and 2.2 M/s against 31 and 102 M/s here, and
 *   `evaluateRuleBatch` over 1,000,000 birth dates took 1.9–2.8 s instead of 0.46 s (bench/calendar.ts;
 *   the README's section on dates has the table).
 * The test suite holds them against date-fns: whole months agree with its `addMonths`, weekdays with
 * its `getDay`, day numbers with its `differenceInCalendarDays`.
 */

/** A validated calendar date: year, month (1–12), day (1–31) and its day number. */
export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly day: number;
}

// Fixed width and digits only: linear, no backtracking.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

/** Day number of a civil date (Howard Hinnant's days_from_civil, from a March-based year). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The parts when they name a real day of years 0001–9999 (2023-02-29 does not), else `undefined`. */
export function calendarDate(y: number, m: number, d: number): CalendarDate | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d, day: dayNumber(y, m, d) };
}

/** Reads `YYYY-MM-DD` (years 0001–9999); `undefined` when it is not a real calendar date. */
export function parseIsoDate(v: unknown): CalendarDate | undefined {
  if (typeof v !== 'string' || v.length !== 10) return undefined;
  const match = ISO_DATE.exec(v);
  if (match === null) return undefined;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a date's parts. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `YYYY-MM-DD` of a calendar date. */
export function isoText(date: { readonly y: number; readonly m: number; readonly d: number }): string {
  return isoDate(date.y, date.m, date.d);
}

export { addMonths, daysBetween, fromDayNumber, monthEnd } from './_calendarFns.js';

/**
 * Whole months from `from` to `to` when `to >= from`, and whether `to` falls exactly on the month mark:
 * the mark is the day `addMonths` reaches (the same day of the month, or the month's last day).
 */
function forwardMonths(from: CalendarDate, to: CalendarDate): [number, boolean] {
  const months = (to.y - from.y) * 12 + (to.m - from.m);
  const mark = Math.min(from.d, daysInMonth(to.y, to.m));
  if (to.d < mark) return [months - 1, false];
  return [months, to.d === mark];
}

/**
 * Time elapsed from `from` to `to` in months, as `[whole, beyond]`: the elapsed time is exactly `whole`
 * months when `beyond` is false, and strictly between `whole` and `whole + 1` when it is true. Negative
 * when `to` is before `from`.
 */
export function elapsedMonths(from: CalendarDate, to: CalendarDate): [number, boolean] {
  if (to.day >= from.day) {
    const [m, exact] = forwardMonths(from, to);
    return [m, !exact];
  }
  const [m, exact] = forwardMonths(to, from);
  return exact ? [-m, false] : [-m - 1, true];
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthNameEn(m: number): string {
  return MONTHS_EN[m - 1] as string;
}

/** A date as Vietnamese reports write it: 16/7/2024. */
export function dateVi(iso: string): string {
  return `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${Number(iso.slice(0, 4))}`;
}

/** A date in English prose: 16 July 2024. */
export function dateEn(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthNameEn(Number(iso.slice(5, 7)))} ${Number(iso.slice(0, 4))}`;
}
