// Calendar arithmetic on date-fns, the project's date library, over UTC dates: adding months, day
// differences and month ends. A module of its own so that a bundle which only reads dates (the
// attainment-only one) never pulls date-fns in: `_calendar.ts` re-exports these, and a bundler drops
// this file, date-fns with it, wherever none of them is used.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths as addMonthsFns, differenceInCalendarDays, lastDayOfMonth } from 'date-fns';
import type { CalendarDate } from './_calendar.js';

const MS_DAY = 86_400_000;

/**
 * The UTC midnight of a day number, as date-fns reads it: a `UTCDateMini` answers every getter and
 * setter in UTC, so no result depends on the machine's zone. Built from the timestamp, never from
 * parts (`Date.UTC` reads years 0–99 as 1900–1999).
 */
const utcDay = (day: number): Date => new UTCDateMini(day * MS_DAY);

/** The UTC midnight of a validated `YYYY-MM-DD`: a date-only ISO text is read as UTC, years 0001–0099 included. */
const utcIso = (iso: string): Date => new UTCDateMini(iso);

/** The calendar date of a UTC midnight. */
function fromUtc(t: Date): CalendarDate {
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate(), day: Math.round(t.getTime() / MS_DAY) };
}

/** The civil date of a day number (days from 1970-01-01). */
export function fromDayNumber(n: number): CalendarDate {
  return fromUtc(utcDay(n));
}

/**
 * The date `k` months after `date` (a year is 12). When the target month is shorter, the last day of
 * that month is taken (31 January + 1 month = 28 or 29 February), as Vietnam's Civil Code (2015,
 * Điều 148) ends a period counted in months; date-fns's `addMonths` does exactly this.
 */
export function addMonths(date: CalendarDate, k: number): CalendarDate {
  return fromUtc(addMonthsFns(utcDay(date.day), k));
}

/** Days from `from` to `to`, two validated ISO dates: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcIso(to), utcIso(from));
}

/** The last day of month `m` (1–12) of year `y`, as `YYYY-MM-DD`. */
export function monthEnd(y: number, m: number): string {
  return lastDayOfMonth(utcIso(`${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-01`)).toISOString().slice(0, 10);
}
