import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, elapsedMonths, fromDayNumber, parseIsoDate, weekday } from '../../src/core/_calendar.js';

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
});
