/**
 * Calendar dates as plain numbers, shared by every area that reads dates (periods, rules, holidays).
 *
 * Why not JS `Date` (or date-fns, which works on it) at run time: a `Date` built in local time
 * depends on the machine's time zone and cannot even hold some calendar days (Pacific/Kiritimati
 * skipped 1994-12-31, Samoa 2011-12-30), and `Date.UTC` maps years 0–99 to 1900–1999. A report date is
 * a calendar date, the same in every zone, so the arithmetic here is on integers by the proleptic
 * Gregorian calendar. The test suite checks it day by day against date-fns and `Date.UTC`.
 *
 * A day number counts days from 1970-01-01 (day 0).
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

export function isLeapYear(y: number): boolean {
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

/** The civil date of a day number (Howard Hinnant's civil_from_days). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d, day: n };
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

/** The day number of an ISO date already validated. */
export function isoDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
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

/**
 * The date `k` months after `date`. When the target month is shorter, the last day of that month is
 * taken (31 January + 1 month = 28 or 29 February), as Vietnam's Civil Code (2015, Điều 148) ends a
 * period counted in months.
 */
export function addMonths(date: CalendarDate, k: number): CalendarDate {
  const total = date.y * 12 + (date.m - 1) + k;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(date.d, daysInMonth(y, m));
  return { y, m, d, day: dayNumber(y, m, d) };
}

/** Whole months from `from` to `to` when `to >= from`, and whether `to` falls exactly on the month mark. */
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
