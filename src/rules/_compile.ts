import type { CalendarDate } from '../core/_calendar.js';
import type { NNode, NTest, ParsedRuleSet } from './_schema.js';
import { and3, or3, type CConclusion, type CException, type CFact, type CNode, type CRuleSet, type CVersion, type Env, type Slots, type Tri } from './_compiled.js';
import { compare, measure } from './_measure.js';
import type { ComparisonOp, RuleValue } from './types.js';

// Compiling validated rule data into closures (see _compiled.ts for the compiled form).

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

