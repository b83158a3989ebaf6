import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContains, safeParsePeriod } from '../../src/index.js';
import { errorOf } from './_errors.js';

// Issue 15: the period phrases reports write, with and without diacritics, and their boundaries.

const read = (text: string, options?: Parameters<typeof parsePeriod>[1]) => {
  const p = parsePeriod(text, options);
  return [p.kind, p.start, p.end, p.yearFrom];
};

/** Every accent and đ dropped, as typed on a keyboard without Vietnamese input. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('parsePeriod: the forms of the reports, with and without diacritics, NFC and NFD, any case', () => {
  const written: [string, string, string, string][] = [
    ['9 tháng đầu năm 2024', 'custom', '2024-01-01', '2024-09-30'],
    ['3 tháng đầu năm 2024', 'custom', '2024-01-01', '2024-03-31'],
    ['6 tháng đầu năm 2024', 'half', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', 'half', '2024-07-01', '2024-12-31'],
    ['3 tháng cuối năm 2023', 'custom', '2023-10-01', '2023-12-31'],
    ['chín tháng đầu năm 2024', 'custom', '2024-01-01', '2024-09-30'],
    ['12 tháng đầu năm 2024', 'custom', '2024-01-01', '2024-12-31'],
    ['1 tháng cuối năm 2024', 'custom', '2024-12-01', '2024-12-31'],
    ['quý Ⅰ/2024', 'quarter', '2024-01-01', '2024-03-31'],
    ['quý Ⅱ/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['quý Ⅲ/2024', 'quarter', '2024-07-01', '2024-09-30'],
    ['quý Ⅳ/2024', 'quarter', '2024-10-01', '2024-12-31'],
    ['quý ⅱ/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['quý II/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['quí II/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['QUÝ IV NĂM 2024', 'quarter', '2024-10-01', '2024-12-31'],
    ['lũy kế cả nhiệm kỳ 2020–2025', 'term', '2020-01-01', '2025-12-31'],
    ['luỹ kế cả nhiệm kỳ 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['Lũy kế cả nhiệm kỳ 2020 – 2025', 'term', '2020-01-01', '2025-12-31'],
    ['lũy kế nhiệm kỳ 2020 - 2025', 'term', '2020-01-01', '2025-12-31'],
    ['nhiệm kì 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['năm 2024', 'year', '2024-01-01', '2024-12-31'],
    ['giai đoạn 2021-2025', 'stage', '2021-01-01', '2025-12-31'],
  ];
  it.each(written)('%s', (text, kind, start, end) => {
    const want = [kind, start, end, undefined];
    expect(read(text)).toEqual(want);
    expect(read(text.normalize('NFD'))).toEqual(want);
    expect(read(plain(text))).toEqual(want);
    expect(read(plain(text).toUpperCase())).toEqual(want);
  });

  it.each([
    ['nhiem ky 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['luy ke ca nhiem ky 2020-2025', 'term', '2020-01-01', '2025-12-31'],
    ['quy II/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['qui 2/2024', 'quarter', '2024-04-01', '2024-06-30'],
    ['9 thang dau nam 2024', 'custom', '2024-01-01', '2024-09-30'],
    ['Tu 1/7/2020 den 30/6/2024', 'custom', '2020-07-01', '2024-06-30'],
    ['giai doan 2021-2025', 'stage', '2021-01-01', '2025-12-31'],
  ])('typed without diacritics: %s', (text, kind, start, end) => {
    expect(read(text)).toEqual([kind, start, end, undefined]);
  });

  it('labels keep the wording of the report', () => {
    expect(parsePeriod('9 thang dau nam 2024').label).toEqual({ vi: '9 tháng đầu năm 2024', en: 'first 9 months of 2024' });
    expect(parsePeriod('3 tháng cuối năm 2023').label).toEqual({ vi: '3 tháng cuối năm 2023', en: 'last 3 months of 2023' });
    expect(parsePeriod('quy Ⅱ/2024').label).toEqual({ vi: 'quý II/2024', en: 'Q2 2024' });
    expect(parsePeriod('luy ke ca nhiem ky 2020-2025').label).toEqual({ vi: 'nhiệm kỳ 2020–2025', en: 'term 2020–2025' });
  });

  it('a written year says nothing of where it came from', () => {
    const p = parsePeriod('quý II/2024', { asOf: '2024-01-01' });
    expect('yearFrom' in p).toBe(false);
    expect(p).toEqual({ kind: 'quarter', start: '2024-04-01', end: '2024-06-30', label: { vi: 'quý II/2024', en: 'Q2 2024' } });
  });
});

describe('parsePeriod: a form without a year takes asOf\'s year only once the period has begun', () => {
  it.each([
    // text, asOf, start, end, yearFrom
    ['6 tháng cuối năm', '2024-07-01', '2024-07-01', '2024-12-31', 'asOf'], // begins on asOf
    ['6 tháng cuối năm', '2024-06-30', '2023-07-01', '2023-12-31', 'previousYear'], // the day before
    ['6 thang cuoi nam', '2024-07-01', '2024-07-01', '2024-12-31', 'asOf'],
    ['6 thang cuoi nam', '2024-06-30', '2023-07-01', '2023-12-31', 'previousYear'],
    ['3 tháng đầu năm', '2024-01-01', '2024-01-01', '2024-03-31', 'asOf'], // a year's first day
    ['3 thang dau nam', '2024-12-31', '2024-01-01', '2024-03-31', 'asOf'],
    ['9 tháng đầu năm', '2024-01-01', '2024-01-01', '2024-09-30', 'asOf'],
    ['3 tháng cuối năm', '2024-10-01', '2024-10-01', '2024-12-31', 'asOf'],
    ['3 tháng cuối năm', '2024-09-30', '2023-10-01', '2023-12-31', 'previousYear'],
    ['quý Ⅱ', '2024-04-01', '2024-04-01', '2024-06-30', 'asOf'],
    ['quy II', '2024-03-31', '2023-04-01', '2023-06-30', 'previousYear'],
    ['quý IV', '2025-01-01', '2024-10-01', '2024-12-31', 'previousYear'],
    ['quý I', '2024-01-01', '2024-01-01', '2024-03-31', 'asOf'],
    ['tháng 3', '2024-03-01', '2024-03-01', '2024-03-31', 'asOf'],
    ['thang 3', '2024-02-29', '2023-03-01', '2023-03-31', 'previousYear'],
  ])('%s on %s', (text, asOf, start, end, yearFrom) => {
    const p = parsePeriod(text, { asOf });
    expect([p.start, p.end, p.yearFrom]).toEqual([start, end, yearFrom]);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('a result with yearFrom is accepted where a period is', () => {
    const p = parsePeriod('quý IV', { asOf: '2024-07-16' });
    expect([p.start, p.yearFrom]).toEqual(['2023-10-01', 'previousYear']);
    expect(periodContains(p, '2023-12-31')).toBe(true);
    expect(periodContains(p, '2024-10-01')).toBe(false);
  });

  it('"từ đầu năm đến nay" runs from 1 January of asOf\'s year to asOf', () => {
    for (const text of ['từ đầu năm đến nay', 'tu dau nam den nay', 'lũy kế từ đầu năm đến nay', 'Từ đầu năm đến nay'.normalize('NFD')]) {
      expect([text, ...read(text, { asOf: '2024-07-16' })]).toEqual([text, 'custom', '2024-01-01', '2024-07-16', 'asOf']);
    }
    expect(read('từ đầu năm đến nay', { asOf: '2024-01-01' })).toEqual(['custom', '2024-01-01', '2024-01-01', 'asOf']);
    expect(read('từ đầu năm đến nay', { asOf: '2024-12-31' })).toEqual(['custom', '2024-01-01', '2024-12-31', 'asOf']);
  });

  it('without asOf, a form that needs it is missing at options.asOf', () => {
    for (const text of ['từ đầu năm đến nay', 'tu dau nam den nay', '6 thang cuoi nam', 'quý Ⅱ', '9 tháng đầu năm']) {
      const e = errorOf(() => parsePeriod(text));
      expect([text, e.code, e.path]).toEqual([text, 'missing', ['options', 'asOf']]);
      expect(e.messages).toEqual({ vi: 'Thiếu ngày tính; đây là thông tin bắt buộc.', en: 'options.asOf is required.' });
    }
  });

  it('does not depend on the machine\'s time zone', () => {
    // Dates are compared as calendar strings; no Date object is involved. TZ is set for each run.
    const before = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(read('6 tháng cuối năm', { asOf: '2024-07-01' })).toEqual(['half', '2024-07-01', '2024-12-31', 'asOf']);
        expect(read('6 tháng cuối năm', { asOf: '2024-06-30' })).toEqual(['half', '2023-07-01', '2023-12-31', 'previousYear']);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('parsePeriod: term dates must fall in the term\'s years', () => {
  it('accepts congress dates inside the years', () => {
    expect(read('nhiem ky 2020-2025', { termStart: '2020-01-01', termEnd: '2025-12-31' })).toEqual(['term', '2020-01-01', '2025-12-31', undefined]);
    expect(read('lũy kế cả nhiệm kỳ 2020–2025', { termStart: '2020-07-15' })).toEqual(['term', '2020-07-15', '2025-12-31', undefined]);
  });

  it.each([
    ['termStart', { termStart: '2019-12-31' }],
    ['termStart', { termStart: '2026-01-01' }],
    ['termEnd', { termEnd: '2026-01-01' }],
    ['termEnd', { termEnd: '2019-12-31' }],
  ] as const)('%s %o is out_of_range', (at, options) => {
    const e = errorOf(() => parsePeriod('nhiệm kỳ 2020-2025', options));
    expect([e.code, e.path]).toEqual(['out_of_range', ['options', at]]);
    expect(e.issues[0].facts).toEqual({ min: '2020-01-01', max: '2025-12-31', value: Object.values(options)[0] });
  });

  it('message in both languages', () => {
    const e = errorOf(() => parsePeriod('nhiệm kỳ 2020-2025', { termStart: '2019-05-01' }));
    expect(e.messages).toMatchInlineSnapshot(`
      {
        "en": "options.termStart must be between 2020-01-01 and 2025-12-31; got 2019-05-01.",
        "vi": "Ngày bắt đầu nhiệm kỳ phải nằm trong khoảng từ 2020-01-01 đến 2025-12-31; nhận được 2019-05-01.",
      }
    `);
  });
});

describe('parsePeriod: impossible forms are errors, never a guessed period', () => {
  it.each([
    'quý V/2024',
    'quý Ⅴ/2024',
    'quy V/2024',
    'quý 5/2024',
    'quý 0/2024',
    'quý IIII/2024',
    '13 tháng đầu năm',
    '13 thang dau nam 2024',
    '0 tháng cuối năm 2024',
  ])('%s is unknown_period at text', (text) => {
    const e = errorOf(() => parsePeriod(text, { asOf: '2024-07-16' }));
    expect([e.code, e.path]).toEqual(['unknown_period', ['text']]);
    expect(e.messages.vi).toContain(`không đọc được kỳ "${text}"`);
    expect(e.messages.en).toContain(`cannot read the period "${text}"`);
  });

  it.each(['nhiệm kỳ 2025-2020', 'nhiem ky 2025-2020', 'lũy kế cả nhiệm kỳ 2025–2020'])('%s is date_order at text', (text) => {
    const e = errorOf(() => parsePeriod(text, { termStart: '2025-07-01' }));
    expect([e.code, e.path, e.issues[0].facts]).toEqual(['date_order', ['text'], { start: '2025', end: '2020' }]);
  });

  it('messages of an impossible quarter', () => {
    const e = errorOf(() => parsePeriod('quý V/2024'));
    expect(e.messages.en.slice(0, 80)).toMatchInlineSnapshot(`"text: cannot read the period "quý V/2024". Understood forms: năm 2024, 6 tháng đ"`);
    expect(e.messages.vi.slice(0, 80)).toMatchInlineSnapshot(`"Văn bản: không đọc được kỳ "quý V/2024". Các dạng được hiểu: năm 2024, 6 tháng đ"`);
  });

  it('safeParsePeriod returns the same errors', () => {
    expect(safeParsePeriod('quý V/2024').error?.code).toBe('unknown_period');
    expect(safeParsePeriod('từ đầu năm đến nay').error?.path).toEqual(['options', 'asOf']);
    expect(safeParsePeriod('6 thang cuoi nam', { asOf: '2024-06-30' }).data?.yearFrom).toBe('previousYear');
  });
});
