import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaim, checkSum, extractClaims, impliedTargets, ROUNDING_MODES, safeCheckClaim, safeImpliedTargets } from '../../src/index.js';
import { answer, cells, changes, changesData, errorShapes, json, markdown, table } from '../helpers/golden.js';
import { sweep } from '../helpers/sweep.js';

// Claims over a corpus of inputs: each whole answer (verdict, figures, reason, explanation; or the
// error's code, path and facts) pinned in golden tables, test/golden/claims/*, one row per case, and
// every field of valid inputs replaced in turn by hostile values; errors of wrong input as inline
// snapshots. A change to a table must be a deliberate change of behaviour. To write the tables (and
// the inline snapshots) again after one, run the one command in test/golden/README.md:
//   npx vitest run test/*/outputs.pinned.test.ts test/claims/extractClaims.pinned.test.ts -u

const golden = (name: string) => `../golden/claims/${name}`;
const SWEPT = 'Each field of a valid input replaced by each hostile value: the error (code @path facts), or how the result differs from the answer to the valid input.';
const ratios: [number | string, number | string][] = [[16, 15], [14, 13], [103, 80], [501, 902], [65, 90], [1, 3], [2, 3], [80, 80], [0, 5], ['97.5', '90'], [7, 0]];
const printed = ['6,6', '6,7', '7,7', '128,75', '128,8', '55,5', '72,2', '33,3', '33,4', '66,7', '100', '0', '106,7%', '1.000,5', '6.6', 'x', ''];

describe('checkClaim', () => {
  it('each ratio, printed figure and way of printing, in every mode', async () => {
    const rows = [];
    for (const [a, t] of ratios) {
      for (const reported of printed) {
        for (const as of ['attainment', 'share', 'over', 'over-points'] as const) {
          rows.push({ 'input.achieved': a, 'input.target': t, 'input.reported': reported, 'input.as': as, ...cells(answer(() => checkClaim({ achieved: a, target: t, reported, as })), false) });
        }
      }
    }
    for (const rounding of ROUNDING_MODES) {
      for (const locale of ['vi', 'en'] as const) {
        const input = { achieved: 16, target: 15, reported: locale === 'vi' ? '6,6' : '6.6', as: 'over', rounding, locale } as const;
        rows.push({ 'input.achieved': 16, 'input.target': 15, 'input.reported': input.reported, 'input.as': 'over', 'input.rounding': rounding, 'input.locale': locale, ...cells(answer(() => checkClaim(input)), false) });
      }
    }
    const first = ['input.achieved', 'input.target', 'input.reported', 'input.as', 'input.rounding', 'input.locale'];
    await expect(markdown('checkClaim: ratios, printed figures, ways of printing, modes', 'checkClaim(input): every field of the result, or the error (code @path facts).', [['Cases', table(rows, first)]])).toMatchFileSnapshot(golden('checkClaim.cases.md'));
  });

  it('whole answers of typical checks', async () => {
    const calls: unknown[] = [
      { achieved: 16, target: 15, reported: '6,6', as: 'over' },
      { achieved: 16, target: 15, reported: '6,7', as: 'over' },
      { achieved: 14, target: 13, reported: '7,7', as: 'over', rounding: 'down' },
      { achieved: 103, target: 80, reported: 128.75, as: 'attainment' },
      { achieved: 65, target: 90, reported: '72,2', as: 'attainment', rounding: 'half-even' },
      { achieved: 1, target: 3, reported: '33.3', as: 'share', locale: 'en' },
      { achieved: '97.5', target: '93', reported: '4,5', as: 'over-points' },
      { achieved: 7, target: 0, reported: '0', as: 'over-points' },
      { achieved: 16, target: 15, reported: '6,6666666666666', as: 'over' },
      { achieved: 16, target: 15, reported: 6.6, as: 'over' },
      { achieved: 16, target: 15, reported: '6,6', as: 'excess' },
    ];
    const out: Record<string, unknown> = {};
    for (const c of calls) out[`checkClaim(${JSON.stringify(c)})`] = answer(() => checkClaim(c as never));
    out[`safeCheckClaim(${JSON.stringify(calls[0])})`] = answer(() => safeCheckClaim(calls[0] as never));
    await expect(json(out)).toMatchFileSnapshot(golden('checkClaim.json'));
  });

  it('wrong input', () => {
    const calls: unknown[] = [
      { achieved: 7, target: 0, reported: '0', as: 'attainment' },
      { achieved: -1, target: 15, reported: '6,6', as: 'over' },
      { achieved: 16, target: 15, reported: '6,6', as: 'over', extra: true },
      { achieved: 16, target: 15, reported: null, as: 'over' },
      { achieved: 16, target: 15, as: 'over' },
      null,
    ];
    expect(errorShapes([...calls.map((c) => [JSON.stringify(c), () => checkClaim(c as never)] as const), ['safeCheckClaim, achieved -1', () => safeCheckClaim(calls[1] as never)]])).toMatchInlineSnapshot(`
      {
        "null": [
          "invalid_type @ {"expected":"object","received":"null"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được null.",
          "en: input must be an object; got null.",
        ],
        "safeCheckClaim, achieved -1": {
          "ok": {
            "error": {
              "code": "negative",
              "issues": [
                {
                  "code": "negative",
                  "facts": {
                    "value": "-1",
                  },
                  "messages": {
                    "en": "achieved must not be negative; got -1.",
                    "vi": "Số thực hiện không được là số âm; nhận được -1.",
                  },
                  "path": [
                    "achieved",
                  ],
                },
              ],
              "message": "achieved must not be negative; got -1.",
              "name": "ChiTieuError",
              "path": [
                "achieved",
              ],
            },
            "success": false,
          },
        },
        "{"achieved":-1,"target":15,"reported":"6,6","as":"over"}": [
          "negative @achieved {"value":"-1"}",
          "vi: Số thực hiện không được là số âm; nhận được -1.",
          "en: achieved must not be negative; got -1.",
        ],
        "{"achieved":16,"target":15,"as":"over"}": [
          "missing @reported {}",
          "vi: Thiếu con số đã in; đây là thông tin bắt buộc.",
          "en: reported is required.",
        ],
        "{"achieved":16,"target":15,"reported":"6,6","as":"over","extra":true}": [
          "unknown_key @extra {"key":"extra"}",
          "vi: Dữ liệu đầu vào không có trường "extra".",
          "en: extra is not a field this input takes.",
        ],
        "{"achieved":16,"target":15,"reported":null,"as":"over"}": [
          "invalid_type @reported {"expected":"printed-figure","received":"null"}",
          "vi: Con số đã in phải là con số in trong báo cáo dạng chuỗi, ví dụ "6,6"; nhận được null.",
          "en: reported must be the printed figure as a string, e.g. "6,6"; got null.",
        ],
        "{"achieved":7,"target":0,"reported":"0","as":"attainment"}": [
          "zero_total @target {}",
          "vi: Chỉ tiêu có tổng bằng 0 nên không tính được tỷ lệ.",
          "en: target: the total is zero, so no share can be computed.",
        ],
      }
    `);
  });

  it('every field of a valid input replaced in turn', async () => {
    await expect(markdown('checkClaim: every field replaced in turn', SWEPT, [['A printed 6,6% over target, rounding down', sweep(checkClaim as never, [{ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down', locale: 'vi' }])]])).toMatchFileSnapshot(golden('checkClaim.sweep.md'));
  });
});

describe('impliedTargets', () => {
  it('achieved, printed figure, way of printing and mode', async () => {
    const rows = [];
    for (const a of [1, 7, 16, 65, 103, 501, 1000, '97.5']) {
      for (const reported of ['55,5', '72,2', '106,7', '6,6', '100', '50', '0', '33,33', '1.000', '4,5']) {
        for (const as of ['attainment', 'share', 'over', 'over-points'] as const) {
          rows.push({ 'input.achieved': a, 'input.reported': reported, 'input.as': as, ...cells(answer(() => impliedTargets({ achieved: a, reported, as })), false) });
        }
      }
    }
    for (const rounding of ROUNDING_MODES) rows.push({ 'input.achieved': 501, 'input.reported': '55,5', 'input.as': 'attainment', 'input.rounding': rounding, ...cells(answer(() => impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment', rounding })), false) });
    await expect(markdown('impliedTargets: achieved, printed figure, way of printing, mode', 'impliedTargets(input): every target that gives the printed figure, or the error (code @path facts).', [['Cases', table(rows, ['input.achieved', 'input.reported', 'input.as', 'input.rounding'])]])).toMatchFileSnapshot(golden('impliedTargets.cases.md'));
  });

  it('whole answers', async () => {
    const calls: unknown[] = [
      { achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down', locale: 'vi' },
      { achieved: '97.5', reported: '4.5', as: 'over-points', locale: 'en' },
      { achieved: 5, reported: '-10', as: 'over' },
    ];
    const out: Record<string, unknown> = {};
    for (const c of calls) out[`impliedTargets(${JSON.stringify(c)})`] = answer(() => impliedTargets(c as never));
    out[`safeImpliedTargets(${JSON.stringify(calls[0])})`] = answer(() => safeImpliedTargets(calls[0] as never));
    await expect(json(out)).toMatchFileSnapshot(golden('impliedTargets.json'));
  });

  it('wrong input', () => {
    const calls: unknown[] = [
      { achieved: 1, reported: '0,001', as: 'attainment' },
      { achieved: 0, reported: '0', as: 'attainment' },
      { achieved: 5, reported: 'x', as: 'over' },
      { achieved: 5, reported: '10', as: 'y' },
      { achieved: 5, reported: '10' },
      { achieved: 5, reported: '10', as: 'over', zz: 1 },
      null,
    ];
    expect(errorShapes([...calls.map((c) => [JSON.stringify(c), () => impliedTargets(c as never)] as const), ["safeImpliedTargets, reported 'x'", () => safeImpliedTargets(calls[2] as never)]])).toMatchInlineSnapshot(`
      {
        "null": [
          "invalid_type @ {"expected":"object","received":"null"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được null.",
          "en: input must be an object; got null.",
        ],
        "safeImpliedTargets, reported 'x'": {
          "ok": {
            "error": {
              "code": "malformed_number",
              "issues": [
                {
                  "code": "malformed_number",
                  "facts": {
                    "char": "x",
                    "hint": "unexpected-character",
                    "locale": "vi",
                    "value": "x",
                  },
                  "messages": {
                    "en": "reported is not a number in the expected notation (vi): "x". unexpected character 'x'.",
                    "vi": "Con số đã in: "x" không phải là một số viết đúng cách theo cách viết tiếng Việt. Ký tự không hợp lệ 'x'.",
                  },
                  "path": [
                    "reported",
                  ],
                },
              ],
              "message": "reported is not a number in the expected notation (vi): "x". unexpected character 'x'.",
              "name": "ChiTieuError",
              "path": [
                "reported",
              ],
            },
            "success": false,
          },
        },
        "{"achieved":0,"reported":"0","as":"attainment"}": [
          "too_many_targets @reported {"from":"1","to":null,"count":null,"limit":100000}",
          "vi: Con số đã in ứng với mọi chỉ tiêu nguyên từ 1 trở lên, nhiều hơn 100.000 chỉ tiêu có thể liệt kê; con số in với nhiều chữ số thập phân hơn mới xác định được chỉ tiêu.",
          "en: reported: every whole-number target from 1 up gives this figure, more than the 100000 that can be listed; a figure printed with more decimals pins the target down.",
        ],
        "{"achieved":1,"reported":"0,001","as":"attainment"}": [
          "too_many_targets @reported {"from":"66667","to":"200000","count":"133334","limit":100000}",
          "vi: Con số đã in ứng với 133.334 chỉ tiêu nguyên, từ 66.667 đến 200.000, nhiều hơn 100.000 chỉ tiêu có thể liệt kê; con số in với nhiều chữ số thập phân hơn mới xác định được chỉ tiêu.",
          "en: reported: 133334 whole-number targets, from 66667 to 200000, give this figure, more than the 100000 that can be listed; a figure printed with more decimals pins the target down.",
        ],
        "{"achieved":5,"reported":"10","as":"over","zz":1}": [
          "unknown_key @zz {"key":"zz"}",
          "vi: Dữ liệu đầu vào không có trường "zz".",
          "en: zz is not a field this input takes.",
        ],
        "{"achieved":5,"reported":"10","as":"y"}": [
          "invalid_value @as {"allowed":["attainment","share","over","over-points","under-points","decrease","growth","multiple","excess"],"received":"string","value":"y"}",
          "vi: Cách hiểu con số phải là một trong: attainment, share, over, over-points, under-points, decrease, growth, multiple, excess; nhận được "y".",
          "en: as must be one of attainment, share, over, over-points, under-points, decrease, growth, multiple, excess; got "y".",
        ],
        "{"achieved":5,"reported":"10"}": [
          "missing @as {}",
          "vi: Thiếu cách hiểu con số; đây là thông tin bắt buộc.",
          "en: as is required.",
        ],
        "{"achieved":5,"reported":"x","as":"over"}": [
          "malformed_number @reported {"value":"x","locale":"vi","hint":"unexpected-character","char":"x"}",
          "vi: Con số đã in: "x" không phải là một số viết đúng cách theo cách viết tiếng Việt. Ký tự không hợp lệ 'x'.",
          "en: reported is not a number in the expected notation (vi): "x". unexpected character 'x'.",
        ],
      }
    `);
  });

  it('every field of a valid input replaced in turn', async () => {
    await expect(markdown('impliedTargets: every field replaced in turn', SWEPT, [['501 printed as 55,5% attainment, rounding down', sweep(impliedTargets as never, [{ achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down', locale: 'vi' }])]])).toMatchFileSnapshot(golden('impliedTargets.sweep.md'));
  });
});

describe('checkSum', () => {
  it('totals and parts, exact and within rounding', async () => {
    const calls: unknown[] = [
      { total: 100, parts: ['33.3', 33, -1] },
      { total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'rounding' },
      { total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'exact' },
      { total: '99.9', parts: ['33.3', '33.3', '33.3'] },
      { total: 94, parts: [45, 14, 35] },
      { total: 94, parts: [45, 14, 36] },
      { total: 10, parts: [10] },
      { total: '10.05', parts: ['5.02', '5.02'], tolerance: 'rounding' },
      { total: 0, parts: [1, -1] },
      { total: 120, parts: [150, -30] },
    ];
    const rows = calls.map((c) => ({ input: c, ...cells(answer(() => checkSum(c as never))) }));
    await expect(markdown('checkSum: totals and parts', 'checkSum(input): every field of the result.', [['Cases', table(rows)]])).toMatchFileSnapshot(golden('checkSum.cases.md'));
  });

  it('wrong input', () => {
    const calls: unknown[] = [{ total: 10, parts: [] }, { total: 10, parts: ['x'] }, { total: 10, parts: 5 }, { total: 10, parts: [1], tolerance: 'loose' }, { parts: [1] }, null];
    expect(errorShapes(calls.map((c) => [JSON.stringify(c), () => checkSum(c as never)]))).toMatchInlineSnapshot(`
      {
        "null": [
          "invalid_type @ {"expected":"object","received":"null"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được null.",
          "en: input must be an object; got null.",
        ],
        "{"parts":[1]}": [
          "missing @total {}",
          "vi: Thiếu tổng số; đây là thông tin bắt buộc.",
          "en: total is required.",
        ],
        "{"total":10,"parts":5}": [
          "invalid_type @parts {"expected":"array","received":"number","value":"5"}",
          "vi: Trường parts phải là một mảng; nhận được 5.",
          "en: parts must be an array; got 5.",
        ],
        "{"total":10,"parts":["x"]}": [
          "malformed_number @parts.0 {"value":"x","hint":"plain-decimal"}",
          "vi: Trường parts[0]: "x" không phải là một số viết đúng cách. Hãy viết số thập phân thường: chỉ gồm chữ số, dấu chấm (.) làm dấu thập phân nếu có, không phân cách hàng nghìn.",
          "en: parts[0] is not a number in the expected notation: "x". write a plain decimal such as "97.5".",
        ],
        "{"total":10,"parts":[1],"tolerance":"loose"}": [
          "invalid_value @tolerance {"allowed":["exact","rounding"],"received":"string","value":"loose"}",
          "vi: Trường tolerance phải là một trong: exact, rounding; nhận được "loose".",
          "en: tolerance must be one of exact, rounding; got "loose".",
        ],
        "{"total":10,"parts":[]}": [
          "out_of_range @parts {"min":"1","max":"∞","received":"array","count":0}",
          "vi: Trường parts phải có ít nhất 1 mục; hiện có 0.",
          "en: parts must be between 1 and ∞; got 0 items.",
        ],
      }
    `);
  });

  it('every field of a valid input replaced in turn', async () => {
    await expect(markdown('checkSum: every field replaced in turn', SWEPT, [['Three parts within rounding', sweep(checkSum as never, [{ total: 100, parts: ['33.3', 33, -1], tolerance: 'rounding' }])]])).toMatchFileSnapshot(golden('checkSum.sweep.md'));
  });
});

describe('extractClaims', () => {
  const root = join(__dirname, '../..');
  const reports = ['binh-thuan-2023.txt', 'ha-noi-h1-2024.txt', 'binh-duong-2024.txt', 'ninh-thuan-2015-2020.txt', 'hai-phong-kkt.txt'];
  for (const file of reports) {
    it(`the sample report ${file}, in the default mode and rounding down`, async () => {
      const text = readFileSync(join(root, 'examples/reports', file), 'utf8');
      const result = answer(() => extractClaims(text));
      const down = answer(() => extractClaims(text, { rounding: 'down' }));
      await expect(json({
        report: `examples/reports/${file}`,
        'extractClaims(text)': result,
        "extractClaims(text, { rounding: 'down' }), as it differs from the result above": changesData(changes(result, down)),
      })).toMatchFileSnapshot(golden(`extractClaims.${file.replace(/\.txt$/, '')}.json`));
    });
  }

  it('short texts of every pattern, in full', async () => {
    const texts = [
      'Kết nạp 103/80 đảng viên, vượt 28,75%; 65 tổ chức (đạt 72,2%); có 94 tổ. Trong đó 45; 14 và 35; 97,5% chi, vượt 4,5%; ít nhất 400 đảng viên; từ 5-7 tổ',
      'Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu; 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.',
      'kết nạp mới 501 đảng viên (đạt 55,5%)',
      'Tỷ lệ tập hợp đạt 96,8%, vượt 1,8% so với chỉ tiêu; chiếm 45,5% tổng số.',
      'Có 94 tổ chức cơ sở đảng, trong đó 45 chi bộ, 14 đảng bộ và 35 chi bộ trực thuộc.',
      'đạt 100-275% chỉ tiêu; 100% chỉ tiêu trở lên; từ 50-100 đảng viên; 5 - 7 tổ chức',
      '1.234 đảng viên, 1,5%, 12.5%, 3/4 (75%), 3/4 (đạt 80%), 2/3 (66,67%)',
      'Ngày 15/7/2024, Quyết định số 123/QĐ-TU, năm 2023, 6 tháng đầu năm, lúc 8 giờ 30',
      '',
    ];
    const out = texts.map((text, i) => {
      const result = answer(() => extractClaims(text));
      return { text, 'extractClaims(text)': result, ...(i < 3 ? { "extractClaims(text, { rounding: 'half-even' }), as it differs from the result above": changesData(changes(result, answer(() => extractClaims(text, { rounding: 'half-even' })))) } : {}) };
    });
    await expect(json(out)).toMatchFileSnapshot(golden('extractClaims.texts.json'));
  });

  it('bad input', () => {
    expect(errorShapes([
      ['a number', () => extractClaims(5 as never)],
      ['null', () => extractClaims(null as never)],
      ['an unknown rounding', () => extractClaims('x', { rounding: 'x' } as never)],
      ['an option it does not take', () => extractClaims('x', { locale: 'vi' } as never)],
      ['options null', () => extractClaims('x', null as never)],
    ])).toMatchInlineSnapshot(`
      {
        "a number": [
          "invalid_type @text {"expected":"string","received":"number","value":"5"}",
          "vi: Văn bản phải là một chuỗi; nhận được 5.",
          "en: text must be a string; got 5.",
        ],
        "an option it does not take": [
          "unknown_key @options.locale {"key":"locale"}",
          "vi: Tuỳ chọn không có trường "locale".",
          "en: options.locale is not a field this input takes.",
        ],
        "an unknown rounding": [
          "unknown_rounding @options.rounding {"received":"string","value":"x","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn "x"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode "x"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
        "null": [
          "invalid_type @text {"expected":"string","received":"null"}",
          "vi: Văn bản phải là một chuỗi; nhận được null.",
          "en: text must be a string; got null.",
        ],
        "options null": [
          "invalid_type @options {"expected":"object","received":"null"}",
          "vi: Tuỳ chọn phải là một đối tượng; nhận được null.",
          "en: options must be an object; got null.",
        ],
      }
    `);
  });
});
