import type { Bilingual } from '../core/locale.js';
import { ZERO, cmp, div, roundTo, sub, type Rational } from '../core/_rational.js';
import { cagrRates, compareTo, decimalText, isPositive, percentText, ratioOf, type Dec } from './_cagr.js';
import { linearClassEn } from './messages/en.js';
import { linearClassVi } from './messages/vi.js';
import { figure, fromText } from './_rational.js';
import { freezeBilingual, referenceOf, step, type Point, type Run } from './_step.js';
import type { ParsedTermTarget, ProjectionMethod } from './_termProgressSchema.js';
import type { TermProjection } from './termProgress.js';
import type { ExplanationStep, ProgressThresholds } from './types.js';
import { fail } from './_errors.js';

// The three projections of a term target (linear run-rate, CAGR by Open SDG, UNSD progress ratio),
// each with its class, the figures it rests on and its explanation step.

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
    explanation: step(name, `data points at different dates: ${got} < 2`, 'projection-insufficient', { method, got, resultsNeeded }),
  }, run);
}

function notApplicable(method: ProjectionMethod, run: Run): TermProjection {
  return projection(method, {
    status: 'not-applicable',
    dataPoints: run.points.length,
    needed: 2,
    explanation: step(`projection-${method}`, 'target.form = at-most', 'projection-not-applicable', { method }),
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

export function linearProjection(run: Run, t: ParsedTermTarget): TermProjection {
  const { decimals, rounding } = run.o;
  const got = run.p.aggregation === 'sum' ? run.points.length + 1 : run.points.length;
  if (run.projected === undefined) return insufficient('linear', run.p.aggregation === 'sum' && run.tAsOf === 0 ? 1 : got, run, false);
  const ref = referenceOf(t.target);
  const limit = t.target.form === 'at-most';
  const meets = limit ? cmp(run.projected, ref) <= 0 : cmp(run.projected, ref) >= 0;
  const P = roundTo(run.projected, decimals, rounding);
  const R = roundTo(ref, decimals, rounding);
  const c = meets ? 'on-track' : 'off-track';
  const cls = { class: c, label: { vi: linearClassVi[c], en: linearClassEn[c] } };
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

export function cagrProjection(run: Run, t: ParsedTermTarget): TermProjection {
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

export function unsdProjection(run: Run, t: ParsedTermTarget): TermProjection {
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

