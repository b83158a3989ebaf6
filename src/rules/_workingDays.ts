import { dayNumber, fromDayNumber, parseIsoDate, weekday } from '../core/_calendar.js';
import { vietnamHolidays } from './vietnamHolidays.js';

/** Days off and working Saturdays as day numbers, built once on first use. */
let calendar: { off: Set<number>; workingSaturdays: Set<number>; first: number; last: number } | undefined;

function load(): NonNullable<typeof calendar> {
  if (calendar !== undefined) return calendar;
  const off = new Set<number>();
  const workingSaturdays = new Set<number>();
  for (const year of vietnamHolidays.years) {
    for (const entry of year.daysOff) off.add((parseIsoDate(entry.date) as { day: number }).day);
    for (const date of year.workingSaturdays) workingSaturdays.add((parseIsoDate(date) as { day: number }).day);
  }
  calendar = {
    off,
    workingSaturdays,
    first: dayNumber(vietnamHolidays.firstYear, 1, 1),
    last: dayNumber(vietnamHolidays.lastYear, 12, 31),
  };
  return calendar;
}

/** The year of a day outside the supported holiday calendar, for an `unsupported_year` error. */
interface UnsupportedYear {
  readonly year: number;
  readonly min: number;
  readonly max: number;
}

function unsupported(day: number): UnsupportedYear {
  return { year: fromDayNumber(day).y, min: vietnamHolidays.firstYear, max: vietnamHolidays.lastYear };
}

function isWorking(c: NonNullable<typeof calendar>, day: number): boolean {
  if (c.off.has(day)) return false;
  const w = weekday(day);
  return (w !== 0 && w !== 6) || c.workingSaturdays.has(day);
}

/**
 * Working days in the span after `from` up to and including `to` (negative when `to` is earlier), or
 * the first unsupported year the span touches.
 */
export function workingDaysBetween(from: number, to: number): number | UnsupportedYear {
  const c = load();
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (hi === lo) return 0;
  if (lo + 1 < c.first) return unsupported(lo + 1);
  if (hi > c.last) return unsupported(hi);
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorking(c, day)) count++;
  return to >= from ? count : -count;
}

/** The `n`-th working day after `from` (n ≥ 1), or the first unsupported year reached. */
export function addWorkingDays(from: number, n: number): number | UnsupportedYear {
  const c = load();
  let day = from;
  let left = n;
  while (left > 0) {
    day++;
    if (day < c.first || day > c.last) return unsupported(day);
    if (isWorking(c, day)) left--;
  }
  return day;
}
