import * as z from 'zod/mini';
import type { Rational } from '../core/_rational.js';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { MAX_RECORD_ISSUES, STAGES, readDate, readPipeline, readSmallCount } from './_pipeline.js';
import { readFraction } from './_read.js';
import type { CandidateStageId } from './admissionOutlook.js';

// Reading the input of admissionOutlook: counts, the pipeline, the term's end, rates, history, durations.

export const CANDIDATE_STAGES = STAGES.filter((s) => s.step <= 5).map((s) => s.id as CandidateStageId);

type Ctx = Parameters<Parameters<typeof reader>[0]>[1];
type Frac = Rational;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A share between 0 and 1: a number, a decimal string or an exact fraction "p/q", read as results carry them. */
function readRate(ctx: Ctx, v: unknown, path: IssuePath): Frac | undefined {
  const f = readFraction(ctx, v, path);
  if (f === undefined) return undefined;
  if (f.n < 0n || f.n > f.d) { report(ctx, 'out_of_range', { min: 0, max: 1, ...describe(v) }, path); return undefined; }
  return f;
}

function readStageMap<T>(ctx: Ctx, v: unknown, path: IssuePath, read: (x: unknown, p: IssuePath) => T | undefined): Map<CandidateStageId, T> | undefined {
  if (!isObject(v)) { report(ctx, 'invalid_type', { expected: 'stage-map', ...describe(v) }, path); return undefined; }
  const out = new Map<CandidateStageId, T>();
  let ok = true;
  for (const k of Object.keys(v)) {
    if (!(CANDIDATE_STAGES as string[]).includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: CANDIDATE_STAGES }, [...path, k]); ok = false; continue; }
    const x = read(v[k], [...path, k]);
    if (x === undefined) ok = false; else out.set(k as CandidateStageId, x);
  }
  return ok ? out : undefined;
}

const KEYS = ['target', 'admitted', 'pipeline', 'termEnd', 'rates', 'history', 'durations'];

export const inputSchema = reader((v, ctx) => {
  if (!isObject(v)) return report(ctx, 'invalid_type', { expected: 'object', fields: ['target', 'admitted', 'pipeline'], ...describe(v) });
  let ok = true;
  for (const k of Object.keys(v)) if (!KEYS.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: KEYS }, [k]); ok = false; }
  const get = (k: string) => (Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined);
  const need = (k: string) => { const x = get(k); if (x === undefined) report(ctx, 'missing', {}, [k]); return x; };
  const rawTarget = need('target');
  const rawAdmitted = need('admitted');
  const target = rawTarget === undefined ? undefined : readSmallCount(ctx, rawTarget, ['target']);
  const admitted = rawAdmitted === undefined ? undefined : readSmallCount(ctx, rawAdmitted, ['admitted']);
  const rawPipeline = need('pipeline');
  const pipeline = rawPipeline === undefined ? undefined : readPipeline(ctx, rawPipeline, ['pipeline']);
  let daysLeft: number | null = null;
  const rawEnd = get('termEnd');
  if (rawEnd !== undefined) {
    const end = readDate(ctx, rawEnd, ['termEnd']);
    if (end === undefined) ok = false;
    else if (pipeline !== undefined) {
      const start = pipeline.asOf === null ? undefined : readDate(ctx, pipeline.asOf, ['pipeline', 'asOf']);
      if (start === undefined) { report(ctx, 'missing', {}, ['pipeline', 'asOf']); ok = false; }
      else if (end.day < start.day) { report(ctx, 'date_order', { start: start.text, end: end.text }, ['termEnd']); ok = false; }
      else daysLeft = end.day - start.day;
    }
  }
  const rawRates = get('rates');
  const rates = rawRates === undefined ? new Map<CandidateStageId, Frac>() : readStageMap(ctx, rawRates, ['rates'], (x, p) => readRate(ctx, x, p));
  const rawDurations = get('durations');
  const durations = rawDurations === undefined ? new Map<CandidateStageId, number>() : readStageMap(ctx, rawDurations, ['durations'], (x, p) => readSmallCount(ctx, x, p));
  const history = new Map<CandidateStageId, { entered: bigint; advanced: bigint }>();
  const rawHistory = get('history');
  if (rawHistory !== undefined) {
    if (!Array.isArray(rawHistory)) { report(ctx, 'invalid_type', { expected: 'array', fields: ['stage', 'entered', 'advanced'], ...describe(rawHistory) }, ['history']); ok = false; }
    else {
      // An index loop, not forEach: forEach skips holes, and a hole is a missing line, as `undefined` is.
      const readLine = (h: unknown, i: number): void => {
      const p: IssuePath = ['history', i];
      if (!isObject(h)) { report(ctx, 'invalid_type', { expected: 'object', fields: ['stage', 'entered', 'advanced'], ...describe(h) }, p); ok = false; return; }
      for (const k of Object.keys(h)) if (!['stage', 'entered', 'advanced'].includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: ['stage', 'entered', 'advanced'] }, [...p, k]); ok = false; }
      const field = (k: string) => (Object.prototype.hasOwnProperty.call(h, k) ? h[k] : undefined);
      const stage = field('stage');
      if (!(CANDIDATE_STAGES as unknown[]).includes(stage)) { report(ctx, stage === undefined ? 'missing' : 'invalid_value', { allowed: CANDIDATE_STAGES, ...describe(stage) }, [...p, 'stage']); ok = false; return; }
      const entered = readSmallCount(ctx, field('entered'), [...p, 'entered']);
      const advanced = readSmallCount(ctx, field('advanced'), [...p, 'advanced']);
      if (entered === undefined || advanced === undefined) { ok = false; return; }
      if (advanced > entered) { report(ctx, 'out_of_range', { min: 0, max: entered, value: String(advanced) }, [...p, 'advanced']); ok = false; return; }
      const prev = history.get(stage as CandidateStageId) ?? { entered: 0n, advanced: 0n };
      history.set(stage as CandidateStageId, { entered: prev.entered + BigInt(entered), advanced: prev.advanced + BigInt(advanced) });
      };
      for (let i = 0; i < rawHistory.length && ctx.issues.length < MAX_RECORD_ISSUES; i++) readLine(rawHistory[i], i);
    }
  }
  if (!ok || target === undefined || admitted === undefined || pipeline === undefined || rates === undefined || durations === undefined) return z.NEVER;
  return { target, admitted, pipeline, daysLeft, rates, durations, history };
});

