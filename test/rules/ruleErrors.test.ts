// The codes of rule data: each kind of mistake has its own code, plain facts and a message in both
// languages, at its path inside the rule set; mistakes of shape are all reported at once, and so are
// mistakes across fields.
import { describe, expect, it } from 'vitest';
import { ChiTieuError, compileRuleSet, type RuleSet } from 'chitieu';
import { withAt as patched, errorOf as thrown } from '../helpers/errors.js';

const t = { vi: 'x', en: 'x' };
const leaf = { fact: 'n', op: '>=', value: 1, title: t };
const version = { id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'D' }, confidence: 'high', when: leaf };
const ok = {
  id: 'r', title: t,
  facts: { n: { type: 'count', title: t }, d: { type: 'date', title: t }, s: { type: 'text', title: t, values: ['a'] }, total: { type: 'count', title: t, sum: ['n'] } },
  versions: [version],
};

const withAt = (path: (string | number)[], value: unknown): unknown => patched(ok, path, value);

const errorOf = (data: unknown): ChiTieuError => thrown(() => compileRuleSet(data as RuleSet));

/** Every issue as code, path and facts. */
const issuesOf = (data: unknown) => errorOf(data).issues.map((i) => [i.code, i.path.join('.'), i.facts]);
const when = (c: unknown) => withAt(['versions', 0, 'when'], c);

describe('the codes of rule data', () => {
  it.each([
    ['not_plain_data', withAt(['title'], new Map()), 'title', {}],
    ['invalid_id', withAt(['versions', 0, 'id'], 'v 1'), 'versions.0.id', { value: 'v 1' }],
    ['invalid_name', withAt(['facts', 'a b'], { type: 'count', title: t }), 'facts.a b', { value: 'a b' }],
    ['invalid_name', when({ ...leaf, fact: '1n' }), 'versions.0.when.fact', { value: '1n' }],
    ['unknown_fact', when({ ...leaf, fact: 'm' }), 'versions.0.when.fact', { fact: 'm' }],
    ['unknown_fact', withAt(['facts', 'total', 'sum'], ['zz']), 'facts.total.sum.0', { fact: 'zz' }],
    ['fact_type_mismatch', when({ ...leaf, measure: 'days' }), 'versions.0.when.measure', { fact: 'n', type: 'count', field: 'measure', expected: ['date'] }],
    ['fact_type_mismatch', when({ fact: 's', op: '>', value: 'a', title: t }), 'versions.0.when.op', { fact: 's', type: 'text', field: 'op', expected: ['count', 'number', 'date'], op: '>' }],
    ['fact_type_mismatch', when({ fact: 's', between: ['a', 'b'], title: t }), 'versions.0.when.between', { fact: 's', type: 'text', field: 'between', expected: ['count', 'number', 'date'] }],
    ['fact_type_mismatch', withAt(['facts', 'n', 'values'], ['a']), 'facts.n.values', { fact: 'n', type: 'count', field: 'values', expected: ['text'] }],
    ['fact_type_mismatch', withAt(['facts', 'd', 'sum'], ['n']), 'facts.d.sum', { fact: 'd', type: 'date', field: 'sum', expected: ['count'] }],
    ['invalid_sum_part', withAt(['facts', 'total', 'sum'], ['d']), 'facts.total.sum.0', { fact: 'd', type: 'date', derived: false }],
    ['invalid_sum_part', withAt(['facts', 'total', 'sum'], ['total']), 'facts.total.sum.0', { fact: 'total', type: 'count', derived: true }],
    ['exclusive_keys', when({ ...leaf, between: [1, 2] }), 'versions.0.when', { keys: ['op', 'between'], allowed: ['op', 'between', 'in'] }],
    ['exclusive_keys', when({ fact: 'n', title: t }), 'versions.0.when', { keys: [], allowed: ['op', 'between', 'in'] }],
    ['exclusive_keys', when({ any: [leaf], not: leaf }), 'versions.0.when', { keys: ['any', 'not'], allowed: ['all', 'any', 'not'] }],
    ['exclusive_keys', when({}), 'versions.0.when', { keys: [], allowed: ['all', 'any', 'not', 'fact'] }],
    ['measure_not_whole', when({ fact: 'd', measure: 'fullYears', op: '>=', value: 200_000, title: t }), 'versions.0.when.value', { measure: 'fullYears', received: 'number', value: '200000', limit: 100_000 }],
    ['measure_not_whole', when({ fact: 'd', measure: 'days', in: [1, '2'], title: t }), 'versions.0.when.in.1', { measure: 'days', received: 'string', value: '2', limit: 100_000 }],
    ['inexact_measure', when({ fact: 'd', measure: 'years', in: [1], title: t }), 'versions.0.when.measure', { measure: 'years', allowed: ['fullYears', 'fullMonths', 'days', 'workingDays'] }],
    ['unknown_condition', withAt(['versions', 0, 'exceptions'], [{ id: 'e', label: t, overrides: 'when.all', when: leaf }]), 'versions.0.exceptions.0.overrides', { id: 'when.all' }],
    ['version_overlap', withAt(['versions', 1], { ...version, id: 'v2', effectiveFrom: '2023-01-01', effectiveTo: '2024-01-01' }), 'versions.0.effectiveFrom', { id: 'v1', other: 'v2', start: '2024-01-01', end: '2024-01-01' }],
  ])('%s at %#', (code, data, path, facts) => {
    expect(issuesOf(data)).toEqual([[code, path, facts]]);
  });

  it('keeps the shared codes where they fit', () => {
    expect(issuesOf(withAt(['versions', 0, 'id'], ' '))).toEqual([['empty_string', 'versions.0.id', {}]]);
    expect(issuesOf(withAt(['versions', 0, 'confidence'], undefined))).toEqual([['missing', 'versions.0.confidence', {}]]);
    expect(issuesOf(withAt(['versions', 0, 'effectiveFrom'], 20240101))).toEqual([['invalid_type', 'versions.0.effectiveFrom', { expected: 'date', received: 'number', value: '20240101' }]]);
    expect(issuesOf(withAt(['versions', 0, 'effectiveFrom'], '2023-02-29'))).toEqual([['invalid_date', 'versions.0.effectiveFrom', { value: '2023-02-29' }]]);
    // a year zod's ISO date takes and the calendar does not
    expect(issuesOf(withAt(['versions', 0, 'effectiveTo'], '0000-01-01'))).toEqual([['invalid_date', 'versions.0.effectiveTo', { value: '0000-01-01' }]]);
    expect(issuesOf(withAt(['facts', 'n', 'type'], 'integer'))).toEqual([['invalid_value', 'facts.n.type', { allowed: ['count', 'number', 'date', 'boolean', 'text'], received: 'string', value: 'integer' }]]);
    expect(issuesOf(withAt(['facts'], {}))).toEqual([['out_of_range', 'facts', { min: '1', max: '∞', received: 'object', count: 0 }]]);
    expect(issuesOf(when({ ...leaf, value: { n: 1 } }))).toEqual([['invalid_type', 'versions.0.when.value', { expected: ['string', 'number', 'boolean'], received: 'object' }]]);
    expect(issuesOf(when({ not: [leaf] }))).toEqual([['invalid_type', 'versions.0.when.not', { expected: 'object', received: 'array' }]]);
    expect(issuesOf(when({ ...leaf, edges: '[]' }))).toEqual([['unknown_key', 'versions.0.when.edges', { key: 'edges' }]]);
    expect(issuesOf(when({ fact: 'n', between: [1, 2, 3], title: t }))).toEqual([['too_long', 'versions.0.when.between', { length: 3, limit: 2 }]]);
  });

  it('reads a condition by the form its keys choose, however deep', () => {
    const deep = when({ all: [leaf, { any: [{ not: { fact: 'n', between: [1, 'x'], title: t } }] }] });
    expect(issuesOf(deep)).toEqual([['invalid_type', 'versions.0.when.all.1.any.0.not.between.1', { expected: 'number', received: 'string', value: 'x' }]]);
    const shape = when({ all: [leaf, { any: [{ not: { fact: 'n', op: '>=', value: 1, title: { vi: 'x' } } }] }] });
    expect(issuesOf(shape)).toEqual([['missing', 'versions.0.when.all.1.any.0.not.title.en', {}]]);
  });

  it('reports every mistake of shape at once, and every mistake across fields at once', () => {
    const shape = withAt(['versions', 1], { ...version, id: 'v 2', effectiveFrom: '2026-02-30' });
    expect(issuesOf(withAt(['title'], { vi: '' }))).toEqual([['empty_string', 'title.vi', {}], ['missing', 'title.en', {}]]);
    expect(issuesOf(shape).map((i) => i[0])).toEqual(['invalid_id', 'invalid_date']);
    const across = withAt(['versions', 0, 'when'], { all: [{ ...leaf, fact: 'm' }, { ...leaf, id: 'a' }, { ...leaf, id: 'a' }, { fact: 's', op: '<', value: 'a', title: t }] });
    expect(issuesOf(across).map((i) => [i[0], i[1]])).toEqual([
      ['unknown_fact', 'versions.0.when.all.0.fact'],
      ['duplicate_id', 'versions.0.when.all.2.id'],
      ['fact_type_mismatch', 'versions.0.when.all.3.op'],
    ]);
  });

  it('writes each code in Vietnamese and English', () => {
    const messages = [
      withAt(['title'], new Map()),
      withAt(['id'], 'a b'),
      withAt(['facts', 'a b'], { type: 'count', title: t }),
      when({ ...leaf, fact: 'membres' }),
      when({ fact: 's', op: '<', value: 'a', title: t }),
      withAt(['facts', 'total', 'sum'], ['d']),
      when({ ...leaf, in: [1] }),
      when({ fact: 'd', measure: 'fullMonths', op: '>=', value: 1.5, title: t }),
      when({ fact: 'd', measure: 'months', in: [1], title: t }),
      withAt(['versions', 0, 'exceptions'], [{ id: 'e', label: t, overrides: 'age', when: leaf }]),
      withAt(['versions', 1], { ...version, id: 'v2', effectiveFrom: '2025-01-01' }),
    ].map((data) => errorOf(data).messages);
    expect(messages).toMatchInlineSnapshot(`
      [
        {
          "en": "title: not plain JSON data (an object of a class such as Date).",
          "vi": "Ở title: không phải dữ liệu JSON thuần (như một đối tượng Date).",
        },
        {
          "en": "id: "a b" is not a valid id (letters, digits, ".", "_", ":", "-").",
          "vi": "Ở id: "a b" không phải là mã hợp lệ (chỉ gồm chữ, số, ".", "_", ":", "-").",
        },
        {
          "en": "facts.a b: "a b" is not a valid name (a letter, then letters, digits or _).",
          "vi": "Ở facts.a b: "a b" không phải là tên hợp lệ (một chữ cái, rồi chữ cái, chữ số hoặc _).",
        },
        {
          "en": "versions[0].when.fact: "membres" is not a declared fact.",
          "vi": "Ở versions[0].when.fact: "membres" không phải là dữ kiện đã khai báo trong facts.",
        },
        {
          "en": "versions[0].when.op: < applies only to count, number or date facts; "s" is a text fact.",
          "vi": "Ở versions[0].when.op: < chỉ dùng cho dữ kiện dạng số đếm, số hoặc ngày; "s" là dữ kiện dạng văn bản.",
        },
        {
          "en": "facts.total.sum[0]: a sum adds count facts the caller gives; "d" is a date fact.",
          "vi": "Ở facts.total.sum[0]: tổng chỉ cộng các dữ kiện số đếm do người dùng nhập; "d" là dữ kiện dạng ngày.",
        },
        {
          "en": "versions[0].when: a condition takes exactly one of op, between or in, not op and in.",
          "vi": "Ở versions[0].when: một điều kiện cần đúng một trong op, between hoặc in, không dùng cùng lúc op và in.",
        },
        {
          "en": "versions[0].when.value: a measured time is compared with a whole number up to 100000; got 1.5.",
          "vi": "Ở versions[0].when.value: thời gian đo được chỉ so với số nguyên không quá 100.000; nhận được 1,5.",
        },
        {
          "en": "versions[0].when.measure: in needs a whole measure (fullYears, fullMonths, days, workingDays), not months.",
          "vi": "Ở versions[0].when.measure: in cần cách đo cho ra số nguyên (fullYears, fullMonths, days, workingDays), không dùng months.",
        },
        {
          "en": "versions[0].exceptions[0].overrides: no condition of when has the id "age".",
          "vi": "Ở versions[0].exceptions[0].overrides: when không có điều kiện nào mang mã "age".",
        },
        {
          "en": "versions[1].effectiveFrom: version "v2" starts while "v1" is in force.",
          "vi": "Ở versions[1].effectiveFrom: phiên bản "v2" bắt đầu khi phiên bản "v1" còn hiệu lực.",
        },
      ]
    `);
  });
});
