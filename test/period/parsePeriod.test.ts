import { describe, expect, it } from 'vitest';
import { parsePeriod, safeParsePeriod } from '../../src/index.js';
import { errorOf } from './_errors.js';

const span = (text: string, options?: Parameters<typeof parsePeriod>[1]) => {
  const p = parsePeriod(text, options);
  return [p.kind, p.start, p.end];
};

describe('parsePeriod: every form the reports write', () => {
  it.each([
    ['năm 2023', 'year', '2023-01-01', '2023-12-31'],
    ['Năm 2024', 'year', '2024-01-01', '2024-12-31'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['trong năm 2024', 'year', '2024-01-01', '2024-12-31'],
    ['6 tháng đầu năm 2024', 'half', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', 'half', '2024-07-01', '2024-12-31'],
    ['sáu tháng đầu năm 2023', 'half', '2023-01-01', '2023-06-30'],
    ['H1 2024', 'half', '2024-01-01', '2024-06-30'],
    ['h2/2024', 'half', '2024-07-01', '2024-12-31'],
    ['quý II/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['Quý I/2024', 'quarter', '2024-01-01', '2024-03-31'],
    ['quý IV/2023', 'quarter', '2023-10-01', '2023-12-31'],
    ['quý III / 2024', 'quarter', '2024-07-01', '2024-09-30'],
    ['quý 3 năm 2024', 'quarter', '2024-07-01', '2024-09-30'],
    ['quí 2/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['Q2 2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['tháng 7/2024', 'month', '2024-07-01', '2024-07-31'],
    ['tháng 02/2024', 'month', '2024-02-01', '2024-02-29'],
    ['tháng 2 năm 2023', 'month', '2023-02-01', '2023-02-28'],
    ['2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['nhiệm kỳ 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['nhiệm kỳ 2020–2025', 'term', '2020-01-01', '2025-12-31'],
    ['Nhiệm kỳ 2020 — 2025', 'term', '2020-01-01', '2025-12-31'],
    ['cả nhiệm kỳ 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['nhiệm kì 2015-2020', 'term', '2015-01-01', '2020-12-31'],
    ['2020–2025', 'term', '2020-01-01', '2025-12-31'],
    ['2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['giai đoạn 2021-2025', 'stage', '2021-01-01', '2025-12-31'],
    ['giai đoạn 2022–2025', 'stage', '2022-01-01', '2025-12-31'],
    ['từ năm 2020 đến năm 2023', 'custom', '2020-01-01', '2023-12-31'],
    ['từ 1/7/2020 đến 30/6/2024', 'custom', '2020-07-01', '2024-06-30'],
    ['từ ngày 01/07/2020 đến ngày 30/06/2024', 'custom', '2020-07-01', '2024-06-30'],
    ['2024-01-01..2024-06-30', 'custom', '2024-01-01', '2024-06-30'],
    ['2024-01-01/2024-06-30', 'custom', '2024-01-01', '2024-06-30'],
  ])('%s', (text, kind, start, end) => {
    expect(span(text)).toEqual([kind, start, end]);
  });

  it('reads decomposed (NFD) Vietnamese as typed on some keyboards', () => {
    expect(span('nhiệm kỳ 2020-2025'.normalize('NFD'))).toEqual(['term', '2020-01-01', '2025-12-31']);
    expect(span('Quý II/2024'.normalize('NFD'))).toEqual(['quarter', '2024-04-01', '2024-06-30']);
  });

  it('"đến nay" forms and forms without a year use asOf', () => {
    const asOf = '2024-07-16';
    expect(span('từ năm 2020 đến nay', { asOf })).toEqual(['custom', '2020-01-01', '2024-07-16']);
    expect(span('từ 2020 đến nay', { asOf })).toEqual(['custom', '2020-01-01', '2024-07-16']);
    expect(span('từ đầu năm đến nay', { asOf })).toEqual(['custom', '2024-01-01', '2024-07-16']);
    expect(span('từ 1/7/2020 đến nay', { asOf })).toEqual(['custom', '2020-07-01', '2024-07-16']);
    expect(span('từ đầu nhiệm kỳ đến nay', { asOf, termStart: '2020-07-15' })).toEqual(['custom', '2020-07-15', '2024-07-16']);
    expect(span('6 tháng cuối năm', { asOf })).toEqual(['half', '2024-07-01', '2024-12-31']);
    expect(span('6 tháng đầu năm', { asOf })).toEqual(['half', '2024-01-01', '2024-06-30']);
    expect(span('quý I', { asOf })).toEqual(['quarter', '2024-01-01', '2024-03-31']);
    // December has not begun on 2024-07-16: the last one is meant (see parsePeriod.reports.test.ts)
    expect(span('tháng 12', { asOf })).toEqual(['month', '2023-12-01', '2023-12-31']);
  });

  it('a term takes the congress dates when given, and keeps its label', () => {
    const p = parsePeriod('nhiệm kỳ 2020-2025', { termStart: '2020-07-15', termEnd: '2025-06-30' });
    expect(p).toEqual({ kind: 'term', start: '2020-07-15', end: '2025-06-30', label: { vi: 'nhiệm kỳ 2020–2025', en: 'term 2020–2025' } });
    expect(Object.isFrozen(p) && Object.isFrozen(p.label)).toBe(true);
  });

  it('labels in Vietnamese and English', () => {
    expect(parsePeriod('6 tháng đầu năm 2024').label).toEqual({ vi: '6 tháng đầu năm 2024', en: 'first half of 2024' });
    expect(parsePeriod('quý 3 năm 2024').label).toEqual({ vi: 'quý III/2024', en: 'Q3 2024' });
    expect(parsePeriod('tháng 7/2024').label).toEqual({ vi: 'tháng 7/2024', en: 'July 2024' });
    expect(parsePeriod('giai đoạn 2021-2025').label).toEqual({ vi: 'giai đoạn 2021–2025', en: 'programme period 2021–2025' });
    expect(parsePeriod('năm 2023').label).toEqual({ vi: 'năm 2023', en: '2023' });
    expect(parsePeriod('từ năm 2020 đến nay', { asOf: '2024-07-16' }).label).toEqual({ vi: 'từ 1/1/2020 đến 16/7/2024', en: '1 January 2020 to 16 July 2024' });
  });

  it('leap years and month ends', () => {
    expect(span('tháng 2/2024')).toEqual(['month', '2024-02-01', '2024-02-29']);
    expect(span('tháng 2/2100')).toEqual(['month', '2100-02-01', '2100-02-28']);
    expect(span('tháng 2/2000')).toEqual(['month', '2000-02-01', '2000-02-29']);
    expect(span('2024-02-29..2024-03-01')).toEqual(['custom', '2024-02-29', '2024-03-01']);
    expect(span('tháng 4/2024')[2]).toBe('2024-04-30');
  });
});

describe('parsePeriod: bad input gives the typed error with code and path', () => {
  it('unknown text lists the understood forms', () => {
    const e = errorOf(() => parsePeriod('tuần 3/2024'));
    expect([e.code, e.path]).toEqual(['unknown_period', ['text']]);
    expect(e.issues[0].facts.forms).toContain('quý II/2024');
    expect(e.message).toContain('Understood forms: năm 2024, 6 tháng đầu năm 2024');
    expect(e.messages.vi).toContain('Các dạng được hiểu:');
  });

  it('impossible dates are invalid_date', () => {
    for (const text of ['2023-02-29..2023-03-01', 'từ 29/2/2023 đến 1/3/2023', 'tháng 13/2024', 'tháng 0/2024', '2024-04-31..2024-05-01', 'năm 0000']) {
      const e = errorOf(() => parsePeriod(text));
      expect([text, e.code, e.path]).toEqual([text, 'invalid_date', ['text']]);
    }
    const e = errorOf(() => parsePeriod('từ năm 2020 đến nay', { asOf: '2023-02-29' }));
    expect([e.code, e.path]).toEqual(['invalid_date', ['options', 'asOf']]);
  });

  it('end before start is date_order', () => {
    for (const text of ['nhiệm kỳ 2025-2020', '2024-06-30..2024-01-01', 'từ năm 2023 đến năm 2020', 'giai đoạn 2025-2021']) {
      expect([text, errorOf(() => parsePeriod(text)).code]).toEqual([text, 'date_order']);
    }
    expect(errorOf(() => parsePeriod('từ năm 2025 đến nay', { asOf: '2024-07-16' })).code).toBe('date_order');
    const e = errorOf(() => parsePeriod('nhiệm kỳ 2020-2025', { termStart: '2025-12-01', termEnd: '2025-06-30' }));
    expect([e.code, e.path]).toEqual(['date_order', ['options', 'termEnd']]);
  });

  it('forms that need asOf or termStart say so at the option', () => {
    let e = errorOf(() => parsePeriod('từ năm 2020 đến nay'));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'asOf']]);
    e = errorOf(() => parsePeriod('6 tháng cuối năm'));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'asOf']]);
    e = errorOf(() => parsePeriod('từ đầu nhiệm kỳ đến nay', { asOf: '2024-07-16' }));
    expect([e.code, e.path]).toEqual(['missing', ['options', 'termStart']]);
  });

  it('wrong types, long text, unknown options', () => {
    expect([errorOf(() => parsePeriod(2024 as never)).code, errorOf(() => parsePeriod(2024 as never)).path]).toEqual(['invalid_type', ['text']]);
    expect(errorOf(() => parsePeriod('năm 2024 '.repeat(20))).code).toBe('too_long');
    const e = errorOf(() => parsePeriod('năm 2024', { when: 1 } as never));
    expect([e.code, e.path]).toEqual(['unknown_key', ['options', 'when']]);
    expect(errorOf(() => parsePeriod('năm 2024', { asOf: 20240716 } as never)).code).toBe('invalid_type');
  });

  it('safeParsePeriod returns the error instead', () => {
    const r = safeParsePeriod('sometime');
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe('unknown_period');
    expect(safeParsePeriod('năm 2024').data?.end).toBe('2024-12-31');
  });

  it('stays fast on long hostile text', () => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) safeParsePeriod(`từ ${'1/'.repeat(55)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
