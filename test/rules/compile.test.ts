import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRuleBatch, type Condition, type FactDeclaration, type RuleSet } from '../../src/index.js';
import { rules, t } from './_ruleSets.js';
import { errorOf } from '../helpers/errors.js';

// Targets the closures of src/rules/_compile.ts one behaviour at a time, with small rule sets: the
// comparison operators on plain and measured facts, between edges, `in` sets, scaled `years`, groups
// of one, two and more parts, exceptions inside a group, date measures and fact validation (codes,
// paths and facts of each error).

const count = (en: string): FactDeclaration => ({ type: 'count', title: t(`SL ${en}`, en) });
const date = (en: string): FactDeclaration => ({ type: 'date', title: t(`Ngày ${en}`, en) });
const asOf = '2025-06-01';

/** The result of the single test `cond` on fact `x` of the given type. */
function single(decl: FactDeclaration, cond: Omit<Condition, 'title'> & Record<string, unknown>) {
  const rs = rules({ x: decl }, { id: 'c', fact: 'x', title: t('Điều kiện', 'Condition'), ...cond } as Condition);
  return (value: unknown, on: string = asOf) => evaluateRule(rs, { x: value as never }, { asOf: on }).outcome;
}

describe('plain comparisons (line 169-174)', () => {
  it('> is strict', () => {
    const r = single(count('n'), { op: '>', value: 5 });
    expect([r(4), r(5), r(6), r(null)]).toEqual(['ineligible', 'ineligible', 'eligible', 'undetermined']);
  });

  it('<= includes the edge, and a missing value is unknown', () => {
    const r = single(count('n'), { op: '<=', value: 5 });
    expect([r(4), r(5), r(6), r(null)]).toEqual(['eligible', 'eligible', 'ineligible', 'undetermined']);
  });

  it('>= and < on a number fact', () => {
    const ge = single({ type: 'number', title: t('Điểm', 'Score') }, { op: '>=', value: 2.5 });
    expect([ge(2.4), ge(2.5), ge(2.6), ge(null)]).toEqual(['ineligible', 'eligible', 'eligible', 'undetermined']);
    const lt = single({ type: 'number', title: t('Điểm', 'Score') }, { op: '<', value: 2.5 });
    expect([lt(2.4), lt(2.5), lt(2.6), lt(null)]).toEqual(['eligible', 'ineligible', 'ineligible', 'undetermined']);
  });

  it('!= on a text fact, and a missing value is unknown', () => {
    const r = single({ type: 'text', title: t('Ngành', 'Sector') }, { op: '!=', value: 'farming' });
    expect([r('industry'), r('farming'), r(null)]).toEqual(['eligible', 'ineligible', 'undetermined']);
  });

  it('== and != on a boolean fact', () => {
    const eq = single({ type: 'boolean', title: t('Niêm yết', 'Listed') }, { op: '==', value: true });
    expect([eq(true), eq(false), eq(null)]).toEqual(['eligible', 'ineligible', 'undetermined']);
    const ne = single({ type: 'boolean', title: t('Niêm yết', 'Listed') }, { op: '!=', value: true });
    expect([ne(true), ne(false), ne(null)]).toEqual(['ineligible', 'eligible', 'undetermined']);
  });

  it('every operator on a date fact without a measure compares the days', () => {
    const on = (op: string) => single(date('d'), { op, value: '2024-03-10' });
    const days = ['2024-03-09', '2024-03-10', '2024-03-11'];
    expect(days.map((d) => on('>')(d))).toEqual(['ineligible', 'ineligible', 'eligible']);
    expect(days.map((d) => on('>=')(d))).toEqual(['ineligible', 'eligible', 'eligible']);
    expect(days.map((d) => on('<=')(d))).toEqual(['eligible', 'eligible', 'ineligible']);
    expect(days.map((d) => on('<')(d))).toEqual(['eligible', 'ineligible', 'ineligible']);
    expect(days.map((d) => on('==')(d))).toEqual(['ineligible', 'eligible', 'ineligible']);
    expect(days.map((d) => on('!=')(d))).toEqual(['eligible', 'ineligible', 'eligible']);
    expect(on('<=')(null)).toBe('undetermined');
  });
});

describe('in and between on plain facts (lines 149-165)', () => {
  it('in on a date fact compares the days', () => {
    const r = single(date('d'), { in: ['2024-01-01', '2024-02-01'] });
    expect([r('2024-02-01'), r('2024-01-01'), r('2024-01-02'), r(null)]).toEqual(['eligible', 'eligible', 'ineligible', 'undetermined']);
  });

  it('in on counts and text', () => {
    const c = single(count('n'), { in: [1, 3] });
    expect([c(1), c(2), c(3), c(null)]).toEqual(['eligible', 'ineligible', 'eligible', 'undetermined']);
    const s = single({ type: 'text', title: t('Ngành', 'Sector') }, { in: ['a', 'b'] });
    expect([s('b'), s('c')]).toEqual(['eligible', 'ineligible']);
  });

  it('between on a date fact compares the days, edges included by default', () => {
    const r = single(date('d'), { between: ['2024-01-01', '2024-12-31'] });
    expect([r('2023-12-31'), r('2024-01-01'), r('2024-06-15'), r('2024-12-31'), r('2025-01-01'), r(null)])
      .toEqual(['ineligible', 'eligible', 'eligible', 'eligible', 'ineligible', 'undetermined']);
  });

  it.each([
    ['[]', ['ineligible', 'eligible', 'eligible', 'eligible', 'ineligible']],
    ['[)', ['ineligible', 'eligible', 'eligible', 'ineligible', 'ineligible']],
    ['(]', ['ineligible', 'ineligible', 'eligible', 'eligible', 'ineligible']],
    ['()', ['ineligible', 'ineligible', 'eligible', 'ineligible', 'ineligible']],
  ])('between [3, 5] with edges %s on a count', (edges, expected) => {
    const r = single(count('n'), { between: [3, 5], edges });
    expect([2, 3, 4, 5, 6].map((n) => r(n))).toEqual(expected);
  });

  it.each([
    ['[]', ['ineligible', 'eligible', 'eligible', 'ineligible']],
    ['(]', ['ineligible', 'ineligible', 'eligible', 'ineligible']],
    ['[)', ['ineligible', 'eligible', 'ineligible', 'ineligible']],
  ])('between two dates with edges %s', (edges, expected) => {
    const r = single(date('d'), { between: ['2024-01-01', '2024-01-02'], edges });
    expect(['2023-12-31', '2024-01-01', '2024-01-02', '2024-01-03'].map((d) => r(d))).toEqual(expected);
  });
});

// Months from a date to 2025-06-01: 2020-01-01 → exactly 65; 2019-12-15 → a little more than 65;
// 2020-01-15 → a little more than 64; 2020-02-01 → exactly 64.
const EXACT_65 = '2020-01-01';
const BEYOND_65 = '2019-12-15';
const BEYOND_64 = '2020-01-15';
const EXACT_64 = '2020-02-01';
const months = (cond: Record<string, unknown>) => single(date('d'), { measure: 'months', ...cond });

describe('measured comparisons (compare, lines 119-128)', () => {
  it('the months measured are as the table says', () => {
    const r = evaluateRule(rules({ d: date('d') }, { id: 'c', fact: 'd', measure: 'months', op: '>=', value: 0, title: t('x', 'x') }), { d: BEYOND_65 }, { asOf });
    expect(r.conditions[0]?.measured).toEqual({ measure: 'months', value: 65, exact: false });
  });

  it('< : exactly the threshold fails, a little more than one less passes', () => {
    const r = months({ op: '<', value: 65 });
    expect([r(EXACT_64), r(BEYOND_64), r(EXACT_65), r(BEYOND_65)]).toEqual(['eligible', 'eligible', 'ineligible', 'ineligible']);
  });

  it('== : only exactly the threshold', () => {
    const r = months({ op: '==', value: 65 });
    expect([r(EXACT_65), r(BEYOND_65), r(EXACT_64), r(BEYOND_64)]).toEqual(['eligible', 'ineligible', 'ineligible', 'ineligible']);
  });

  it('!= : all but exactly the threshold', () => {
    const r = months({ op: '!=', value: 65 });
    expect([r(EXACT_65), r(BEYOND_65), r(EXACT_64), r(BEYOND_64)]).toEqual(['ineligible', 'eligible', 'eligible', 'eligible']);
  });

  it('> and <= : a little more than the threshold is more', () => {
    const gt = months({ op: '>', value: 65 });
    expect([r4(gt)]).toEqual([['ineligible', 'eligible', 'ineligible', 'ineligible']]);
    const le = months({ op: '<=', value: 65 });
    expect([r4(le)]).toEqual([['eligible', 'ineligible', 'eligible', 'eligible']]);
    const ge = months({ op: '>=', value: 65 });
    expect([r4(ge)]).toEqual([['eligible', 'eligible', 'ineligible', 'ineligible']]);
  });

  it('a missing date is unknown', () => {
    expect(months({ op: '==', value: 65 })(null)).toBe('undetermined');
  });

  it.each([
    ['[]', ['eligible', 'ineligible', 'eligible', 'eligible']],
    ['[)', ['ineligible', 'ineligible', 'eligible', 'eligible']],
    ['(]', ['eligible', 'ineligible', 'ineligible', 'eligible']],
    ['()', ['ineligible', 'ineligible', 'ineligible', 'eligible']],
  ])('between [64, 65] months with edges %s (exact 65, beyond 65, exact 64, beyond 64)', (edges, expected) => {
    expect(r4(months({ between: [64, 65], edges }))).toEqual(expected);
  });

  it('years scale the threshold to months', () => {
    // 2020-01-15 → 2025-06-01: 5 years and a little more
    const ge = (n: number) => single(date('d'), { measure: 'years', op: '>=', value: n })(BEYOND_64);
    expect([ge(5), ge(6)]).toEqual(['eligible', 'ineligible']);
    const eq = (d: string) => single(date('d'), { measure: 'years', op: '==', value: 5 })(d);
    expect([eq('2020-06-01'), eq('2020-05-31'), eq('2020-06-02')]).toEqual(['eligible', 'ineligible', 'ineligible']);
    const lt = (d: string) => single(date('d'), { measure: 'years', op: '<', value: 1 })(d, '2025-06-01');
    expect([lt('2024-06-02'), lt('2024-06-01')]).toEqual(['eligible', 'ineligible']);
  });

  it('in on fullYears and days: exact members only', () => {
    const years = single(date('d'), { measure: 'fullYears', in: [5, 7] });
    expect([years('2020-06-01'), years('2020-01-15'), years('2019-06-01'), years('2018-06-01'), years(null)])
      .toEqual(['eligible', 'eligible', 'ineligible', 'eligible', 'undetermined']);
    const days = single(date('d'), { measure: 'days', in: [0, 12] });
    expect([days('2025-05-20'), days('2025-06-01'), days('2025-05-21')]).toEqual(['eligible', 'eligible', 'ineligible']);
  });
});

function r4(r: (v: unknown) => string): string[] {
  return [EXACT_65, BEYOND_65, EXACT_64, BEYOND_64].map((d) => r(d));
}

describe('date measures (measure, lines 91-116)', () => {
  it('days: a date on asOf is 0 days, never a date_order error', () => {
    const r = single(date('d'), { measure: 'days', op: '==', value: 0 });
    expect(r(asOf)).toBe('eligible');
  });

  it('days are exact: == and > at the count', () => {
    expect(single(date('d'), { measure: 'days', op: '==', value: 12 })('2025-05-20')).toBe('eligible');
    expect(single(date('d'), { measure: 'days', op: '>', value: 12 })('2025-05-20')).toBe('ineligible');
    expect(single(date('d'), { measure: 'days', op: '<=', value: 11 })('2025-05-20')).toBe('ineligible');
  });

  it('fullYears are whole years: == the years, exact', () => {
    const r = evaluateRule(rules({ d: date('d') }, { id: 'c', fact: 'd', measure: 'fullYears', op: '==', value: 5, title: t('x', 'x') }), { d: '2020-01-15' }, { asOf });
    expect(r.outcome).toBe('eligible');
    expect(single(date('d'), { measure: 'fullYears', op: '<=', value: 5 })('2020-01-15')).toBe('eligible');
    expect(single(date('d'), { measure: 'fullYears', op: '>', value: 5 })('2020-01-15')).toBe('ineligible');
  });

  it('fullMonths are whole months', () => {
    expect(single(date('d'), { measure: 'fullMonths', op: '==', value: 65 })(BEYOND_65)).toBe('eligible');
    expect(single(date('d'), { measure: 'fullMonths', op: '>', value: 65 })(BEYOND_65)).toBe('ineligible');
  });

  it('workingDays are exact: == the count', () => {
    // after Tue 2025-05-20 up to Sun 2025-06-01: 21–23 and 26–30 May
    expect(single(date('d'), { measure: 'workingDays', op: '==', value: 8 })('2025-05-20')).toBe('eligible');
    expect(single(date('d'), { measure: 'workingDays', op: '>', value: 8 })('2025-05-20')).toBe('ineligible');
  });

  it('a date after asOf is a date_order error at the fact', () => {
    const err = errorOf(() => evaluateRule(rules({ d: date('d') }, { fact: 'd', measure: 'days', op: '>=', value: 0, title: t('x', 'x') }), { d: '2025-06-02' }, { asOf }));
    expect(err.code).toBe('date_order');
    expect(err.path).toEqual(['facts', 'd']);
    expect(err.issues[0].facts).toEqual({ start: '2025-06-02', end: '2025-06-01' });
  });

  it('working days outside the holiday calendar: unsupported_year with its facts', () => {
    const rs = rules({ d: date('d') }, { fact: 'd', measure: 'workingDays', op: '>=', value: 0, title: t('x', 'x') });
    const err = errorOf(() => evaluateRule(rs, { d: '2019-12-01' }, { asOf: '2020-06-01' }));
    expect(err.code).toBe('unsupported_year');
    expect(err.path).toEqual(['facts', 'd']);
    expect(err.issues[0].facts).toEqual({ year: 2019, min: 2020, max: 2030 });
  });

  it('errors in a batch name the case, row 0 included', () => {
    const rs = rules({ d: date('d') }, { fact: 'd', measure: 'days', op: '>=', value: 0, title: t('x', 'x') });
    expect(errorOf(() => evaluateRuleBatch(rs, [{ d: '2025-06-02' }], { asOf })).path).toEqual(['cases', 0, 'd']);
    expect(errorOf(() => evaluateRuleBatch(rs, { d: ['2025-06-02'] }, { asOf })).path).toEqual(['cases', 'd', 0]);
    expect(errorOf(() => evaluateRuleBatch(rs, [{ d: '2025-06-01' }, { d: '2025-06-02' }], { asOf })).path).toEqual(['cases', 1, 'd']);
  });
});

describe('groups of one, two and more parts (compileNode)', () => {
  const facts = { a: count('a'), b: count('b'), c: count('c') };
  const part = (name: string) => ({ id: name, fact: name, op: '>=', value: 1, title: t(name, name) }) as Condition;
  const group = (kind: 'all' | 'any', names: string[]) => rules(facts, { id: 'g', [kind]: names.map(part) } as unknown as Condition);
  const run = (rs: RuleSet, values: (number | null)[]) => {
    const f = { a: values[0], b: values[1], c: values[2] };
    const one = evaluateRule(rs, f, { asOf }).outcome;
    const batch = evaluateRuleBatch(rs, [f], { asOf, outcomes: true }).outcomes?.[0];
    expect(batch).toBe(one);
    return one;
  };
  // 1 passes, 0 fails, null unknown
  const cases: (number | null)[][] = [[1, 1, 1], [0, 0, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0], [null, 0, 0], [0, 0, null], [null, 1, 1], [1, 1, null], [null, 0, 1]];

  it('all of three: fails on any failure, else unknown on any unknown', () => {
    const rs = group('all', ['a', 'b', 'c']);
    expect(cases.map((v) => run(rs, v))).toEqual(['eligible', 'ineligible', 'ineligible', 'ineligible', 'ineligible', 'ineligible', 'ineligible', 'undetermined', 'undetermined', 'ineligible']);
  });

  it('any of three: passes on any pass, else unknown on any unknown', () => {
    const rs = group('any', ['a', 'b', 'c']);
    expect(cases.map((v) => run(rs, v))).toEqual(['eligible', 'ineligible', 'eligible', 'eligible', 'eligible', 'undetermined', 'undetermined', 'eligible', 'eligible', 'eligible']);
  });

  it('any and all of two, and of one', () => {
    const two = [[1, 1], [1, 0], [0, 1], [0, 0], [null, 0], [0, null], [null, 1], [1, null]].map(([a, b]) => [a ?? null, b ?? null, null]);
    expect(two.map((v) => run(group('any', ['a', 'b']), v))).toEqual(['eligible', 'eligible', 'eligible', 'ineligible', 'undetermined', 'undetermined', 'eligible', 'eligible']);
    expect(two.map((v) => run(group('all', ['a', 'b']), v))).toEqual(['eligible', 'ineligible', 'ineligible', 'ineligible', 'ineligible', 'ineligible', 'undetermined', 'undetermined']);
    for (const kind of ['any', 'all'] as const) {
      expect([[1], [0], [null]].map(([a]) => run(group(kind, ['a']), [a ?? null, null, null]))).toEqual(['eligible', 'ineligible', 'undetermined']);
    }
  });

  it('any of five: the last part alone can pass it', () => {
    const rs = rules(facts, { any: [1, 2, 3, 4, 5].map((v) => ({ fact: 'a', op: '==', value: v, title: t(`=${v}`, `=${v}`) })) } as Condition);
    expect([5, 1, 6, 0].map((a) => run(rs, [a, null, null]))).toEqual(['eligible', 'eligible', 'ineligible', 'ineligible']);
  });
});

describe('exceptions inside a group (line 241)', () => {
  const facts = { a: count('a'), b: count('b'), ok: { type: 'boolean', title: t('Chấp thuận', 'Approved') } as FactDeclaration };
  const rs = rules(facts, {
    id: 'root',
    all: [
      { id: 'ca', fact: 'a', op: '>=', value: 1, title: t('A', 'A') },
      { id: 'cb', fact: 'b', op: '>=', value: 5, title: t('B', 'B') },
    ],
  }, {
    exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'cb', when: { fact: 'ok', op: '==', value: true, title: t('Đã duyệt', 'Approved') } }],
  });

  it('an exception that holds turns the failing part into a pass, and so the group', () => {
    const r = evaluateRule(rs, { a: 1, b: 1, ok: true }, { asOf });
    expect(r.outcome).toBe('eligible');
    expect(r.conditions.map((c) => [c.id, c.baseResult, c.result])).toEqual([['root', 'pass', 'pass'], ['ca', 'pass', 'pass'], ['cb', 'fail', 'pass']]);
    expect(evaluateRuleBatch(rs, [{ a: 1, b: 1, ok: true }, { a: 1, b: 1, ok: false }, { a: 1, b: 1 }], { asOf, outcomes: true }).outcomes)
      .toEqual(['eligible', 'ineligible', 'undetermined']);
  });

  it('an exception that does not hold leaves the failure', () => {
    expect(evaluateRule(rs, { a: 1, b: 1, ok: false }, { asOf }).outcome).toBe('ineligible');
    expect(evaluateRule(rs, { a: 1, b: 9, ok: false }, { asOf }).outcome).toBe('eligible');
  });
});

describe('reading facts (readFact, badNumber, deriveFacts)', () => {
  const facts = {
    n: count('n'),
    score: { type: 'number', title: t('Điểm', 'Score') } as FactDeclaration,
    d: date('d'),
    name: { type: 'text', title: t('Tên', 'Name') } as FactDeclaration,
    sector: { type: 'text', title: t('Ngành', 'Sector'), values: ['industry', 'services'] } as FactDeclaration,
    flag: { type: 'boolean', title: t('Cờ', 'Flag') } as FactDeclaration,
  };
  const rs = rules(facts, { fact: 'n', op: '>=', value: 0, title: t('x', 'x') });
  const bad = (f: Record<string, unknown>) => {
    const err = errorOf(() => evaluateRule(rs, f as never, { asOf }));
    return { code: err.code, path: err.path, facts: err.issues[0].facts };
  };

  it.each<[string, Record<string, unknown>, string, (string | number)[], Record<string, unknown>]>([
    ['a negative count', { n: -1 }, 'negative', ['facts', 'n'], { value: '-1' }],
    ['a fractional count', { n: 1.5 }, 'not_integer', ['facts', 'n'], { value: '1.5' }],
    ['an infinite count', { n: Infinity }, 'not_finite', ['facts', 'n'], { received: 'infinity' }],
    ['a NaN count', { n: Number.NaN }, 'not_finite', ['facts', 'n'], { received: 'nan' }],
    ['an unsafe count', { n: 2 ** 53 }, 'unsafe_number', ['facts', 'n'], { value: '9007199254740992' }],
    ['a count as true', { n: true }, 'invalid_type', ['facts', 'n'], { expected: 'count', received: 'boolean', value: 'true' }],
    ['a number as an array', { score: [] }, 'invalid_type', ['facts', 'score'], { expected: 'number', received: 'array' }],
    ['a count as text of a fraction', { n: '2.5' }, 'not_integer', ['facts', 'n'], { value: '2.5' }],
    ['a number as text in exponent form', { score: '1e3' }, 'exponent_not_allowed', ['facts', 'score'], { value: '1e3' }],
    ['a NaN number', { score: Number.NaN }, 'not_finite', ['facts', 'score'], { received: 'nan' }],
    ['an infinite number', { score: -Infinity }, 'not_finite', ['facts', 'score'], { received: 'negative-infinity' }],
    ['a text fact given a number', { name: 5 }, 'invalid_type', ['facts', 'name'], { expected: 'string', received: 'number', value: '5' }],
    ['a text fact too long', { name: 'x'.repeat(2001) }, 'too_long', ['facts', 'name'], { length: 2001, limit: 2000 }],
    ['a value outside the set', { sector: 'farming' }, 'invalid_value', ['facts', 'sector'], { allowed: ['industry', 'services'], received: 'string', value: 'farming' }],
    ['a boolean as text', { flag: 'yes' }, 'invalid_type', ['facts', 'flag'], { expected: 'boolean', received: 'string', value: 'yes' }],
    ['a date as a number', { d: 20240101 }, 'invalid_type', ['facts', 'd'], { expected: 'date', received: 'number', value: '20240101' }],
    ['an impossible date', { d: '2023-02-29' }, 'invalid_date', ['facts', 'd'], { value: '2023-02-29' }],
    ['a long non-date string', { d: 'a'.repeat(50) }, 'invalid_date', ['facts', 'd'], { value: 'a'.repeat(40) }],
  ])('rejects %s with its code, path and facts', (_name, f, code, path, issueFacts) => {
    expect(bad(f)).toEqual({ code, path, facts: issueFacts });
  });

  it('accepts the edges: 0, the largest safe count, a 2000-character text, a value in the set', () => {
    const r = evaluateRule(rs, { n: 0, score: -2.5, name: 'x'.repeat(2000), sector: 'services', flag: false, d: '2024-02-29' }, { asOf });
    expect(r.facts).toEqual({ n: 0, score: -2.5, d: '2024-02-29', name: 'x'.repeat(2000), sector: 'services', flag: false });
    expect(evaluateRule(rs, { n: Number.MAX_SAFE_INTEGER }, { asOf }).facts.n).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('the same errors in a batch are at cases[i].name', () => {
    const err = errorOf(() => evaluateRuleBatch(rs, [{ n: 1 }, { score: true }], { asOf }));
    expect([err.code, err.path, err.issues[0].facts]).toEqual(['invalid_type', ['cases', 1, 'score'], { expected: 'number', received: 'boolean', value: 'true' }]);
  });

  describe('derived sums', () => {
    const sum = rules(
      { a: count('a'), b: count('b'), total: { type: 'count', title: t('Tổng', 'Total'), sum: ['a', 'b'] } },
      { id: 'c', fact: 'total', op: '>=', value: 3, title: t('Tổng ≥ 3', 'Total ≥ 3') },
    );

    it('adds the parts; unknown when a part is missing', () => {
      expect(evaluateRule(sum, { a: 1, b: 2 }, { asOf }).facts).toEqual({ a: 1, b: 2, total: 3 });
      expect(evaluateRule(sum, { a: 1 }, { asOf }).facts).toEqual({ a: 1, b: null, total: null });
      expect(evaluateRule(sum, { a: 1 }, { asOf }).missing).toEqual(['b']);
    });

    it('a sum beyond the safe integers is unsafe_number at the derived fact', () => {
      const err = errorOf(() => evaluateRule(sum, { a: Number.MAX_SAFE_INTEGER, b: 1 }, { asOf }));
      expect([err.code, err.path, err.issues[0].facts]).toEqual(['unsafe_number', ['facts', 'total'], { value: '9007199254740992' }]);
      const inBatch = errorOf(() => evaluateRuleBatch(sum, [{ a: 1, b: 1 }, { a: Number.MAX_SAFE_INTEGER, b: 1 }], { asOf }));
      expect(inBatch.path).toEqual(['cases', 1, 'total']);
      expect(evaluateRule(sum, { a: Number.MAX_SAFE_INTEGER - 1, b: 1 }, { asOf }).facts.total).toBe(Number.MAX_SAFE_INTEGER);
    });
  });
});
