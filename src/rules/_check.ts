import { describe, readIsoDate } from '../core/_schema.js';
import type { ErrorCode, IssueFacts, IssuePath } from '../core/errors.js';
import { LIMITS, type Report } from './_scan.js';
import type { NConclusion, NException, NFact, NNode, NTest, NVersion, ParsedRuleSet } from './_schema.js';
import { freezeCopy } from '../core/_freeze.js';
import type { Condition, Confidence, RuleConclusion, RuleException, RuleSet, RuleSource, RuleValue, RuleVersion, TestCondition } from './types.js';

/**
 * The checks across fields, on a rule set whose shape zod has checked: a test names a declared fact
 * and compares it with literals of its type, ids are unique, sums add count facts the caller gives,
 * versions do not overlap, an exception names a condition of `when`. It reports every problem at its
 * path and builds the normalised tree that `_compile.ts` turns into closures.
 */

/** Date measures compare with whole numbers up to this size (about 270 years in days). */
const MAX_MEASURE = 100_000;
const ORDERED = ['count', 'number', 'date'];

interface Context {
  readonly source: RuleSource;
  readonly confidence: Confidence;
  /** Ids given in the version so far: conditions, exceptions and conclusions. */
  readonly ids: Set<string>;
  readonly versionPathLength: number;
}

function pathText(path: IssuePath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/** Every node of a condition tree. */
function* nodes(n: NNode): Generator<NNode> {
  yield n;
  if (n.kind === 'all' || n.kind === 'any') for (const c of n.children) yield* nodes(c);
  else if (n.kind === 'not') yield* nodes(n.child);
}

class Checker {
  ok = true;
  private readonly facts = new Map<string, NFact>();

  constructor(private readonly rep: Report) {}

  fail(code: ErrorCode, facts: IssueFacts, path: IssuePath): undefined {
    this.ok = false;
    this.rep(code, facts, path);
    return undefined;
  }

  factsOf(rs: RuleSet): NFact[] {
    const out = Object.entries(rs.facts).map(([name, d]): NFact => ({ name, type: d.type, title: d.title, values: d.values, sum: d.sum }));
    for (const f of out) this.facts.set(f.name, f);
    for (const f of out) {
      f.sum?.forEach((part, i) => {
        const p = this.facts.get(part);
        const at = ['facts', f.name, 'sum', i];
        if (p === undefined) this.fail('unknown_fact', { fact: part }, at);
        else if (p.type !== 'count' || p.sum !== undefined) this.fail('invalid_sum_part', { fact: part, type: p.type, derived: p.sum !== undefined }, at);
      });
    }
    return out;
  }

  /** A literal of the right type for a test on `fact`; date literals become day numbers. */
  literal(v: RuleValue, path: IssuePath, fact: NFact, measure: string | undefined): RuleValue | undefined {
    if (measure !== undefined) {
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_MEASURE) return v;
      return this.fail('measure_not_whole', { measure, ...describe(v), limit: MAX_MEASURE }, path);
    }
    switch (fact.type) {
      case 'count':
      case 'number':
        return typeof v === 'number' ? v : this.fail('invalid_type', { expected: 'number', ...describe(v) }, path);
      case 'boolean':
        return typeof v === 'boolean' ? v : this.fail('invalid_type', { expected: 'boolean', ...describe(v) }, path);
      case 'date': {
        const d = readIsoDate(v);
        return 'code' in d ? this.fail(d.code, d.facts, path) : d.day;
      }
      case 'text':
        if (typeof v !== 'string') return this.fail('invalid_type', { expected: 'string', ...describe(v) }, path);
        if (fact.values !== undefined && !fact.values.includes(v)) return this.fail('invalid_value', { allowed: fact.values, ...describe(v) }, path);
        return v;
    }
  }

  condition(c: Condition, path: IssuePath, ctx: Context, depth: number): NNode | undefined {
    if (depth > LIMITS.conditionDepth) return this.fail('too_deep', { limit: LIMITS.conditionDepth }, path);
    let id = pathText(path.slice(ctx.versionPathLength));
    if (c.id !== undefined) {
      if (ctx.ids.has(c.id)) this.fail('duplicate_id', { id: c.id }, [...path, 'id']);
      ctx.ids.add(c.id);
      id = c.id;
    }
    const source = c.source ?? ctx.source;
    const confidence = c.confidence ?? ctx.confidence;
    const inner: Context = { ...ctx, source, confidence };
    const base = { id, path: pathText(path), source, confidence };
    if ('not' in c) {
      const child = this.condition(c.not, [...path, 'not'], inner, depth + 1);
      if (child === undefined) return undefined;
      return { ...base, kind: 'not', child, title: c.title ?? { vi: `Không phải: ${child.title.vi}`, en: `Not: ${child.title.en}` } };
    }
    if ('all' in c || 'any' in c) {
      const kind = 'all' in c ? 'all' : 'any';
      const list = 'all' in c ? c.all : c.any;
      const children = list.map((x, i) => this.condition(x, [...path, kind, i], inner, depth + 1));
      if (children.some((x) => x === undefined)) return undefined;
      const fallback = kind === 'all'
        ? { vi: 'Đồng thời các điều kiện sau', en: 'All of the following' }
        : { vi: 'Ít nhất một trong các điều kiện sau', en: 'Any of the following' };
      return { ...base, kind, children: children as NNode[], title: c.title ?? fallback };
    }
    return this.test(c, path, base);
  }

  test(c: TestCondition, path: IssuePath, base: Pick<NTest, 'id' | 'path' | 'source' | 'confidence'>): NTest | undefined {
    const fact = this.facts.get(c.fact);
    if (fact === undefined) return this.fail('unknown_fact', { fact: c.fact }, [...path, 'fact']);
    const mismatch = (field: string, expected: readonly string[], extra: IssueFacts = {}) =>
      this.fail('fact_type_mismatch', { fact: fact.name, type: fact.type, field, expected, ...extra }, [...path, field]);
    const { measure } = c;
    if (measure !== undefined && fact.type !== 'date') return mismatch('measure', ['date']);
    const ordered = measure !== undefined || ORDERED.includes(fact.type);
    const node = { ...base, kind: 'test' as const, fact, measure, title: c.title, edges: c.edges ?? '[]', op: undefined, value: undefined, between: undefined, members: undefined };
    if (c.op !== undefined) {
      if (!ordered && c.op !== '==' && c.op !== '!=') return mismatch('op', ORDERED, { op: c.op });
      const value = this.literal(c.value as RuleValue, [...path, 'value'], fact, measure);
      if (value === undefined) return undefined;
      return { ...node, op: c.op, value, shown: freezeCopy({ op: c.op, value: c.value }) as Record<string, unknown> };
    }
    if (c.between !== undefined) {
      if (!ordered) return mismatch('between', ORDERED);
      const pair = c.between;
      const lo = this.literal(pair[0], [...path, 'between', 0], fact, measure);
      const hi = this.literal(pair[1], [...path, 'between', 1], fact, measure);
      if (lo === undefined || hi === undefined) return undefined;
      if ((lo as number) > (hi as number)) return this.fail('range_inverted', { min: String(pair[0]), max: String(pair[1]) }, [...path, 'between']);
      return { ...node, between: [lo, hi], shown: freezeCopy({ between: pair, edges: node.edges }) as Record<string, unknown> };
    }
    const list = c.in as readonly RuleValue[];
    if (measure === 'years' || measure === 'months') return this.fail('inexact_measure', { measure, allowed: ['fullYears', 'fullMonths', 'days', 'workingDays'] }, [...path, 'measure']);
    const members = list.map((x, i) => this.literal(x, [...path, 'in', i], fact, measure));
    if (members.some((x) => x === undefined)) return undefined;
    return { ...node, members: members as RuleValue[], shown: freezeCopy({ in: list }) as Record<string, unknown> };
  }

  /** An exception's or a conclusion's own id, unique among the ids of its version. */
  topId(id: string, path: IssuePath, ctx: Context): void {
    if (ctx.ids.has(id)) this.fail('duplicate_id', { id }, path);
    ctx.ids.add(id);
  }

  exception(x: RuleException, path: IssuePath, ctx: Context): NException | undefined {
    this.topId(x.id, [...path, 'id'], ctx);
    const source = x.source ?? ctx.source;
    const confidence = x.confidence ?? ctx.confidence;
    const when = this.condition(x.when, [...path, 'when'], { ...ctx, source, confidence }, 1);
    return when === undefined ? undefined : { id: x.id, label: x.label, overrides: x.overrides, when, source, confidence };
  }

  conclusion(x: RuleConclusion, path: IssuePath, ctx: Context): NConclusion | undefined {
    this.topId(x.id, [...path, 'id'], ctx);
    const source = x.source ?? ctx.source;
    const confidence = x.confidence ?? ctx.confidence;
    const when = this.condition(x.when, [...path, 'when'], { ...ctx, source, confidence }, 1);
    return when === undefined ? undefined : { id: x.id, text: x.text, when, sets: x.sets ?? {}, source, confidence };
  }

  version(v: RuleVersion, index: number, versionIds: Set<string>): NVersion | undefined {
    const path = ['versions', index];
    if (versionIds.has(v.id)) this.fail('duplicate_id', { id: v.id }, [...path, 'id']);
    versionIds.add(v.id);
    const from = readIsoDate(v.effectiveFrom);
    const to = v.effectiveTo === undefined || v.effectiveTo === null ? null : readIsoDate(v.effectiveTo);
    // zod has checked the form of both dates; the calendar's years are 0001–9999
    if ('code' in from) return this.fail(from.code, from.facts, [...path, 'effectiveFrom']);
    if (to !== null && 'code' in to) return this.fail(to.code, to.facts, [...path, 'effectiveTo']);
    if (to !== null && to.day < from.day) this.fail('date_order', { start: v.effectiveFrom, end: v.effectiveTo as string }, [...path, 'effectiveTo']);
    const ctx: Context = { source: v.source, confidence: v.confidence, ids: new Set(), versionPathLength: path.length };
    const when = this.condition(v.when, [...path, 'when'], ctx, 1);
    const exceptions = (v.exceptions ?? []).map((x, i) => this.exception(x, [...path, 'exceptions', i], ctx));
    const conclusions = (v.conclusions ?? []).map((x, i) => this.conclusion(x, [...path, 'conclusions', i], ctx));
    if (when === undefined) return undefined;
    const inWhen = new Set([...nodes(when)].map((n) => n.id));
    exceptions.forEach((x, i) => {
      if (x !== undefined && !inWhen.has(x.overrides)) this.fail('unknown_condition', { id: x.overrides }, [...path, 'exceptions', i, 'overrides']);
    });
    return {
      index, id: v.id, title: v.title ?? null, from: from.day, to: to === null ? null : to.day, effectiveFrom: v.effectiveFrom, effectiveTo: to === null ? null : v.effectiveTo as string,
      source: v.source, supersedes: v.supersedes ?? [], confidence: v.confidence, when,
      exceptions: exceptions.filter((x) => x !== undefined), conclusions: conclusions.filter((x) => x !== undefined),
    };
  }

  /** Versions sorted by `effectiveFrom`, each ending before the next begins. */
  sorted(versions: readonly NVersion[]): NVersion[] {
    const sorted = [...versions].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1] as NVersion;
      const cur = sorted[i] as NVersion;
      if (prev.to === null || prev.to >= cur.from) {
        this.fail('version_overlap', { id: cur.id, other: prev.id, start: cur.effectiveFrom, end: prev.effectiveTo }, ['versions', cur.index, 'effectiveFrom']);
      }
    }
    return sorted;
  }
}

/** Checks what crosses fields of a rule set zod has read; `undefined` once every problem is reported. */
export function checkRuleSet(rs: RuleSet, rep: Report): Omit<ParsedRuleSet, 'data'> | undefined {
  const c = new Checker(rep);
  const facts = c.factsOf(rs);
  const versionIds = new Set<string>();
  const versions = rs.versions.map((v, i) => c.version(v, i, versionIds));
  if (!c.ok) return undefined;
  const sorted = c.sorted(versions as NVersion[]);
  return c.ok ? { facts, versions: sorted } : undefined;
}
