import { describe, expect, it } from 'vitest';
import { elapsedFraction, formatPeriod, parsePeriod, periodContains, splitIntoYears } from '../../src/index.js';
import { errorOf } from './_errors.js';

describe('periodContains', () => {
  it('both ends are inside', () => {
    expect(periodContains('quý II/2024', '2024-04-01')).toBe(true);
    expect(periodContains('quý II/2024', '2024-06-30')).toBe(true);
    expect(periodContains('quý II/2024', '2024-03-31')).toBe(false);
    expect(periodContains('quý II/2024', '2024-07-01')).toBe(false);
    expect(periodContains(parsePeriod('nhiệm kỳ 2020-2025'), '2024-02-29')).toBe(true);
    expect(periodContains({ kind: 'custom', start: '2024-02-29', end: '2024-02-29' }, '2024-02-29')).toBe(true);
  });
  it('bad input', () => {
    let e = errorOf(() => periodContains('năm 2024', '2024-02-30'));
    expect([e.code, e.path]).toEqual(['invalid_date', ['date']]);
    e = errorOf(() => periodContains('năm 20245', '2024-01-01'));
    expect([e.code, e.path]).toEqual(['unknown_period', ['period']]);
    e = errorOf(() => periodContains({ kind: 'year', start: '2024-12-31', end: '2024-01-01' }, '2024-01-01'));
    expect([e.code, e.path]).toEqual(['date_order', ['period', 'end']]);
    e = errorOf(() => periodContains({ kind: 'year', start: '2024-01-01' } as never, '2024-01-01'));
    expect([e.code, e.path]).toEqual(['missing', ['period', 'end']]);
    e = errorOf(() => periodContains({ kind: 'year', start: '2024-01-01', end: '2024-12-31', extra: 1 } as never, '2024-01-01'));
    expect([e.code, e.path]).toEqual(['unknown_key', ['period', 'extra']]);
    e = errorOf(() => periodContains(null as never, '2024-01-01'));
    expect([e.code, e.path]).toEqual(['invalid_type', ['period']]);
  });
});

describe('elapsedFraction', () => {
  it('exact by days, the asOf day counted', () => {
    expect(elapsedFraction('năm 2024', { asOf: '2024-01-01' })).toMatchObject({ elapsedDays: 1, totalDays: 366, fraction: { exact: '1/366' } });
    expect(elapsedFraction('năm 2024', { asOf: '2024-06-30' })).toMatchObject({ elapsedDays: 182, fraction: { exact: '91/183', value: '0.4973' }, percent: '49.73' });
    expect(elapsedFraction('năm 2023', { asOf: '2023-12-31' })).toMatchObject({ status: 'ended', fraction: { exact: '1', value: '1' } });
    expect(elapsedFraction('tháng 2/2024', { asOf: '2024-02-15' }).fraction.exact).toBe('15/29');
    expect(elapsedFraction('tháng 2/2023', { asOf: '2023-02-15' }).fraction.exact).toBe('15/28');
  });
  it('before the start is 0, after the end is 1, never outside [0, 1]', () => {
    expect(elapsedFraction('nhiệm kỳ 2020-2025', { asOf: '1999-01-01' })).toMatchObject({ status: 'not-started', elapsedDays: 0, remainingDays: 2192, fraction: { value: '0' } });
    expect(elapsedFraction('nhiệm kỳ 2020-2025', { asOf: '2030-01-01' })).toMatchObject({ status: 'ended', elapsedDays: 2192, remainingDays: 0, fraction: { value: '1' } });
  });
  it('decimals and rounding; "đến nay" uses the date', () => {
    expect(elapsedFraction('nhiệm kỳ 2020-2025', { asOf: '2024-07-16', decimals: 0, rounding: 'down' }).percent).toBe('75');
    expect(elapsedFraction('từ năm 2020 đến nay', { asOf: '2024-07-16' }).fraction.value).toBe('1');
  });
  it('bad input, under options', () => {
    let e = errorOf(() => elapsedFraction('năm 2024', { asOf: '2024-13-01' }));
    expect([e.code, e.path]).toEqual(['invalid_date', ['options', 'asOf']]);
    e = errorOf(() => elapsedFraction('năm 2024', { asOf: '2024-01-01', decimals: -1 }));
    expect([e.code, e.path]).toEqual(['out_of_range', ['options', 'decimals']]);
    e = errorOf(() => elapsedFraction('năm 2024', {}));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'asOf']]);
    e = errorOf(() => (elapsedFraction as (p: string) => unknown)('năm 2024'));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'asOf']]);
    e = errorOf(() => elapsedFraction('năm 2024', { asOf: '2024-01-01', asof: '2024-01-01' } as never));
    expect([e.code, e.path]).toEqual(['unknown_key', ['options', 'asof']]);
    // "đến nay" without a date: the error names the option that would give it.
    e = errorOf(() => elapsedFraction('từ năm 2020 đến nay', {}));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'asOf']]);
  });
  describe('the deprecated positional date', () => {
    it('gives the same result as the option', () => {
      for (const [period, asOf] of [['nhiệm kỳ 2020-2025', '2024-07-16'], ['năm 2024', '2023-12-01'], ['từ năm 2020 đến nay', '2024-07-16']] as const) {
        expect(elapsedFraction(period, asOf)).toEqual(elapsedFraction(period, { asOf }));
      }
      expect(elapsedFraction('nhiệm kỳ 2020-2025', '2024-07-16', { decimals: 0, rounding: 'down' })).toEqual(elapsedFraction('nhiệm kỳ 2020-2025', { asOf: '2024-07-16', decimals: 0, rounding: 'down' }));
    });
    it('keeps its own error paths', () => {
      let e = errorOf(() => elapsedFraction('năm 2024', '2024-13-01'));
      expect([e.code, e.path]).toEqual(['invalid_date', ['asOf']]);
      e = errorOf(() => elapsedFraction('năm 2024', 20240101 as never));
      expect([e.code, e.path]).toEqual(['invalid_type', ['asOf']]);
      e = errorOf(() => elapsedFraction('năm 2024', '2024-01-01', { decimals: -1 }));
      expect([e.code, e.path]).toEqual(['out_of_range', ['options', 'decimals']]);
    });
    it('beside options.asOf: the same date is fine, two dates are invalid_value', () => {
      expect(elapsedFraction('năm 2024', '2024-06-30', { asOf: '2024-06-30' })).toEqual(elapsedFraction('năm 2024', { asOf: '2024-06-30' }));
      const e = errorOf(() => elapsedFraction('năm 2024', '2024-06-30', { asOf: '2024-07-01' }));
      expect([e.code, e.path]).toEqual(['invalid_value', ['options', 'asOf']]);
      expect(e.messages.en).toContain('2024-07-01');
    });
  });
});

describe('splitIntoYears', () => {
  it('a term into its years; congress dates cut the first and last', () => {
    expect(splitIntoYears('giai đoạn 2021-2025').map((p) => [p.kind, p.start, p.end])).toEqual([
      ['year', '2021-01-01', '2021-12-31'],
      ['year', '2022-01-01', '2022-12-31'],
      ['year', '2023-01-01', '2023-12-31'],
      ['year', '2024-01-01', '2024-12-31'],
      ['year', '2025-01-01', '2025-12-31'],
    ]);
    const parts = splitIntoYears(parsePeriod('nhiệm kỳ 2020-2025', { termStart: '2020-07-15', termEnd: '2025-06-30' }));
    expect(parts.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['custom', '2020-07-15', '2020-12-31'],
      ['year', '2021-01-01', '2021-12-31'],
      ['year', '2022-01-01', '2022-12-31'],
      ['year', '2023-01-01', '2023-12-31'],
      ['year', '2024-01-01', '2024-12-31'],
      ['custom', '2025-01-01', '2025-06-30'],
    ]);
    expect(parts[5]!.label).toEqual({ vi: 'năm 2025 (1/1/2025–30/6/2025)', en: '2025 (1 January 2025 – 30 June 2025)' });
    expect(splitIntoYears('quý II/2024').map((p) => p.kind)).toEqual(['custom']);
  });
});

describe('formatPeriod', () => {
  it('names periods in both languages', () => {
    expect(formatPeriod('quý II/2024')).toBe('quý II/2024');
    expect(formatPeriod('quý II/2024', { locale: 'en' })).toBe('Q2 2024');
    expect(formatPeriod({ kind: 'month', start: '2024-07-01', end: '2024-07-31' }, { locale: 'en' })).toBe('July 2024');
    expect(formatPeriod({ kind: 'half', start: '2024-07-01', end: '2024-12-31' })).toBe('6 tháng cuối năm 2024');
    expect(formatPeriod({ kind: 'year', start: '2024-01-01', end: '2024-12-31', label: { vi: 'năm kế hoạch 2024', en: 'plan year 2024' } })).toBe('năm kế hoạch 2024');
    expect(formatPeriod('nhiệm kỳ 2020-2025', { locale: 'en' })).toBe('term 2020–2025');
  });
  it('bad input', () => {
    const e = errorOf(() => formatPeriod('năm 2024', { locale: 'fr' } as never));
    expect([e.code, e.path]).toEqual(['invalid_value', ['options', 'locale']]);
    const l = errorOf(() => formatPeriod({ kind: 'year', start: '2024-01-01', end: '2024-12-31', label: 'x' } as never));
    expect([l.code, l.path]).toEqual(['invalid_type', ['period', 'label']]);
  });
});
