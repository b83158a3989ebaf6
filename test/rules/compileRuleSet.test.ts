import { describe, expect, it } from 'vitest';
import { ChiTieuError, compileRuleSet, evaluateRule, partyOrganizationFounding, type RuleSet } from 'chitieu';
import { timeBound } from '../helpers/time.js';
import { withAt as patched, errorOf as thrown } from '../helpers/errors.js';

const t = { vi: 'x', en: 'x' };
const leaf = { fact: 'n', op: '>=', value: 1, title: t };
const version = { id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'D' }, confidence: 'high', when: leaf };
const ok = { id: 'r', title: t, facts: { n: { type: 'count', title: t }, d: { type: 'date', title: t }, s: { type: 'text', title: t, values: ['a'] } }, versions: [version] };

const withAt = (path: (string | number)[], value: unknown): unknown => patched(ok, path, value);

const errorOf = (data: unknown): ChiTieuError => thrown(() => compileRuleSet(data as RuleSet));

describe('compileRuleSet', () => {
  it('compiles once and evaluates through the handle', () => {
    const handle = compileRuleSet(ok as RuleSet);
    expect(handle.kind).toBe('compiled-rule-set');
    expect(Object.isFrozen(handle.ruleSet)).toBe(true);
    expect(evaluateRule(handle, { n: 2 }, { asOf: '2025-01-01' }).outcome).toBe('eligible');
  });

  it('takes a snapshot: later changes to the data do not reach the handle', () => {
    const data = JSON.parse(JSON.stringify(ok)) as { versions: { when: { value: number } }[] };
    const handle = compileRuleSet(data as unknown as RuleSet);
    (data.versions[0] as { when: { value: number } }).when.value = 100;
    expect(evaluateRule(handle, { n: 2 }, { asOf: '2025-01-01' }).outcome).toBe('eligible');
  });

  it('caches the compiled form per object', () => {
    const a = evaluateRule(partyOrganizationFounding, { officialMembers: 3, probationaryMembers: 0 }, { asOf: '2025-01-01' });
    const start = performance.now();
    for (let i = 0; i < 2000; i++) evaluateRule(partyOrganizationFounding, { officialMembers: i % 40, probationaryMembers: 1 }, { asOf: '2025-01-01' });
    expect(a.outcome).toBe('eligible');
    // generous: compiling on every call would take far longer
    expect(performance.now() - start).toBeLessThan(timeBound(5000));
  });

  const bad: [string, unknown, string, (string | number)[]][] = [
    ['not an object', 'rules', 'invalid_type', []],
    ['no versions', withAt(['versions'], []), 'out_of_range', ['versions']],
    ['no id', withAt(['id'], undefined), 'missing', ['id']],
    ['an id with spaces', withAt(['id'], 'a b'), 'invalid_id', ['id']],
    ['an unknown top-level key', withAt(['extra'], 1), 'unknown_key', ['extra']],
    ['a title without vi', withAt(['title'], { en: 'x' }), 'missing', ['title', 'vi']],
    ['a bad fact type', withAt(['facts', 'n', 'type'], 'integer'), 'invalid_value', ['facts', 'n', 'type']],
    ['a bad fact name', withAt(['facts', '1n'], { type: 'count', title: t }), 'invalid_name', ['facts', '1n']],
    ['values on a count fact', withAt(['facts', 'n', 'values'], ['a']), 'fact_type_mismatch', ['facts', 'n', 'values']],
    ['a sum of an unknown fact', withAt(['facts', 'total'], { type: 'count', title: t, sum: ['n', 'zz'] }), 'unknown_fact', ['facts', 'total', 'sum', 1]],
    ['an impossible effectiveFrom', withAt(['versions', 0, 'effectiveFrom'], '2024-02-30'), 'invalid_date', ['versions', 0, 'effectiveFrom']],
    ['effectiveTo before effectiveFrom', withAt(['versions', 0, 'effectiveTo'], '2023-01-01'), 'date_order', ['versions', 0, 'effectiveTo']],
    ['a bad confidence', withAt(['versions', 0, 'confidence'], 'sure'), 'invalid_value', ['versions', 0, 'confidence']],
    ['no source', withAt(['versions', 0, 'source'], undefined), 'missing', ['versions', 0, 'source']],
    ['a source without document', withAt(['versions', 0, 'source'], { article: 'Điều 1' }), 'missing', ['versions', 0, 'source', 'document']],
    ['an unknown fact in a test', withAt(['versions', 0, 'when', 'fact'], 'm'), 'unknown_fact', ['versions', 0, 'when', 'fact']],
    ['a bad operator', withAt(['versions', 0, 'when', 'op'], '=>'), 'invalid_value', ['versions', 0, 'when', 'op']],
    ['a string compared with a count', withAt(['versions', 0, 'when', 'value'], '1'), 'invalid_type', ['versions', 0, 'when', 'value']],
    ['a test without a title', withAt(['versions', 0, 'when', 'title'], undefined), 'missing', ['versions', 0, 'when', 'title']],
    ['two forms in one test', withAt(['versions', 0, 'when', 'in'], [1]), 'exclusive_keys', ['versions', 0, 'when']],
    ['an inverted between', withAt(['versions', 0, 'when'], { fact: 'n', between: [5, 3], title: t }), 'range_inverted', ['versions', 0, 'when', 'between']],
    ['a between of three', withAt(['versions', 0, 'when'], { fact: 'n', between: [1, 2, 3], title: t }), 'too_long', ['versions', 0, 'when', 'between']],
    ['bad edges', withAt(['versions', 0, 'when'], { fact: 'n', between: [1, 2], edges: '[[', title: t }), 'invalid_value', ['versions', 0, 'when', 'edges']],
    ['a measure on a count', withAt(['versions', 0, 'when', 'measure'], 'days'), 'fact_type_mismatch', ['versions', 0, 'when', 'measure']],
    ['a fractional threshold for a measure', withAt(['versions', 0, 'when'], { fact: 'd', measure: 'months', op: '>=', value: 1.5, title: t }), 'measure_not_whole', ['versions', 0, 'when', 'value']],
    ['an order on text', withAt(['versions', 0, 'when'], { fact: 's', op: '<', value: 'a', title: t }), 'fact_type_mismatch', ['versions', 0, 'when', 'op']],
    ['a text value outside the fact’s values', withAt(['versions', 0, 'when'], { fact: 's', in: ['a', 'b'], title: t }), 'invalid_value', ['versions', 0, 'when', 'in', 1]],
    ['an impossible date literal', withAt(['versions', 0, 'when'], { fact: 'd', op: '>=', value: '2024-04-31', title: t }), 'invalid_date', ['versions', 0, 'when', 'value']],
    ['an empty all', withAt(['versions', 0, 'when'], { all: [] }), 'out_of_range', ['versions', 0, 'when', 'all']],
    ['all and any together', withAt(['versions', 0, 'when'], { all: [leaf], any: [leaf] }), 'exclusive_keys', ['versions', 0, 'when']],
    ['a duplicate condition id', withAt(['versions', 0, 'when'], { all: [{ ...leaf, id: 'a' }, { ...leaf, id: 'a' }] }), 'duplicate_id', ['versions', 0, 'when', 'all', 1, 'id']],
    ['a duplicate version id', withAt(['versions', 1], { ...version, effectiveFrom: '2026-01-01' }), 'duplicate_id', ['versions', 1, 'id']],
    ['overlapping versions', withAt(['versions', 1], { ...version, id: 'v2', effectiveFrom: '2026-01-01' }), 'version_overlap', ['versions', 1, 'effectiveFrom']],
    ['an exception for a missing condition', withAt(['versions', 0, 'exceptions'], [{ id: 'e', label: t, overrides: 'nope', when: leaf }]), 'unknown_condition', ['versions', 0, 'exceptions', 0, 'overrides']],
    ['a conclusion setting an object', withAt(['versions', 0, 'conclusions'], [{ id: 'c', text: t, when: leaf, sets: { form: {} } }]), 'invalid_type', ['versions', 0, 'conclusions', 0, 'sets', 'form']],
    ['a __proto__ key', JSON.parse('{"id":"r","__proto__":{"x":1}}'), 'unsafe_key', ['__proto__']],
    ['a constructor fact', withAt(['facts', 'constructor'], { type: 'count', title: t }), 'unsafe_key', ['facts', 'constructor']],
    ['a prototype key deep inside', withAt(['versions', 0, 'when', 'prototype'], 1), 'unsafe_key', ['versions', 0, 'when', 'prototype']],
    ['a huge array', withAt(['versions', 0, 'supersedes'], new Array(20_000).fill('x')), 'too_long', ['versions', 0, 'supersedes']],
    ['a very long string', withAt(['title', 'vi'], 'x'.repeat(5000)), 'too_long', ['title', 'vi']],
    ['a class instance', withAt(['title'], new Date()), 'not_plain_data', ['title']],
  ];
  it.each(bad)('rejects %s', (_name, data, code, path) => {
    const e = errorOf(data);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('rejects conditions nested too deeply, without overflowing the stack', () => {
    let when: unknown = leaf;
    for (let i = 0; i < 30; i++) when = { not: when };
    expect(errorOf(withAt(['versions', 0, 'when'], when)).code).toBe('too_deep');
    let json: unknown = 1;
    for (let i = 0; i < 100_000; i++) json = [json];
    expect(errorOf(withAt(['versions', 0, 'when'], json)).code).toBe('too_deep');
  });

  it('reports the path inside the rule set under ruleSet when evaluating', () => {
    expect(() => evaluateRule(withAt(['versions', 0, 'when', 'op'], '=>') as RuleSet, {}, { asOf: '2025-01-01' }))
      .toThrowError(expect.objectContaining({ code: 'invalid_value', path: ['ruleSet', 'versions', 0, 'when', 'op'] }));
  });

  it('explains an unknown fact in both languages', () => {
    expect(errorOf(withAt(['versions', 0, 'when', 'fact'], 'm')).messages).toMatchInlineSnapshot(`
      {
        "en": "versions[0].when.fact: "m" is not a declared fact.",
        "vi": "Ở versions[0].when.fact: "m" không phải là dữ kiện đã khai báo trong facts.",
      }
    `);
  });
});

describe('holes in the arrays of rule data', () => {
  const withSum = (sum: unknown) => ({
    id: 'demo.cell', title: { vi: 'Lập tổ', en: 'Form a group' },
    facts: {
      a: { type: 'count', title: { vi: 'A', en: 'A' } },
      t: { type: 'count', title: { vi: 'Tổng', en: 'Total' }, sum },
    },
    versions: [{ id: 'v1', effectiveFrom: '2024-01-01', confidence: 'high', source: { document: 'Hướng dẫn 1/HD' }, when: { fact: 't', op: '>=', value: 3, title: { vi: 'Có từ 3', en: 'At least 3' } } }],
  });

  it('refuses a hole in a sum when compiling, so evaluateRule and evaluateRuleBatch never disagree on it', () => {
    let caught: unknown;
    try {
      compileRuleSet(withSum([, 'a']) as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ChiTieuError);
    expect((caught as ChiTieuError).path).toEqual(['facts', 't', 'sum', 0]);
    expect(() => compileRuleSet(withSum(['a']) as never)).not.toThrow();
  });
});
