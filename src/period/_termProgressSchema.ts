import * as z from 'zod/mini';
import type { ExactNumber } from '../core/_exact.js';
import { describe, numberLike, reader, report, roundOptionsShape } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import type { Bilingual } from '../core/locale.js';
import type { RoundingMode } from '../core/roundingModes.js';
import { compareExact, type ParsedTarget } from '../attainment/_attainment.js';
import { targetSchema } from '../attainment/_schema.js';
import type { IndicatorKind } from '../attainment/types.js';
import { DEFAULT_TOLERANCE_PERCENT, tolerancePercentSchema } from './_pace.js';
import { dateSchema, periodIn } from './_schema.js';
import { OPEN_SDG_THRESHOLDS, UNSD_PROGRESS_THRESHOLDS } from './progressThresholds.js';
import type { Period, ProgressThresholds } from './types.js';

type Ctx = z.core.ParsePayload<unknown>;

/**
 * How an indicator's period results add up to the cumulative figure: `'sum'` for flows such as new
 * members (lũy kế), `'last'` for stocks such as "có đến 31/12", `'max'`, or `'mean'`.
 *
 * @category Periods
 */
export type Aggregation = 'sum' | 'last' | 'max' | 'mean';

/**
 * A projection method of {@link termProgress}: `'linear'` run-rate, `'cagr'` (Open SDG progress
 * measure), or `'unsd'` (UNSD progress-chart ratio).
 *
 * @category Periods
 */
export type ProjectionMethod = 'linear' | 'cagr' | 'unsd';

/** A value of a period, validated, with where it came from (for error paths). */
interface ParsedEntry {
  readonly period: Period;
  readonly value: ExactNumber;
  readonly path: IssuePath;
}

export interface ParsedTermTarget {
  readonly id: string;
  readonly source: 'own' | 'assigned' | null;
  readonly issuer: string | null;
  readonly label: Bilingual | null;
  readonly target: ParsedTarget;
  readonly plan: readonly ParsedEntry[] | null;
}

export interface ParsedTermProgress {
  readonly term: Period;
  readonly asOf: string;
  readonly kind: IndicatorKind;
  readonly aggregation: Aggregation;
  readonly results: readonly ParsedEntry[] | null;
  readonly cumulative: ExactNumber | null;
  readonly targets: readonly ParsedTermTarget[];
}

export interface ParsedTermOptions {
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly tolerancePercent: ExactNumber;
  readonly methods: readonly ProjectionMethod[];
  readonly thresholds: { readonly cagr: ProgressThresholds; readonly unsd: ProgressThresholds };
}

const MAX_ITEMS = 1000;
const entry = z.strictObject({ period: z.unknown(), value: numberLike });
const entries = z.array(entry).check(z.minLength(1), z.maxLength(MAX_ITEMS));

const shortText = reader((v, ctx) => {
  if (typeof v !== 'string' || v.trim() === '') return report(ctx, 'invalid_type', { expected: 'non-empty-string', ...describe(v) });
  if (v.length > 200) return report(ctx, 'too_long', { length: v.length, limit: 200 });
  return v;
});

const labelSchema = reader((v, ctx): Bilingual => {
  if (typeof v === 'string') return { vi: v, en: v };
  // Each text is read once: a getter or Proxy could give another value on a second read.
  const vi: unknown = v !== null && typeof v === 'object' ? (v as Record<string, unknown>).vi : undefined;
  const en: unknown = typeof vi === 'string' ? (v as Record<string, unknown>).en : undefined;
  if (typeof vi === 'string' && typeof en === 'string') return { vi, en };
  return report(ctx, 'invalid_type', { expected: 'text-or-bilingual', ...describe(v) });
});

const targetItem = z.strictObject({
  id: shortText,
  target: targetSchema,
  source: z.optional(z.enum(['own', 'assigned'])),
  issuer: z.optional(shortText),
  label: z.optional(labelSchema),
  plan: z.optional(entries),
});

const shape = z.strictObject({
  term: z.unknown(),
  asOf: dateSchema,
  target: z.optional(targetSchema),
  plan: z.optional(entries),
  targets: z.optional(z.array(targetItem).check(z.minLength(1), z.maxLength(100))),
  results: z.optional(entries),
  cumulative: z.optional(numberLike),
  aggregation: z.optional(z.enum(['sum', 'last', 'max', 'mean'])),
  kind: z.optional(z.enum(['count', 'rate'])),
});

/** Counts are non-negative whole numbers, rates non-negative: the attainment core's rule. */
function checkFigure(ctx: Ctx, x: ExactNumber, kind: IndicatorKind, path: IssuePath): boolean {
  if (x.n < 0n) { report(ctx, 'negative', { value: x.text }, path); return false; }
  if (kind === 'count' && x.d !== 1n) { report(ctx, 'not_integer', { value: x.text }, path); return false; }
  return true;
}

function checkTarget(ctx: Ctx, t: ParsedTarget, kind: IndicatorKind, path: IssuePath): boolean {
  if (t.form === 'range') return checkFigure(ctx, t.min, kind, [...path, 'min']) && checkFigure(ctx, t.max, kind, [...path, 'max']);
  const sub = t.form === 'reach' ? [] : [t.form === 'at-least' ? 'atLeast' : 'atMost'];
  return checkFigure(ctx, t.value, kind, [...path, ...sub]);
}

/**
 * Reads period/value entries. Each period must lie wholly inside the term: a value for a period that
 * runs past it cannot be split without knowing when it happened. A result (`observed`) must also have
 * begun by `asOf`: a figure for a later period is not yet known, while one for a period that contains
 * `asOf` is the figure to date ("6 tháng đầu năm" in June). Plans may be for later periods.
 */
function readEntries(ctx: Ctx, raw: readonly { period: unknown; value: unknown }[], term: Period, asOf: string, kind: IndicatorKind, path: IssuePath, observed: boolean): ParsedEntry[] | undefined {
  const out: ParsedEntry[] = [];
  let ok = true;
  raw.forEach((e, i) => {
    const at = [...path, i];
    const p = periodIn(ctx, e.period, { asOf }, [...at, 'period'], { asOf: ['asOf'] });
    const value = e.value as ExactNumber;
    if (!checkFigure(ctx, value, kind, [...at, 'value'])) ok = false;
    if (p === undefined) { ok = false; return; }
    if (p.start < term.start || p.end > term.end) {
      report(ctx, 'out_of_range', { min: term.start, max: term.end, value: `${p.start}..${p.end}` }, [...at, 'period']);
      ok = false;
      return;
    }
    if (observed && p.start > asOf) {
      report(ctx, 'out_of_range', { min: term.start, max: asOf, value: p.start }, [...at, 'period']);
      ok = false;
      return;
    }
    out.push({ period: p, value, path: [...at, 'value'] });
  });
  return ok ? out : undefined;
}

export const termProgressInputSchema = z.pipe(
  shape,
  z.transform((v, c): ParsedTermProgress => {
    const ctx = c as Ctx;
    const kind = v.kind ?? 'count';
    if (v.term === undefined) return report(ctx, 'missing', {}, ['term']);
    const term = periodIn(ctx, v.term, { asOf: v.asOf }, ['term'], { asOf: ['asOf'] });
    let ok = term !== undefined;
    const bothOrNone = (a: unknown, b: unknown, names: [string, string]) => {
      if ((a === undefined) === (b === undefined)) {
        report(ctx, a === undefined ? 'missing' : 'invalid_value', { exclusive: names }, [a === undefined ? names[0] : names[1]]);
        ok = false;
      }
    };
    bothOrNone(v.target, v.targets, ['target', 'targets']);
    bothOrNone(v.results, v.cumulative, ['results', 'cumulative']);
    if (v.plan !== undefined && v.target === undefined) {
      report(ctx, 'invalid_value', { hint: 'plan-per-target' }, ['plan']);
      ok = false;
    }
    if (!ok || term === undefined) return z.NEVER;

    let results: ParsedEntry[] | null = null;
    let cumulative: ExactNumber | null = null;
    if (v.results !== undefined) {
      const r = readEntries(ctx, v.results, term, v.asOf, kind, ['results'], true);
      if (r === undefined) ok = false;
      else results = r;
    } else if (v.cumulative !== undefined) {
      cumulative = v.cumulative as ExactNumber;
      if (!checkFigure(ctx, cumulative, kind, ['cumulative'])) ok = false;
    }

    const targets: ParsedTermTarget[] = [];
    const list = v.targets ?? [{ id: 'target', target: v.target, plan: v.plan }];
    const seen = new Set<string>();
    list.forEach((t, i) => {
      const base: IssuePath = v.targets === undefined ? [] : ['targets', i];
      const target = t.target as ParsedTarget;
      if (!checkTarget(ctx, target, kind, [...base, 'target'])) ok = false;
      if (seen.has(t.id)) { report(ctx, 'duplicate_id', { id: t.id }, [...base, 'id']); ok = false; }
      seen.add(t.id);
      let plan: ParsedEntry[] | null = null;
      if (t.plan !== undefined) {
        const p = readEntries(ctx, t.plan, term, v.asOf, kind, [...base, 'plan'], false);
        if (p === undefined) ok = false;
        else plan = p;
      }
      const full = t as { source?: 'own' | 'assigned'; issuer?: string; label?: Bilingual };
      targets.push({ id: t.id, source: full.source ?? null, issuer: full.issuer ?? null, label: full.label ?? null, target, plan });
    });
    if (!ok) return z.NEVER;
    return { term, asOf: v.asOf, kind, aggregation: v.aggregation ?? 'sum', results, cumulative, targets };
  }),
);

const bandSchema = z.strictObject({ min: z.nullable(numberLike), class: shortText, label: labelSchema });
const thresholdSetSchema = z.pipe(
  z.strictObject({
    id: shortText,
    name: labelSchema,
    source: z.string(),
    achieved: z.strictObject({ class: shortText, label: labelSchema }),
    bands: z.array(bandSchema).check(z.minLength(1), z.maxLength(20)),
  }),
  z.transform((t, c): ProgressThresholds => {
    // Bands go from the highest minimum down; only the last may have none.
    let prev: ExactNumber | null | undefined;
    t.bands.forEach((b, i) => {
      const min = b.min as ExactNumber | null;
      if (min === null && i !== t.bands.length - 1) report(c as Ctx, 'invalid_value', { expected: 'band-min', received: 'null' }, ['bands', i, 'min']);
      if (min !== null && prev !== undefined && prev !== null && compareExact(min, prev) >= 0) {
        report(c as Ctx, 'invalid_value', { expected: 'number-below', below: prev.text, received: 'number', value: min.text }, ['bands', i, 'min']);
      }
      prev = min;
    });
    return {
      id: t.id,
      name: t.name,
      source: t.source,
      achieved: t.achieved,
      bands: t.bands.map((b) => ({ min: b.min === null ? null : (b.min as ExactNumber).text, class: b.class, label: b.label })),
    };
  }),
);

export const termProgressOptionsSchema = z.strictObject({
  ...roundOptionsShape,
  tolerancePercent: z.optional(tolerancePercentSchema),
  methods: z.optional(z.array(z.enum(['linear', 'cagr', 'unsd'])).check(z.maxLength(3))),
  thresholds: z.optional(z.strictObject({ cagr: z.optional(thresholdSetSchema), unsd: z.optional(thresholdSetSchema) })),
});

export function resolveOptions(o: z.output<typeof termProgressOptionsSchema>): ParsedTermOptions {
  const methods: ProjectionMethod[] = [];
  for (const m of o.methods ?? ['linear']) if (!methods.includes(m)) methods.push(m);
  return {
    decimals: o.decimals ?? 2,
    rounding: o.rounding ?? 'half-up',
    tolerancePercent: o.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT,
    methods,
    thresholds: { cagr: o.thresholds?.cagr ?? OPEN_SDG_THRESHOLDS, unsd: o.thresholds?.unsd ?? UNSD_PROGRESS_THRESHOLDS },
  };
}
