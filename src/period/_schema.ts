import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { parseIsoDate } from '../core/_calendar.js';
import { isProblem, orderProblem, readPeriodText, type PeriodContext, type PeriodProblem } from './_period.js';
import { makePeriod } from './_periodLabel.js';
import type { Period, PeriodKind } from './types.js';
import { parseWith } from './_errors.js';

type Ctx = z.core.ParsePayload<unknown>;

const KINDS: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month', 'term', 'stage', 'custom'];
// `yearFrom` (what parsePeriod adds when the text left the year out) is accepted and not needed here.
const PERIOD_KEYS = ['kind', 'start', 'end', 'label', 'yearFrom'];

/** A problem with the sub-path (inside the value read) it belongs to. */
type Located = PeriodProblem & { readonly sub: IssuePath };

/** Reads a calendar date `YYYY-MM-DD`. */
export function readDate(v: unknown): string | PeriodProblem {
  if (v === undefined) return { code: 'missing', facts: {} };
  if (typeof v !== 'string') {
    return { code: 'invalid_type', facts: { expected: 'date', ...describe(v) } };
  }
  return parseIsoDate(v) === undefined ? { code: 'invalid_date', facts: { value: v.length > 40 ? `${v.slice(0, 40)}…` : v } } : v;
}

/** A zod schema for a calendar date. */
export const dateSchema = reader((v, ctx) => {
  const r = readDate(v);
  return typeof r === 'string' ? r : report(ctx, r.code, r.facts);
});

/** Reads a period given as text or as `{ kind, start, end, label? }`. */
function readPeriodValue(v: unknown, pctx: PeriodContext): Period | Located {
  if (typeof v === 'string') {
    const r = readPeriodText(v, pctx);
    return isProblem(r) ? { ...r, sub: [] } : r;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { code: 'invalid_type', facts: { expected: 'period', ...describe(v) }, sub: [] };
  }
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!PERIOD_KEYS.includes(k)) return { code: 'unknown_key', facts: { key: k, allowed: PERIOD_KEYS }, sub: [k] };
  }
  const own = (k: string) => (Object.prototype.hasOwnProperty.call(rec, k) ? rec[k] : undefined);
  const kind = own('kind');
  if (kind === undefined) return { code: 'missing', facts: {}, sub: ['kind'] };
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    return { code: 'invalid_value', facts: { allowed: KINDS, ...describe(kind) }, sub: ['kind'] };
  }
  const dates: string[] = [];
  for (const k of ['start', 'end']) {
    const x = own(k);
    if (x === undefined) return { code: 'missing', facts: {}, sub: [k] };
    const d = readDate(x);
    if (typeof d !== 'string') return { ...d, sub: [k] };
    dates.push(d);
  }
  const [start, end] = dates as [string, string];
  const order = orderProblem(start, end);
  if (order) return { ...order, sub: ['end'] };
  const label = own('label');
  if (label === undefined) return makePeriod(kind as PeriodKind, start, end);
  const l = label as Record<string, unknown>;
  if (label === null || typeof label !== 'object' || typeof l.vi !== 'string' || typeof l.en !== 'string') {
    return { code: 'invalid_type', facts: { expected: 'bilingual', ...describe(label) }, sub: ['label'] };
  }
  return makePeriod(kind as PeriodKind, start, end, { vi: l.vi, en: l.en });
}

/**
 * Reads a period inside a zod transform, reporting any problem at `path` (problems about an option
 * the text needs are reported at that option's path in `optionPaths`).
 */
export function periodIn(
  ctx: Ctx,
  v: unknown,
  pctx: PeriodContext,
  path: IssuePath,
  optionPaths: Partial<Record<'asOf' | 'termStart' | 'termEnd', IssuePath>> = {},
): Period | undefined {
  const r = readPeriodValue(v, pctx);
  if ('code' in r) {
    const at = r.at !== undefined ? optionPaths[r.at] : undefined;
    report(ctx, r.code, r.facts, at ?? [...path, ...r.sub]);
    return undefined;
  }
  return r;
}

/** Validates one period argument of a public function, throwing the ChiTieuError on a problem. */
export function parsePeriodArg(
  v: unknown,
  pctx: PeriodContext,
  path: IssuePath,
  optionPaths: Partial<Record<'asOf' | 'termStart' | 'termEnd', IssuePath>> = {},
): Period {
  return parseWith(reader((x, ctx) => periodIn(ctx, x, pctx, path, optionPaths) ?? z.NEVER), v);
}
