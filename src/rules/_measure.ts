import { elapsedMonths, isoText, type CalendarDate } from '../core/_calendar.js';
import { factPath, type Env } from './_compiled.js';
import { workingDaysBetween } from './_workingDays.js';
import type { ComparisonOp, DateMeasure } from './types.js';
import { fail } from './_errors.js';

/** A measured date: exactly `m` when `beyond` is false, strictly between `m` and `m + 1` when true. */
type Measured = [m: number, beyond: boolean];

/** Measures the time from a date fact to `asOf` (see DateMeasure). */
export function measure(kind: DateMeasure, from: CalendarDate, e: Env, factName: string): Measured {
  const to = e.asOf;
  // Every measure is time since a past event (a birth, a ceremony, a course): a date after the
  // evaluation date is a mistaken fact, and answering "not old enough" would hide the typo.
  if (from.day > to.day) fail('date_order', factPath(e, factName), { start: isoText(from), end: isoText(to) });
  switch (kind) {
    case 'days':
      return [to.day - from.day, false];
    case 'workingDays': {
      const n = workingDaysBetween(from.day, to.day);
      if (typeof n !== 'number') fail('unsupported_year', factPath(e, factName), { year: n.year, min: n.min, max: n.max });
      return [n, false];
    }
    case 'fullMonths': {
      const [m] = elapsedMonths(from, to);
      return [m, false];
    }
    case 'months':
    case 'years':
      return elapsedMonths(from, to);
    case 'fullYears': {
      const [m] = elapsedMonths(from, to);
      return [Math.floor(m / 12), false];
    }
  }
}

/** Compares a measured value with a whole threshold (see the table in the guide). */
export function compare(m: number, beyond: boolean, op: ComparisonOp, t: number): boolean {
  switch (op) {
    case '>=': return m >= t;
    case '>': return beyond ? m >= t : m > t;
    case '<=': return beyond ? m < t : m <= t;
    case '<': return m < t;
    case '==': return !beyond && m === t;
    case '!=': return beyond || m !== t;
  }
}
