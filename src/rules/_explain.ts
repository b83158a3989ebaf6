import type { Bilingual } from '../core/index.js';
import { localize } from '../core/_format.js';
import { elapsedMonths, isoText, type CalendarDate } from '../core/_calendar.js';
import { measure, or3, shownValue, type CFact, type CNode, type CRuleSet, type CVersion, type Env, type Slots, type Tri } from './_compile.js';
import type { EvaluateRuleResult } from './evaluateRule.js';
import type {
  ChosenVersion,
  ConditionEntry,
  ConditionResult,
  Confidence,
  DateMeasure,
  ExceptionEntry,
  FactValue,
  FindingEntry,
  Outcome,
  RuleSource,
  RuleValue,
} from './types.js';

/** The version of the explanation format this module writes. Bump it when a field changes meaning. */
export const EXPLANATION_FORMAT_VERSION = 1;

const RESULT: readonly ConditionResult[] = ['fail', 'pass', 'unknown'];
const OUTCOME: readonly Outcome[] = ['ineligible', 'eligible', 'undetermined'];
const STATUS = {
  pass: { vi: 'Đạt', en: 'Met' },
  fail: { vi: 'Không đạt', en: 'Not met' },
  unknown: { vi: 'Chưa xác định', en: 'Undetermined' },
} as const;

const num = (x: number, locale: 'vi' | 'en'): string => {
  const s = String(x);
  return /^-?\d+(\.\d+)?$/.test(s) ? localize(s, locale) : s;
};

function valueText(x: Slots[number], locale: 'vi' | 'en'): string {
  if (typeof x === 'number') return num(x, locale);
  if (typeof x === 'object') return isoText(x);
  if (typeof x === 'boolean') return locale === 'vi' ? (x ? 'có' : 'không') : x ? 'yes' : 'no';
  return `"${String(x)}"`;
}

/** "tròn 311 tháng" / "311 full months": the measured time in words. */
function measuredText(kind: DateMeasure, value: number, exact: boolean, asOf: string): Bilingual {
  const v = num(value, 'vi');
  const e = num(value, 'en');
  const words: Record<DateMeasure, Bilingual> = {
    fullYears: { vi: `tròn ${v} năm`, en: `${e} full years` },
    fullMonths: { vi: `tròn ${v} tháng`, en: `${e} full months` },
    years: exact ? { vi: `đúng ${v} năm`, en: `exactly ${e} years` } : { vi: `hơn ${v} năm`, en: `more than ${e} years` },
    months: exact ? { vi: `đúng ${v} tháng`, en: `exactly ${e} months` } : { vi: `hơn ${v} tháng`, en: `more than ${e} months` },
    days: { vi: `${v} ngày`, en: `${e} days` },
    workingDays: { vi: `${v} ngày làm việc`, en: `${e} working days` },
  };
  const w = words[kind];
  return { vi: `${w.vi} tính đến ${asOf}`, en: `${w.en} at ${asOf}` };
}

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

/** Evaluates a tree in full (never stopping early), recording one entry per node in pre-order. */
function walk(w: Walk, node: CNode, parent: string | null, depth: number, out: ConditionEntry[]): Tri {
  const at = out.length;
  out.push(undefined as unknown as ConditionEntry);
  const n = node.n;
  let base: Tri;
  let facts: Record<string, FactValue> = {};
  let measured: ConditionEntry['measured'] = null;
  let detail: Bilingual;
  if (n.kind === 'test') {
    base = node.base(w.s, w.e);
    const f = w.rs.factsByName.get(n.fact.name) as CFact;
    const x = w.s[f.index];
    facts = { [f.name]: shownValue(x) };
    if (f.parts !== undefined) for (const p of f.parts) facts[(w.rs.facts[p] as CFact).name] = shownValue(w.s[p]);
    if (x === undefined) {
      const missing = inputsOf(w.rs, f).filter((name) => w.s[(w.rs.factsByName.get(name) as CFact).index] === undefined);
      detail = { vi: `thiếu ${n.fact.title.vi} (${missing.join(', ')})`, en: `${n.fact.title.en} (${missing.join(', ')}) is missing` };
    } else {
      detail = { vi: `${n.fact.title.vi} = ${valueText(x, 'vi')}`, en: `${n.fact.title.en} = ${valueText(x, 'en')}` };
      if (n.measure !== undefined) {
        let [whole, exact] = [measure(n.measure, x as CalendarDate, w.e, f.name)[0], true];
        if (n.measure !== 'days' && n.measure !== 'workingDays') {
          // shown as the time elapsed: whole units, and whether it is exactly that much
          const [m, beyond] = elapsedMonths(x as CalendarDate, w.e.asOf);
          const inYears = n.measure === 'years' || n.measure === 'fullYears';
          whole = inYears ? Math.floor(m / 12) : m;
          exact = !beyond && (!inYears || m % 12 === 0);
        }
        measured = { measure: n.measure, value: whole, exact };
        const t = measuredText(n.measure, whole, exact, w.asOf);
        detail = { vi: `${detail.vi}: ${t.vi}`, en: `${detail.en}: ${t.en}` };
      }
    }
  } else {
    const childResults = node.children.map((c) => walk(w, c, n.id, depth + 1, out));
    base = node.base(w.s, w.e);
    const count = (r: Tri) => childResults.filter((c) => c === r).length;
    detail = {
      vi: `${count(1)} đạt, ${count(0)} không đạt, ${count(2)} chưa xác định`,
      en: `${count(1)} met, ${count(0)} not met, ${count(2)} undetermined`,
    };
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
  const status = STATUS[RESULT[result] as ConditionResult];
  const labels = node.exceptions.filter((x) => applied.includes(x.n.id)).map((x) => x.n.label);
  const exceptionText = labels.length === 0 ? { vi: '', en: '' } : {
    vi: ` Áp dụng ngoại lệ: ${labels.map((l) => l.vi).join('; ')}.`,
    en: ` Exception applied: ${labels.map((l) => l.en).join('; ')}.`,
  };
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
    reason: {
      vi: `${status.vi}: ${n.title.vi} (${detail.vi}).${exceptionText.vi}`,
      en: `${status.en}: ${n.title.en} (${detail.en}).${exceptionText.en}`,
    },
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
function failing(w: Walk, node: CNode, into: Bilingual[]): void {
  const r = w.results.get(node);
  if (r === undefined || r.result !== 0) return;
  if (node.n.kind === 'all' && node.exceptions.length === 0) {
    for (const c of node.children) failing(w, c, into);
  } else into.push(node.n.title);
}

/** The chosen version as results show it. */
export function chosenVersion(cv: CVersion): ChosenVersion {
  const v = cv.v;
  return { id: v.id, title: v.title, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, source: v.source, supersedes: v.supersedes, confidence: v.confidence };
}

/**
 * One note of a conclusion that holds.
 *
 * @category Rules
 */
export interface RuleNote {
  readonly id: string;
  readonly text: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
  readonly provisional: boolean;
}

/** Evaluates one case in full and writes its explanation (format version 1). */
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
    const status = STATUS[RESULT[r] as ConditionResult];
    return {
      id: x.n.id,
      label: x.n.label,
      overrides: x.n.overrides,
      result: RESULT[r] as ConditionResult,
      applied,
      reason: {
        vi: `${status.vi}: ${x.n.label.vi}${applied ? ` (thay cho điều kiện "${x.n.overrides}")` : ''}.`,
        en: `${status.en}: ${x.n.label.en}${applied ? ` (in place of condition "${x.n.overrides}")` : ''}.`,
      },
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
    return {
      id: c.n.id,
      text: c.n.text,
      result: RESULT[r] as ConditionResult,
      holds: r === 1,
      sets: c.n.sets,
      missing: [...missing].sort(),
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
  let reason: Bilingual;
  if (outcome === 'eligible') reason = { vi: `Đủ điều kiện: ${title.vi}.`, en: `Eligible: ${title.en}.` };
  else if (outcome === 'undetermined') {
    const names = [...missing].sort();
    const shown = names.map((name) => ({ name, t: (rs.factsByName.get(name) as CFact).decl.title }));
    reason = {
      vi: `Chưa xác định: ${title.vi}; cần thêm ${shown.map((x) => `${x.t.vi} (${x.name})`).join(', ')}.`,
      en: `Undetermined: ${title.en}; needs ${shown.map((x) => `${x.t.en} (${x.name})`).join(', ')}.`,
    };
  } else {
    const failed: Bilingual[] = [];
    failing(w, cv.root, failed);
    reason = {
      vi: `Không đủ điều kiện: ${title.vi}; không đạt: ${failed.map((t) => t.vi).join('; ')}.`,
      en: `Not eligible: ${title.en}; not met: ${failed.map((t) => t.en).join('; ')}.`,
    };
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
    reason,
    missing: [...missing].sort(),
    facts,
    conclusions,
    notes,
    conditions,
    exceptions,
    findings,
  };
}
