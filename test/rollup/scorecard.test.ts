import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch, scorecard } from '../../src/index.js';
import { codeAndPath } from './_helpers.js';

describe('scorecard', () => {
  it('counts exceeded, met and not met, and labels met-or-exceeded over total', () => {
    const s = scorecard([{ achieved: 7, target: 10, label: 'năm 2024' }, { achieved: 44, target: 50 }, { achieved: 20, target: 20 }]);
    expect(s).toMatchObject({ total: 3, counts: { 'not-met': 2, met: 1, exceeded: 0 }, metOrExceeded: 1, label: '1/3', allMet: false });
    expect(s.explanation).toEqual({ vi: '1/3 chỉ tiêu đạt và vượt (1 đạt); 2 chỉ tiêu chưa đạt', en: '1 of 3 targets met or exceeded (1 met); 2 not met' });
    expect(s.lines).toEqual([
      { label: 'năm 2024', status: 'not-met', percent: '70' },
      { label: null, status: 'not-met', percent: '88' },
      { label: null, status: 'met', percent: '100' },
    ]);
    expect(s.distribution).toMatchObject({ min: '70', max: '100', minItem: 0, maxItem: 2 });
  });

  it('counts are keyed by the status codes, as attainmentBatch counts them; no other count keys', () => {
    const items = [{ achieved: 7, target: 10 }, { achieved: 20, target: 20 }, { achieved: 25, target: 20 }, { achieved: 3, target: 0 }];
    const s = scorecard(items);
    expect(s.counts).toEqual({ 'not-met': 1, met: 1, exceeded: 2 });
    expect(Object.isFrozen(s.counts)).toBe(true);
    const b = attainmentBatch({ achieved: items.map((i) => i.achieved), target: items.map((i) => i.target) });
    expect(s.counts).toEqual(b.counts);
    expect(Object.keys(s.counts)).toEqual([...b.statusLabels]);
    // The camel-case keys of before are gone (CHANGELOG: Migration).
    for (const old of ['notMet', 'met', 'exceeded']) expect(Object.prototype.hasOwnProperty.call(s, old)).toBe(false);
    expect(JSON.parse(JSON.stringify(s)).counts).toEqual({ 'not-met': 1, met: 1, exceeded: 2 });
  });

  it('takes results, inputs and bare statuses alike; other target forms too', () => {
    const s = scorecard([
      attainment({ achieved: 58, target: { atLeast: 400 } }),
      { achieved: 6, target: { min: 5, max: 7 } },
      { achieved: '97.5', target: '93', kind: 'rate' },
      { status: 'exceeded', label: 'không để xảy ra đình công' },
    ]);
    expect(s.lines.map((l) => l.status)).toEqual(['not-met', 'met', 'exceeded', 'exceeded']);
    expect(s.label).toBe('3/4');
  });

  it('the distribution is compared exactly and rounded once, in the options', () => {
    // 2/3 and 0.6667: 66.666…% < 66.67%, though both print 66.67 at two decimals
    const s = scorecard([{ achieved: 2, target: 3 }, { achieved: 6667, target: 10000 }], { decimals: 1, rounding: 'down' });
    expect(s.distribution).toMatchObject({ min: '66.6', max: '66.6', minItem: 0, maxItem: 1, exact: { min: '200/3', max: '6667/100' } });
    expect(s.distribution!.text).toEqual({ vi: '66,6%', en: '66.6%' });
    expect(scorecard([{ achieved: 195, target: 200 }, { achieved: 11, target: 10 }]).distribution!.text).toEqual({ vi: '97,5–110%', en: '97.5–110%' });
  });

  it('no lines with a percentage: no distribution; no lines at all: 0/0', () => {
    expect(scorecard([{ status: 'met' }]).distribution).toBeNull();
    expect(scorecard([])).toMatchObject({ label: '0/0', allMet: true, distribution: null });
    expect(scorecard([{ achieved: 0, target: 0 }]).lines[0]).toEqual({ label: null, status: 'met', percent: null });
  });

  it('at-most lines are left out of the distribution: their percent is the share of a limit used', () => {
    // 2 incidents against at most 4 is "50" (exceeded: well below the limit), not an attainment of 50%
    const s = scorecard([{ achieved: 2, target: { atMost: 4 } }, { achieved: 10, target: 10 }]);
    expect(s.lines.map((l) => [l.status, l.percent])).toEqual([['exceeded', '50'], ['met', '100']]);
    expect(s.distribution).toMatchObject({ min: '100', max: '100', minItem: 1, maxItem: 1, text: { vi: '100%', en: '100%' } });
    expect(s.leftOutOfDistribution).toBe(1);
    // results of attainment alike; only at-most lines: no distribution at all
    const r = scorecard([attainment({ achieved: 5, target: { atMost: 4 } }), { achieved: 3, target: { atMost: 4 } }, { status: 'met' }]);
    expect(r).toMatchObject({ distribution: null, leftOutOfDistribution: 2, label: '2/3' });
    expect(scorecard([{ achieved: 3, target: 4 }]).leftOutOfDistribution).toBe(0);
  });

  it('bad lines are reported with their index', () => {
    expect(codeAndPath(() => scorecard([{ status: 'exceeded', achieved: '1', target: {}, exact: { percent: '1/0' } } as never]))).toEqual(['malformed_number', ['items', 0, 'exact', 'percent']]);
    expect(codeAndPath(() => scorecard([{ status: 'met' }, { status: 'met', achieved: '1', target: {}, exact: { percent: 'abc' } } as never]))).toEqual(['malformed_number', ['items', 1, 'exact', 'percent']]);
    expect(codeAndPath(() => scorecard([{ status: 'met' }, { achieved: -3, target: 4 }]))).toEqual(['negative', ['items', 1, 'achieved']]);
    expect(codeAndPath(() => scorecard([{ achieved: 3 } as never]))).toEqual(['missing', ['items', 0, 'target']]);
    expect(codeAndPath(() => scorecard([{ achieved: 3, target: NaN }]))).toEqual(['not_finite', ['items', 0, 'target']]);
    expect(codeAndPath(() => scorecard([{ status: 'good' } as never]))).toEqual(['invalid_value', ['items', 0, 'status']]);
    expect(codeAndPath(() => scorecard([{ label: 'x' } as never]))).toEqual(['missing', ['items', 0, 'status']]);
    expect(codeAndPath(() => scorecard([{ status: 'met', note: 1 } as never]))).toEqual(['unknown_key', ['items', 0, 'note']]);
    expect(codeAndPath(() => scorecard([{ status: 'met', label: 3 } as never]))).toEqual(['invalid_type', ['items', 0, 'label']]);
    expect(codeAndPath(() => scorecard([null as never]))).toEqual(['invalid_type', ['items', 0]]);
    expect(codeAndPath(() => scorecard('6/6' as never))).toEqual(['invalid_type', ['items']]);
    expect(codeAndPath(() => scorecard([], { decimals: -1 }))).toEqual(['out_of_range', ['options', 'decimals']]);
    // null options are no options, as everywhere else
    expect(scorecard([{ status: 'met' }], null as never).label).toBe('1/1');
  });
});
