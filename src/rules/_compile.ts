import { describe } from '../core/_schema.js';
import { fail } from '../core/errors.js';
import type { IssuePath } from '../core/errors.js';
import { elapsedMonths, isoText, parseIsoDate, type CalendarDate } from '../core/_calendar.js';
import type { NConclusion, NException, NFact, NNode, NTest, NVersion, ParsedRuleSet } from './_schema.js';
import { LIMITS } from './_scan.js';
import { workingDaysBetween } from './_workingDays.js';
import type { ComparisonOp, DateMeasure, RuleValue } from './types.js';

/**
 * The compiled form of a rule set: every condition becomes a closure over validated data (no `eval`,
 * no `new Function`), returning 0 (fails), 1 (passes) or 2 (unknown: a fact is missing). The same
 * closures serve one explained evaluation and a batch count; the batch path builds no objects per case.
 */

export type Tri = 0 | 1 | 2;

/** Fact values of one case, by fact index: numbers, strings, booleans, dates; `undefined` when missing. */
export type Slots = (number | string | boolean | CalendarDate | undefined)[];

/** What a closure needs besides the facts: the evaluation date, and where the case sits for errors. */
export interface Env {
  asOf: CalendarDate;
  /** -1 for one case (errors at `facts.name`), else the index of the case in a batch. */
  index: number;
  /** A batch given as columns: errors at `cases.name[index]`. */
  columns?: boolean;
}

export const and3 = (a: Tri, b: Tri): Tri => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1);
export const or3 = (a: Tri, b: Tri): Tri => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);

export interface CFact {
  readonly name: string;
  readonly index: number;
  readonly decl: NFact;
  /** The declared type, copied here for the hot path. */
  readonly type: NFact['type'];
  readonly values: ReadonlySet<string> | undefined;
  /** For derived facts: indexes of the parts. */
  readonly parts: readonly number[] | undefined;
}

export interface CNode {
  readonly n: NNode;
  /** The node's own result (its children after their exceptions). */
  readonly base: (s: Slots, e: Env) => Tri;
  /** The result after this node's exceptions. */
  readonly run: (s: Slots, e: Env) => Tri;
  readonly children: readonly CNode[];
  readonly exceptions: readonly CException[];
}

export interface CException {
  readonly n: NException;
  readonly when: CNode;
}

export interface CConclusion {
  readonly n: NConclusion;
  readonly when: CNode;
}

export interface CVersion {
  readonly v: NVersion;
  readonly root: CNode;
  readonly exceptions: readonly CException[];
  readonly conclusions: readonly CConclusion[];
}

export interface CRuleSet {
  readonly parsed: ParsedRuleSet;
  readonly facts: readonly CFact[];
  readonly factsByName: ReadonlyMap<string, CFact>;
  /** Facts the caller gives (not derived), in declaration order. */
  readonly inputFacts: readonly CFact[];
  readonly derivedFacts: readonly CFact[];
  /** Versions sorted by `effectiveFrom`. */
  readonly versions: readonly CVersion[];
}

/** A measured date: exactly `m` when `beyond` is false, strictly between `m` and `m + 1` when true. */
type Measured = [m: number, beyond: boolean];

function factPath(e: Env, name: string): IssuePath {
  if (e.index < 0) return ['facts', name];
  return e.columns === true ? ['cases', name, e.index] : ['cases', e.index, name];
}

/** Measures the time from a date fact to `asOf` (see DateMeasure). */
export function measure(kind: DateMeasure, from: CalendarDate, e: Env, factName: string): Measured {
  const to = e.asOf;
  // Every measure is time since a past event (a birth, a ceremony, a course): a date after the
  // evaluation date is a mistaken fact, and answering "not old enough" would hide the typo.
  if (from.day > to.day) fail('date_order', factPath(e, factName), { start: isoText(from), end: isoText(to) });
  switch (kind) {
    case 'days':
      return [to.day - from.day, false];
    case 'workingDays': {
      const n = workingDaysBetween(from.day, to.day);
      if (typeof n !== 'number') fail('unsupported_year', factPath(e, factName), { year: n.year, min: n.min, max: n.max });
      return [n, false];
    }
    case 'fullMonths': {
      const [m] = elapsedMonths(from, to);
      return [m, false];
    }
    case 'months':
    case 'years':
      return elapsedMonths(from, to);
    case 'fullYears': {
      const [m] = elapsedMonths(from, to);
      return [Math.floor(m / 12), false];
    }
  }
}

/** Compares a measured value with a whole threshold (see the table in the guide). */
function compare(m: number, beyond: boolean, op: ComparisonOp, t: number): boolean {
  switch (op) {
    case '>=': return m >= t;
    case '>': return beyond ? m >= t : m > t;
    case '<=': return beyond ? m < t : m <= t;
    case '<': return m < t;
    case '==': return !beyond && m === t;
    case '!=': return beyond || m !== t;
  }
}

const LOWER: Record<string, ComparisonOp> = { '[': '>=', '(': '>' };
const UPPER: Record<string, ComparisonOp> = { ']': '<=', ')': '<' };

/** The closure of one test, specialised by form so the common case (a count against a number) is two reads and a compare. */
function compileTest(n: NTest, fact: CFact): (s: Slots, e: Env) => Tri {
  const i = fact.index;
  const scale = n.measure === 'years' ? 12 : 1;
  if (n.measure !== undefined) {
    const kind = n.measure;
    const name = fact.name;
    const check = testOfMeasured(n, scale);
    return (s, e) => {
      const d = s[i] as CalendarDate | undefined;
      if (d === undefined) return 2;
      const [m, beyond] = measure(kind, d, e, name);
      return check(m, beyond) ? 1 : 0;
    };
  }
  const asNumber = fact.decl.type === 'date' ? (x: unknown) => (x as CalendarDate).day : undefined;
  if (n.members !== undefined) {
    const set = new Set<RuleValue>(n.members);
    if (asNumber !== undefined) return (s) => { const x = s[i]; return x === undefined ? 2 : set.has(asNumber(x)) ? 1 : 0; };
    return (s) => { const x = s[i]; return x === undefined ? 2 : set.has(x as RuleValue) ? 1 : 0; };
  }
  if (n.between !== undefined) {
    const lo = n.between[0] as number;
    const hi = n.between[1] as number;
    const lowerInclusive = n.edges[0] === '[';
    const upperInclusive = n.edges[1] === ']';
    return (s) => {
      const raw = s[i];
      if (raw === undefined) return 2;
      const x = asNumber === undefined ? (raw as number) : asNumber(raw);
      return (lowerInclusive ? x >= lo : x > lo) && (upperInclusive ? x <= hi : x < hi) ? 1 : 0;
    };
  }
  const t = n.value as RuleValue;
  const get = asNumber ?? ((x: unknown) => x as RuleValue);
  switch (n.op as ComparisonOp) {
    case '>=': return (s) => { const x = s[i]; return x === undefined ? 2 : (get(x) as number) >= (t as number) ? 1 : 0; };
    case '>': return (s) => { const x = s[i]; return x === undefined ? 2 : (get(x) as number) > (t as number) ? 1 : 0; };
    case '<=': return (s) => { const x = s[i]; return x === undefined ? 2 : (get(x) as number) <= (t as number) ? 1 : 0; };
    case '<': return (s) => { const x = s[i]; return x === undefined ? 2 : (get(x) as number) < (t as number) ? 1 : 0; };
    case '==': return (s) => { const x = s[i]; return x === undefined ? 2 : get(x) === t ? 1 : 0; };
    case '!=': return (s) => { const x = s[i]; return x === undefined ? 2 : get(x) !== t ? 1 : 0; };
  }
}

function testOfMeasured(n: NTest, scale: number): (m: number, beyond: boolean) => boolean {
  if (n.members !== undefined) {
    const set = new Set(n.members as number[]);
    return (m, beyond) => !beyond && set.has(m);
  }
  if (n.between !== undefined) {
    const lo = (n.between[0] as number) * scale;
    const hi = (n.between[1] as number) * scale;
    const lower = LOWER[n.edges[0] as string] as ComparisonOp;
    const upper = UPPER[n.edges[1] as string] as ComparisonOp;
    return (m, beyond) => compare(m, beyond, lower, lo) && compare(m, beyond, upper, hi);
  }
  const op = n.op as ComparisonOp;
  const t = (n.value as number) * scale;
  return (m, beyond) => compare(m, beyond, op, t);
}

function compileNode(n: NNode, facts: ReadonlyMap<string, CFact>, byTarget: ReadonlyMap<string, CException[]>): CNode {
  let base: (s: Slots, e: Env) => Tri;
  let children: CNode[] = [];
  if (n.kind === 'test') {
    base = compileTest(n, facts.get(n.fact.name) as CFact);
  } else if (n.kind === 'not') {
    const child = compileNode(n.child, facts, byTarget);
    children = [child];
    const run = child.run;
    base = (s, e) => { const r = run(s, e); return r === 2 ? 2 : r === 1 ? 0 : 1; };
  } else {
    children = n.children.map((c) => compileNode(c, facts, byTarget));
    const runs = children.map((c) => c.run);
    const count = runs.length;
    // Every part is evaluated: a later part may still need to report a bad fact, and the
    // explanation and the batch must agree on errors.
    const [r0, r1] = runs as [(s: Slots, e: Env) => Tri, (s: Slots, e: Env) => Tri];
    if (count === 1) base = r0;
    else if (count === 2 && n.kind === 'all') {
      base = (s, e) => {
        const a = r0(s, e);
        const b = r1(s, e);
        return a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1;
      };
    } else if (count === 2) {
      base = (s, e) => {
        const a = r0(s, e);
        const b = r1(s, e);
        return a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0;
      };
    } else if (n.kind === 'all') {
      base = (s, e) => {
        let r: Tri = 1;
        for (let k = 0; k < count; k++) r = and3(r, (runs[k] as (s: Slots, e: Env) => Tri)(s, e));
        return r;
      };
    } else {
      base = (s, e) => {
        let r: Tri = 0;
        for (let k = 0; k < count; k++) r = or3(r, (runs[k] as (s: Slots, e: Env) => Tri)(s, e));
        return r;
      };
    }
  }
  const exceptions = byTarget.get(n.id) ?? [];
  let run = base;
  if (exceptions.length > 0) {
    const whens = exceptions.map((x) => x.when.run);
    run = (s, e) => {
      let r = base(s, e);
      for (const w of whens) r = or3(r, w(s, e));
      return r;
    };
  }
  return { n, base, run, children, exceptions };
}

/** Compiles a validated rule set. */
export function compile(parsed: ParsedRuleSet): CRuleSet {
  const facts: CFact[] = [];
  const factsByName = new Map<string, CFact>();
  parsed.facts.forEach((decl, index) => {
    const f: CFact = { name: decl.name, index, decl, type: decl.type, values: decl.values ? new Set(decl.values) : undefined, parts: undefined };
    facts.push(f);
    factsByName.set(decl.name, f);
  });
  for (const [k, f] of facts.entries()) {
    if (f.decl.sum !== undefined) facts[k] = { ...f, parts: f.decl.sum.map((p) => (factsByName.get(p) as CFact).index) };
    factsByName.set(f.name, facts[k] as CFact);
  }
  const versions = parsed.versions.map((v): CVersion => {
    const exceptions = v.exceptions.map((x): CException => ({ n: x, when: compileNode(x.when, factsByName, new Map()) }));
    const byTarget = new Map<string, CException[]>();
    for (const x of exceptions) byTarget.set(x.n.overrides, [...(byTarget.get(x.n.overrides) ?? []), x]);
    return {
      v,
      root: compileNode(v.when, factsByName, byTarget),
      exceptions,
      conclusions: v.conclusions.map((c): CConclusion => ({ n: c, when: compileNode(c.when, factsByName, new Map()) })),
    };
  });
  return {
    parsed,
    facts,
    factsByName,
    inputFacts: facts.filter((f) => f.parts === undefined),
    derivedFacts: facts.filter((f) => f.parts !== undefined),
    versions,
  };
}

/** The version in force on `asOf`, or `undefined` when none is. */
export function versionAt(rs: CRuleSet, asOf: CalendarDate): CVersion | undefined {
  for (const cv of rs.versions) {
    if (cv.v.from <= asOf.day && (cv.v.to === null || asOf.day <= cv.v.to)) return cv;
  }
  return undefined;
}

/** Reads and checks one fact value into its slot form; throws a ChiTieuError at the fact's path. */
export function readFact(f: CFact, v: unknown, e: Env): number | string | boolean | CalendarDate | undefined {
  if (v === undefined || v === null) return undefined;
  switch (f.type) {
    case 'count':
      if (typeof v === 'number' && v >= 0 && Number.isSafeInteger(v)) return v;
      return badNumber(v, e, f.name, true);
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return badNumber(v, e, f.name, false);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return fail('invalid_type', factPath(e, f.name), { expected: 'true or false', expected_vi: 'true hoặc false', received: describe(v) });
    case 'date': {
      const d = parseIsoDate(v);
      if (d !== undefined) return d;
      if (typeof v !== 'string') fail('invalid_type', factPath(e, f.name), { expected: 'a date YYYY-MM-DD', expected_vi: 'một ngày dạng YYYY-MM-DD', received: describe(v) });
      return fail('invalid_date', factPath(e, f.name), { value: v.slice(0, 40) });
    }
    case 'text':
      if (typeof v !== 'string') fail('invalid_type', factPath(e, f.name), { expected: 'a string', expected_vi: 'một chuỗi', received: describe(v) });
      if (v.length > LIMITS.stringLength) fail('too_long', factPath(e, f.name), { length: v.length, limit: LIMITS.stringLength });
      if (f.values !== undefined && !f.values.has(v)) fail('invalid_value', factPath(e, f.name), { allowed: [...f.values], value: describe(v) });
      return v;
  }
}

function badNumber(v: unknown, e: Env, name: string, count: boolean): never {
  const path = factPath(e, name);
  if (typeof v !== 'number') {
    return fail('invalid_type', path, count
      ? { expected: 'a whole number ≥ 0', expected_vi: 'một số nguyên không âm', received: describe(v) }
      : { expected: 'a finite number', expected_vi: 'một số hữu hạn', received: describe(v) });
  }
  if (!Number.isFinite(v)) return fail('not_finite', path, { received: String(v) });
  if (v < 0) return fail('negative', path, { value: String(v) });
  if (!Number.isInteger(v)) return fail('not_integer', path, { value: String(v) });
  return fail('unsafe_number', path, { value: String(v) });
}

/** Fills the derived facts (sums) of a case once its given facts are in the slots. */
export function deriveFacts(rs: CRuleSet, s: Slots, e: Env): void {
  const derived = rs.derivedFacts;
  for (let k = 0; k < derived.length; k++) {
    const f = derived[k] as CFact;
    const parts = f.parts as readonly number[];
    let total = 0;
    let missing = false;
    for (let j = 0; j < parts.length; j++) {
      const x = s[parts[j] as number];
      if (x === undefined) missing = true;
      else total += x as number;
    }
    if (missing) s[f.index] = undefined;
    else if (Number.isSafeInteger(total)) s[f.index] = total;
    else fail('unsafe_number', factPath(e, f.name), { value: String(total) });
  }
}

/** A slot value as the explanation shows it. */
export function shownValue(x: Slots[number]): string | number | boolean | null {
  if (x === undefined) return null;
  if (typeof x === 'object') return isoText(x);
  return x;
}
