import { differenceInCalendarDays, getDaysInMonth } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, dayNumber, daysInMonth, parseIsoDate } from '../../src/core/_calendar.js';

const MS_DAY = 86_400_000;
/** Day number through Date.UTC, with setUTCFullYear so that years 0–99 are not read as 1900–1999. */
function utcDayNumber(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_DAY);
}

describe('calendar arithmetic against references, under any TZ', () => {
  it('dayNumber matches Date.UTC for every year 1–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d0) => {
      const d = Math.min(d0, daysInMonth(y, m));
      expect(dayNumber(y, m, d)).toBe(utcDayNumber(y, m, d));
    }), { numRuns: 3000 });
  });

  it('differences and month lengths match date-fns (local dates, 2000–2100)', () => {
    const date = fc.record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(fc.property(date, date, (a, b) => {
      expect(dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d)).toBe(differenceInCalendarDays(new Date(b.y, b.m - 1, b.d), new Date(a.y, a.m - 1, a.d)));
      expect(daysInMonth(a.y, a.m)).toBe(getDaysInMonth(new Date(a.y, a.m - 1, 15)));
    }), { numRuns: 1000 });
  });

  it('parseIsoDate accepts exactly the real days', () => {
    expect(parseIsoDate('2024-02-29')).toMatchObject({ y: 2024, m: 2, d: 29 });
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '0000-01-01', '2024-1-01', ' 2024-01-01', '2024-01-01T00:00']) {
      expect(parseIsoDate(bad)).toBe(undefined);
    }
    expect(calendarDate(2000, 2, 29)).toMatchObject({ y: 2000, m: 2, d: 29 });
    expect(dayNumber(1995, 1, 1) - dayNumber(1994, 12, 31)).toBe(1); // Pacific/Kiritimati skipped 1994-12-31 in local time
  });
});
