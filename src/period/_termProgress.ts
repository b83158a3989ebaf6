import { fractionText, type ExactNumber } from '../core/_exact.js';
import { fail, type IssuePath } from '../core/errors.js';
import type { Bilingual } from '../core/locale.js';
import { computeAttainment, type ParsedTarget } from '../attainment/_attainment.js';
import { cagrRates, compareTo, decimalText, isPositive, percentText, ratioOf, type Dec } from './_cagr.js';
import { computeElapsed, elapsedDaysOf } from './_elapsed.js';
import { linearExpected, paceOf } from './_pace.js';
import { ZERO, add, cmp, div, mul, rational, roundTo, sub, type Rational } from '../core/_rational.js';
import { figure, fromExact, fromText, toExactNumber } from './_rational.js';
import { rationalAttainment } from './_rationalAttainment.js';
import type { ParsedTermOptions, ParsedTermProgress, ParsedTermTarget, ProjectionMethod } from './_termProgressSchema.js';
import type { TermProgressResult, TermProjection, TermTargetProgress } from './termProgress.js';
import { deepFreeze } from '../core/_freeze.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { StepCode, StepFacts } from './steps.js';
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

/** A step of the explanation: its facts, and the sentences the message tables write from them. */
function step<C extends StepCode>(name: string, formula: string, code: C, facts: StepFacts[C]): ExplanationStep {
  const f = deepFreeze(facts);
  return Object.freeze({ name, formula, code, facts: f, vi: (vi[code] as (x: StepFacts[C]) => string)(f), en: (en[code] as (x: StepFacts[C]) => string)(f) }) as ExplanationStep;
}
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

function insufficient(method: ProjectionMethod, got: number, run: Run, resultsNeeded: boolean): TermProjection {
  const name = `projection-${method}`;
  return projection(method, {
    status: 'insufficient-data',
    dataPoints: got,
    needed: 2,
    explanation: step(name, `needs 2 data points at different dates; got ${got}`, 'projection-insufficient', { method, got, resultsNeeded }),
  }, run);
}

function notApplicable(method: ProjectionMethod, run: Run): TermProjection {
  return projection(method, {
    status: 'not-applicable',
    dataPoints: run.points.length,
    needed: 2,
    explanation: step(`projection-${method}`, 'not applicable to an upper limit', 'projection-not-applicable', { method }),
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
    explanation: step(`projection-${method}`, `${c} ≥ ${r} → ${set.achieved.class}`, 'projection-achieved', { method, cumulative: c, target: r, label: freezeBilingual(set.achieved.label), thresholds: freezeBilingual(set.name) }),
  }, run);
}

function linearProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const { decimals, rounding } = run.o;
  const got = run.p.aggregation === 'sum' ? run.points.length + 1 : run.points.length;
  if (run.projected === undefined) return insufficient('linear', run.p.aggregation === 'sum' && run.tAsOf === 0 ? 1 : got, run, false);
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
    explanation: step('projection-linear', `projected ${P} ${limit ? '≤' : '≥'} ${R}? → ${cls.class}`, 'projection-linear', { projected: P, target: R, meets }),
  }, run);
}

function cagrProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const set = run.o.thresholds.cagr;
  const { decimals, rounding } = run.o;
  if (t.target.form === 'at-most') return notApplicable('cagr', run);
  const ref = referenceOf(t.target);
  if (run.points.length < 2) return insufficient('cagr', run.points.length, run, true);
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
      explanation: step('projection-cagr', `${formula}; required rate ≤ 0 → ${cls.class}`, 'projection-base-met', { method: 'cagr', base, label: freezeBilingual(cls.label) }),
    }, run);
  }
  const ratio = ratioOf(rates.observed, rates.required);
  const cls = classifyDec(ratio, set);
  const rv = decimalText(ratio, decimals + 2, rounding);
  return projection('cagr', {
    status: 'computed', cls, thresholds: set.id, observed, required,
    ratio: Object.freeze({ value: rv, valueNumber: Number(rv), exact: null }),
    dataPoints: run.points.length, needed: 2,
    explanation: step('projection-cagr', `${formula} = ${rv} → ${cls.class}`, 'projection-cagr', { observed, required, ratio: rv, label: freezeBilingual(cls.label), thresholds: freezeBilingual(set.name) }),
  }, run);
}

function unsdProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const set = run.o.thresholds.unsd;
  const { decimals, rounding } = run.o;
  if (t.target.form === 'at-most') return notApplicable('unsd', run);
  const ref = referenceOf(t.target);
  const sum = run.p.aggregation === 'sum';
  const got = sum ? run.points.length + 1 : run.points.length;
  if (run.projected === undefined) return insufficient('unsd', sum && run.tAsOf === 0 ? 1 : got, run, false);
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
      explanation: step('projection-unsd', `${formula}; target − base ≤ 0 → ${cls.class}`, 'projection-base-met', { method: 'unsd', base: f(base), label: freezeBilingual(cls.label) }),
    }, run);
  }
  const r = div(sub(P, base), needed);
  const cls = classify(r, set);
  const ratio = figure(r, decimals + 2, rounding);
  return projection('unsd', {
    status: 'computed', cls, thresholds: set.id, projected: P, ratio, dataPoints: got, needed: 2,
    explanation: step('projection-unsd', `${formula} = ${ratio.value} → ${cls.class}`, 'projection-unsd', { projected: f(P), base: f(base), target: f(ref), ratio: ratio.value, label: freezeBilingual(cls.label), thresholds: freezeBilingual(set.name) }),
  }, run);
}

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

  steps.push(step('attainment', att.percent === null ? `${C} / ${f(ref)}: no percent of a zero target` : `${C} / ${f(ref)} × 100 = ${att.percent}%`, 'attainment', { code: att.reason.code, facts: att.reason.facts }));

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
  steps.push(step('expectedByNow', expectedFormula, 'expected-by-now', { asOf: p.asOf, value: E, basis: t.plan !== null ? 'plan' : 'linear' }));

  // pace: within ± tolerance of the expected figure is on track; for an upper limit, lower is ahead
  const { pace, lo, hi, side } = paceOf(run.cumulative, expected, o.tolerancePercent, limit);
  const tolText = o.tolerancePercent.text;
  steps.push(step('pace', `${C} vs ${E} ± ${tolText}% = [${f(lo)}, ${f(hi)}] → ${pace}`, 'pace', { cumulative: C, expected: E, tolerance: tolText, side: side > 0 ? 'above' : side < 0 ? 'below' : 'within', pace }));

  // required per year and month to finish on time
  let perYear: ExactFigure | null = null;
  let perMonth: ExactFigure | null = null;
  // still needed, exactly: the reference less the cumulative, never below zero (unused for a limit)
  const rem = cmp(run.cumulative, ref) < 0 ? sub(ref, run.cumulative) : ZERO;
  if (limit) {
    steps.push(step('requiredPerYear', 'not applicable to an upper limit', 'required-not-applicable', {}));
  } else if (rem.n === 0n) {
    perYear = figure(ZERO, decimals, rounding);
    perMonth = perYear;
    steps.push(step('requiredPerYear', 'remaining = 0', 'required-met', {}));
  } else if (run.remainingDays === 0) {
    steps.push(step('requiredPerYear', 'remainingDays = 0', 'required-ended', { term: freezeBilingual(p.term.label), remaining }));
  } else {
    const y = div(mul(rem, YEAR_DAYS), rational(run.remainingDays));
    perYear = figure(y, decimals, rounding);
    perMonth = figure(div(y, rational(12)), decimals, rounding);
    steps.push(step('requiredPerYear', `${remaining} × 365.25 / ${run.remainingDays} = ${perYear.value} per year; / 12 = ${perMonth.value} per month`,
      'required', { remaining, remainingDays: run.remainingDays, perYear: perYear.value, perMonth: perMonth.value }));
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
  const elapsedFormula = `(${p.asOf} − ${p.term.start} + 1) / (${p.term.end} − ${p.term.start} + 1) = ${e.elapsedDays}/${e.totalDays} = ${e.fraction.value}`;
  if (e.status === 'not-started') steps.push(step('elapsed', elapsedFormula, 'elapsed-not-started', { asOf: p.asOf, termStart: p.term.start, term: freezeBilingual(label) }));
  else if (e.status === 'ended') steps.push(step('elapsed', elapsedFormula, 'elapsed-ended', { termEnd: p.term.end, totalDays: e.totalDays, term: freezeBilingual(label) }));
  else steps.push(step('elapsed', elapsedFormula, 'elapsed', { asOf: p.asOf, termStart: p.term.start, termEnd: p.term.end, term: freezeBilingual(label), elapsedDays: e.elapsedDays, totalDays: e.totalDays, percent: e.percent }));
  const C = f(cumulative);
  steps.push(step('cumulative', formula, 'cumulative', { asOf: p.asOf, aggregation: p.cumulative !== null ? 'given' : p.aggregation, value: C, rounded }));
  if (projected !== undefined) {
    const P = f(projected);
    steps.push(step('projectedAtEnd', `${f(last.v)} + (${f(last.v)} − ${f(first.v)}) × (${run.total} − ${last.t}) / (${last.t} − ${first.t}) = ${P}`, 'projected-at-end', { value: P, term: freezeBilingual(label) }));
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
