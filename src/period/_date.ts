/**
 * Calendar dates as plain year/month/day parts and day numbers. Pure integer arithmetic on the
 * proleptic Gregorian calendar, so nothing depends on the machine's time zone: a JS `Date` built in
 * local time cannot even hold some calendar days (Pacific/Kiritimati skipped 1994-12-31), and
 * `Date.UTC` maps years 0–99 to 1900–1999. The test suite checks these functions against date-fns
 * and `Date.UTC` day by day.
 */

/** A calendar date. */
export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD` (years 0001–9999) into parts, or `undefined` when it is not a real calendar day. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO.exec(text);
  if (m === null) return undefined;
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The parts when they name a real day (2023-02-29 does not), else `undefined`. */
export function calendarDate(y: number, m: number, d: number): CalendarDate | undefined {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/**
 * Days since 1970-01-01 (negative before): the days-from-civil algorithm, counting from a March-based
 * year so that the leap day is the last day of the cycle.
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO date already validated. */
export function isoDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
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
