import type { Bilingual } from '../core/index.js';
import { elapsedMonths, isoText, type CalendarDate } from '../core/_calendar.js';
import { readNumber, type ExactNumber } from '../core/_exact.js';
import { or3, type CFact, type CNode, type CRuleSet, type CVersion, type Env, type Slots, type Tri } from './_compiled.js';
import { shownValue } from './_facts.js';
import { measure } from './_measure.js';
import { reasoned } from './_render.js';
import type { ChosenVersion, ConditionEntry, ExceptionEntry, FindingEntry, RuleNote } from './entries.js';
import type { EvaluateRuleResult } from './evaluateRule.js';
import type { NamedFact, RuleReasonFacts } from './reasons.js';
import type { ConditionResult, FactValue, Outcome, RuleValue } from './types.js';

/** The version of the explanation format this module writes. Bump it when a field changes meaning. */
const EXPLANATION_FORMAT_VERSION = 2;

const RESULT: readonly ConditionResult[] = ['fail', 'pass', 'unknown'];
const OUTCOME: readonly Outcome[] = ['ineligible', 'eligible', 'undetermined'];

/** A known fact value as a reason shows it: numbers as plain decimals, dates ISO, booleans and texts as they are. */
function valueOf(x: Exclude<Slots[number], undefined>): string | boolean {
  if (typeof x === 'number') {
    // every digit of a whole number beyond 2^53 (no exponent); any other number as the caller wrote it
    return Number.isInteger(x) && !Number.isSafeInteger(x) ? BigInt(x).toString() : (readNumber(x) as ExactNumber).text;
  }
  if (typeof x === 'object') return isoText(x);
  return x;
}

/** A condition's reason before its result, title and exceptions: the code, its own facts, and the measured time. */
type Detail = [code: ConditionEntry['reason']['code'], facts: object, measured: ConditionEntry['measured']];

interface Walk {
  readonly rs: CRuleSet;
  readonly s: Slots;
  readonly e: Env;
  readonly asOf: string;
  /** Results by node, to work out the missing facts afterwards. */
  readonly results: Map<CNode, { base: Tri; result: Tri }>;
}

/** The input facts a derived or given fact rests on. */
function inputsOf(rs: CRuleSet, f: CFact): string[] {
  return f.parts === undefined ? [f.name] : f.parts.map((p) => (rs.facts[p] as CFact).name);
}

/** What a test's reason says besides its result, title and exceptions: the code and its own facts. */
function testDetail(w: Walk, node: CNode): Detail {
  const n = node.n as Extract<CNode['n'], { kind: 'test' }>;
  const f = w.rs.factsByName.get(n.fact.name) as CFact;
  const x = w.s[f.index];
  const named = { fact: f.name, factTitle: n.fact.title };
  if (x === undefined) {
    const missing = inputsOf(w.rs, f).filter((name) => w.s[(w.rs.factsByName.get(name) as CFact).index] === undefined);
    return ['test-missing', { ...named, missing }, null];
  }
  if (n.measure === undefined) return ['test-value', { ...named, type: f.type, value: valueOf(x) }, null];
  let [whole, exact] = [measure(n.measure, x as CalendarDate, w.e, f.name)[0], true];
  if (n.measure !== 'days' && n.measure !== 'workingDays') {
    // shown as the time elapsed: whole units, and whether it is exactly that much
    const [m, beyond] = elapsedMonths(x as CalendarDate, w.e.asOf);
    const inYears = n.measure === 'years' || n.measure === 'fullYears';
    whole = inYears ? Math.floor(m / 12) : m;
    exact = !beyond && (!inYears || m % 12 === 0);
  }
  const facts = { ...named, value: valueOf(x), measure: n.measure, measured: String(whole), exact, asOf: w.asOf };
  return ['test-measured', facts, { measure: n.measure, value: whole, exact }];
}

/** Evaluates a tree in full (never stopping early), recording one entry per node in pre-order. */
function walk(w: Walk, node: CNode, parent: string | null, depth: number, out: ConditionEntry[]): Tri {
  const at = out.length;
  out.push(undefined as unknown as ConditionEntry);
  const n = node.n;
  let base: Tri;
  let facts: Record<string, FactValue> = {};
  let detail: Detail;
  if (n.kind === 'test') {
    base = node.base(w.s, w.e);
    const f = w.rs.factsByName.get(n.fact.name) as CFact;
    facts = { [f.name]: shownValue(w.s[f.index]) };
    if (f.parts !== undefined) for (const p of f.parts) facts[(w.rs.facts[p] as CFact).name] = shownValue(w.s[p]);
    detail = testDetail(w, node);
  } else {
    const childResults = node.children.map((c) => walk(w, c, n.id, depth + 1, out));
    base = node.base(w.s, w.e);
    const count = (r: Tri) => String(childResults.filter((c) => c === r).length);
    detail = ['group', { kind: n.kind, passed: count(1), failed: count(0), unknown: count(2) }, null];
  }
  // The exceptions of this node, in full, so the explanation shows each one whether it applied or not.
  let result = base;
  const applied: string[] = [];
  for (const x of node.exceptions) {
    const r = x.when.run(w.s, w.e);
    if (r === 1 && base !== 1) applied.push(x.n.id);
    result = or3(result, r);
  }
  w.results.set(node, { base, result });
  const exceptions = node.exceptions.filter((x) => applied.includes(x.n.id)).map((x) => ({ id: x.n.id, label: x.n.label }));
  const [code, own, measured] = detail;
  const why = reasoned(code, { result: RESULT[result] as ConditionResult, title: n.title, exceptions, ...own } as unknown as RuleReasonFacts[typeof code]);
  out[at] = {
    id: n.id,
    path: n.path,
    parent,
    depth,
    kind: n.kind,
    result: RESULT[result] as ConditionResult,
    baseResult: RESULT[base] as ConditionResult,
    exceptionsApplied: applied,
    title: n.title,
    reason: why.reason,
    explanation: why.explanation,
    facts,
    measured,
    test: n.kind === 'test' ? n.shown : null,
    source: n.source,
    confidence: n.confidence,
    provisional: n.confidence === 'low',
  };
  return result;
}

/** The input facts that would decide a node left unknown: those read by its unknown parts. */
function missingOf(w: Walk, node: CNode, into: Set<string>): void {
  const r = w.results.get(node);
  if (r === undefined || r.result !== 2) return;
  const n = node.n;
  if (n.kind === 'test') {
    const f = w.rs.factsByName.get(n.fact.name) as CFact;
    for (const name of inputsOf(w.rs, f)) if (w.s[(w.rs.factsByName.get(name) as CFact).index] === undefined) into.add(name);
  } else if (r.base === 2) {
    for (const c of node.children) missingOf(w, c, into);
  }
  for (const x of node.exceptions) missingOf(w, x.when, into);
}

/** Entries of the nodes that failed and decide an ineligible outcome, for the summary reason. */
function failing(w: Walk, node: CNode, into: { id: string; title: Bilingual }[]): void {
  const r = w.results.get(node);
  if (r === undefined || r.result !== 0) return;
  if (node.n.kind === 'all' && node.exceptions.length === 0) {
    for (const c of node.children) failing(w, c, into);
  } else into.push({ id: node.n.id, title: node.n.title });
}

/** Facts by name, with the titles the rule data gives them. */
function namedFacts(rs: CRuleSet, names: readonly string[]): NamedFact[] {
  return names.map((fact) => ({ fact, title: (rs.factsByName.get(fact) as CFact).decl.title }));
}

/** The chosen version as results show it. */
export function chosenVersion(cv: CVersion): ChosenVersion {
  const v = cv.v;
  return { id: v.id, title: v.title, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, source: v.source, supersedes: v.supersedes, confidence: v.confidence };
}

/** Evaluates one case in full and writes its explanation (format version 2). */
export function explain(rs: CRuleSet, cv: CVersion, s: Slots, e: Env): EvaluateRuleResult {
  const asOf = isoText(e.asOf);
  const w: Walk = { rs, s, e, asOf, results: new Map() };
  const conditions: ConditionEntry[] = [];
  const top = walk(w, cv.root, null, 0, conditions);
  const exceptions: ExceptionEntry[] = cv.exceptions.map((x) => {
    const entries: ConditionEntry[] = [];
    const r = walk(w, x.when, null, 0, entries);
    const target = [...w.results.keys()].find((k) => k.n.id === x.n.overrides && k.exceptions.includes(x));
    const applied = r === 1 && target !== undefined && (w.results.get(target) as { base: Tri }).base !== 1;
    const result = RESULT[r] as ConditionResult;
    const why = applied
      ? reasoned('exception-applied', { label: x.n.label, overrides: x.n.overrides })
      : reasoned('exception', { result, label: x.n.label, overrides: x.n.overrides });
    return {
      id: x.n.id,
      label: x.n.label,
      overrides: x.n.overrides,
      result,
      applied,
      reason: why.reason,
      explanation: why.explanation,
      source: x.n.source,
      confidence: x.n.confidence,
      provisional: x.n.confidence === 'low',
      conditions: entries,
    };
  });
  const conclusions: Record<string, RuleValue> = {};
  const notes: RuleNote[] = [];
  const findings: FindingEntry[] = cv.conclusions.map((c) => {
    const entries: ConditionEntry[] = [];
    const r = walk(w, c.when, null, 0, entries);
    const missing = new Set<string>();
    missingOf(w, c.when, missing);
    if (r === 1) {
      for (const [k, v] of Object.entries(c.n.sets)) if (!Object.hasOwn(conclusions, k)) conclusions[k] = v;
      notes.push({ id: c.n.id, text: c.n.text, source: c.n.source, confidence: c.n.confidence, provisional: c.n.confidence === 'low' });
    }
    const result = RESULT[r] as ConditionResult;
    const names = [...missing].sort();
    const why = reasoned('finding', { result, text: c.n.text, missing: namedFacts(rs, names) });
    return {
      id: c.n.id,
      text: c.n.text,
      result,
      holds: r === 1,
      sets: c.n.sets,
      missing: names,
      reason: why.reason,
      explanation: why.explanation,
      source: c.n.source,
      confidence: c.n.confidence,
      provisional: c.n.confidence === 'low',
      conditions: entries,
    };
  });
  const missing = new Set<string>();
  missingOf(w, cv.root, missing);
  const outcome = OUTCOME[top] as Outcome;
  const title = rs.parsed.data.title;
  const names = [...missing].sort();
  let why: ReturnType<typeof reasoned<Outcome>>;
  if (outcome === 'eligible') why = reasoned('eligible', { title });
  else if (outcome === 'undetermined') why = reasoned('undetermined', { title, missing: namedFacts(rs, names) });
  else {
    const failed: { id: string; title: Bilingual }[] = [];
    failing(w, cv.root, failed);
    why = reasoned('ineligible', { title, failed });
  }
  const facts: Record<string, FactValue> = {};
  for (const f of rs.facts) facts[f.name] = shownValue(s[f.index]);
  const provisional = cv.v.confidence === 'low'
    || conditions.some((c) => c.provisional && c.result !== 'pass')
    || exceptions.some((x) => x.provisional && x.applied)
    || findings.some((f) => f.provisional && f.holds);
  return {
    formatVersion: EXPLANATION_FORMAT_VERSION,
    ruleSet: { id: rs.parsed.data.id, title },
    asOf,
    version: chosenVersion(cv),
    outcome,
    provisional,
    reason: why.reason,
    explanation: why.explanation,
    missing: names,
    facts,
    conclusions,
    notes,
    conditions,
    exceptions,
    findings,
  };
}
