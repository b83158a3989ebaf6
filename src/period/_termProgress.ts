import { fractionText, type ExactNumber } from '../core/_exact.js';
import { fail, type IssuePath } from '../core/errors.js';
import { localize } from '../core/_format.js';
import type { Bilingual } from '../core/locale.js';
import { computeAttainment, type ParsedTarget } from '../attainment/_attainment.js';
import { cagrRates, compareTo, decimalText, isPositive, percentText, ratioOf, type Dec } from './_cagr.js';
import { dateEn, dateVi } from '../core/_calendar.js';
import { computeElapsed, elapsedDaysOf } from './_elapsed.js';
import { linearExpected, paceOf } from './_pace.js';
import { ZERO, add, cmp, div, mul, rational, roundTo, sub, type Rational } from '../core/_rational.js';
import { figure, fromExact, fromText, toExactNumber } from './_rational.js';
import { rationalAttainment } from './_rationalAttainment.js';
import type { ParsedTermOptions, ParsedTermProgress, ParsedTermTarget, ProjectionMethod } from './_termProgressSchema.js';
import type { Pace, TermProgressResult, TermProjection, TermTargetProgress } from './termProgress.js';
import type { ExactFigure, ExplanationStep, ProgressThresholds } from './types.js';

/** One point of the cumulative series: day index t (days of the term passed) and the aggregate then. */
interface Point {
  readonly t: number;
  readonly v: Rational;
  readonly path: IssuePath;
}

/** Context shared by the steps of one computation. */
interface Run {
  readonly p: ParsedTermProgress;
  readonly o: ParsedTermOptions;
  readonly total: number;
  readonly tAsOf: number;
  readonly remainingDays: number;
  readonly cumulative: Rational;
  /** Observed points, in time order; for a sum the implicit zero at the term start is not among them. */
  readonly points: readonly Point[];
  /** The linear run-rate projection at the end, or undefined when no time has passed between points. */
  readonly projected: Rational | undefined;
}

const YEAR_DAYS = rational(1461, 4); // 365.25

const step = (name: string, formula: string, vi: string, en: string): ExplanationStep => Object.freeze({ name, formula, vi, en });
const freezeBilingual = (b: Bilingual): Bilingual => Object.freeze({ vi: b.vi, en: b.en });

function referenceOf(t: ParsedTarget): Rational {
  return fromExact(t.form === 'range' ? t.min : t.value);
}

/** Builds the observed series and the cumulative figure from the results (or the given cumulative). */
function series(p: ParsedTermProgress, tAsOf: number): { cumulative: Rational; points: Point[]; formula: string } {
  if (p.cumulative !== null) {
    const c = fromExact(p.cumulative);
    return { cumulative: c, points: [{ t: tAsOf, v: c, path: ['cumulative'] }], formula: `cumulative = ${p.cumulative.text}` };
  }
  const entries = (p.results ?? []).map((e, i) => ({ e, i, t: elapsedDaysOf(p.term, e.period.end < p.asOf ? e.period.end : p.asOf).elapsed }));
  // Stable: same end date keeps the caller's order, so for 'last' the later entry wins.
  entries.sort((a, b) => a.t - b.t || a.i - b.i);
  let running: Rational = ZERO;
  let count = 0;
  const points: Point[] = [];
  for (const { e, t } of entries) {
    const v = fromExact(e.value);
    count++;
    switch (p.aggregation) {
      case 'sum': running = add(running, v); break;
      case 'last': running = v; break;
      case 'max': running = count === 1 || cmp(v, running) > 0 ? v : running; break;
      case 'mean': running = add(running, v); break;
    }
    const value = p.aggregation === 'mean' ? div(running, rational(count)) : running;
    const last = points[points.length - 1];
    if (last !== undefined && last.t === t) points[points.length - 1] = { t, v: value, path: last.path };
    else points.push({ t, v: value, path: e.path });
  }
  const cumulative = (points[points.length - 1] as Point).v;
  // A sum is the cumulative as of asOf, whatever the last reported period.
  const lastPoint = points[points.length - 1] as Point;
  if (p.aggregation === 'sum' && lastPoint.t < tAsOf) points.push({ t: tAsOf, v: cumulative, path: lastPoint.path });
  const values = entries.map(({ e }) => e.value.text).join(', ');
  const formula = `${p.aggregation}(${values}) = ${fractionText(cumulative.n, cumulative.d)}`;
  return { cumulative, points, formula };
}

/** v₁ + (v₁ − v₀) × (T − t₁) ÷ (t₁ − t₀), never below zero (counts and rates are not negative). */
function linear(a: Point, b: Point, total: number): Rational | undefined {
  if (b.t <= a.t) return undefined;
  const x = add(b.v, mul(sub(b.v, a.v), rational(total - b.t, b.t - a.t)));
  return x.n < 0n ? ZERO : x;
}

function classify(ratio: Rational, set: ProgressThresholds): { class: string; label: Bilingual } {
  for (const b of set.bands) {
    if (b.min === null || cmp(ratio, fromText(b.min)) >= 0) return { class: b.class, label: b.label };
  }
  const last = set.bands[set.bands.length - 1] as ProgressThresholds['bands'][number];
  return { class: last.class, label: last.label };
}

function classifyDec(ratio: Dec, set: ProgressThresholds): { class: string; label: Bilingual } {
  for (const b of set.bands) if (b.min === null || compareTo(ratio, b.min) >= 0) return { class: b.class, label: b.label };
  const last = set.bands[set.bands.length - 1] as ProgressThresholds['bands'][number];
  return { class: last.class, label: last.label };
}

interface ProjectionParts {
  status: TermProjection['status'];
  cls?: { class: string; label: Bilingual } | undefined;
  thresholds?: string | null;
  projected?: Rational | undefined;
  ratio?: TermProjection['ratio'];
  observed?: string | null;
  required?: string | null;
  dataPoints: number;
  needed: number;
  explanation: ExplanationStep;
}

function projection(method: ProjectionMethod, x: ProjectionParts, run: Run): TermProjection {
  const { decimals, rounding } = run.o;
  return Object.freeze({
    method,
    status: x.status,
    class: x.cls?.class ?? null,
    classLabel: x.cls ? freezeBilingual(x.cls.label) : null,
    thresholds: x.thresholds ?? null,
    projectedAtEnd: x.projected === undefined ? null : figure(x.projected, decimals, rounding),
    ratio: x.ratio ?? null,
    observedRatePercent: x.observed ?? null,
    requiredRatePercent: x.required ?? null,
    dataPoints: x.dataPoints,
    needed: x.needed,
    explanation: x.explanation,
  });
}

function insufficient(method: ProjectionMethod, got: number, run: Run, why: Bilingual): TermProjection {
  const name = `projection-${method}`;
  return projection(method, {
    status: 'insufficient-data',
    dataPoints: got,
    needed: 2,
    explanation: step(name, `needs 2 data points at different dates; got ${got}`, `Phương pháp ${METHOD_NAMES[method].vi} cần ít nhất 2 số liệu ở hai thời điểm khác nhau; mới có ${got}. ${why.vi}`, `The ${METHOD_NAMES[method].en} needs at least 2 data points at different dates; got ${got}. ${why.en}`),
  }, run);
}

const METHOD_NAMES: Record<ProjectionMethod, Bilingual> = {
  linear: { vi: 'ngoại suy tuyến tính', en: 'linear run-rate' },
  cagr: { vi: 'tăng trưởng kép hằng năm (CAGR, Open SDG)', en: 'CAGR progress measure (Statistics Canada / Open SDG)' },
  unsd: { vi: 'tỉ số tiến độ UNSD', en: 'UNSD progress-chart ratio' },
};

function notApplicable(method: ProjectionMethod, run: Run): TermProjection {
  return projection(method, {
    status: 'not-applicable',
    dataPoints: run.points.length,
    needed: 2,
    explanation: step(`projection-${method}`, 'not applicable to an upper limit', `Phương pháp ${METHOD_NAMES[method].vi} đo tiến tới một chỉ tiêu cần đạt, không áp dụng cho mức tối đa.`, `The ${METHOD_NAMES[method].en} measures growth toward a goal; it does not apply to an upper limit.`),
  }, run);
}

function achieved(method: ProjectionMethod, set: ProgressThresholds, run: Run, ref: Rational): TermProjection {
  const { decimals, rounding } = run.o;
  const c = roundTo(run.cumulative, decimals, rounding);
  const r = roundTo(ref, decimals, rounding);
  return projection(method, {
    status: 'computed',
    cls: set.achieved,
    thresholds: set.id,
    projected: method === 'unsd' ? run.projected : undefined,
    dataPoints: run.points.length,
    needed: 2,
    explanation: step(`projection-${method}`, `${c} ≥ ${r} → ${set.achieved.class}`, `Lũy kế ${localize(c, 'vi')} đã đạt chỉ tiêu ${localize(r, 'vi')}: ${set.achieved.label.vi} (${set.name.vi}).`, `The cumulative ${localize(c, 'en')} already meets the target of ${localize(r, 'en')}: ${set.achieved.label.en} (${set.name.en}).`),
  }, run);
}

function linearProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const { decimals, rounding } = run.o;
  const got = run.p.aggregation === 'sum' ? run.points.length + 1 : run.points.length;
  if (run.projected === undefined) return insufficient('linear', run.p.aggregation === 'sum' && run.tAsOf === 0 ? 1 : got, run, { vi: '', en: '' });
  const ref = referenceOf(t.target);
  const limit = t.target.form === 'at-most';
  const meets = limit ? cmp(run.projected, ref) <= 0 : cmp(run.projected, ref) >= 0;
  const P = roundTo(run.projected, decimals, rounding);
  const R = roundTo(ref, decimals, rounding);
  const cls = meets
    ? { class: 'on-track', label: { vi: 'Giữ nhịp độ này sẽ đạt chỉ tiêu', en: 'Meets the target at this rate' } }
    : { class: 'off-track', label: { vi: 'Giữ nhịp độ này sẽ không đạt chỉ tiêu', en: 'Misses the target at this rate' } };
  return projection('linear', {
    status: 'computed',
    cls,
    projected: run.projected,
    ratio: ref.n === 0n ? null : figure(div(run.projected, ref), decimals + 2, rounding),
    dataPoints: got,
    needed: 2,
    explanation: step('projection-linear', `projected ${P} ${limit ? '≤' : '≥'} ${R}? → ${cls.class}`, `Theo nhịp độ hiện nay, cuối kỳ đạt khoảng ${localize(P, 'vi')} so với chỉ tiêu ${localize(R, 'vi')}: ${cls.label.vi.toLowerCase()}.`, `At the current rate the figure reaches about ${localize(P, 'en')} against the target of ${localize(R, 'en')}: ${cls.label.en.toLowerCase()}.`),
  }, run);
}

function cagrProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const set = run.o.thresholds.cagr;
  const { decimals, rounding } = run.o;
  if (t.target.form === 'at-most') return notApplicable('cagr', run);
  const ref = referenceOf(t.target);
  if (run.points.length < 2) return insufficient('cagr', run.points.length, run, { vi: 'Hãy cho kết quả từng kỳ (results).', en: 'Give the results per period.' });
  if (cmp(run.cumulative, ref) >= 0) return achieved('cagr', set, run, ref);
  const a = run.points[0] as Point;
  const b = run.points[run.points.length - 1] as Point;
  if (a.v.n <= 0n) fail('nonpositive_base', a.path, { method: 'CAGR', value: roundTo(a.v, 10, 'half-even') });
  const rates = cagrRates(a.v, b.v, ref, b.t - a.t, run.total - a.t);
  const observed = percentText(rates.observed, decimals, rounding);
  const required = percentText(rates.required, decimals, rounding);
  const base = roundTo(a.v, decimals, rounding);
  const formula = `R = ((${roundTo(b.v, decimals, rounding)}/${base})^(365.25/${b.t - a.t}) − 1) / ((${roundTo(ref, decimals, rounding)}/${base})^(365.25/${run.total - a.t}) − 1)`;
  if (!isPositive(rates.required)) {
    const cls = set.bands[set.bands.length - 1] as ProgressThresholds['bands'][number];
    return projection('cagr', {
      status: 'computed', cls, thresholds: set.id, observed, required, dataPoints: run.points.length, needed: 2,
      explanation: step('projection-cagr', `${formula}; required rate ≤ 0 → ${cls.class}`, `Giá trị gốc ${localize(base, 'vi')} đã đạt chỉ tiêu nhưng nay thấp hơn: ${cls.label.vi}.`, `The base value ${localize(base, 'en')} met the target but the figure is now below it: ${cls.label.en}.`),
    }, run);
  }
  const ratio = ratioOf(rates.observed, rates.required);
  const cls = classifyDec(ratio, set);
  const rv = decimalText(ratio, decimals + 2, rounding);
  return projection('cagr', {
    status: 'computed', cls, thresholds: set.id, observed, required,
    ratio: Object.freeze({ value: rv, valueNumber: Number(rv), exact: null }),
    dataPoints: run.points.length, needed: 2,
    explanation: step('projection-cagr', `${formula} = ${rv} → ${cls.class}`,
      `Tăng trưởng kép quan sát ${localize(observed, 'vi')}%/năm so với mức cần ${localize(required, 'vi')}%/năm: tỉ số ${localize(rv, 'vi')}, ${cls.label.vi} (${set.name.vi}).`,
      `Observed compound growth of ${localize(observed, 'en')}% a year against the ${localize(required, 'en')}% needed: ratio ${localize(rv, 'en')}, ${cls.label.en} (${set.name.en}).`),
  }, run);
}

function unsdProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const set = run.o.thresholds.unsd;
  const { decimals, rounding } = run.o;
  if (t.target.form === 'at-most') return notApplicable('unsd', run);
  const ref = referenceOf(t.target);
  const sum = run.p.aggregation === 'sum';
  const got = sum ? run.points.length + 1 : run.points.length;
  if (run.projected === undefined) return insufficient('unsd', sum && run.tAsOf === 0 ? 1 : got, run, { vi: '', en: '' });
  if (cmp(run.cumulative, ref) >= 0) return achieved('unsd', set, run, ref);
  // A sum starts from zero at the term's start; a stock from its first observed value.
  const base = sum ? ZERO : (run.points[0] as Point).v;
  const P = run.projected;
  const f = (x: Rational) => roundTo(x, decimals, rounding);
  const formula = `r = (${f(P)} − ${f(base)}) / (${f(ref)} − ${f(base)})`;
  const needed = sub(ref, base);
  if (needed.n <= 0n) {
    const cls = set.bands[set.bands.length - 1] as ProgressThresholds['bands'][number];
    return projection('unsd', {
      status: 'computed', cls, thresholds: set.id, projected: P, dataPoints: got, needed: 2,
      explanation: step('projection-unsd', `${formula}; target − base ≤ 0 → ${cls.class}`, `Giá trị gốc ${localize(f(base), 'vi')} đã đạt chỉ tiêu nhưng nay thấp hơn: ${cls.label.vi}.`, `The base value ${localize(f(base), 'en')} met the target but the figure is now below it: ${cls.label.en}.`),
    }, run);
  }
  const r = div(sub(P, base), needed);
  const cls = classify(r, set);
  const ratio = figure(r, decimals + 2, rounding);
  return projection('unsd', {
    status: 'computed', cls, thresholds: set.id, projected: P, ratio, dataPoints: got, needed: 2,
    explanation: step('projection-unsd', `${formula} = ${ratio.value} → ${cls.class}`,
      `Dự báo cuối kỳ ${localize(f(P), 'vi')}, so với mức cần tăng từ ${localize(f(base), 'vi')} lên ${localize(f(ref), 'vi')}: tỉ số ${localize(ratio.value, 'vi')}, ${cls.label.vi} (${set.name.vi}).`,
      `Projected ${localize(f(P), 'en')} at the end, against the change needed from ${localize(f(base), 'en')} to ${localize(f(ref), 'en')}: ratio ${localize(ratio.value, 'en')}, ${cls.label.en} (${set.name.en}).`),
  }, run);
}

const PACE_WORDS: Record<Pace, Bilingual> = {
  ahead: { vi: 'vượt tiến độ', en: 'ahead of pace' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  behind: { vi: 'chậm tiến độ', en: 'behind pace' },
};

function targetProgress(run: Run, t: ParsedTermTarget, cumulativeExact: ExactNumber | undefined): TermTargetProgress {
  const { p, o } = run;
  const { decimals, rounding } = o;
  const f = (x: Rational) => roundTo(x, decimals, rounding);
  // A mean such as 10/3 has no decimal the core could read: compare it as the exact fraction.
  const att = cumulativeExact === undefined
    ? rationalAttainment(p.kind, run.cumulative, t.target, decimals, rounding)
    : computeAttainment({ kind: p.kind, achieved: cumulativeExact, target: t.target }, decimals, rounding);
  const ref = referenceOf(t.target);
  const limit = t.target.form === 'at-most';
  const remaining = limit ? (att.status === 'exceeded' ? att.surplus : '0') : att.shortfall;
  const steps: ExplanationStep[] = [];
  const C = f(run.cumulative);

  steps.push(step('attainment', att.percent === null ? `${C} / ${f(ref)}: no percent of a zero target` : `${C} / ${f(ref)} × 100 = ${att.percent}%`, att.reason.vi, att.reason.en));

  // expected by now: the straight line, or the plans pro rata by days
  let expected: Rational;
  let expectedFormula: string;
  if (t.plan !== null) {
    expected = ZERO;
    const parts: string[] = [];
    for (const e of t.plan) {
      const { elapsed, total } = elapsedDaysOf(e.period, p.asOf);
      expected = add(expected, mul(fromExact(e.value), rational(elapsed, total)));
      parts.push(`${e.value.text} × ${elapsed}/${total}`);
    }
    expectedFormula = `${parts.join(' + ')} = ${f(expected)}`;
  } else {
    expected = linearExpected(ref, run.tAsOf, run.total);
    expectedFormula = `${f(ref)} × ${run.tAsOf}/${run.total} = ${f(expected)}`;
  }
  const E = f(expected);
  steps.push(step('expectedByNow', expectedFormula,
    t.plan !== null ? `Theo kế hoạch từng kỳ, đến ${dateVi(p.asOf)} cần đạt ${localize(E, 'vi')}.` : `Theo nhịp độ đều, đến ${dateVi(p.asOf)} cần đạt ${localize(E, 'vi')} (chỉ tiêu × thời gian đã qua).`,
    t.plan !== null ? `By the per-period plans, the figure should be ${localize(E, 'en')} by ${dateEn(p.asOf)}.` : `At an even pace the figure should be ${localize(E, 'en')} by ${dateEn(p.asOf)} (target × time elapsed).`));

  // pace: within ± tolerance of the expected figure is on track; for an upper limit, lower is ahead
  const { pace, lo, hi, side } = paceOf(run.cumulative, expected, o.tolerancePercent, limit);
  const above = side > 0;
  const below = side < 0;
  const tolText = o.tolerancePercent.text;
  steps.push(step('pace', `${C} vs ${E} ± ${tolText}% = [${f(lo)}, ${f(hi)}] → ${pace}`,
    `Lũy kế ${localize(C, 'vi')} ${above ? 'cao hơn' : below ? 'thấp hơn' : 'nằm trong khoảng ±' + localize(tolText, 'vi') + '% quanh'} mức cần có ${localize(E, 'vi')}${above || below ? ` quá ${localize(tolText, 'vi')}%` : ''}: ${PACE_WORDS[pace].vi}.`,
    `The cumulative ${localize(C, 'en')} is ${above ? 'above' : below ? 'below' : `within ±${tolText}% of`} the expected ${localize(E, 'en')}${above || below ? ` by more than ${tolText}%` : ''}: ${PACE_WORDS[pace].en}.`));

  // required per year and month to finish on time
  let perYear: ExactFigure | null = null;
  let perMonth: ExactFigure | null = null;
  // still needed, exactly: the reference less the cumulative, never below zero (unused for a limit)
  const rem = cmp(run.cumulative, ref) < 0 ? sub(ref, run.cumulative) : ZERO;
  if (limit) {
    steps.push(step('requiredPerYear', 'not applicable to an upper limit', 'Chỉ tiêu là mức tối đa: không tính mức cần đạt mỗi năm.', 'The target is an upper limit: no yearly requirement applies.'));
  } else if (rem.n === 0n) {
    perYear = figure(ZERO, decimals, rounding);
    perMonth = perYear;
    steps.push(step('requiredPerYear', 'remaining = 0', 'Đã đạt chỉ tiêu: không cần thêm.', 'The target is met: nothing more is needed.'));
  } else if (run.remainingDays === 0) {
    steps.push(step('requiredPerYear', 'remainingDays = 0', `${p.term.label.vi} đã kết thúc: không còn thời gian để bù ${localize(remaining, 'vi')} còn thiếu.`, `${p.term.label.en} has ended: no time is left to make up the ${localize(remaining, 'en')} missing.`));
  } else {
    const y = div(mul(rem, YEAR_DAYS), rational(run.remainingDays));
    perYear = figure(y, decimals, rounding);
    perMonth = figure(div(y, rational(12)), decimals, rounding);
    steps.push(step('requiredPerYear', `${remaining} × 365.25 / ${run.remainingDays} = ${perYear.value} per year; / 12 = ${perMonth.value} per month`,
      `Còn thiếu ${localize(remaining, 'vi')} trong ${run.remainingDays} ngày còn lại: cần khoảng ${localize(perYear.value, 'vi')} mỗi năm (${localize(perMonth.value, 'vi')} mỗi tháng).`,
      `${localize(remaining, 'en')} still to go in the ${run.remainingDays} days left: about ${localize(perYear.value, 'en')} a year (${localize(perMonth.value, 'en')} a month).`));
  }

  const projections = o.methods.map((m) => (m === 'linear' ? linearProjection(run, t) : m === 'cagr' ? cagrProjection(run, t) : unsdProjection(run, t)));
  for (const pr of projections) steps.push(pr.explanation);

  return Object.freeze({
    id: t.id,
    source: t.source,
    issuer: t.issuer,
    label: t.label === null ? null : freezeBilingual(t.label),
    attainment: att,
    remaining,
    expectedByNow: figure(expected, decimals, rounding),
    paceBasis: t.plan !== null ? 'plan' : 'linear',
    pace,
    requiredPerYear: perYear,
    requiredPerMonth: perMonth,
    projections: Object.freeze(projections),
    explanation: Object.freeze(steps),
  });
}

const AGGREGATION_WORDS: Record<string, Bilingual> = {
  sum: { vi: 'cộng dồn các kỳ', en: 'sum of the periods' },
  last: { vi: 'số liệu kỳ gần nhất', en: 'latest figure' },
  max: { vi: 'giá trị lớn nhất', en: 'highest figure' },
  mean: { vi: 'bình quân các kỳ', en: 'mean of the periods' },
  given: { vi: 'số liệu đã cho', en: 'as given' },
};

/** The pure core of termProgress: input and options are already validated. */
export function computeTermProgress(p: ParsedTermProgress, o: ParsedTermOptions): TermProgressResult {
  const { decimals, rounding } = o;
  const elapsed = computeElapsed(p.term, p.asOf, decimals, rounding);
  const { cumulative, points, formula } = series(p, elapsed.elapsedDays);
  const start: Point = { t: 0, v: ZERO, path: [] };
  const first = p.aggregation === 'sum' ? start : (points[0] as Point);
  const last = p.aggregation === 'sum' ? { t: elapsed.elapsedDays, v: cumulative, path: [] } : (points[points.length - 1] as Point);
  const projected = linear(first, last, elapsed.totalDays);
  const run: Run = { p, o, total: elapsed.totalDays, tAsOf: elapsed.elapsedDays, remainingDays: elapsed.remainingDays, cumulative, points, projected };

  const exact = toExactNumber(cumulative);
  const rounded = exact === undefined;

  const f = (x: Rational) => roundTo(x, decimals, rounding);
  const label = p.term.label;
  const steps: ExplanationStep[] = [];
  const e = elapsed;
  steps.push(step('elapsed', `(${p.asOf} − ${p.term.start} + 1) / (${p.term.end} − ${p.term.start} + 1) = ${e.elapsedDays}/${e.totalDays} = ${e.fraction.value}`,
    e.status === 'not-started' ? `Ngày ${dateVi(p.asOf)} trước khi ${label.vi} bắt đầu (${dateVi(p.term.start)}): thời gian đã qua là 0.`
      : e.status === 'ended' ? `${label.vi} kết thúc ngày ${dateVi(p.term.end)}: đã qua toàn bộ ${e.totalDays} ngày.`
        : `Tính đến ${dateVi(p.asOf)}, đã qua ${e.elapsedDays}/${e.totalDays} ngày của ${label.vi} (${dateVi(p.term.start)}–${dateVi(p.term.end)}), tức ${localize(e.percent, 'vi')}%.`,
    e.status === 'not-started' ? `${dateEn(p.asOf)} is before ${label.en} starts (${dateEn(p.term.start)}): no time has passed.`
      : e.status === 'ended' ? `${label.en} ended on ${dateEn(p.term.end)}: all ${e.totalDays} days have passed.`
        : `As of ${dateEn(p.asOf)}, ${e.elapsedDays} of the ${e.totalDays} days of ${label.en} (${dateEn(p.term.start)} – ${dateEn(p.term.end)}) have passed: ${e.percent}%.`));
  const how = AGGREGATION_WORDS[p.cumulative !== null ? 'given' : p.aggregation] as Bilingual;
  const C = f(cumulative);
  steps.push(step('cumulative', formula, `Lũy kế đến ${dateVi(p.asOf)} (${how.vi}): ${localize(C, 'vi')}${rounded ? ' (không phải số thập phân hữu hạn: so với chỉ tiêu theo phân số chính xác, số đạt được ghi làm tròn đến 10 chữ số thập phân)' : ''}.`, `Cumulative as of ${dateEn(p.asOf)} (${how.en}): ${localize(C, 'en')}${rounded ? ' (not a terminating decimal: compared with the target as the exact fraction, the achieved figure shown rounded to 10 decimals)' : ''}.`));
  if (projected !== undefined) {
    const P = f(projected);
    steps.push(step('projectedAtEnd', `${f(last.v)} + (${f(last.v)} − ${f(first.v)}) × (${run.total} − ${last.t}) / (${last.t} − ${first.t}) = ${P}`,
      `Giữ nhịp độ hiện nay, đến hết ${label.vi} đạt khoảng ${localize(P, 'vi')}.`, `At the current rate the figure reaches about ${localize(P, 'en')} by the end of ${label.en}.`));
  }

  const targets = p.targets.map((t) => targetProgress(run, t, exact));
  return Object.freeze({
    term: p.term,
    asOf: p.asOf,
    kind: p.kind,
    aggregation: p.aggregation,
    elapsed,
    cumulative: figure(cumulative, decimals, rounding),
    cumulativeRounded: rounded,
    projectedAtEnd: projected === undefined ? null : figure(projected, decimals, rounding),
    targets: Object.freeze(targets),
    tolerancePercent: o.tolerancePercent.text,
    decimals,
    rounding,
    explanation: Object.freeze(steps),
  });
}
