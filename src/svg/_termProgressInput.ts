import * as z from 'zod/mini';
import type { ExactNumber } from '../core/_exact.js';
import { isProblem, readNumber } from '../core/_exact.js';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/index.js';
import { parseIsoDate } from '../core/_calendar.js';
import { chartOptionsShape, unitSchema } from './_svg.js';
import { tolerancePercentSchema } from '../period/_pace.js';

// Reading the input and options of termProgressChart: every field once, every problem reported with
// its path, before anything is drawn.

export interface Point {
  readonly date: string;
  readonly day: number;
  readonly value: ExactNumber;
}

export interface Parsed {
  readonly start: string;
  readonly end: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly target: ExactNumber;
  readonly points: readonly Point[];
  readonly projection: Point | undefined;
}

const MAX_POINTS = 10_000;

type Ctx = Parameters<typeof report>[0];

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.hasOwn(o, k) ? o[k] : undefined;
}

function readDate(v: unknown, ctx: Ctx, path: IssuePath): number | undefined {
  if (v === undefined) { report(ctx, 'missing', {}, path); return undefined; }
  const day = parseIsoDate(v)?.day;
  if (day === undefined) report(ctx, typeof v === 'string' ? 'invalid_date' : 'invalid_type', typeof v === 'string' ? { value: v.slice(0, 40) } : { expected: 'date', ...describe(v) }, path);
  return day;
}

function readFigure(v: unknown, ctx: Ctx, path: IssuePath): ExactNumber | undefined {
  if (v === undefined) { report(ctx, 'missing', {}, path); return undefined; }
  const r = readNumber(v);
  if (isProblem(r)) { report(ctx, r.code, r.facts, path); return undefined; }
  if (r.n < 0n) { report(ctx, 'negative', { value: r.text }, path); return undefined; }
  return r;
}

function readObject(v: unknown, ctx: Ctx, path: IssuePath, keys: readonly string[]): Record<string, unknown> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    report(ctx, v === undefined ? 'missing' : 'invalid_type', v === undefined ? {} : { expected: 'object', ...describe(v) }, path);
    return undefined;
  }
  let ok = true;
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: keys }, [...path, k]); ok = false; }
  }
  return ok ? (v as Record<string, unknown>) : undefined;
}

export const inputSchema = reader((v, ctx): Parsed => {
  const o = readObject(v, ctx, [], ['start', 'end', 'target', 'points', 'projection']);
  if (o === undefined) return z.NEVER;
  // Every field is read once: a getter or Proxy could give another value on a second read.
  const rawStart = own(o, 'start');
  const rawEnd = own(o, 'end');
  const start = readDate(rawStart, ctx, ['start']);
  const end = readDate(rawEnd, ctx, ['end']);
  if (start !== undefined && end !== undefined && end < start) report(ctx, 'date_order', { start: rawStart as string, end: rawEnd as string }, ['end']);
  const target = readFigure(own(o, 'target'), ctx, ['target']);
  const point = (p: unknown, path: IssuePath): Point | undefined => {
    const q = readObject(p, ctx, path, ['date', 'cumulative']);
    if (q === undefined) return undefined;
    const date = own(q, 'date');
    const day = readDate(date, ctx, [...path, 'date']);
    const value = readFigure(own(q, 'cumulative'), ctx, [...path, 'cumulative']);
    if (day !== undefined && start !== undefined && end !== undefined && start <= end && (day < start || day > end)) {
      report(ctx, 'out_of_range', { min: rawStart as string, max: rawEnd as string, value: date as string }, [...path, 'date']);
      return undefined;
    }
    return day === undefined || value === undefined ? undefined : { date: date as string, day, value };
  };
  const raw = own(o, 'points');
  const points: Point[] = [];
  if (!Array.isArray(raw)) {
    report(ctx, raw === undefined ? 'missing' : 'invalid_type', raw === undefined ? {} : { expected: 'array', ...describe(raw) }, ['points']);
  } else if (raw.length > MAX_POINTS) {
    report(ctx, 'too_long', { length: raw.length, limit: MAX_POINTS }, ['points']);
  } else {
    // An index loop, not forEach: a hole in the array is a missing point, reported as for `undefined`.
    for (let i = 0; i < raw.length; i++) {
      const q = point(raw[i], ['points', i]);
      if (q !== undefined) points.push(q);
    }
  }
  const proj = own(o, 'projection');
  const projection = proj === undefined ? undefined : point(proj, ['projection']);
  if (ctx.issues.length > 0 || start === undefined || end === undefined || target === undefined) return z.NEVER;
  // Drawn by date; a copy is sorted, the caller's array is left as it was.
  points.sort((a, b) => a.day - b.day);
  return { start: rawStart as string, end: rawEnd as string, startDay: start, endDay: end, target, points, projection };
});

export const optionsSchema = z.strictObject({ ...chartOptionsShape, unit: z.optional(unitSchema), tolerancePercent: z.optional(tolerancePercentSchema) });
