import { fractionText, type ExactNumber } from '../core/_exact.js';
import { computeAttainment } from '../attainment/_attainment.js';
import { computeElapsed, elapsedDaysOf } from './_elapsed.js';
import { linearExpected, paceOf } from './_pace.js';
import { cagrProjection, linearProjection, unsdProjection } from './_projection.js';
import { ZERO, add, cmp, div, mul, rational, roundTo, sub, type Rational } from '../core/_rational.js';
import { figure, fromExact, toExactNumber } from './_rational.js';
import { rationalAttainment } from './_rationalAttainment.js';
import { freezeBilingual, referenceOf, step, type Point, type Run } from './_step.js';
import type { ParsedTermOptions, ParsedTermProgress, ParsedTermTarget } from './_termProgressSchema.js';
import type { TermProgressResult, TermTargetProgress } from './termProgress.js';
import type { ExactFigure, ExplanationStep } from './types.js';

const YEAR_DAYS = rational(1461, 4); // 365.25

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
    steps.push(step('requiredPerYear', 'target.form = at-most', 'required-not-applicable', {}));
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
