import { describe, expect, it } from 'vitest';
import { evaluateRuleBatch, type Condition, type FactDeclaration, type RuleCases, type RuleSet } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// Targets the checks of batch input in src/rules/evaluateRuleBatch.ts: each bad shape of `cases`
// with its code, path and facts, prototype keys among the columns, and lengths of columns.

const t = (vi: string, en: string) => ({ vi, en });
const asOf = '2025-06-01';
const count = (name: string): FactDeclaration => ({ type: 'count', title: t(`SL ${name}`, `Count ${name}`) });

const rs: RuleSet = {
  id: 'mut-batch',
  title: t('Bộ thử', 'Test set'),
  facts: { a: count('a'), b: count('b'), total: { type: 'count', title: t('Tổng', 'Total'), sum: ['a', 'b'] } },
  versions: [{
    id: 'v1',
    effectiveFrom: '2000-01-01',
    source: { document: 'HD 9/2025' },
    confidence: 'high',
    when: { fact: 'total', op: '>=', value: 3, title: t('Tổng ≥ 3', 'Total ≥ 3') } as Condition,
    conclusions: [{ id: 'big', text: t('Lớn', 'Big'), when: { fact: 'a', op: '>=', value: 10, title: t('a ≥ 10', 'a ≥ 10') } as Condition }],
  }],
};

function rejection(cases: unknown) {
  const err = errorOf(() => evaluateRuleBatch(rs, cases as never, { asOf }));
  return { code: err.code, path: err.path, facts: err.issues[0].facts };
}

describe('evaluateRuleBatch: bad cases', () => {
  it.each([
    ['a string', 'cases', { received: 'string', value: 'cases' }],
    ['a number', 7, { received: 'number', value: '7' }],
    ['null', null, { received: 'null' }],
    ['undefined', undefined, { received: 'undefined' }],
  ])('cases that are %s', (_name, cases, received) => {
    expect(rejection(cases)).toEqual({
      code: 'invalid_type',
      path: ['cases'],
      facts: { expected: 'records-or-columns', ...received },
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a column named %s is an unsafe_key', (key) => {
    const cases = JSON.parse(`{"a": [1], ${JSON.stringify(key)}: [1]}`) as Record<string, number[]>;
    expect(Object.keys(cases)).toContain(key);
    expect(rejection(cases)).toEqual({ code: 'unsafe_key', path: ['cases', key], facts: { key } });
  });

  it('an unknown or derived column is unknown_key, listing the columns allowed', () => {
    expect(rejection({ a: [1], nope: [1] })).toEqual({ code: 'unknown_key', path: ['cases', 'nope'], facts: { key: 'nope', allowed: ['a', 'b'] } });
    expect(rejection({ total: [1] })).toEqual({ code: 'unknown_key', path: ['cases', 'total'], facts: { key: 'total', allowed: ['a', 'b'] } });
  });

  it.each([
    ['a string', 'abc', { received: 'string', value: 'abc' }],
    ['a number', 5, { received: 'number', value: '5' }],
    ['null', null, { received: 'null' }],
    ['an object without length', { 0: 1 }, { received: 'object' }],
    ['true', true, { received: 'boolean', value: 'true' }],
  ])('a column that is %s', (_name, col, received) => {
    expect(rejection({ a: col })).toEqual({
      code: 'invalid_type',
      path: ['cases', 'a'],
      facts: { expected: 'column', ...received },
    });
  });

  it('columns of different lengths: length_mismatch with expected and got', () => {
    expect(rejection({ a: [1, 2], b: [1] })).toEqual({ code: 'length_mismatch', path: ['cases', 'b'], facts: { expected: 2, got: 1 } });
    expect(rejection({ a: [], b: [1, 2] })).toEqual({ code: 'length_mismatch', path: ['cases', 'b'], facts: { expected: 0, got: 2 } });
    expect(rejection({ a: [1, 2, 3], b: [] })).toEqual({ code: 'length_mismatch', path: ['cases', 'b'], facts: { expected: 3, got: 0 } });
  });

  it('a bad cell in row 0 is at cases[0].name or cases.name[0]', () => {
    expect(rejection([{ a: -1 }])).toEqual({ code: 'negative', path: ['cases', 0, 'a'], facts: { value: '-1' } });
    expect(rejection({ a: [-1] })).toEqual({ code: 'negative', path: ['cases', 'a', 0], facts: { value: '-1' } });
    expect(rejection({ b: [1, 1.5] })).toEqual({ code: 'not_integer', path: ['cases', 'b', 1], facts: { value: '1.5' } });
  });
});

describe('evaluateRuleBatch: good columns', () => {
  it('empty columns and no columns count nothing', () => {
    for (const cases of [{}, { a: [] }, { a: [], b: new Int32Array(0) }, []] as RuleCases[]) {
      const r = evaluateRuleBatch(rs, cases, { asOf, outcomes: true });
      expect([r.total, r.counts, r.conclusions, r.outcomes]).toEqual([0, { eligible: 0, ineligible: 0, undetermined: 0 }, { big: 0 }, []]);
    }
  });

  it('a column array-like of the right length, typed or not, and missing columns as unknown', () => {
    const r = evaluateRuleBatch(rs, { a: new Uint8Array([1, 2, 10]), b: [2, 0, null] }, { asOf, outcomes: true });
    expect([r.total, r.counts, r.conclusions, r.outcomes]).toEqual([3, { eligible: 1, ineligible: 1, undetermined: 1 }, { big: 1 }, ['eligible', 'ineligible', 'undetermined']]);
    const onlyA = evaluateRuleBatch(rs, { a: [5, 11] }, { asOf });
    expect([onlyA.total, onlyA.counts, onlyA.conclusions, 'outcomes' in onlyA]).toEqual([2, { eligible: 0, ineligible: 0, undetermined: 2 }, { big: 1 }, false]);
  });

  it('rows and columns agree', () => {
    const rows = [{ a: 1, b: 2 }, { a: 0, b: 0 }, { a: 12 }, { a: 12, b: 0 }];
    const cols = { a: [1, 0, 12, 12], b: [2, 0, null, 0] };
    const r1 = evaluateRuleBatch(rs, rows, { asOf, outcomes: true });
    const r2 = evaluateRuleBatch(rs, cols, { asOf, outcomes: true });
    expect(r1).toEqual(r2);
    expect(r1.outcomes).toEqual(['eligible', 'ineligible', 'undetermined', 'eligible']);
    expect(r1.conclusions).toEqual({ big: 2 });
  });
});
