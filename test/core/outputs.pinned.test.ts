import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseNumber, round, safeParseNumber } from '../../src/index.js';
import { answer, cells, errorShapes, markdown, table } from '../helpers/golden.js';

// The core's public functions over a corpus of good and bad inputs, each whole answer (figure, or error
// code, path, facts and both messages) pinned in a golden table, test/golden/core/*.md: one row per case.
// A change to a table must be a deliberate change of behaviour. To write the tables (and the inline
// snapshots) again after such a change, run the one command in test/golden/README.md:
//   npx vitest run test/*/outputs.pinned.test.ts test/claims/extractClaims.pinned.test.ts -u

const numberTexts = [
  '0', '7', '-7', '+7', '−7', ' 1.549 ', '1.549', '1.549,5', '-1.549,5', '1.234.567', '1.234.567,891', '12.34', '1.2345',
  '1.23', '0.123', '01.234', '1234', '12345', '1,5', ',5', '5,', '1,2,3', '1.549.5,5', '1..234', '1.234.', '.5', '-',
  '+', '', '   ', '12%', '1/2', 'abc', '1a', '1 234', '1e5', '0,000', '-0,0', '000,5', '1.000.000', '999.999.999,999',
  '1.23.456', '12.345.67', '1,234.5', '1.234,5.6', '١٢٣', '½', '1'.repeat(400), '1'.repeat(401),
];
const label = (t: string) => (t.length > 20 ? `${t.slice(0, 5)}…(${t.length})` : t);
const golden = (name: string) => `../golden/core/${name}.md`;

describe('parseNumber', () => {
  it('Vietnamese and English notation', async () => {
    const rows = (locale: 'en') => numberTexts.map((t) => ({ 'input.text': label(t), ...cells(answer(() => parseNumber(t, { locale }))) }));
    await expect(markdown('parseNumber', 'Each text read in Vietnamese notation (the default) and in English notation: the number, or the error.', [
      ['Vietnamese notation (default)', table(numberTexts.map((t) => ({ 'input.text': label(t), ...cells(answer(() => parseNumber(t))) })))],
      ['English notation, locale en', table(rows('en'))],
      ['safeParseNumber', table([
        { call: "safeParseNumber('1.549,5')", ...cells(answer(() => safeParseNumber('1.549,5'))) },
        { call: "safeParseNumber('1,2,3', { locale: 'vi' })", ...cells(answer(() => safeParseNumber('1,2,3', { locale: 'vi' }))) },
        { call: "safeParseNumber('1,549.5', { locale: 'en' })", ...cells(answer(() => safeParseNumber('1,549.5', { locale: 'en' }))) },
      ])],
    ])).toMatchFileSnapshot(golden('parseNumber'));
  });

  it('wrong types and options', () => {
    expect(errorShapes([
      ['number', () => parseNumber(12 as never)],
      ['null', () => parseNumber(null as never)],
      ['undefined', () => parseNumber(undefined as never)],
      ['array', () => parseNumber(['1'] as never)],
      ['unknown locale', () => parseNumber('1', { locale: 'de' as never })],
      ['unknown option', () => parseNumber('1', { places: 2 } as never)],
      ['options not an object', () => parseNumber('1', 'vi' as never)],
    ])).toMatchInlineSnapshot(`
      {
        "array": [
          "invalid_type @text {"expected":"string","received":"array"}",
          "vi: Văn bản phải là một chuỗi; nhận được một mảng.",
          "en: text must be a string; got an array.",
        ],
        "null": [
          "invalid_type @text {"expected":"string","received":"null"}",
          "vi: Văn bản phải là một chuỗi; nhận được null.",
          "en: text must be a string; got null.",
        ],
        "number": [
          "invalid_type @text {"expected":"string","received":"number","value":"12"}",
          "vi: Văn bản phải là một chuỗi; nhận được 12.",
          "en: text must be a string; got 12.",
        ],
        "options not an object": [
          "invalid_type @options {"expected":"object","received":"string","value":"vi"}",
          "vi: Tuỳ chọn phải là một đối tượng; nhận được "vi".",
          "en: options must be an object; got "vi".",
        ],
        "undefined": [
          "invalid_type @text {"expected":"string","received":"undefined"}",
          "vi: Văn bản phải là một chuỗi; nhận được undefined (không có giá trị).",
          "en: text must be a string; got undefined.",
        ],
        "unknown locale": [
          "invalid_value @options.locale {"allowed":["vi","en","vi-VN","en-US"],"received":"string","value":"de"}",
          "vi: Ngôn ngữ phải là một trong: vi, en, vi-VN, en-US; nhận được "de".",
          "en: options.locale must be one of vi, en, vi-VN, en-US; got "de".",
        ],
        "unknown option": [
          "unknown_key @options.places {"key":"places"}",
          "vi: Tuỳ chọn không có trường "places".",
          "en: options.places is not a field this input takes.",
        ],
      }
    `);
  });
});

describe('round', () => {
  const values: unknown[] = [
    '20/3', '-20/3', ' 515 / 4 ', '1/0', '0/5', '-0/5', '7', '-0.000', '00012.3400', '0.125', '-0.125', '2.5', '-2.5', 28.745, 0.1 + 0.2,
    1e-7, -0, 2 ** 53 - 1, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '', '  ', 'abc', '1e5', '1,5', '1/2/3', '1.5/2',
    '1'.repeat(401), `1/${'3'.repeat(399)}`, null, undefined, {}, [], true,
  ];
  const options: unknown[] = [undefined, { decimals: 0 }, { decimals: 1, rounding: 'half-even' }, { decimals: 10, rounding: 'down' }];
  it('every value in the default mode and at 0, 1 and 10 decimals', async () => {
    const rows = [];
    for (const o of options) for (const v of values) rows.push({ 'input.value': typeof v === 'string' && v.length > 24 ? `${v.slice(0, 24)}…(${v.length})` : Object.is(v, -0) ? '-0 (the number)' : v, ...(o === undefined ? {} : { options: o }), ...cells(answer(() => round(v as never, o as never))) });
    await expect(markdown('round', 'Each value rounded with no options, at 0 decimals, at 1 half-even and at 10 down: the figure, or the error.', [['round(value, options)', table(rows, ['input.value', 'options'])]])).toMatchFileSnapshot(golden('round'));
  });
  it('bad options', () => {
    const opts: unknown[] = [{ decimals: 11 }, { decimals: -1 }, { decimals: 1.5 }, { decimals: '2' }, { decimals: null }, { rounding: 'bankers' }, { rounding: 'HALF-UP' }, { rounding: 1 }, { places: 2 }, null, 'half-up', { decimals: 11, rounding: 'x' }];
    expect(errorShapes(opts.map((o) => [JSON.stringify(o), () => round('20/3', o as never)]))).toMatchInlineSnapshot(`
      {
        ""half-up"": [
          "invalid_type @options {"expected":"object","received":"string","value":"half-up"}",
          "vi: Tuỳ chọn phải là một đối tượng; nhận được "half-up".",
          "en: options must be an object; got "half-up".",
        ],
        "null": {
          "ok": "6.67",
        },
        "{"decimals":"2"}": [
          "invalid_type @options.decimals {"expected":"whole-number","min":0,"max":10,"received":"string","value":"2"}",
          "vi: Số chữ số thập phân phải là một số nguyên từ 0 đến 10; nhận được "2".",
          "en: options.decimals must be a whole number from 0 to 10; got "2".",
        ],
        "{"decimals":-1}": [
          "out_of_range @options.decimals {"min":0,"max":10,"received":"number","value":"-1"}",
          "vi: Số chữ số thập phân phải nằm trong khoảng từ 0 đến 10; nhận được -1.",
          "en: options.decimals must be between 0 and 10; got -1.",
        ],
        "{"decimals":1.5}": [
          "out_of_range @options.decimals {"min":0,"max":10,"received":"number","value":"1.5"}",
          "vi: Số chữ số thập phân phải nằm trong khoảng từ 0 đến 10; nhận được 1,5.",
          "en: options.decimals must be between 0 and 10; got 1.5.",
        ],
        "{"decimals":11,"rounding":"x"}": [
          "out_of_range @options.decimals {"min":0,"max":10,"received":"number","value":"11"}",
          "vi: Số chữ số thập phân phải nằm trong khoảng từ 0 đến 10; nhận được 11.",
          "en: options.decimals must be between 0 and 10; got 11.",
          "unknown_rounding @options.rounding {"received":"string","value":"x","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn "x"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode "x"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
        "{"decimals":11}": [
          "out_of_range @options.decimals {"min":0,"max":10,"received":"number","value":"11"}",
          "vi: Số chữ số thập phân phải nằm trong khoảng từ 0 đến 10; nhận được 11.",
          "en: options.decimals must be between 0 and 10; got 11.",
        ],
        "{"decimals":null}": [
          "invalid_type @options.decimals {"expected":"whole-number","min":0,"max":10,"received":"null"}",
          "vi: Số chữ số thập phân phải là một số nguyên từ 0 đến 10; nhận được null.",
          "en: options.decimals must be a whole number from 0 to 10; got null.",
        ],
        "{"places":2}": [
          "unknown_key @options.places {"key":"places"}",
          "vi: Tuỳ chọn không có trường "places".",
          "en: options.places is not a field this input takes.",
        ],
        "{"rounding":"HALF-UP"}": [
          "unknown_rounding @options.rounding {"received":"string","value":"HALF-UP","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn "HALF-UP"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode "HALF-UP"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
        "{"rounding":"bankers"}": [
          "unknown_rounding @options.rounding {"received":"string","value":"bankers","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn "bankers"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode "bankers"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
        "{"rounding":1}": [
          "unknown_rounding @options.rounding {"received":"number","value":"1","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn 1; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode 1; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
      }
    `);
  });
});

describe('formatNumber and formatPercent', () => {
  const values: unknown[] = [0, 5, 999, 1000, -1000, 1549.5, -1549.5, '1234567.891', '-0.5', 0.001, '12345678901234567890.5', 1e-7, '20/3', '-20/3', '60', 'abc', '1,5', Number.NaN, null];
  const options: unknown[] = [
    undefined, { locale: 'en' }, { decimals: 1 }, { decimals: 2, trailingZeros: true }, { decimals: 0, rounding: 'up' }, { grouping: false },
    { locale: 'en', decimals: 3, trailingZeros: true, grouping: false, rounding: 'floor' }, { trailingZeros: true }, { locale: 'fr' }, { grouping: 'no' }, { extra: 1 },
  ];
  for (const [name, fn] of [['formatNumber', formatNumber], ['formatPercent', formatPercent]] as const) {
    it(name, async () => {
      const rows = [];
      for (const o of options) for (const v of values) rows.push({ 'input.value': v, ...(o === undefined ? {} : { options: o }), ...cells(answer(() => fn(v as never, o as never))) });
      await expect(markdown(name, 'Each value written with each set of options: the text, or the error.', [[`${name}(value, options)`, table(rows, ['input.value', 'options'])]])).toMatchFileSnapshot(golden(name));
    });
  }
});
