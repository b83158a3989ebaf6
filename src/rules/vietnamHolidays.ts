import type { Bilingual } from '../core/index.js';
import { deepFreeze } from '../core/_freeze.js';

/**
 * Why a day is off: a statutory holiday (by name), a substitute day for a holiday that fell on a
 * weekend (nghỉ bù), or a day off swapped with a working Saturday (hoán đổi ngày làm việc).
 *
 * @category Rules
 */
export type HolidayKind =
  | 'newYear'
  | 'tet'
  | 'hungKings'
  | 'reunification'
  | 'labour'
  | 'national'
  | 'substitute'
  | 'swap';

/**
 * One year of Vietnam's days off for public servants (cán bộ, công chức), who work Monday to Friday.
 *
 * @category Rules
 */
export interface HolidayYear {
  readonly year: number;
  /**
   * `'announced'`: the days the government announced for that year. `'projected'`: the statutory
   * rule applied by the library (see {@link vietnamHolidays}); the yearly announcement may choose other
   * Tết days or swap days, so pass your own calendar where it matters.
   */
  readonly status: 'announced' | 'projected';
  /** Days off in date order, weekends inside a holiday break included. */
  readonly daysOff: readonly { readonly date: string; readonly kind: HolidayKind }[];
  /** Saturdays worked in exchange for a swapped day off (làm bù). */
  readonly workingSaturdays: readonly string[];
}

/**
 * The holiday calendar behind working-day counts.
 *
 * @category Rules
 */
export interface HolidayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Days of the week that are off: 0 Sunday, 6 Saturday. */
  readonly weekend: readonly number[];
  /** Mùng 1 Tết (the first day of the lunar year, Vietnam's UTC+7 calendar) for each supported year. */
  readonly lunarNewYear: Readonly<Record<string, string>>;
  /** Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) for each supported year. */
  readonly hungKingsDay: Readonly<Record<string, string>>;
  readonly names: Readonly<Record<HolidayKind, Bilingual>>;
  readonly sources: readonly Bilingual[];
  readonly years: readonly HolidayYear[];
}

/**
 * Vietnam's public holidays for 2020–2030, as data: what counts as a working day (ngày làm việc) for
 * deadlines such as "30 working days" in the Party's regulations.
 *
 * Holidays (Bộ luật Lao động 2019, Điều 112; before 2021, Bộ luật Lao động 2012, Điều 115, with one day
 * for Quốc khánh): 1 January; Tết Âm lịch, 5 days; Giỗ Tổ Hùng Vương (10/3 âm lịch); 30 April; 1 May;
 * Quốc khánh 2 September and, from 2021, one day next to it. A holiday on a Saturday or Sunday gives a
 * substitute day off on the next working day (nghỉ bù). 2020–2025 are the days announced for public
 * servants, including swaps (2024: 29 April off, Saturday 4 May worked; 2025: 2 May off, Saturday
 * 26 April worked). 2026–2030 are projected by the rule: Tết is the last day of the lunar year and
 * mùng 1 to mùng 4; the extra Quốc khánh day is the weekday next to 2 September that makes the
 * longer break (Thursday 3 September when 2 September is a Wednesday). The yearly announcement may
 * differ, and holidays added after 2025 are not included.
 *
 * The lunar dates are Vietnam's (UTC+7): mùng 1 Tết 2030 is 2 February, a day before China's.
 *
 * @example
 * ```ts
 * import { vietnamHolidays } from 'chitieu';
 * [vietnamHolidays.firstYear, vietnamHolidays.lastYear, vietnamHolidays.lunarNewYear['2026']];
 * //=> [ 2020, 2030, '2026-02-17' ]
 * ```
 * @category Rules
 */
export const vietnamHolidays: HolidayCalendar = /* @__PURE__ */ deepFreeze({
  firstYear: 2020,
  lastYear: 2030,
  weekend: [0, 6],
  lunarNewYear: {
    '2020': '2020-01-25',
    '2021': '2021-02-12',
    '2022': '2022-02-01',
    '2023': '2023-01-22',
    '2024': '2024-02-10',
    '2025': '2025-01-29',
    '2026': '2026-02-17',
    '2027': '2027-02-06',
    '2028': '2028-01-26',
    '2029': '2029-02-13',
    '2030': '2030-02-02',
  },
  hungKingsDay: {
    '2020': '2020-04-02',
    '2021': '2021-04-21',
    '2022': '2022-04-10',
    '2023': '2023-04-29',
    '2024': '2024-04-18',
    '2025': '2025-04-07',
    '2026': '2026-04-26',
    '2027': '2027-04-16',
    '2028': '2028-04-04',
    '2029': '2029-04-23',
    '2030': '2030-04-12',
  },
  names: {
    newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    tet: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
    hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration Day' },
    reunification: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day' },
    labour: { vi: 'Ngày Quốc tế Lao động 1/5', en: 'International Labour Day' },
    national: { vi: 'Quốc khánh', en: 'National Day' },
    substitute: { vi: 'Nghỉ bù', en: 'Substitute day off' },
    swap: { vi: 'Nghỉ hoán đổi (làm bù vào thứ Bảy)', en: 'Day off swapped with a working Saturday' },
  },
  sources: [
    { vi: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112', en: 'Labour Code 2019 (45/2019/QH14), Article 112' },
    { vi: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 (năm 2020)', en: 'Labour Code 2012 (10/2012/QH13), Article 115 (for 2020)' },
    { vi: 'Thông báo lịch nghỉ lễ, Tết hằng năm đối với cán bộ, công chức', en: 'The yearly announcements of holiday days off for public servants' },
  ],
  years: [
  {
    year: 2020,
    status: 'announced',
    daysOff: [
      { date: '2020-01-01', kind: 'newYear' },
      { date: '2020-01-23', kind: 'tet' },
      { date: '2020-01-24', kind: 'tet' },
      { date: '2020-01-25', kind: 'tet' },
      { date: '2020-01-26', kind: 'tet' },
      { date: '2020-01-27', kind: 'tet' },
      { date: '2020-01-28', kind: 'tet' },
      { date: '2020-01-29', kind: 'tet' },
      { date: '2020-04-02', kind: 'hungKings' },
      { date: '2020-04-30', kind: 'reunification' },
      { date: '2020-05-01', kind: 'labour' },
      { date: '2020-09-02', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2021,
    status: 'announced',
    daysOff: [
      { date: '2021-01-01', kind: 'newYear' },
      { date: '2021-02-10', kind: 'tet' },
      { date: '2021-02-11', kind: 'tet' },
      { date: '2021-02-12', kind: 'tet' },
      { date: '2021-02-13', kind: 'tet' },
      { date: '2021-02-14', kind: 'tet' },
      { date: '2021-02-15', kind: 'tet' },
      { date: '2021-02-16', kind: 'tet' },
      { date: '2021-04-21', kind: 'hungKings' },
      { date: '2021-04-30', kind: 'reunification' },
      { date: '2021-05-01', kind: 'labour' },
      { date: '2021-05-03', kind: 'substitute' },
      { date: '2021-09-02', kind: 'national' },
      { date: '2021-09-03', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2022,
    status: 'announced',
    daysOff: [
      { date: '2022-01-01', kind: 'newYear' },
      { date: '2022-01-03', kind: 'substitute' },
      { date: '2022-01-29', kind: 'tet' },
      { date: '2022-01-30', kind: 'tet' },
      { date: '2022-01-31', kind: 'tet' },
      { date: '2022-02-01', kind: 'tet' },
      { date: '2022-02-02', kind: 'tet' },
      { date: '2022-02-03', kind: 'tet' },
      { date: '2022-02-04', kind: 'tet' },
      { date: '2022-02-05', kind: 'tet' },
      { date: '2022-02-06', kind: 'tet' },
      { date: '2022-04-10', kind: 'hungKings' },
      { date: '2022-04-11', kind: 'substitute' },
      { date: '2022-04-30', kind: 'reunification' },
      { date: '2022-05-01', kind: 'labour' },
      { date: '2022-05-02', kind: 'substitute' },
      { date: '2022-05-03', kind: 'substitute' },
      { date: '2022-09-01', kind: 'national' },
      { date: '2022-09-02', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2023,
    status: 'announced',
    daysOff: [
      { date: '2023-01-01', kind: 'newYear' },
      { date: '2023-01-02', kind: 'substitute' },
      { date: '2023-01-20', kind: 'tet' },
      { date: '2023-01-21', kind: 'tet' },
      { date: '2023-01-22', kind: 'tet' },
      { date: '2023-01-23', kind: 'tet' },
      { date: '2023-01-24', kind: 'tet' },
      { date: '2023-01-25', kind: 'tet' },
      { date: '2023-01-26', kind: 'tet' },
      { date: '2023-04-29', kind: 'hungKings' },
      { date: '2023-04-30', kind: 'reunification' },
      { date: '2023-05-01', kind: 'labour' },
      { date: '2023-05-02', kind: 'substitute' },
      { date: '2023-05-03', kind: 'substitute' },
      { date: '2023-09-01', kind: 'national' },
      { date: '2023-09-02', kind: 'national' },
      { date: '2023-09-04', kind: 'substitute' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2024,
    status: 'announced',
    daysOff: [
      { date: '2024-01-01', kind: 'newYear' },
      { date: '2024-02-08', kind: 'tet' },
      { date: '2024-02-09', kind: 'tet' },
      { date: '2024-02-10', kind: 'tet' },
      { date: '2024-02-11', kind: 'tet' },
      { date: '2024-02-12', kind: 'tet' },
      { date: '2024-02-13', kind: 'tet' },
      { date: '2024-02-14', kind: 'tet' },
      { date: '2024-04-18', kind: 'hungKings' },
      { date: '2024-04-29', kind: 'swap' },
      { date: '2024-04-30', kind: 'reunification' },
      { date: '2024-05-01', kind: 'labour' },
      { date: '2024-09-02', kind: 'national' },
      { date: '2024-09-03', kind: 'national' },
    ],
    workingSaturdays: ['2024-05-04'],
  },
  {
    year: 2025,
    status: 'announced',
    daysOff: [
      { date: '2025-01-01', kind: 'newYear' },
      { date: '2025-01-25', kind: 'tet' },
      { date: '2025-01-26', kind: 'tet' },
      { date: '2025-01-27', kind: 'tet' },
      { date: '2025-01-28', kind: 'tet' },
      { date: '2025-01-29', kind: 'tet' },
      { date: '2025-01-30', kind: 'tet' },
      { date: '2025-01-31', kind: 'tet' },
      { date: '2025-02-01', kind: 'tet' },
      { date: '2025-02-02', kind: 'tet' },
      { date: '2025-04-07', kind: 'hungKings' },
      { date: '2025-04-30', kind: 'reunification' },
      { date: '2025-05-01', kind: 'labour' },
      { date: '2025-05-02', kind: 'swap' },
      { date: '2025-09-01', kind: 'national' },
      { date: '2025-09-02', kind: 'national' },
    ],
    workingSaturdays: ['2025-04-26'],
  },
  {
    year: 2026,
    status: 'projected',
    daysOff: [
      { date: '2026-01-01', kind: 'newYear' },
      { date: '2026-02-16', kind: 'tet' },
      { date: '2026-02-17', kind: 'tet' },
      { date: '2026-02-18', kind: 'tet' },
      { date: '2026-02-19', kind: 'tet' },
      { date: '2026-02-20', kind: 'tet' },
      { date: '2026-04-26', kind: 'hungKings' },
      { date: '2026-04-27', kind: 'substitute' },
      { date: '2026-04-30', kind: 'reunification' },
      { date: '2026-05-01', kind: 'labour' },
      { date: '2026-09-02', kind: 'national' },
      { date: '2026-09-03', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2027,
    status: 'projected',
    daysOff: [
      { date: '2027-01-01', kind: 'newYear' },
      { date: '2027-02-05', kind: 'tet' },
      { date: '2027-02-06', kind: 'tet' },
      { date: '2027-02-07', kind: 'tet' },
      { date: '2027-02-08', kind: 'tet' },
      { date: '2027-02-09', kind: 'tet' },
      { date: '2027-02-10', kind: 'substitute' },
      { date: '2027-02-11', kind: 'substitute' },
      { date: '2027-04-16', kind: 'hungKings' },
      { date: '2027-04-30', kind: 'reunification' },
      { date: '2027-05-01', kind: 'labour' },
      { date: '2027-05-03', kind: 'substitute' },
      { date: '2027-09-02', kind: 'national' },
      { date: '2027-09-03', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2028,
    status: 'projected',
    daysOff: [
      { date: '2028-01-01', kind: 'newYear' },
      { date: '2028-01-03', kind: 'substitute' },
      { date: '2028-01-25', kind: 'tet' },
      { date: '2028-01-26', kind: 'tet' },
      { date: '2028-01-27', kind: 'tet' },
      { date: '2028-01-28', kind: 'tet' },
      { date: '2028-01-29', kind: 'tet' },
      { date: '2028-01-31', kind: 'substitute' },
      { date: '2028-04-04', kind: 'hungKings' },
      { date: '2028-04-30', kind: 'reunification' },
      { date: '2028-05-01', kind: 'labour' },
      { date: '2028-05-02', kind: 'substitute' },
      { date: '2028-09-01', kind: 'national' },
      { date: '2028-09-02', kind: 'national' },
      { date: '2028-09-04', kind: 'substitute' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2029,
    status: 'projected',
    daysOff: [
      { date: '2029-01-01', kind: 'newYear' },
      { date: '2029-02-12', kind: 'tet' },
      { date: '2029-02-13', kind: 'tet' },
      { date: '2029-02-14', kind: 'tet' },
      { date: '2029-02-15', kind: 'tet' },
      { date: '2029-02-16', kind: 'tet' },
      { date: '2029-04-23', kind: 'hungKings' },
      { date: '2029-04-30', kind: 'reunification' },
      { date: '2029-05-01', kind: 'labour' },
      { date: '2029-09-02', kind: 'national' },
      { date: '2029-09-03', kind: 'national' },
      { date: '2029-09-04', kind: 'substitute' },
    ],
    workingSaturdays: [],
  },
  {
    year: 2030,
    status: 'projected',
    daysOff: [
      { date: '2030-01-01', kind: 'newYear' },
      { date: '2030-02-01', kind: 'tet' },
      { date: '2030-02-02', kind: 'tet' },
      { date: '2030-02-03', kind: 'tet' },
      { date: '2030-02-04', kind: 'tet' },
      { date: '2030-02-05', kind: 'tet' },
      { date: '2030-02-06', kind: 'substitute' },
      { date: '2030-02-07', kind: 'substitute' },
      { date: '2030-04-12', kind: 'hungKings' },
      { date: '2030-04-30', kind: 'reunification' },
      { date: '2030-05-01', kind: 'labour' },
      { date: '2030-09-02', kind: 'national' },
      { date: '2030-09-03', kind: 'national' },
    ],
    workingSaturdays: [],
  },
  ],
});
