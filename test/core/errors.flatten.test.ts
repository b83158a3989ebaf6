import { afterEach, describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../helpers/errors.js';
import { attainment, ChiTieuError, configure, flattenIssues, isChiTieuError, safeAttainment, safeRollup, safeTermProgress } from '../../src/index.js';
import { makeIssue } from '../../src/core/errors.js';

afterEach(() => {
  configure({ locale: 'en', labels: null });
});

describe('flattenIssues: messages by field, for a form', () => {
  it('keys fields by dotted path, with every message of a field in order', () => {
    const e = new ChiTieuError([
      makeIssue('negative', ['achieved'], { value: '-1' }),
      makeIssue('range_inverted', ['result', 'target', 'min'], { min: '90', max: '80' }),
      makeIssue('not_integer', ['achieved'], { value: '-1.5' }),
      makeIssue('invalid_date', ['points', 2, 'date'], { value: '2024-02-30' }),
      makeIssue('unknown_key', ['colour'], { key: 'colour' }),
      makeIssue('invalid_type', [], { expected: 'object', received: 'array' }),
    ]);
    expect(flattenIssues(e, { locale: 'vi' })).toMatchInlineSnapshot(`
      {
        "fieldErrors": {
          "achieved": [
            "Số thực hiện không được là số âm; nhận được -1.",
            "Số thực hiện phải là số nguyên (số đếm); nhận được -1,5.",
          ],
          "colour": [
            "Dữ liệu đầu vào không có trường "colour".",
          ],
          "points.2.date": [
            "Ngày của mốc số liệu thứ 3 phải là một ngày có thật, viết dạng YYYY-MM-DD (như 2024-07-16); nhận được "2024-02-30".",
          ],
          "result.target.min": [
            "Mức tối thiểu của chỉ tiêu có cận dưới (90) lớn hơn cận trên (80).",
          ],
        },
        "formErrors": [
          "Dữ liệu đầu vào phải là một đối tượng; nhận được một mảng.",
        ],
      }
    `);
    expect(flattenIssues(e)).toMatchInlineSnapshot(`
      {
        "fieldErrors": {
          "achieved": [
            "achieved must not be negative; got -1.",
            "achieved must be a whole number (a count); got -1.5.",
          ],
          "colour": [
            "colour is not a field this input takes.",
          ],
          "points.2.date": [
            "points[2].date is not a real calendar date in YYYY-MM-DD form: "2024-02-30".",
          ],
          "result.target.min": [
            "result.target.min: the range's min (90) is greater than its max (80).",
          ],
        },
        "formErrors": [
          "input must be an object; got an array.",
        ],
      }
    `);
  });

  it('zod-like shape: empty lists and objects when nothing applies; frozen', () => {
    const f = flattenIssues([]);
    expect(f).toEqual({ formErrors: [], fieldErrors: {} });
    const g = flattenIssues(thrown(() => attainment({ achieved: -1, target: 0.5 }, { decimals: 11 })), { locale: 'vi' });
    expect(Object.isFrozen(g) && Object.isFrozen(g.formErrors) && Object.isFrozen(g.fieldErrors) && Object.values(g.fieldErrors).every(Object.isFrozen)).toBe(true);
    expect(g.formErrors).toEqual([]);
    expect(Object.keys(g.fieldErrors).length).toBeGreaterThan(0);
  });

  it('takes a ChiTieuError, a safe result’s error, its JSON copy or a list of issues, alike', () => {
    const r = safeTermProgress({ term: { start: '2025-07-01', end: '2020-06-30' }, asOf: '2024-13-01', target: -5, cumulative: 'x' });
    if (r.success) throw new Error('expected an error');
    const direct = flattenIssues(r.error, { locale: 'vi' });
    expect(flattenIssues(JSON.parse(JSON.stringify(r.error)) as ChiTieuError, { locale: 'vi' })).toEqual(direct);
    expect(flattenIssues(r.error.issues, { locale: 'vi' })).toEqual(direct);
    // "97.5" in the hint: hint_vi of readNumber in src/core/_exact.ts (outside the message tables)
    expect(direct).toMatchInlineSnapshot(`
      {
        "fieldErrors": {
          "asOf": [
            "Ngày tính phải là một ngày có thật, viết dạng YYYY-MM-DD (như 2024-07-16); nhận được "2024-13-01".",
          ],
          "cumulative": [
            "Số lũy kế: "x" không phải là một số viết đúng cách. Hãy viết số thập phân thường: chỉ gồm chữ số, dấu chấm (.) làm dấu thập phân nếu có, không phân cách hàng nghìn.",
          ],
        },
        "formErrors": [],
      }
    `);
  });

  it('uses the configured locale and labels, and labels given to it over them', () => {
    const r = safeAttainment({ achieved: -1, target: 80 });
    if (r.success) throw new Error('expected an error');
    expect(flattenIssues(r.error).fieldErrors).toEqual({ achieved: ['achieved must not be negative; got -1.'] });
    configure({ locale: 'vi' });
    expect(flattenIssues(r.error).fieldErrors).toEqual({ achieved: ['Số thực hiện không được là số âm; nhận được -1.'] });
    expect(flattenIssues(r.error, { labels: { achieved: { vi: 'số đảng viên mới' } } }).fieldErrors).toEqual({ achieved: ['Số đảng viên mới không được là số âm; nhận được -1.'] });
    expect(flattenIssues(r.error, { locale: 'en', labels: { achieved: { en: 'New members' } } }).fieldErrors).toEqual({ achieved: ['New members must not be negative; got -1.'] });
  });

  it('a field named "__proto__" stays a field of its own', () => {
    const f = flattenIssues([makeIssue('unsafe_key', ['__proto__'], { key: '__proto__' })], { locale: 'vi' });
    expect(Object.keys(f.fieldErrors)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(f.fieldErrors)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });

  it('a rollup error names the unit and indicator', () => {
    const r = safeRollup({ nodes: [{ id: 'tinh' }, { id: 'khoi', parent: 'tinh', indicators: { dangVien: { achieved: -1, target: 3 } } }] });
    expect(r.success ? null : flattenIssues(r.error, { locale: 'vi' })).toMatchInlineSnapshot(`
      {
        "fieldErrors": {
          "nodes.1.indicators.dangVien.achieved": [
            "Số thực hiện của chỉ tiêu "dangVien" không được là số âm; nhận được -1.",
          ],
        },
        "formErrors": [],
      }
    `);
  });

  it('refuses what holds no issues with a ChiTieuError', () => {
    for (const bad of [null, undefined, 3, 'x', {}, { issues: 'x' }, [{}], [{ code: 'negative', path: 'achieved' }], { issues: [{ code: 'nope', path: [] }] }]) {
      let caught: unknown;
      try { flattenIssues(bad as never); } catch (e) { caught = e; }
      expect([bad, isChiTieuError(caught) && caught.code]).toEqual([bad, 'invalid_type']);
    }
  });
});
