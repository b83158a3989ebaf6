import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths as addMonthsFns, differenceInCalendarMonths, getDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysBetween, daysInMonth, elapsedMonths, fromDayNumber, isoText, monthEnd, parseIsoDate, weekday } from '../../src/core/_calendar.js';

const MS_DAY = 86_400_000;
const utc = (day: number) => new UTCDateMini(day * MS_DAY);

const d = (s: string) => parseIsoDate(s) as NonNullable<ReturnType<typeof parseIsoDate>>;

describe('calendar dates', () => {
  it('reads only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29, day: dayNumber(2024, 2, 29) });
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-1', ' 2024-01-01', '2024-01-01T00:00', 20240101, null]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(parseIsoDate('2000-02-29')).toBeDefined();
  });

  it('day numbers round-trip and weekdays match the Gregorian calendar', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(weekday(dayNumber(2025, 9, 2))).toBe(2);
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 2_000_000 }), (n) => {
      const c = fromDayNumber(n);
      expect(dayNumber(c.y, c.m, c.d)).toBe(n);
      expect(weekday(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      expect(weekday(n)).toBe(getDay(utc(n)));
    }));
  });

  it('adds months to the last day of a shorter month', () => {
    expect(addMonths(d('2024-01-31'), 1)).toMatchObject({ y: 2024, m: 2, d: 29 });
    expect(addMonths(d('2023-01-31'), 1)).toMatchObject({ y: 2023, m: 2, d: 28 });
    expect(addMonths(d('2024-02-29'), 12)).toMatchObject({ y: 2025, m: 2, d: 28 });
    expect(addMonths(d('2024-03-31'), -1)).toMatchObject({ y: 2024, m: 2, d: 29 });
  });

  it('elapsed months: exact on the mark, "beyond" between marks, negative backwards', () => {
    expect(elapsedMonths(d('2007-09-15'), d('2025-09-15'))).toEqual([216, false]);
    expect(elapsedMonths(d('2007-09-15'), d('2025-09-14'))).toEqual([215, true]);
    expect(elapsedMonths(d('2008-02-29'), d('2026-02-28'))).toEqual([216, false]);
    expect(elapsedMonths(d('2025-01-31'), d('2025-02-28'))).toEqual([1, false]);
    expect(elapsedMonths(d('2025-03-10'), d('2025-03-01'))).toEqual([-1, true]);
    expect(elapsedMonths(d('2025-03-10'), d('2025-02-10'))).toEqual([-1, false]);
  });

  it('elapsed months agree with addMonths (property)', () => {
    const date = fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) }).map(fromDayNumber);
    fc.assert(fc.property(date, date, (a, b) => {
      fc.pre(b.day >= a.day);
      const [m, beyond] = elapsedMonths(a, b);
      expect(addMonths(a, m).day).toBeLessThanOrEqual(b.day);
      expect(addMonths(a, m + 1).day).toBeGreaterThan(b.day);
      expect(beyond).toBe(addMonths(a, m).day !== b.day);
    }));
  });

  it('whole months (integers, for the batch) agree with date-fns on UTC dates (property, years 1–9999)', () => {
    const date = fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }).map(fromDayNumber);
    fc.assert(fc.property(date, date, (a, b) => {
      fc.pre(b.day >= a.day);
      const [m, beyond] = elapsedMonths(a, b);
      const calendar = differenceInCalendarMonths(utc(b.day), utc(a.day));
      const mark = addMonthsFns(utc(a.day), calendar).getTime() / MS_DAY;
      expect(m).toBe(mark > b.day ? calendar - 1 : calendar);
      expect(beyond).toBe(mark !== b.day);
    }), { numRuns: 2000 });
  });

  it('day differences and month ends, on date-fns, agree with the day numbers in every year 1–9999', () => {
    const date = fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }).map(fromDayNumber);
    fc.assert(fc.property(date, date, (a, b) => {
      expect(daysBetween(isoText(a), isoText(b))).toBe(b.day - a.day);
      expect(monthEnd(a.y, a.m)).toBe(isoText({ y: a.y, m: a.m, d: daysInMonth(a.y, a.m) }));
    }), { numRuns: 2000 });
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1); // not read as 1999
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
    expect(monthEnd(1900, 2)).toBe('1900-02-28');
    expect(monthEnd(1, 12)).toBe('0001-12-31');
    expect(fromDayNumber(dayNumber(50, 3, 1))).toEqual({ y: 50, m: 3, d: 1, day: dayNumber(50, 3, 1) });
  });
});
