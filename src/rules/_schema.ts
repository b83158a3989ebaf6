import { describe, reader, report } from '../core/_schema.js';
import type { ErrorCode, IssueFacts, IssuePath } from '../core/errors.js';
import type { Bilingual } from '../core/index.js';
import { parseIsoDate } from '../core/_calendar.js';
import type { BetweenEdges, ComparisonOp, Confidence, DateMeasure, FactType, RuleSet, RuleSource, RuleValue } from './types.js';

/**
 * Reading rule data. Rule sets come from users (a province's guidance), so nothing here trusts the
 * input: a first pass bounds its size and depth and rejects prototype keys before any field is read;
 * the second reads each field, reporting every problem at its path inside the rule set. The result is
 * a normalised tree that `_compile.ts` turns into closures.
 */

/** Limits that keep hostile data cheap to reject. */
export const LIMITS = {
  /** Nesting of the JSON value as a whole. */
  jsonDepth: 64,
  /** Nesting of conditions (all / any / not). */
  conditionDepth: 24,
  /** Values in the whole rule set (objects, arrays and scalars). */
  nodes: 200_000,
  arrayLength: 10_000,
  stringLength: 2_000,
  versions: 200,
  children: 200,
  members: 1_000,
} as const;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const OPS: readonly ComparisonOp[] = ['==', '!=', '<', '<=', '>', '>='];
const EDGES: readonly BetweenEdges[] = ['[]', '[)', '(]', '()'];
const MEASURES: readonly DateMeasure[] = ['fullYears', 'fullMonths', 'years', 'months', 'days', 'workingDays'];
const FACT_TYPES: readonly FactType[] = ['count', 'number', 'date', 'boolean', 'text'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
/** Date measures compare with whole numbers up to this size (about 270 years in days). */
const MAX_MEASURE = 100_000;

/** A fact after validation. */
export interface NFact {
  readonly name: string;
  readonly type: FactType;
  readonly title: Bilingual;
  readonly values: readonly string[] | undefined;
  readonly sum: readonly string[] | undefined;
}

interface NCommon {
  readonly id: string;
  /** The path inside the rule set, as text: `versions[0].when.all[1]`. */
  readonly path: string;
  readonly title: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

/** A test after validation; literals of date facts are day numbers. */
export interface NTest extends NCommon {
  readonly kind: 'test';
  readonly fact: NFact;
  readonly measure: DateMeasure | undefined;
  readonly op: ComparisonOp | undefined;
  readonly value: RuleValue | undefined;
  readonly between: readonly [RuleValue, RuleValue] | undefined;
  readonly edges: BetweenEdges;
  readonly members: readonly RuleValue[] | undefined;
  /** The test as the explanation shows it, with literals as written. */
  readonly shown: Readonly<Record<string, unknown>>;
}

export interface NGroup extends NCommon {
  readonly kind: 'all' | 'any';
  readonly children: readonly NNode[];
}

export interface NNot extends NCommon {
  readonly kind: 'not';
  readonly child: NNode;
}

export type NNode = NTest | NGroup | NNot;

export interface NException {
  readonly id: string;
  readonly label: Bilingual;
  readonly overrides: string;
  readonly when: NNode;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

export interface NConclusion {
  readonly id: string;
  readonly text: Bilingual;
  readonly when: NNode;
  readonly sets: Readonly<Record<string, RuleValue>>;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

export interface NVersion {
  readonly index: number;
  readonly id: string;
  readonly title: Bilingual | null;
  readonly from: number;
  readonly to: number | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: RuleSource;
  readonly supersedes: readonly string[];
  readonly confidence: Confidence;
  readonly when: NNode;
  readonly exceptions: readonly NException[];
  readonly conclusions: readonly NConclusion[];
}

/** A validated rule set: a frozen copy of the data and the normalised tree. */
export interface ParsedRuleSet {
  readonly data: RuleSet;
  readonly facts: readonly NFact[];
  readonly versions: readonly NVersion[];
}

type Report = (code: ErrorCode, facts: IssueFacts, path: IssuePath) => void;

function pathText(path: IssuePath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** A malformed-rule issue with its explanation in both languages. */
function malformed(rep: Report, path: IssuePath, detail: string, detail_vi: string): void {
  rep('malformed_rule', { detail, detail_vi }, path);
}

/**
 * First pass: walks the whole value without recursion, so no depth of nesting can overflow the stack,
 * and stops at the first limit it meets. Returns whether the value may be read field by field.
 */
function scan(input: unknown, rep: Report): boolean {
  let ok = true;
  let nodes = 0;
  const stack: [unknown, IssuePath][] = [[input, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, IssuePath];
    if (++nodes > LIMITS.nodes) {
      rep('too_long', { length: `more than ${LIMITS.nodes} values`, limit: LIMITS.nodes }, []);
      return false;
    }
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringLength) { rep('too_long', { length: v.length, limit: LIMITS.stringLength }, path); ok = false; }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= LIMITS.jsonDepth) {
      rep('too_deep', { limit: LIMITS.jsonDepth }, path);
      return false;
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.arrayLength) { rep('too_long', { length: v.length, limit: LIMITS.arrayLength }, path); ok = false; continue; }
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
      continue;
    }
    if (!isPlainObject(v)) {
      malformed(rep, path, 'rule data must be plain JSON objects, arrays, strings, numbers and booleans', 'dữ liệu quy định chỉ gồm đối tượng JSON thuần, mảng, chuỗi, số và giá trị đúng/sai');
      ok = false;
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > LIMITS.arrayLength) { rep('too_long', { length: keys.length, limit: LIMITS.arrayLength }, path); ok = false; continue; }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (UNSAFE_KEYS.has(key)) { rep('unsafe_key', { key }, [...path, key]); ok = false; continue; }
      stack.push([v[key], [...path, key]]);
    }
  }
  return ok;
}

/** Second pass: reads every field. Each reader reports at its path and returns `undefined` on failure. */
class Reader {
  ok = true;
  private facts = new Map<string, NFact>();

  constructor(private readonly rep: Report) {}

  fail(code: ErrorCode, facts: IssueFacts, path: IssuePath): undefined {
    this.ok = false;
    this.rep(code, facts, path);
    return undefined;
  }

  bad(path: IssuePath, detail: string, detail_vi: string): undefined {
    this.ok = false;
    malformed(this.rep, path, detail, detail_vi);
    return undefined;
  }

  /** An object with only the given keys; `required` keys must be present. */
  object(v: unknown, path: IssuePath, allowed: readonly string[], required: readonly string[]): Record<string, unknown> | undefined {
    if (!isPlainObject(v)) return this.fail('invalid_type', { expected: 'an object', expected_vi: 'một đối tượng', received: describe(v) }, path);
    let ok = true;
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) { this.fail('unknown_key', { key, allowed }, [...path, key]); ok = false; }
    }
    for (const key of required) {
      if (own(v, key) === undefined) { this.fail('missing', {}, [...path, key]); ok = false; }
    }
    return ok ? v : undefined;
  }

  string(v: unknown, path: IssuePath): string | undefined {
    if (typeof v !== 'string') return this.fail(v === undefined ? 'missing' : 'invalid_type', { expected: 'a string', expected_vi: 'một chuỗi', received: describe(v) }, path);
    if (v.trim() === '') return this.fail('empty_string', {}, path);
    return v;
  }

  pattern(v: unknown, path: IssuePath, re: RegExp, what: string, what_vi: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if (!re.test(s)) return this.bad(path, `"${s.slice(0, 40)}" is not a valid ${what}`, `"${s.slice(0, 40)}" không phải là ${what_vi} hợp lệ`);
    return s;
  }

  oneOf<T extends string>(v: unknown, path: IssuePath, allowed: readonly T[]): T | undefined {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(v === undefined ? 'missing' : 'invalid_value', { allowed, value: describe(v) }, path);
  }

  array(v: unknown, path: IssuePath, max: number, min = 0): unknown[] | undefined {
    if (!Array.isArray(v)) return this.fail(v === undefined ? 'missing' : 'invalid_type', { expected: 'an array', expected_vi: 'một mảng', received: describe(v) }, path);
    if (v.length > max) return this.fail('too_long', { length: v.length, limit: max }, path);
    if (v.length < min) return this.fail('out_of_range', { min: String(min), max: String(max), value: `${v.length} items` }, path);
    // A dense copy: a hole of a sparse array becomes undefined, which every item reader reports with its
    // index ('sum: [, "a"]' is refused here, as the batch path already answered), instead of being skipped.
    return Array.from(v);
  }

  bilingual(v: unknown, path: IssuePath): Bilingual | undefined {
    const o = this.object(v, path, ['vi', 'en'], ['vi', 'en']);
    if (o === undefined) return undefined;
    const vi = this.string(o.vi, [...path, 'vi']);
    const en = this.string(o.en, [...path, 'en']);
    return vi === undefined || en === undefined ? undefined : { vi, en };
  }

  date(v: unknown, path: IssuePath): { text: string; day: number } | undefined {
    const d = parseIsoDate(v);
    if (d === undefined) return this.fail(v === undefined ? 'missing' : 'invalid_date', { value: typeof v === 'string' ? v.slice(0, 40) : describe(v) }, path);
    return { text: v as string, day: d.day };
  }

  source(v: unknown, path: IssuePath): RuleSource | undefined {
    const o = this.object(v, path, ['document', 'name', 'article', 'clause', 'urls'], ['document']);
    if (o === undefined) return undefined;
    const document = this.string(o.document, [...path, 'document']);
    const out: { -readonly [K in keyof RuleSource]: RuleSource[K] } = { document: document ?? '' };
    if (o.name !== undefined) out.name = this.bilingual(o.name, [...path, 'name']);
    if (o.article !== undefined) out.article = this.string(o.article, [...path, 'article']);
    if (o.clause !== undefined) out.clause = this.string(o.clause, [...path, 'clause']);
    if (o.urls !== undefined) {
      const urls = this.array(o.urls, [...path, 'urls'], 20);
      if (urls !== undefined) out.urls = urls.map((u, i) => this.string(u, [...path, 'urls', i]) ?? '');
    }
    return out;
  }

  confidence(v: unknown, path: IssuePath, inherited: Confidence): Confidence {
    if (v === undefined) return inherited;
    return this.oneOf(v, path, CONFIDENCES) ?? inherited;
  }

  factsOf(v: unknown, path: IssuePath): NFact[] {
    const o = this.object(v, path, Object.keys(isPlainObject(v) ? v : {}), []);
    if (o === undefined) return [];
    const names = Object.keys(o);
    if (names.length === 0) this.bad(path, 'a rule set needs at least one fact', 'bộ quy định cần ít nhất một dữ kiện');
    const out: NFact[] = [];
    for (const name of names) {
      const p = [...path, name];
      if (!NAME.test(name)) { this.bad(p, `"${name.slice(0, 40)}" is not a valid fact name (a letter, then letters, digits or _)`, `"${name.slice(0, 40)}" không phải là tên dữ kiện hợp lệ (chữ cái, rồi chữ cái, chữ số hoặc _)`); continue; }
      const d = this.object(o[name], p, ['type', 'title', 'values', 'sum'], ['type', 'title']);
      if (d === undefined) continue;
      const type = this.oneOf(d.type, [...p, 'type'], FACT_TYPES);
      const title = this.bilingual(d.title, [...p, 'title']);
      let values: string[] | undefined;
      if (d.values !== undefined) {
        if (type !== 'text') this.bad([...p, 'values'], 'only text facts take a list of values', 'chỉ dữ kiện dạng văn bản mới có danh sách giá trị');
        const list = this.array(d.values, [...p, 'values'], LIMITS.members, 1);
        if (list !== undefined) values = list.map((x, i) => this.string(x, [...p, 'values', i]) ?? '');
      }
      let sum: string[] | undefined;
      if (d.sum !== undefined) {
        if (type !== 'count') this.bad([...p, 'sum'], 'only count facts can be a sum', 'chỉ dữ kiện dạng số đếm mới là tổng');
        const list = this.array(d.sum, [...p, 'sum'], 50, 1);
        if (list !== undefined) sum = list.map((x, i) => this.string(x, [...p, 'sum', i]) ?? '');
      }
      if (type !== undefined && title !== undefined) out.push({ name, type, title, values, sum });
    }
    for (const fact of out) this.facts.set(fact.name, fact);
    for (const fact of out) {
      fact.sum?.forEach((part, i) => {
        const f = this.facts.get(part);
        if (f === undefined || f.type !== 'count' || f.sum !== undefined) {
          this.bad([...path, fact.name, 'sum', i], `"${part.slice(0, 40)}" is not a declared count fact given by the caller`, `"${part.slice(0, 40)}" không phải là dữ kiện số đếm đã khai báo do người dùng cung cấp`);
        }
      });
    }
    return out;
  }

  /** A literal of the right type for a test on `fact`; date literals become day numbers. */
  literal(v: unknown, path: IssuePath, fact: NFact, measure: DateMeasure | undefined): RuleValue | undefined {
    if (measure !== undefined) {
      if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > MAX_MEASURE) {
        return this.bad(path, `a measured date is compared with a whole number up to ${MAX_MEASURE}; got ${describe(v)}`, `một khoảng thời gian đo được chỉ so với số nguyên không quá ${MAX_MEASURE}; nhận được ${describe(v)}`);
      }
      return v;
    }
    switch (fact.type) {
      case 'count':
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(v === undefined ? 'missing' : 'invalid_type', { expected: 'a finite number', expected_vi: 'một số hữu hạn', received: describe(v) }, path);
        return v;
      case 'boolean':
        if (typeof v !== 'boolean') return this.fail(v === undefined ? 'missing' : 'invalid_type', { expected: 'true or false', expected_vi: 'true hoặc false', received: describe(v) }, path);
        return v;
      case 'date': {
        const d = this.date(v, path);
        return d === undefined ? undefined : d.day;
      }
      case 'text': {
        const s = this.string(v, path);
        if (s !== undefined && fact.values !== undefined && !fact.values.includes(s)) {
          return this.fail('invalid_value', { allowed: fact.values, value: describe(s) }, path);
        }
        return s;
      }
    }
  }

  condition(v: unknown, path: IssuePath, ctx: NodeContext, depth: number): NNode | undefined {
    if (depth > LIMITS.conditionDepth) return this.fail('too_deep', { limit: LIMITS.conditionDepth }, path);
    if (!isPlainObject(v)) return this.fail(v === undefined ? 'missing' : 'invalid_type', { expected: 'a condition object', expected_vi: 'một đối tượng điều kiện', received: describe(v) }, path);
    const group = (['all', 'any', 'not'] as const).filter((k) => own(v, k) !== undefined);
    const common = ['id', 'title', 'source', 'confidence'];
    const rel = pathText(path.slice(ctx.versionPathLength));
    let id = rel;
    if (v.id !== undefined) {
      const given = this.pattern(v.id, [...path, 'id'], ID, 'condition id', 'mã điều kiện');
      if (given !== undefined) {
        if (ctx.ids.has(given)) this.fail('duplicate_id', { id: given }, [...path, 'id']);
        ctx.ids.add(given);
        id = given;
      }
    }
    const source = v.source === undefined ? ctx.source : this.source(v.source, [...path, 'source']) ?? ctx.source;
    const confidence = this.confidence(v.confidence, [...path, 'confidence'], ctx.confidence);
    const inner: NodeContext = { ...ctx, source, confidence };
    const base = { id, path: pathText(path) };
    if (group.length > 1) return this.bad(path, `a condition has one of all, any, not or fact; got ${group.join(' and ')}`, `một điều kiện chỉ có một trong all, any, not hoặc fact; nhận được ${group.join(' và ')}`);
    if (group.length === 1) {
      const kind = group[0] as 'all' | 'any' | 'not';
      const o = this.object(v, path, [...common, kind], []);
      if (o === undefined) return undefined;
      const title = o.title === undefined ? undefined : this.bilingual(o.title, [...path, 'title']);
      if (kind === 'not') {
        const child = this.condition(o.not, [...path, 'not'], inner, depth + 1);
        if (child === undefined) return undefined;
        return { ...base, kind, child, source, confidence, title: title ?? { vi: `Không phải: ${child.title.vi}`, en: `Not: ${child.title.en}` } };
      }
      const list = this.array(o[kind], [...path, kind], LIMITS.children, 1);
      if (list === undefined) return undefined;
      const children: NNode[] = [];
      list.forEach((c, i) => {
        const n = this.condition(c, [...path, kind, i], inner, depth + 1);
        if (n !== undefined) children.push(n);
      });
      if (children.length !== list.length) return undefined;
      const fallback = kind === 'all'
        ? { vi: 'Đồng thời các điều kiện sau', en: 'All of the following' }
        : { vi: 'Ít nhất một trong các điều kiện sau', en: 'Any of the following' };
      return { ...base, kind, children, source, confidence, title: title ?? fallback };
    }
    const o = this.object(v, path, [...common, 'fact', 'measure', 'op', 'value', 'between', 'edges', 'in'], ['fact', 'title']);
    if (o === undefined) return undefined;
    const title = this.bilingual(o.title, [...path, 'title']);
    const factName = this.string(o.fact, [...path, 'fact']);
    if (factName === undefined || title === undefined) return undefined;
    const fact = this.facts.get(factName);
    if (fact === undefined) return this.bad([...path, 'fact'], `"${factName.slice(0, 40)}" is not a fact of this rule set`, `"${factName.slice(0, 40)}" không phải là dữ kiện của bộ quy định này`);
    let measure: DateMeasure | undefined;
    if (o.measure !== undefined) {
      measure = this.oneOf(o.measure, [...path, 'measure'], MEASURES);
      if (measure === undefined) return undefined;
      if (fact.type !== 'date') return this.bad([...path, 'measure'], `a measure applies to date facts; "${factName}" is a ${fact.type} fact`, `chỉ đo được khoảng thời gian trên dữ kiện ngày; "${factName}" là dữ kiện ${fact.type}`);
    }
    const forms = (['op', 'between', 'in'] as const).filter((k) => o[k] !== undefined);
    if (forms.length !== 1) return this.bad(path, 'a test has exactly one of op (with value), between or in', 'một phép kiểm tra có đúng một trong op (kèm value), between hoặc in');
    const form = forms[0] as 'op' | 'between' | 'in';
    if (form !== 'op' && o.value !== undefined) return this.bad([...path, 'value'], 'value goes with op', 'value chỉ đi cùng op');
    if (form !== 'between' && o.edges !== undefined) return this.bad([...path, 'edges'], 'edges go with between', 'edges chỉ đi cùng between');
    const ordered = measure !== undefined || fact.type === 'count' || fact.type === 'number' || fact.type === 'date';
    const node = { ...base, kind: 'test' as const, fact, measure, title, source, confidence, edges: '[]' as BetweenEdges, op: undefined, value: undefined, between: undefined, members: undefined };
    if (form === 'op') {
      const op = this.oneOf(o.op, [...path, 'op'], OPS);
      if (op === undefined) return undefined;
      if (!ordered && op !== '==' && op !== '!=') return this.bad([...path, 'op'], `${fact.type} facts compare only with == and !=`, `dữ kiện ${fact.type} chỉ so sánh bằng == và !=`);
      const value = this.literal(o.value, [...path, 'value'], fact, measure);
      if (value === undefined) return undefined;
      return { ...node, op, value, shown: freezeCopy({ op, value: o.value }) as Record<string, unknown> };
    }
    if (form === 'between') {
      if (!ordered) return this.bad([...path, 'between'], `${fact.type} facts have no order, so no between`, `dữ kiện ${fact.type} không có thứ tự nên không dùng between`);
      const pair = this.array(o.between, [...path, 'between'], 2, 2);
      if (pair === undefined) return undefined;
      const lo = this.literal(pair[0], [...path, 'between', 0], fact, measure);
      const hi = this.literal(pair[1], [...path, 'between', 1], fact, measure);
      const edges = o.edges === undefined ? '[]' : this.oneOf(o.edges, [...path, 'edges'], EDGES);
      if (lo === undefined || hi === undefined || edges === undefined) return undefined;
      if ((lo as number) > (hi as number)) return this.fail('range_inverted', { min: String(pair[0]), max: String(pair[1]) }, [...path, 'between']);
      return { ...node, between: [lo, hi], edges, shown: freezeCopy({ between: pair, edges }) as Record<string, unknown> };
    }
    if (measure === 'years' || measure === 'months') return this.bad([...path, 'in'], 'in takes whole measures (fullYears, fullMonths, days, workingDays)', 'in chỉ dùng với số đo nguyên (fullYears, fullMonths, days, workingDays)');
    const list = this.array(o.in, [...path, 'in'], LIMITS.members, 1);
    if (list === undefined) return undefined;
    const members: RuleValue[] = [];
    list.forEach((x, i) => {
      const lit = this.literal(x, [...path, 'in', i], fact, measure);
      if (lit !== undefined) members.push(lit);
    });
    if (members.length !== list.length) return undefined;
    return { ...node, members, shown: freezeCopy({ in: list }) as Record<string, unknown> };
  }

  exception(v: unknown, path: IssuePath, ctx: NodeContext): NException | undefined {
    const o = this.object(v, path, ['id', 'label', 'overrides', 'when', 'source', 'confidence'], ['id', 'label', 'overrides', 'when']);
    if (o === undefined) return undefined;
    const id = this.topId(o.id, [...path, 'id'], ctx);
    const label = this.bilingual(o.label, [...path, 'label']);
    const overrides = this.pattern(o.overrides, [...path, 'overrides'], ID, 'condition id', 'mã điều kiện');
    const source = o.source === undefined ? ctx.source : this.source(o.source, [...path, 'source']) ?? ctx.source;
    const confidence = this.confidence(o.confidence, [...path, 'confidence'], ctx.confidence);
    const when = this.condition(o.when, [...path, 'when'], { ...ctx, source, confidence }, 1);
    if (id === undefined || label === undefined || overrides === undefined || when === undefined) return undefined;
    return { id, label, overrides, when, source, confidence };
  }

  conclusion(v: unknown, path: IssuePath, ctx: NodeContext): NConclusion | undefined {
    const o = this.object(v, path, ['id', 'text', 'when', 'sets', 'source', 'confidence'], ['id', 'text', 'when']);
    if (o === undefined) return undefined;
    const id = this.topId(o.id, [...path, 'id'], ctx);
    const text = this.bilingual(o.text, [...path, 'text']);
    const source = o.source === undefined ? ctx.source : this.source(o.source, [...path, 'source']) ?? ctx.source;
    const confidence = this.confidence(o.confidence, [...path, 'confidence'], ctx.confidence);
    const when = this.condition(o.when, [...path, 'when'], { ...ctx, source, confidence }, 1);
    const sets: Record<string, RuleValue> = {};
    if (o.sets !== undefined) {
      const s = this.object(o.sets, [...path, 'sets'], Object.keys(isPlainObject(o.sets) ? o.sets : {}), []);
      if (s !== undefined) {
        for (const key of Object.keys(s)) {
          const value = s[key];
          if (!NAME.test(key)) this.bad([...path, 'sets', key], `"${key.slice(0, 40)}" is not a valid field name`, `"${key.slice(0, 40)}" không phải là tên trường hợp lệ`);
          else if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
            this.fail('invalid_type', { expected: 'a string, a finite number or true/false', expected_vi: 'một chuỗi, một số hữu hạn hoặc true/false', received: describe(value) }, [...path, 'sets', key]);
          } else sets[key] = value;
        }
      }
    }
    if (id === undefined || text === undefined || when === undefined) return undefined;
    return { id, text, when, sets, source, confidence };
  }

  topId(v: unknown, path: IssuePath, ctx: NodeContext): string | undefined {
    const id = this.pattern(v, path, ID, 'id', 'mã');
    if (id === undefined) return undefined;
    if (ctx.ids.has(id)) return this.fail('duplicate_id', { id }, path);
    ctx.ids.add(id);
    return id;
  }

  version(v: unknown, path: IssuePath, index: number, versionIds: Set<string>): NVersion | undefined {
    const o = this.object(v, path, ['id', 'title', 'effectiveFrom', 'effectiveTo', 'source', 'supersedes', 'confidence', 'when', 'exceptions', 'conclusions'], ['id', 'effectiveFrom', 'source', 'confidence', 'when']);
    if (o === undefined) return undefined;
    const id = this.pattern(o.id, [...path, 'id'], ID, 'version id', 'mã phiên bản');
    if (id !== undefined) {
      if (versionIds.has(id)) this.fail('duplicate_id', { id }, [...path, 'id']);
      versionIds.add(id);
    }
    const title = o.title === undefined ? null : this.bilingual(o.title, [...path, 'title']) ?? null;
    const from = this.date(o.effectiveFrom, [...path, 'effectiveFrom']);
    const to = o.effectiveTo === undefined || o.effectiveTo === null ? null : this.date(o.effectiveTo, [...path, 'effectiveTo']);
    if (from !== undefined && to !== undefined && to !== null && to.day < from.day) {
      this.fail('date_order', { start: from.text, end: to.text }, [...path, 'effectiveTo']);
    }
    const source = this.source(o.source, [...path, 'source']);
    const confidence = this.oneOf(o.confidence, [...path, 'confidence'], CONFIDENCES);
    let supersedes: string[] = [];
    if (o.supersedes !== undefined) {
      const list = this.array(o.supersedes, [...path, 'supersedes'], 50);
      if (list !== undefined) supersedes = list.map((x, i) => this.string(x, [...path, 'supersedes', i]) ?? '');
    }
    if (source === undefined || confidence === undefined) return undefined;
    const ctx: NodeContext = { source, confidence, ids: new Set(), versionPathLength: path.length };
    const when = this.condition(o.when, [...path, 'when'], ctx, 1);
    const exceptions: NException[] = [];
    if (o.exceptions !== undefined) {
      const list = this.array(o.exceptions, [...path, 'exceptions'], LIMITS.children);
      list?.forEach((x, i) => {
        const e = this.exception(x, [...path, 'exceptions', i], ctx);
        if (e !== undefined) exceptions.push(e);
      });
    }
    const conclusions: NConclusion[] = [];
    if (o.conclusions !== undefined) {
      const list = this.array(o.conclusions, [...path, 'conclusions'], LIMITS.children);
      list?.forEach((x, i) => {
        const c = this.conclusion(x, [...path, 'conclusions', i], ctx);
        if (c !== undefined) conclusions.push(c);
      });
    }
    if (when !== undefined) {
      const inWhen = new Set<string>();
      const collect = (n: NNode): void => {
        inWhen.add(n.id);
        if (n.kind === 'all' || n.kind === 'any') n.children.forEach(collect);
        else if (n.kind === 'not') collect(n.child);
      };
      collect(when);
      exceptions.forEach((e, i) => {
        if (!inWhen.has(e.overrides)) {
          this.bad([...path, 'exceptions', i, 'overrides'], `no condition "${e.overrides}" in this version's when`, `không có điều kiện "${e.overrides}" trong when của phiên bản này`);
        }
      });
    }
    if (id === undefined || from === undefined || to === undefined || when === undefined) return undefined;
    return {
      index, id, title, from: from.day, to: to === null ? null : to.day, effectiveFrom: from.text, effectiveTo: to === null ? null : to.text,
      source, supersedes, confidence, when, exceptions, conclusions,
    };
  }

  ruleSet(v: unknown): ParsedRuleSet | undefined {
    // `$schema` points an editor at schema/rule-set.schema.json; it is read as text and otherwise ignored
    const o = this.object(v, [], ['$schema', 'formatVersion', 'id', 'title', 'facts', 'versions'], ['id', 'title', 'facts', 'versions']);
    if (o === undefined) return undefined;
    if (o.$schema !== undefined && typeof o.$schema !== 'string') this.fail('invalid_type', { expected: 'a string', expected_vi: 'một chuỗi', received: describe(o.$schema) }, ['$schema']);
    if (o.formatVersion !== undefined && o.formatVersion !== 1) this.fail('invalid_value', { allowed: ['1'], value: describe(o.formatVersion) }, ['formatVersion']);
    this.pattern(o.id, ['id'], ID, 'rule set id', 'mã bộ quy định');
    this.bilingual(o.title, ['title']);
    const facts = this.factsOf(o.facts, ['facts']);
    const list = this.array(o.versions, ['versions'], LIMITS.versions, 1);
    if (list === undefined || !this.ok) return undefined;
    const versionIds = new Set<string>();
    const versions: NVersion[] = [];
    list.forEach((x, i) => {
      const ver = this.version(x, ['versions', i], i, versionIds);
      if (ver !== undefined) versions.push(ver);
    });
    if (!this.ok) return undefined;
    const sorted = [...versions].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1] as NVersion;
      const cur = sorted[i] as NVersion;
      if (prev.to === null || prev.to >= cur.from) {
        this.bad(['versions', cur.index, 'effectiveFrom'], `version "${cur.id}" starts while version "${prev.id}" is still in force`, `phiên bản "${cur.id}" bắt đầu khi phiên bản "${prev.id}" còn hiệu lực`);
      }
    }
    if (!this.ok) return undefined;
    return { data: freezeCopy(v) as RuleSet, facts, versions: sorted };
  }
}

interface NodeContext {
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly ids: Set<string>;
  readonly versionPathLength: number;
}

/** A deep, frozen copy of checked JSON data, so later changes by the caller cannot reach the compiled rules. */
export function freezeCopy(v: unknown): unknown {
  if (Array.isArray(v)) return Object.freeze(v.map(freezeCopy));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) out[key] = freezeCopy((v as Record<string, unknown>)[key]);
    return Object.freeze(out);
  }
  return v;
}

/** The rule set as a zod/mini schema: one pass of limits, then every field. */
export const ruleSetSchema = reader((value, ctx): ParsedRuleSet => {
  let failed = false;
  const rep: Report = (code, facts, path) => {
    failed = true;
    report(ctx, code, facts, path);
  };
  if (!scan(value, rep)) return undefined as never;
  const parsed = new Reader(rep).ruleSet(value);
  if (parsed === undefined || failed) return undefined as never;
  return parsed;
});

