import * as z from 'zod/mini';
import { describe, readIsoDate, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { explained, stageNames } from './_explain.js';
import { readCount } from './_read.js';
import { MEMBER_STAGES, type MemberStage, type MemberStageTotal } from './memberStages.js';
import type { MemberPipelineResult, PipelineCheck, PipelineStageCount, PipelineTotalCount } from './memberPipeline.js';

export const STAGES = MEMBER_STAGES.filter((s): s is MemberStage => s.kind === 'stage');
const TOTALS = MEMBER_STAGES.filter((s): s is MemberStageTotal => s.kind === 'total');
const STAGE_IDS = STAGES.map((s) => s.id as string);
const TOTAL_IDS = TOTALS.map((s) => s.id as string);
const EVENT_IDS = STAGES.map((s) => s.event as string);

type Ctx = Parameters<Parameters<typeof reader>[0]>[1];

/** At most this many problems are reported for a list of records (candidates, history lines). */
export const MAX_RECORD_ISSUES = 20;

// Exported for the declaration build: the schema in _outlookInput.ts names it in its type.
/** What the pipeline input says, validated: counts given per stage or total, or counted from candidate records. */
export interface PipelineData {
  readonly asOf: string | null;
  readonly source: 'counts' | 'candidates';
  readonly given: ReadonlyMap<string, number>;
  readonly left: number | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

/** A count small enough for a number: pipelines are people, never beyond 2^53. */
export function readSmallCount(ctx: Ctx, v: unknown, path: IssuePath): number | undefined {
  const r = readCount(v);
  if (typeof r === 'number') return r;
  if (typeof r === 'bigint') report(ctx, 'unsafe_number', { value: String(r) }, path);
  else report(ctx, r.code, r.facts, path);
  return undefined;
}

/**
 * A calendar date `YYYY-MM-DD` at `path`, read as every area reads dates (core's readIsoDate: `missing`,
 * `invalid_type` for a non-string, `invalid_date` for a day that does not exist), with its text kept.
 */
export function readDate(ctx: Ctx, v: unknown, path: IssuePath): { text: string; day: number } | undefined {
  const r = readIsoDate(v);
  if ('code' in r) { report(ctx, r.code, r.facts, path); return undefined; }
  return { text: v as string, day: r.day };
}

/** Reads `{ asOf?, counts }` or `{ asOf, candidates }` at `base`, reporting problems under it. */
export function readPipeline(ctx: Ctx, v: unknown, base: IssuePath): PipelineData | undefined {
  if (!isObject(v)) { report(ctx, 'invalid_type', { expected: 'pipeline-data', ...describe(v) }, base); return undefined; }
  let ok = true;
  for (const k of Object.keys(v)) {
    if (!['asOf', 'counts', 'candidates'].includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: ['asOf', 'counts', 'candidates'] }, [...base, k]); ok = false; }
  }
  const rawAsOf = own(v, 'asOf');
  const asOf = rawAsOf === undefined ? undefined : readDate(ctx, rawAsOf, [...base, 'asOf']);
  if (rawAsOf !== undefined && asOf === undefined) ok = false;
  const counts = own(v, 'counts');
  const candidates = own(v, 'candidates');
  if ((counts === undefined) === (candidates === undefined)) {
    report(ctx, counts === undefined ? 'missing' : 'invalid_value', counts === undefined ? {} : { exclusive: ['counts', 'candidates'] }, [...base, 'counts']);
    return undefined;
  }
  const given = new Map<string, number>();
  if (counts !== undefined) {
    if (!isObject(counts)) { report(ctx, 'invalid_type', { expected: 'counts-by-stage', ...describe(counts) }, [...base, 'counts']); return undefined; }
    for (const k of Object.keys(counts)) {
      const p: IssuePath = [...base, 'counts', k];
      if (!STAGE_IDS.includes(k) && !TOTAL_IDS.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: [...STAGE_IDS, ...TOTAL_IDS] }, p); ok = false; continue; }
      const c = readSmallCount(ctx, counts[k], p);
      if (c === undefined) ok = false; else given.set(k, c);
    }
    return ok ? { asOf: asOf?.text ?? null, source: 'counts', given, left: null } : undefined;
  }
  if (!Array.isArray(candidates)) { report(ctx, 'invalid_type', { expected: 'candidate-list', ...describe(candidates) }, [...base, 'candidates']); return undefined; }
  if (asOf === undefined) { if (rawAsOf === undefined) report(ctx, 'missing', {}, [...base, 'asOf']); return undefined; }
  const seen = new Set<string>();
  const at = new Map<string, number>();
  let left = 0;
  const readCandidate = (c: unknown, i: number): void => {
    const p: IssuePath = [...base, 'candidates', i];
    if (!isObject(c)) { report(ctx, 'invalid_type', { expected: 'object', fields: ['id', 'events'], ...describe(c) }, p); ok = false; return; }
    for (const k of Object.keys(c)) if (!['id', 'events', 'left'].includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: ['id', 'events', 'left'] }, [...p, k]); ok = false; }
    const id = own(c, 'id');
    if (typeof id !== 'string' || id === '') { report(ctx, id === undefined ? 'missing' : 'invalid_type', { expected: 'non-empty-string', ...describe(id) }, [...p, 'id']); ok = false; }
    else if (seen.has(id)) { report(ctx, 'duplicate_id', { id }, [...p, 'id']); ok = false; }
    else seen.add(id);
    const events = own(c, 'events');
    if (!isObject(events)) { report(ctx, 'invalid_type', { expected: 'dates-by-event', ...describe(events) }, [...p, 'events']); ok = false; return; }
    let stage: string | undefined;
    let last: { text: string; day: number; event: string } | undefined;
    for (const k of Object.keys(events)) if (!EVENT_IDS.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed: EVENT_IDS }, [...p, 'events', k]); ok = false; }
    for (const s of STAGES) {
      const raw = own(events, s.event);
      if (raw === undefined) continue;
      const d = readDate(ctx, raw, [...p, 'events', s.event]);
      if (d === undefined) { ok = false; continue; }
      // Events happen in the order of the stages: a later stage cannot be dated before an earlier one.
      if (last !== undefined && d.day < last.day) { report(ctx, 'date_order', { start: last.text, end: d.text }, [...p, 'events', s.event]); ok = false; }
      last = { ...d, event: s.event };
      if (d.day <= asOf.day) stage = s.id;
    }
    const rawLeft = own(c, 'left');
    if (rawLeft !== undefined) {
      const d = readDate(ctx, rawLeft, [...p, 'left']);
      if (d === undefined) { ok = false; return; }
      if (last !== undefined && d.day < last.day) { report(ctx, 'date_order', { start: last.text, end: d.text }, [...p, 'left']); ok = false; return; }
      if (d.day <= asOf.day) { left++; return; }
    }
    if (stage !== undefined) at.set(stage, (at.get(stage) ?? 0) + 1);
  };
  // An index loop, not forEach: forEach skips holes, and a hole is a missing record, as `undefined` is.
  // Reading stops after MAX_RECORD_ISSUES problems, so a sparse array of length 2^32 − 1 (or a
  // wholly wrong one) gives a readable error promptly instead of one issue per index.
  for (let i = 0; i < candidates.length && ctx.issues.length < MAX_RECORD_ISSUES; i++) readCandidate(candidates[i], i);
  if (!ok) return undefined;
  for (const s of STAGES) given.set(s.id, at.get(s.id) ?? 0);
  return { asOf: asOf.text, source: 'candidates', given, left };
}

/** Reads a pipeline as a schema of its own (for memberPipeline). */
export const pipelineSchema = reader((v, ctx) => readPipeline(ctx, v, []) ?? z.NEVER);

/**
 * Counts per stage and per total, with what can be derived (a total from all its parts, one missing
 * part from the total and the others) and a check wherever a total and all its parts were given.
 */
export function countPipeline(data: PipelineData): MemberPipelineResult {
  const given = data.given;
  const stageCount = new Map<string, { count: number | null; derived: boolean }>();
  for (const s of STAGES) stageCount.set(s.id, { count: given.get(s.id) ?? null, derived: false });
  const totals: PipelineTotalCount[] = [];
  const checks: PipelineCheck[] = [];
  for (const t of TOTALS) {
    const total = given.get(t.id);
    const parts = t.parts.map((id) => ({ id, count: given.get(id) }));
    const missing = parts.filter((p) => p.count === undefined);
    const known = parts.reduce((s, p) => s + (p.count ?? 0), 0);
    let count: number | null = total ?? null;
    let derived = false;
    // Checked when every part is given, or when the parts given already pass the total.
    if (total !== undefined && (missing.length === 0 || known > total)) {
      const shown = Object.freeze(parts.filter((p) => p.count !== undefined).map((p) => Object.freeze({ id: p.id, count: p.count as number })));
      const difference = total - known;
      const consistent = difference === 0 && missing.length === 0;
      const { reason, explanation } = explained(consistent ? 'consistent' : 'inconsistent', { id: t.id, total, parts: shown, sum: known, difference });
      checks.push(Object.freeze({ id: t.id, total, parts: shown, sum: known, difference, consistent, reason, explanation }));
    } else if (total !== undefined && missing.length === 1) {
      stageCount.set(missing[0]!.id, { count: total - known, derived: true });
    } else if (total === undefined && missing.length === 0) {
      count = known;
      derived = true;
    }
    totals.push(Object.freeze({
      id: t.id,
      count,
      derived,
      parts: Object.freeze([...t.parts]),
      ...stageNames(t.id),
    }));
  }
  const stages: PipelineStageCount[] = STAGES.map((s) => {
    const c = stageCount.get(s.id)!;
    return Object.freeze({ id: s.id, count: c.count, derived: c.derived, ...stageNames(s.id) });
  });
  return Object.freeze({
    asOf: data.asOf,
    source: data.source,
    stages: Object.freeze(stages),
    totals: Object.freeze(totals),
    checks: Object.freeze(checks),
    consistent: checks.every((c) => c.consistent),
    left: data.left,
  });
}

