import { describe, expect, it } from 'vitest';
import { vietnamHolidays } from 'chitieu';

/** Day of the week of an ISO date, by pure arithmetic (0 Sunday). */
function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
const addDays = (iso: string, n: number): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/** New moons by Meeus (Astronomical Algorithms, ch. 49), as dates in Vietnam's time (UTC+7). */
function newMoonsVN(fromYear: number, toYear: number): Set<string> {
  const out = new Set<string>();
  const r = Math.PI / 180;
  for (let k = Math.floor((fromYear - 2000) * 12.3685) - 2; k <= Math.ceil((toYear + 1 - 2000) * 12.3685); k++) {
    const T = k / 1236.85;
    const E = 1 - 0.002516 * T - 0.0000074 * T * T;
    const M = (2.5534 + 29.1053567 * k) * r;
    const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T * T) * r;
    const F = (160.7108 + 390.67050284 * k - 0.0016118 * T * T) * r;
    const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T
      - 0.4072 * Math.sin(Mp) + 0.17241 * E * Math.sin(M) + 0.01608 * Math.sin(2 * Mp) + 0.01039 * Math.sin(2 * F)
      + 0.00739 * E * Math.sin(Mp - M) - 0.00514 * E * Math.sin(Mp + M) + 0.00208 * E * E * Math.sin(2 * M)
      - 0.00111 * Math.sin(Mp - 2 * F) - 0.00057 * Math.sin(Mp + 2 * F) + 0.00056 * E * Math.sin(2 * Mp + M)
      - 0.00042 * Math.sin(3 * Mp) + 0.00042 * E * Math.sin(M + 2 * F) + 0.00038 * E * Math.sin(M - 2 * F);
    out.add(new Date((jde - 2440587.5) * 86400000 - 69000 + 7 * 3600000).toISOString().slice(0, 10));
  }
  return out;
}

const years = vietnamHolidays.years;
const offOf = (year: number) => new Map((years.find((y) => y.year === year)?.daysOff ?? []).map((d) => [d.date, d.kind]));

describe('vietnamHolidays', () => {
  it('covers 2020–2030, one entry per year, dates sorted and inside their year', () => {
    expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const y of years) {
      const dates = y.daysOff.map((d) => d.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const d of dates) expect(d.startsWith(`${y.year}-`)).toBe(true);
      expect(y.status).toBe(y.year <= 2025 ? 'announced' : 'projected');
    }
    expect(Object.isFrozen(vietnamHolidays.years[0]?.daysOff[0])).toBe(true);
  });

  it('has every statutory holiday each year', () => {
    for (const y of years) {
      const off = offOf(y.year);
      expect(off.get(`${y.year}-01-01`)).toBe('newYear');
      expect(off.get(`${y.year}-04-30`)).toBe('reunification');
      expect(off.get(`${y.year}-05-01`)).toBe('labour');
      expect(off.get(`${y.year}-09-02`)).toBe('national');
      expect(off.get(vietnamHolidays.hungKingsDay[String(y.year)] as string)).toBe('hungKings');
      expect(off.get(vietnamHolidays.lunarNewYear[String(y.year)] as string)).toBe('tet');
      // one Quốc khánh day until 2020 (Labour Code 2012), two from 2021 (Labour Code 2019)
      expect([...off.values()].filter((k) => k === 'national').length).toBe(y.year === 2020 ? 1 : 2);
    }
  });

  it('gives five working days off for Tết, counting substitutes, every year', () => {
    for (const y of years) {
      const tet = vietnamHolidays.lunarNewYear[String(y.year)] as string;
      let weekdaysOff = 0;
      for (let i = -6; i <= 8; i++) {
        const d = addDays(tet, i);
        const kind = offOf(y.year).get(d);
        if ((kind === 'tet' || kind === 'substitute') && weekday(d) !== 0 && weekday(d) !== 6) weekdaysOff++;
      }
      expect(weekdaysOff, String(y.year)).toBe(5);
    }
  });

  it('the lunar dates are new moons in Vietnam’s time, and Giỗ Tổ is the 10th day of the 3rd month', () => {
    const moons = newMoonsVN(2019, 2031);
    for (const y of years) {
      const tet = vietnamHolidays.lunarNewYear[String(y.year)] as string;
      expect(moons.has(tet), tet).toBe(true);
      const hung = vietnamHolidays.hungKingsDay[String(y.year)] as string;
      expect(moons.has(addDays(hung, -9)), hung).toBe(true);
      // the third month starts two or (after the leap second month of 2023) three lunations after Tết
      const days = (Date.parse(hung) - Date.parse(tet)) / 86400000;
      expect(days).toBeGreaterThanOrEqual(y.year === 2023 ? 95 : 66);
      expect(days).toBeLessThanOrEqual(y.year === 2023 ? 99 : 70);
    }
    // Vietnam's Tết 2030 falls a day before China's (new moon at 23:07 on 2 February, UTC+7)
    expect(vietnamHolidays.lunarNewYear['2030']).toBe('2030-02-02');
  });

  it('substitute and swapped days are weekdays; working Saturdays are Saturdays', () => {
    for (const y of years) {
      for (const d of y.daysOff) if (d.kind === 'substitute' || d.kind === 'swap') expect([1, 2, 3, 4, 5]).toContain(weekday(d.date));
      for (const s of y.workingSaturdays) expect(weekday(s)).toBe(6);
    }
    expect(years.find((y) => y.year === 2025)?.workingSaturdays).toEqual(['2025-04-26']);
  });

  it('projected years follow the documented rule', () => {
    for (const y of years.filter((x) => x.status === 'projected')) {
      const tet = vietnamHolidays.lunarNewYear[String(y.year)] as string;
      const statutory = [`${y.year}-01-01`, ...[-1, 0, 1, 2, 3].map((i) => addDays(tet, i)), vietnamHolidays.hungKingsDay[String(y.year)] as string, `${y.year}-04-30`, `${y.year}-05-01`];
      const nd = `${y.year}-09-02`;
      const extra = { 0: 1, 1: 1, 2: -1, 3: 1, 4: 1, 5: -1, 6: -1 }[weekday(nd)] as number;
      statutory.push(nd, addDays(nd, extra));
      const off = new Set(statutory);
      const isOff = (d: string) => weekday(d) === 0 || weekday(d) === 6 || off.has(d);
      for (const d of [...statutory].sort()) {
        if (weekday(d) === 0 || weekday(d) === 6) {
          let s = addDays(d, 1);
          while (isOff(s)) s = addDays(s, 1);
          off.add(s);
        }
      }
      expect(y.daysOff.map((d) => d.date)).toEqual([...off].sort());
    }
  });

  it('every day off has a name in both languages', () => {
    for (const y of years) for (const d of y.daysOff) expect(vietnamHolidays.names[d.kind].vi.length).toBeGreaterThan(0);
  });
});
