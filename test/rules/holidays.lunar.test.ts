// The lunar holidays of the built-in calendar, computed rather than written by hand: Mùng 1 Tết (1/1 âm
// lịch) and Giỗ Tổ Hùng Vương (10/3 âm lịch) by Vietnam's lunar calendar (UTC+7, which differs from the
// Chinese UTC+8 calendar in some years), from @dqcai/vn-lunar, a dev dependency used only here.
import { LunarCalendar } from '@dqcai/vn-lunar';
import { describe, expect, it } from 'vitest';
import { vietnamHolidays } from '../../src/index.js';

const iso = (d: { day: number; month: number; year: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const years = Array.from({ length: vietnamHolidays.lastYear - vietnamHolidays.firstYear + 1 }, (_, i) => vietnamHolidays.firstYear + i);

describe('the lunar holidays of vietnamHolidays, computed by the Vietnamese lunar calendar', () => {
  it.each(years)('%i: Mùng 1 Tết is 1/1 âm lịch', (y) => {
    expect(vietnamHolidays.lunarNewYear[String(y)]).toBe(iso(LunarCalendar.fromLunar(1, 1, y).solarDate));
  });

  it.each(years)('%i: Giỗ Tổ Hùng Vương is 10/3 âm lịch', (y) => {
    expect(vietnamHolidays.hungKingsDay[String(y)]).toBe(iso(LunarCalendar.fromLunar(10, 3, y).solarDate));
  });

  it.each(years)('%i: the year\'s days off hold Mùng 1 Tết as a Tết day and Giỗ Tổ as its own holiday', (y) => {
    const year = vietnamHolidays.years.find((h) => h.year === y);
    expect(year).toBeDefined();
    const tet = iso(LunarCalendar.fromLunar(1, 1, y).solarDate);
    const hung = iso(LunarCalendar.fromLunar(10, 3, y).solarDate);
    expect(year?.daysOff).toContainEqual({ date: tet, kind: 'tet' });
    expect(year?.daysOff).toContainEqual({ date: hung, kind: 'hungKings' });
  });
});
