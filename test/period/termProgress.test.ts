import { describe, expect, it } from 'vitest';
import { OPEN_SDG_THRESHOLDS, attainment, safeTermProgress, termProgress, type TermProgressInput } from '../../src/index.js';
import figures from '../fixtures/seed-figures.json' with { type: 'json' };
import { errorOf } from './_errors.js';

const byId = (id: string) => (figures.cases as Record<string, any>[]).find((c) => c.id === id) as Record<string, any>;
const REPORT_DATE = '2024-07-16'; // "Cập nhật: 16-07-2024" of the Bình Dương report
const TERM = 'nhiệm kỳ 2020-2025';

describe('termProgress: the Bình Dương term figures as of the report date', () => {
  it('VSIP: lũy kế 72/80 = 90%, ahead of a straight line, 8 to go', () => {
    const seed = byId('bd-vsip').cases[1];
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: seed.target, cumulative: seed.achieved });
    const t = r.targets[0]!;
    expect(t.attainment.percent).toBe(seed.expect.percent);
    expect(t.remaining).toBe(String(seed.expect.remaining));
    expect(r.elapsed).toMatchObject({ status: 'in-progress', elapsedDays: 1659, totalDays: 2192, remainingDays: 533, percent: '75.68' });
    expect(t.expectedByNow).toEqual({ value: '60.55', valueNumber: 60.55, exact: '8295/137' });
    expect(t.pace).toBe('ahead');
    expect(t.requiredPerYear).toEqual({ value: '5.48', valueNumber: 5.48, exact: '2922/533' });
    expect(t.requiredPerMonth?.value).toBe('0.46');
    expect(r.projectedAtEnd?.exact).toBe('52608/553'); // 72 × 2192 / 1659
    expect(r.projectedAtEnd?.value).toBe('95.13');
  });

  it('VSIP 2024: 15 against the annual plan implied by "đạt 75%" (20)', () => {
    const seed = byId('bd-vsip').cases[0];
    expect(attainment({ achieved: seed.achieved, target: seed.expect.impliedTargets['half-up'][0] }, { decimals: 0 }).percent).toBe('75');
    const r = termProgress({ term: 'năm 2024', asOf: REPORT_DATE, target: 20, cumulative: 15 });
    expect(r.elapsed.fraction.exact).toBe('33/61'); // 198/366
    expect(r.targets[0]).toMatchObject({ pace: 'ahead', remaining: '5', expectedByNow: { value: '10.82' } });
  });

  it('Bến Cát: one figure, two issuers: own resolution 20/20 = 100%, assigned 20/50 = 40%', () => {
    const own = byId('bd-bencat-term-own');
    const assigned = byId('bd-bencat-term-assigned');
    const r = termProgress({
      term: TERM,
      asOf: REPORT_DATE,
      cumulative: 20,
      targets: [
        { id: 'own', source: 'own', issuer: 'Đại hội Chi bộ', target: own.target },
        { id: 'assigned', source: 'assigned', issuer: 'Đảng ủy khối', target: assigned.target },
      ],
    });
    const [a, b] = r.targets;
    expect([a!.id, a!.source, a!.attainment.percent, a!.attainment.status, a!.remaining, a!.pace]).toEqual(['own', 'own', own.expect.percent, own.expect.status, '0', 'ahead']);
    expect([b!.id, b!.source, b!.issuer, b!.attainment.percent, b!.attainment.status, b!.remaining]).toEqual(['assigned', 'assigned', 'Đảng ủy khối', assigned.expect.percent, assigned.expect.status, String(assigned.expect.remaining)]);
    expect(b!.pace).toBe('behind'); // expected 50 × 1659/2192 = 37.84
    expect(b!.expectedByNow.value).toBe('37.84');
    expect(b!.requiredPerYear?.value).toBe('20.56'); // 30 × 365.25 / 533
    expect(a!.requiredPerYear?.value).toBe('0');
  });

  it('Bến Cát own target as of the end of 2023 ("tính đến cuối năm 2023")', () => {
    const r = termProgress({ term: TERM, asOf: '2023-12-31', target: 20, cumulative: 20 });
    expect(r.elapsed.elapsedDays).toBe(1461);
    expect(r.targets[0]).toMatchObject({ attainment: { percent: '100', status: 'met' }, pace: 'ahead', remaining: '0' });
  });

  it('Mỹ Phước: 7/10 for 2024 and 44/50 for the term', () => {
    const seed = byId('bd-myphuoc-2024');
    const year = termProgress({ term: seed.cases[0].period, asOf: REPORT_DATE, target: 10, cumulative: 7 });
    expect(year.targets[0]).toMatchObject({ attainment: { percent: seed.cases[0].expect.percent }, pace: 'ahead', remaining: '3', requiredPerYear: { value: '6.52' } });
    const term = termProgress({ term: seed.cases[1].period, asOf: REPORT_DATE, target: 50, cumulative: 44 });
    expect(term.targets[0]).toMatchObject({ attainment: { percent: '88' }, remaining: '6', pace: 'ahead', expectedByNow: { value: '37.84' }, requiredPerYear: { value: '4.11' } });
  });

  it('Khối DN: 58 in the first half against at least 400 for 2024', () => {
    const seed = byId('bd-khoi-h1-2024');
    const r = termProgress({ term: 'năm 2024', asOf: '2024-06-30', target: seed.target, cumulative: seed.achieved });
    const t = r.targets[0]!;
    expect([t.attainment.percent, t.attainment.status, t.remaining]).toEqual([seed.expect.percent, seed.expect.status, String(seed.expect.remaining)]);
    expect(t.expectedByNow.exact).toBe('36400/183'); // 400 × 182/366
    expect(t.pace).toBe('behind');
    expect(t.requiredPerYear?.value).toBe('678.89'); // 342 × 365.25 / 184
    expect(t.requiredPerMonth?.value).toBe('56.57');
  });
});

describe('termProgress: results, aggregation and plans', () => {
  const results = [
    { period: 'năm 2020', value: 12 },
    { period: 'năm 2021', value: 15 },
    { period: 'năm 2022', value: 14 },
    { period: 'năm 2023', value: 16 },
    { period: 'năm 2024', value: 15 },
  ];

  it('sum: lũy kế is the sum of the periods (VSIP, 57 before 2024 + 15)', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, results });
    expect(r.cumulative.value).toBe('72');
    expect(r.explanation.find((s) => s.name === 'cumulative')?.formula).toBe('sum(12, 15, 14, 16, 15) = 72');
  });

  it('last, max, mean for stocks and rates', () => {
    const stock = [
      { period: '2020-01-01..2020-12-31', value: 30 },
      { period: 'năm 2022', value: 41 },
      { period: 'năm 2021', value: 45 },
    ];
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 50, results: stock, aggregation: 'last' }).cumulative.value).toBe('41');
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 50, results: stock, aggregation: 'max' }).cumulative.value).toBe('45');
    const mean = termProgress({ term: TERM, asOf: REPORT_DATE, target: 50, results: stock, aggregation: 'mean' });
    expect([mean.cumulative.exact, mean.cumulative.value, mean.cumulativeRounded]).toEqual(['116/3', '38.67', true]);
    expect(mean.targets[0]!.attainment.percent).toBe('77.33');
    const even = termProgress({ term: TERM, asOf: REPORT_DATE, target: 90, kind: 'rate', results: [{ period: 'năm 2020', value: '91.5' }, { period: 'năm 2021', value: 93 }], aggregation: 'mean' });
    expect([even.cumulative.value, even.cumulativeRounded, even.targets[0]!.attainment.status]).toEqual(['92.25', false, 'exceeded']);
  });

  it('per-year plans set the expected pace instead of a straight line', () => {
    const plan = [
      { period: 'năm 2020', value: 10 },
      { period: 'năm 2021', value: 15 },
      { period: 'năm 2022', value: 15 },
      { period: 'năm 2023', value: 15 },
      { period: 'năm 2024', value: 20 },
      { period: 'năm 2025', value: 5 },
    ];
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, plan, results });
    const t = r.targets[0]!;
    expect(t.paceBasis).toBe('plan');
    // 10 + 15 + 15 + 15 + 20 × 198/366
    expect(t.expectedByNow.exact).toBe('4015/61');
    expect(t.expectedByNow.value).toBe('65.82');
    expect(t.pace).toBe('ahead');
  });

  it('tolerance: within 5% of the expected figure is on track, the caller can change it', () => {
    // expected 60.55: 58 is within 5% (57.52), 57 is not
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 58 }).targets[0]!.pace).toBe('on-track');
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 57 }).targets[0]!.pace).toBe('behind');
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 57 }, { tolerancePercent: 10 }).targets[0]!.pace).toBe('on-track');
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 61 }, { tolerancePercent: 0 }).targets[0]!.pace).toBe('ahead');
  });

  it('an upper limit: lower is ahead; no yearly requirement; CAGR and UNSD do not apply', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: { atMost: 4 }, cumulative: 1 }, { methods: ['linear', 'cagr', 'unsd'] });
    const t = r.targets[0]!;
    expect([t.pace, t.remaining, t.requiredPerYear, t.projections.map((p) => p.status)]).toEqual(['ahead', '3', null, ['computed', 'not-applicable', 'not-applicable']]);
  });
});

describe('termProgress: asOf outside the term gives a clear answer', () => {
  it('before the start: elapsed 0, expected 0, status not-started, no projection', () => {
    const r = termProgress({ term: TERM, asOf: '2019-12-31', target: 80, cumulative: 0 });
    expect(r.elapsed).toMatchObject({ status: 'not-started', elapsedDays: 0, fraction: { value: '0', exact: '0' }, percent: '0' });
    expect(r.targets[0]).toMatchObject({ expectedByNow: { value: '0' }, pace: 'on-track', requiredPerYear: { value: '13.33' } });
    expect(r.projectedAtEnd).toBe(null);
    expect(r.targets[0]!.projections[0]).toMatchObject({ status: 'insufficient-data', dataPoints: 1, needed: 2 });
    expect(r.explanation[0]!.en).toContain('is before term 2020–2025 starts');
  });

  it('after the end: elapsed 1, status ended, nothing required per year when there is no time left', () => {
    const r = termProgress({ term: TERM, asOf: '2026-03-01', target: 80, cumulative: 72 });
    expect(r.elapsed).toMatchObject({ status: 'ended', elapsedDays: 2192, remainingDays: 0, fraction: { value: '1' } });
    expect(r.targets[0]).toMatchObject({ requiredPerYear: null, requiredPerMonth: null, pace: 'behind', expectedByNow: { value: '80' } });
    expect(r.projectedAtEnd?.value).toBe('72');
  });
});

describe('termProgress: projection methods', () => {
  const results = [
    { period: 'từ năm 2020 đến năm 2023', value: 57 },
    { period: 'năm 2024', value: 15 },
  ];

  it('CAGR (Open SDG): ratio of observed to required growth, with its thresholds', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, results }, { methods: ['cagr'] });
    const p = r.targets[0]!.projections[0]!;
    expect(p).toMatchObject({ method: 'cagr', status: 'computed', thresholds: 'open-sdg', class: 'on-track', dataPoints: 2 });
    // observed (72/57)^(365.25/198) − 1, required (80/57)^(365.25/731) − 1
    const obs = (72 / 57) ** (365.25 / 198) - 1;
    const req = (80 / 57) ** (365.25 / 731) - 1;
    expect(p.ratio!.valueNumber).toBeCloseTo(obs / req, 3);
    expect(p.ratio!.exact).toBe(null);
    expect(Number(p.observedRatePercent)).toBeCloseTo(obs * 100, 2);
  });

  it('CAGR with one data point is insufficient-data, not a guess', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72 }, { methods: ['cagr'] });
    expect(r.targets[0]!.projections[0]).toMatchObject({ status: 'insufficient-data', dataPoints: 1, needed: 2, class: null });
  });

  it('CAGR with a zero base is an explained error', () => {
    const e = errorOf(() => termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, results: [{ period: 'năm 2020', value: 0 }, { period: 'năm 2021', value: 9 }] }, { methods: ['cagr'] }));
    expect([e.code, e.path, e.issues[0].facts.method]).toEqual(['nonpositive_base', ['results', 0, 'value'], 'CAGR']);
    expect(e.message).toContain('the CAGR needs a base value above zero; got 0');
  });

  it('UNSD ratio r = (projected − base) / (target − base), with bands 0.95 and 0.10', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, targets: [{ id: 'vsip', target: 80 }, { id: 'big', target: 400 }, { id: 'huge', target: 5000 }], cumulative: 72 }, { methods: ['unsd'] });
    expect(r.targets.map((t) => [t.projections[0]!.class, t.projections[0]!.ratio!.value])).toEqual([
      ['on-track', '1.1892'],
      ['acceleration-needed', '0.2378'],
      ['limited-progress', '0.019'],
    ]);
  });

  it('a stock falling away from its target is deterioration; a met target is its own class', () => {
    const falling = [{ period: 'năm 2020', value: 40 }, { period: 'năm 2022', value: 30 }];
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 50, results: falling, aggregation: 'last' }, { methods: ['linear', 'cagr', 'unsd'] });
    expect(r.targets[0]!.projections.map((p) => p.class)).toEqual(['off-track', 'deterioration', 'deterioration']);
    const met = termProgress({ term: TERM, asOf: REPORT_DATE, target: 20, cumulative: 20 }, { methods: ['unsd'] });
    expect(met.targets[0]!.projections[0]!.class).toBe('target-achieved');
  });

  it('threshold sets are replaceable data', () => {
    const strict = { ...OPEN_SDG_THRESHOLDS, id: 'strict', bands: [{ min: '2', class: 'on-track', label: { vi: 'Đúng', en: 'On' } }, { min: null, class: 'slow', label: { vi: 'Chậm', en: 'Slow' } }] };
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72 }, { methods: ['unsd'], thresholds: { unsd: strict } });
    expect(r.targets[0]!.projections[0]).toMatchObject({ thresholds: 'strict', class: 'slow' });
    const e = errorOf(() => termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72 }, { thresholds: { unsd: { ...strict, bands: [{ min: '0.5', class: 'a', label: 'a' }, { min: '0.9', class: 'b', label: 'b' }] } } } as never));
    expect([e.code, e.path]).toEqual(['invalid_value', ['options', 'thresholds', 'unsd', 'bands', 1, 'min']]);
  });
});

describe('termProgress: explanations and result shape', () => {
  it('carries inputs, formulas and dates in both languages, and is frozen, plain data', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72 });
    expect(r.explanation.map((s) => s.name)).toEqual(['elapsed', 'cumulative', 'projectedAtEnd']);
    expect(r.explanation[0]!.vi).toBe('Tính đến 16/7/2024, đã qua 1659/2192 ngày của nhiệm kỳ 2020–2025 (1/1/2020–31/12/2025), tức 75,68%.');
    expect(r.targets[0]!.explanation.map((s) => s.name)).toEqual(['attainment', 'expectedByNow', 'pace', 'requiredPerYear', 'projection-linear']);
    expect(r.targets[0]!.explanation[2]!.formula).toBe('72 vs 60.55 ± 5% = [57.52, 63.57] → ahead');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(Object.isFrozen(r) && Object.isFrozen(r.targets) && Object.isFrozen(r.targets[0]) && Object.isFrozen(r.elapsed)).toBe(true);
  });

  it('never mutates its input', () => {
    const input: TermProgressInput = { term: TERM, asOf: REPORT_DATE, target: 80, results: [{ period: 'năm 2021', value: 3 }, { period: 'năm 2020', value: 2 }] };
    const copy = structuredClone(input);
    termProgress(input);
    expect(input).toEqual(copy);
  });
});

describe('termProgress: bad input gives the typed error with code and path', () => {
  const base = { term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72 };
  const cases: [string, unknown, unknown, string, (string | number)[]][] = [
    ['impossible asOf', { ...base, asOf: '2023-02-29' }, undefined, 'invalid_date', ['asOf']],
    ['asOf not a string', { ...base, asOf: 20240716 }, undefined, 'invalid_type', ['asOf']],
    ['missing asOf', { term: TERM, target: 80, cumulative: 72 }, undefined, 'missing', ['asOf']],
    ['missing term', { asOf: REPORT_DATE, target: 80, cumulative: 72 }, undefined, 'missing', ['term']],
    ['unknown term text', { ...base, term: 'khóa XIII' }, undefined, 'unknown_period', ['term']],
    ['term end before start', { ...base, term: { kind: 'term', start: '2025-01-01', end: '2020-01-01' } }, undefined, 'date_order', ['term', 'end']],
    ['term with a bad date', { ...base, term: { kind: 'term', start: '2020-02-30', end: '2025-01-01' } }, undefined, 'invalid_date', ['term', 'start']],
    ['term with a bad kind', { ...base, term: { kind: 'decade', start: '2020-01-01', end: '2025-01-01' } }, undefined, 'invalid_value', ['term', 'kind']],
    ['NaN cumulative', { ...base, cumulative: NaN }, undefined, 'not_finite', ['cumulative']],
    ['Infinity target', { ...base, target: Infinity }, undefined, 'not_finite', ['target']],
    ['negative cumulative', { ...base, cumulative: -1 }, undefined, 'negative', ['cumulative']],
    ['fractional count', { ...base, cumulative: 7.5 }, undefined, 'not_integer', ['cumulative']],
    ['negative target', { ...base, target: { atLeast: -5 } }, undefined, 'negative', ['target', 'atLeast']],
    ['inverted range', { ...base, target: { min: 9, max: 5 } }, undefined, 'range_inverted', ['target']],
    ['no target', { term: TERM, asOf: REPORT_DATE, cumulative: 72 }, undefined, 'missing', ['target']],
    ['both target and targets', { ...base, targets: [{ id: 'a', target: 1 }] }, undefined, 'invalid_value', ['targets']],
    ['no results', { term: TERM, asOf: REPORT_DATE, target: 80 }, undefined, 'missing', ['results']],
    ['both results and cumulative', { ...base, results: [{ period: 'năm 2020', value: 1 }] }, undefined, 'invalid_value', ['cumulative']],
    ['empty results', { term: TERM, asOf: REPORT_DATE, target: 80, results: [] }, undefined, 'out_of_range', ['results']],
    ['result outside the term', { term: TERM, asOf: REPORT_DATE, target: 80, results: [{ period: 'năm 2019', value: 1 }] }, undefined, 'out_of_range', ['results', 0, 'period']],
    ['result with bad period', { term: TERM, asOf: REPORT_DATE, target: 80, results: [{ period: 'năm 2020', value: 1 }, { period: 'quý V/2021', value: 1 }] }, undefined, 'unknown_period', ['results', 1, 'period']],
    ['duplicate target id', { term: TERM, asOf: REPORT_DATE, cumulative: 1, targets: [{ id: 'a', target: 1 }, { id: 'a', target: 2 }] }, undefined, 'duplicate_id', ['targets', 1, 'id']],
    ['unknown aggregation', { ...base, aggregation: 'median' }, undefined, 'invalid_value', ['aggregation']],
    ['unknown key', { ...base, extra: 1 }, undefined, 'unknown_key', ['extra']],
    ['plan with targets', { term: TERM, asOf: REPORT_DATE, cumulative: 1, targets: [{ id: 'a', target: 1 }], plan: [{ period: 'năm 2020', value: 1 }] }, undefined, 'invalid_value', ['plan']],
    ['negative plan', { ...base, plan: [{ period: 'năm 2020', value: -1 }] }, undefined, 'negative', ['plan', 0, 'value']],
    ['unknown rounding', base, { rounding: 'bankers' }, 'unknown_rounding', ['options', 'rounding']],
    ['decimals out of range', base, { decimals: 11 }, 'out_of_range', ['options', 'decimals']],
    ['negative tolerance', base, { tolerancePercent: -1 }, 'out_of_range', ['options', 'tolerancePercent']],
    ['NaN tolerance', base, { tolerancePercent: NaN }, 'not_finite', ['options', 'tolerancePercent']],
    ['unknown method', base, { methods: ['arima'] }, 'invalid_value', ['options', 'methods', 0]],
  ];
  it.each(cases)('%s', (_name, input, options, code, path) => {
    const e = errorOf(() => termProgress(input as never, options as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('safeTermProgress returns the error', () => {
    const r = safeTermProgress({ ...base, cumulative: -3 });
    expect(r.success ? null : [r.error.code, r.error.path]).toEqual(['negative', ['cumulative']]);
    expect(safeTermProgress(base).data?.targets[0]!.pace).toBe('ahead');
  });
});

describe('termProgress: only what happened inside the term and by asOf counts', () => {
  it('a result for a period that starts after asOf is an error, not a figure', () => {
    const input = { term: TERM, asOf: '2022-06-30', target: 80, results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2025', value: 70 }] };
    const e = errorOf(() => termProgress(input));
    expect([e.code, e.path, e.issues[0].facts]).toEqual(['out_of_range', ['results', 1, 'period'], { min: '2020-01-01', max: '2022-06-30', value: '2025-01-01' }]);
    // the day after asOf is already too late
    expect(errorOf(() => termProgress({ ...input, results: [{ period: '2022-07-01..2022-07-31', value: 1 }] })).path).toEqual(['results', 0, 'period']);
  });

  it('a period that contains asOf is fine: the report gives its figures to date', () => {
    const r = termProgress({ term: TERM, asOf: '2022-06-30', target: 80, results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2022', value: 7 }] });
    expect(r.cumulative.value).toBe('17');
    const h1 = termProgress({ term: TERM, asOf: '2022-03-31', target: 80, results: [{ period: '6 tháng đầu năm 2022', value: 4 }] });
    expect(h1.cumulative.value).toBe('4');
    // a period starting on asOf itself counts
    expect(termProgress({ term: TERM, asOf: '2022-07-01', target: 80, results: [{ period: 'tháng 7/2022', value: 2 }] }).cumulative.value).toBe('2');
  });

  it('a result period only partly inside the term is out_of_range', () => {
    const e = errorOf(() => termProgress({ term: TERM, asOf: '2022-06-30', target: 80, results: [{ period: 'giai đoạn 2016-2020', value: 50 }] }));
    expect([e.code, e.path, e.issues[0].facts]).toEqual(['out_of_range', ['results', 0, 'period'], { min: '2020-01-01', max: '2025-12-31', value: '2016-01-01..2020-12-31' }]);
    const late = { kind: 'term' as const, start: '2020-07-15', end: '2025-07-10' };
    expect(errorOf(() => termProgress({ term: late, asOf: '2022-06-30', target: 80, results: [{ period: 'năm 2020', value: 5 }] })).path).toEqual(['results', 0, 'period']);
    expect(termProgress({ term: late, asOf: '2022-06-30', target: 80, results: [{ period: '2020-07-15..2020-12-31', value: 5 }] }).cumulative.value).toBe('5');
  });

  it('a plan period only partly inside the term is out_of_range too; future plans are fine', () => {
    const e = errorOf(() => termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72, plan: [{ period: 'từ năm 2019 đến năm 2020', value: 20 }] }));
    expect([e.code, e.path]).toEqual(['out_of_range', ['plan', 0, 'period']]);
    expect(termProgress({ term: TERM, asOf: REPORT_DATE, target: 80, cumulative: 72, plan: [{ period: 'năm 2025', value: 80 }] }).targets[0]!.expectedByNow.value).toBe('0');
  });
});

describe('termProgress: a mean that is not a terminating decimal is compared exactly', () => {
  const years = (values: number[]) => values.map((value, i) => ({ period: `năm ${2020 + i}`, value }));

  it('percent and its exact fraction come from the exact mean, rounded once', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: 1, aggregation: 'mean', results: years([0, 0, 1]) }, { decimals: 10 });
    const a = r.targets[0]!.attainment;
    expect([r.cumulative.exact, r.cumulativeRounded]).toEqual(['1/3', true]);
    expect([a.percent, a.exact.percent, a.overPercent, a.exact.overPercent]).toEqual(['33.3333333333', '100/3', '-66.6666666667', '-200/3']);
    expect([a.status, a.achieved, a.shortfall]).toEqual(['not-met', '0.3333333333', '0.6666666667']);
    expect(a.percentNumber).toBe(33.3333333333);
  });

  it('the status follows the exact mean even where its 10-decimal rounding equals the target', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, target: '3.3333333333', kind: 'rate', aggregation: 'mean', results: years([3, 3, 4]) });
    const a = r.targets[0]!.attainment;
    expect(a.status).toBe('exceeded');
    expect(a.exact.overPoints).toBe('1/30000000000'); // 10/3 − 3.3333333333
    expect(a.reason.code).toBe('above-target');
    // the achieved text stays on the side of the target where the exact mean lies
    expect(a.achieved).toBe('3.3333333334');
    expect(r.targets[0]!.remaining).toBe('0');
    // and just below: 3.3333333334 is not met by 10/3
    const below = termProgress({ term: TERM, asOf: REPORT_DATE, target: '3.3333333334', kind: 'rate', aggregation: 'mean', results: years([3, 3, 4]) }).targets[0]!.attainment;
    expect([below.status, below.achieved, below.reason.code]).toEqual(['not-met', '3.3333333333', 'below-target']);
    expect(below.exact.overPoints).toBe('-1/15000000000');
  });

  it('a range and a limit keep the exact status; the yearly requirement uses the exact remaining', () => {
    const r = termProgress({ term: TERM, asOf: REPORT_DATE, targets: [{ id: 'range', target: { min: 1, max: '1.3333333333' } }, { id: 'limit', target: { atMost: '1.3333333333' } }], kind: 'rate', aggregation: 'mean', results: years([1, 1, 2]) });
    const [range, limit] = r.targets;
    expect([range!.attainment.status, range!.attainment.reason.code]).toEqual(['exceeded', 'above-range']);
    expect([limit!.attainment.status, limit!.attainment.reason.code]).toEqual(['not-met', 'above-limit']);
    const short = termProgress({ term: TERM, asOf: REPORT_DATE, target: 2, kind: 'rate', aggregation: 'mean', results: years([1, 1, 2]) });
    // remaining 2 − 4/3 = 2/3, × 365.25 / 533 days left
    expect(short.targets[0]!.requiredPerYear?.exact).toBe('487/1066');
  });
});
