import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch, describeAttainment, explainAttainment, ROUNDING_MODES, safeAttainment, safeAttainmentBatch, type AttainmentResult } from '../../src/index.js';
import { answer, cells, errorShapes, json, markdown, table, type Answer } from '../helpers/golden.js';
import { sweep } from '../helpers/sweep.js';

// Attainment over a corpus of inputs: each whole answer (figures, status, reason; or the error's code,
// path and facts) pinned in golden tables, test/golden/attainment/*, one row per case, and every field
// of valid inputs replaced in turn by hostile values. A change to a table must be a deliberate change of
// behaviour. To write the tables (and the inline snapshots) again after one, run the one command in
// test/golden/README.md:
//   npx vitest run test/*/outputs.pinned.test.ts test/claims/extractClaims.pinned.test.ts -u

const golden = (name: string) => `../golden/attainment/${name}`;
/** The cells of an attainment answer, with the status reason's sentences as explainAttainment writes them. */
function explained(a: Answer): Record<string, unknown> {
  if ('error' in a) return cells(a, false);
  const r = a.ok as AttainmentResult;
  return { ...cells(a, false), 'explain.vi': explainAttainment(r), 'explain.en': explainAttainment(r, { locale: 'en' }) };
}
const targets: unknown[] = [
  80, '80', 0, { atLeast: 400 }, { atMost: 4 }, { min: 90, max: 99 }, { min: '90.5', max: '99.25' }, { exactly: 12 },
  { atLeast: 0 }, { atMost: 0 }, { min: 0, max: 0 }, { min: 5, max: 3 }, { min: 5 }, { atLeast: 1, atMost: 2 }, { rate: 1 }, -5, '1e3', null,
];
const achieved: unknown[] = [0, 1, 3, 4, 5, 58, 72, 79, 80, 81, 95, 97.5, 99, 100, 103, 400, 401, '97.5', '0.000001', 123456789012345, -1, Number.NaN];

describe('attainment', () => {
  it('every achieved against every target, count and rate', async () => {
    const rows = [];
    for (const t of targets) for (const a of achieved) rows.push({ 'input.achieved': a, 'input.target': t, ...explained(answer(() => attainment({ achieved: a, target: t } as never))) });
    await expect(markdown('attainment: every achieved against every target', 'attainment({ achieved, target }) with no options: every field of the result, or the error (code @path facts).', [['Cases', table(rows)]])).toMatchFileSnapshot(golden('attainment.targets.md'));
  });

  it('kinds, decimals and every rounding mode', async () => {
    const rows = [];
    for (const [a, t] of [[16, 15], [14, 13], [103, 80], [2, 3], [1, 7], [97.5, { min: 90, max: 99 }], [5, { atMost: 4 }], [3, { atMost: 4 }]] as const) {
      for (const kind of [undefined, 'count', 'rate']) {
        for (const rounding of ROUNDING_MODES) {
          for (const decimals of [0, 1, 2, 10]) {
            const input = { achieved: a, target: t, ...(kind ? { kind } : {}) };
            rows.push({ 'input.achieved': a, 'input.target': t, ...(kind ? { 'input.kind': kind } : {}), 'options.rounding': rounding, 'options.decimals': decimals, ...explained(answer(() => attainment(input as never, { decimals, rounding }))) });
          }
        }
      }
    }
    await expect(markdown('attainment: kinds, decimals and rounding modes', 'attainment({ achieved, target, kind }, { decimals, rounding }): every field of the result, or the error.', [['Cases', table(rows, ['input.achieved', 'input.target', 'input.kind', 'options.rounding', 'options.decimals'])]])).toMatchFileSnapshot(golden('attainment.modes.md'));
  });

  it('bad input and options', () => {
    const calls: unknown[][] = [
      [null], [[]], ['80'], [{}], [{ achieved: 1 }], [{ target: 1 }], [{ achieved: 1, target: 1, extra: 1 }], [{ achieved: 1, target: 1, kind: 'percent' }],
      [{ achieved: 1.5, target: 2 }], [{ achieved: 1, target: 2.5 }], [{ achieved: 1, target: 2.5, kind: 'count' }], [{ achieved: 1, target: { atLeast: 'x' } }],
      [{ achieved: 1, target: 1 }, { decimals: 11 }], [{ achieved: 1, target: 1 }, { rounding: 'x' }], [{ achieved: 1, target: 1 }, { foo: 1 }], [{ achieved: 1, target: 1 }, null],
    ];
    expect(errorShapes(calls.map((args) => [JSON.stringify(args), () => (attainment as (...a: unknown[]) => unknown)(...args)]))).toMatchInlineSnapshot(`
      {
        "["80"]": [
          "invalid_type @ {"expected":"object","received":"string","value":"80"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được "80".",
          "en: input must be an object; got "80".",
        ],
        "[[]]": [
          "invalid_type @ {"expected":"object","received":"array"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được một mảng.",
          "en: input must be an object; got an array.",
        ],
        "[null]": [
          "invalid_type @ {"expected":"object","received":"null"}",
          "vi: Dữ liệu đầu vào phải là một đối tượng; nhận được null.",
          "en: input must be an object; got null.",
        ],
        "[{"achieved":1,"target":1,"extra":1}]": [
          "unknown_key @extra {"key":"extra"}",
          "vi: Dữ liệu đầu vào không có trường "extra".",
          "en: extra is not a field this input takes.",
        ],
        "[{"achieved":1,"target":1,"kind":"percent"}]": [
          "invalid_value @kind {"allowed":["count","rate"],"received":"string","value":"percent"}",
          "vi: Loại phải là một trong: count, rate; nhận được "percent".",
          "en: kind must be one of count, rate; got "percent".",
        ],
        "[{"achieved":1,"target":1},null]": {
          "ok": {
            "achieved": "1",
            "decimals": 2,
            "exact": {
              "overPercent": "0",
              "overPoints": null,
              "percent": "100",
            },
            "kind": "count",
            "overPercent": "0",
            "overPercentNumber": 0,
            "overPoints": null,
            "overPointsNumber": null,
            "percent": "100",
            "percentNumber": 100,
            "reason": {
              "code": "at-target",
              "facts": {
                "achieved": "1",
                "gap": "0",
                "kind": "count",
                "target": {
                  "form": "reach",
                  "value": "1",
                },
              },
            },
            "reference": "1",
            "rounding": "half-up",
            "shortfall": "0",
            "status": "met",
            "surplus": "0",
            "target": {
              "form": "reach",
              "value": "1",
            },
          },
        },
        "[{"achieved":1,"target":1},{"decimals":11}]": [
          "out_of_range @options.decimals {"min":0,"max":10,"received":"number","value":"11"}",
          "vi: Số chữ số thập phân phải nằm trong khoảng từ 0 đến 10; nhận được 11.",
          "en: options.decimals must be between 0 and 10; got 11.",
        ],
        "[{"achieved":1,"target":1},{"foo":1}]": [
          "unknown_key @options.foo {"key":"foo"}",
          "vi: Tuỳ chọn không có trường "foo".",
          "en: options.foo is not a field this input takes.",
        ],
        "[{"achieved":1,"target":1},{"rounding":"x"}]": [
          "unknown_rounding @options.rounding {"received":"string","value":"x","allowed":["half-up","half-down","half-even","up","down","ceil","floor"]}",
          "vi: Không có chế độ làm tròn "x"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.",
          "en: options.rounding: unknown rounding mode "x"; use one of half-up, half-down, half-even, up, down, ceil, floor.",
        ],
        "[{"achieved":1,"target":2.5,"kind":"count"}]": [
          "not_integer @target {"value":"2.5"}",
          "vi: Chỉ tiêu phải là số nguyên (số đếm); nhận được 2,5.",
          "en: target must be a whole number (a count); got 2.5.",
        ],
        "[{"achieved":1,"target":2.5}]": [
          "not_integer @target {"value":"2.5"}",
          "vi: Chỉ tiêu phải là số nguyên (số đếm); nhận được 2,5.",
          "en: target must be a whole number (a count); got 2.5.",
        ],
        "[{"achieved":1,"target":{"atLeast":"x"}}]": [
          "malformed_number @target.atLeast {"value":"x","hint":"plain-decimal"}",
          "vi: Chỉ tiêu "atLeast": "x" không phải là một số viết đúng cách. Hãy viết số thập phân thường: chỉ gồm chữ số, dấu chấm (.) làm dấu thập phân nếu có, không phân cách hàng nghìn.",
          "en: target.atLeast is not a number in the expected notation: "x". write a plain decimal such as "97.5".",
        ],
        "[{"achieved":1.5,"target":2}]": [
          "not_integer @achieved {"value":"1.5"}",
          "vi: Số thực hiện phải là số nguyên (số đếm); nhận được 1,5.",
          "en: achieved must be a whole number (a count); got 1.5.",
        ],
        "[{"achieved":1}]": [
          "missing @target {}",
          "vi: Thiếu chỉ tiêu; đây là thông tin bắt buộc.",
          "en: target is required.",
        ],
        "[{"target":1}]": [
          "missing @achieved {}",
          "vi: Thiếu số thực hiện; đây là thông tin bắt buộc.",
          "en: achieved is required.",
        ],
        "[{}]": [
          "missing @achieved {}",
          "vi: Thiếu số thực hiện; đây là thông tin bắt buộc.",
          "en: achieved is required.",
          "missing @target {}",
          "vi: Thiếu chỉ tiêu; đây là thông tin bắt buộc.",
          "en: target is required.",
        ],
      }
    `);
  });

  it('safeAttainment and describeAttainment', async () => {
    const out: Record<string, unknown> = {
      "safeAttainment({ achieved: 58, target: { atLeast: 400 } })": answer(() => safeAttainment({ achieved: 58, target: { atLeast: 400 } })),
      'safeAttainment({ achieved: -1, target: 80 })': answer(() => safeAttainment({ achieved: -1, target: 80 })),
    };
    for (const [a, t, o] of [[103, 80, {}], [16, 15, { locale: 'en' }], [58, { atLeast: 400 }, {}], [5, { atMost: 4 }, { locale: 'en' }], [97.5, { min: 90, max: 99 }, {}], [80, 80, { unit: 'đảng viên' }], [0, 0, {}]] as const) {
      const kind = typeof a === 'number' && !Number.isInteger(a) ? 'rate' : 'count';
      const r = attainment({ achieved: a, target: t, kind } as never, { decimals: 1 });
      out[`describeAttainment(attainment(${JSON.stringify({ achieved: a, target: t, kind })}, { decimals: 1 }), ${JSON.stringify(o)})`] = answer(() => describeAttainment(r, o as never));
    }
    out['describeAttainment(null)'] = answer(() => describeAttainment(null as never));
    out["describeAttainment(attainment({ achieved: 1, target: 2 }), { locale: 'fr' })"] = answer(() => describeAttainment(attainment({ achieved: 1, target: 2 }), { locale: 'fr' } as never));
    await expect(json(out)).toMatchFileSnapshot(golden('describeAttainment.json'));
  });

  it('every field of a valid input replaced in turn', async () => {
    await expect(markdown('attainment: every field replaced in turn', 'Each field of a valid input replaced by each hostile value: the error (code @path facts), or how the result differs from the answer to the valid input.', [
      ['A count, decimals 1, rounding down', sweep(attainment as never, [{ achieved: 103, target: 80 }, { decimals: 1, rounding: 'down' }])],
      ['A rate against a range', sweep(attainment as never, [{ achieved: '97.5', target: { min: '90', max: '99' }, kind: 'rate' }])],
      ['A ceiling', sweep(attainment as never, [{ achieved: 2, target: { atMost: 4 } }])],
    ])).toMatchFileSnapshot(golden('attainment.sweep.md'));
  });
});

describe('attainmentBatch', () => {
  it('columns in every form', async () => {
    const inputs: unknown[][] = [
      [{ achieved: [103, 58, 80, 0, 1], target: [80, 400, 80, 0, 3] }, { decimals: 1 }],
      [{ achieved: [97.5, 88, 99.5], min: [90, 90, 90], max: [99, 99, 99], kind: 'rate' }],
      [{ achieved: [2, 5, 4], atMost: [4, 4, 4] }],
      [{ achieved: [2, 5, 4], atLeast: [4, 4, 4] }, { rounding: 'up', decimals: 0 }],
      [{ achieved: new Int32Array([16, 14]), target: new Int32Array([15, 13]) }, { decimals: 1, rounding: 'down' }],
      [{ achieved: [123456789012345, 1], target: [7, 3] }, { decimals: 10 }],
      [{ achieved: ['97.5', '1'], target: ['80', '3'], kind: 'rate' }, { decimals: 2, rounding: 'half-even' }],
      [{ achieved: [1, 2], target: [1] }],
      [{ achieved: [1, -2], target: [1, 1] }],
      [{ achieved: [1, 2], target: [1, 'x'] }],
      [{ achieved: [1.5], target: [1] }],
      [{ achieved: [], target: [] }],
      [{ achieved: [1], target: [1], min: [1] }],
      [{ achieved: [1], min: [2], max: [1], kind: 'rate' }],
      [{ achieved: 'x', target: [1] }],
      [null],
      [{ achieved: [1], target: [1] }, { decimals: -1 }],
    ];
    const label = (args: unknown[]) => args.map((a) => (a && typeof a === 'object' && 'achieved' in a && ArrayBuffer.isView(a.achieved) ? `Int32Array columns ${JSON.stringify(a)}` : JSON.stringify(a))).join(', ');
    const out: Record<string, unknown> = {};
    for (const args of inputs) out[`attainmentBatch(${label(args)})`] = answer(() => (attainmentBatch as (...a: unknown[]) => unknown)(...args));
    for (const args of inputs.slice(0, 3)) out[`safeAttainmentBatch(${label(args)})`] = answer(() => (safeAttainmentBatch as (...a: unknown[]) => unknown)(...args));
    await expect(json(out)).toMatchFileSnapshot(golden('attainmentBatch.json'));
  });

  it('every field of a valid input replaced in turn', async () => {
    await expect(markdown('attainmentBatch: every field replaced in turn', 'Each field of a valid input replaced by each hostile value: the error (code @path facts), or how the result differs from the answer to the valid input.', [
      ['Counts, decimals 1', sweep(attainmentBatch as never, [{ achieved: [103, 58, 80], target: [80, 400, 80] }, { decimals: 1 }])],
      ['Rates against a range', sweep(attainmentBatch as never, [{ achieved: [97.5, 88], min: [90, 90], max: [99, 99], kind: 'rate' }])],
    ])).toMatchFileSnapshot(golden('attainmentBatch.sweep.md'));
  });
});
