import type { Bilingual } from '../core/index.js';
import { isoText } from '../core/_calendar.js';
import { describe } from '../core/_schema.js';
import { batchOptionsSchema, compiledRuleSet, readCase, versionInForce } from './_cache.js';
import type { Env, Slots } from './_compiled.js';
import { readFact } from './_facts.js';
import { makeCounter } from './_counter.js';
import { chosenVersion } from './_explain.js';
import { deepFreeze } from '../core/_freeze.js';
import type { CompiledRuleSet } from './compileRuleSet.js';
import type { ChosenVersion } from './entries.js';
import type { Outcome, RuleSet } from './types.js';
import { fail, parseWith } from './_errors.js';

/**
 * More cases than a batch takes (about 50 times the enterprises of a country): past it the batch is
 * refused before a case is read, so a sparse list of 2^32 − 1 does not run for hours.
 */
const MAX_CASES = 50_000_000;
/**
 * Cases for {@link evaluateRuleBatch}: an array of records (other fields of a record, such as a name,
 * are ignored), or columns by fact name (arrays or typed arrays of one length).
 *
 * @category Rules
 */
export type RuleCases =
  | readonly object[]
  | Readonly<Record<string, ArrayLike<number | string | boolean | null | undefined>>>;

/**
 * Options of {@link evaluateRuleBatch}.
 *
 * @category Rules
 */
export interface EvaluateRuleBatchOptions {
  /** The evaluation date, `YYYY-MM-DD`, for every case. */
  readonly asOf: string;
  /** Also return the outcome of each case, in order. Default `false`. */
  readonly outcomes?: boolean;
}

/**
 * The result of {@link evaluateRuleBatch}: counts per outcome and per conclusion.
 *
 * @category Rules
 */
export interface EvaluateRuleBatchResult {
  readonly ruleSet: { readonly id: string; readonly title: Bilingual };
  readonly asOf: string;
  readonly version: ChosenVersion;
  readonly total: number;
  readonly counts: { readonly eligible: number; readonly ineligible: number; readonly undetermined: number };
  /** For each conclusion of the version, by id, the number of cases where it holds. */
  readonly conclusions: Readonly<Record<string, number>>;
  /** The outcome of each case, when asked for with `outcomes: true`. */
  readonly outcomes?: readonly Outcome[];
}

/**
 * Evaluates a rule set over many cases and counts the outcomes: the survey behind "81 doanh nghiệp đủ
 * điều kiện thành lập tổ chức Đảng; 153 doanh nghiệp có từ 1-2 đảng viên". The rule set is compiled
 * once; each case runs the compiled closures without building an explanation, so a million
 * enterprises take well under a second. Use {@link evaluateRule} to explain one case.
 *
 * @param ruleSet - a built-in rule set, your own rule data, or a {@link CompiledRuleSet}
 * @param cases - records of facts, or columns of facts by name
 * @param options - `asOf`, and `outcomes: true` to get each case's outcome
 * @returns a frozen {@link EvaluateRuleBatchResult}
 * @throws {ChiTieuError} as {@link evaluateRule}, with the path of a bad fact as `cases[i].name` (rows)
 *   or `cases.name[i]` (columns); `length_mismatch` when columns differ in length; `too_long` past
 *   50,000,000 cases
 * @example
 * ```ts
 * import { evaluateRuleBatch, partyOrganizationFounding } from 'chitieu';
 * const survey = [
 *   { name: 'Công ty A', officialMembers: 5, probationaryMembers: 1 },
 *   { name: 'Công ty B', officialMembers: 2, probationaryMembers: 0 },
 *   { name: 'Công ty C', officialMembers: 1, probationaryMembers: 1 },
 *   { name: 'Công ty D', officialMembers: 0, probationaryMembers: 0 },
 * ];
 * const r = evaluateRuleBatch(partyOrganizationFounding, survey, { asOf: '2025-09-01' });
 * [r.counts.eligible, r.conclusions['join-suitable-organization']];
 * //=> [ 1, 2 ]
 * evaluateRuleBatch(partyOrganizationFounding, { officialMembers: [3, 40], probationaryMembers: [0, 2] }, { asOf: '2025-09-01' }).conclusions;
 * //=> { 'form-chi-bo-co-so': 1, 'form-dang-bo-co-so': 1, 'form-exception-needs-consent': 2, 'elects-chi-uy': 0, 'elects-bi-thu': 1, 'join-suitable-organization': 0 }
 * ```
 * @category Rules
 */
export function evaluateRuleBatch(ruleSet: RuleSet | CompiledRuleSet, cases: RuleCases, options: EvaluateRuleBatchOptions): EvaluateRuleBatchResult {
  const rs = compiledRuleSet(ruleSet, ['ruleSet']);
  const o = parseWith(batchOptionsSchema, options, ['options']);
  // The date's text from the date read, not a second read of options.asOf (a getter may change).
  const asOfText = isoText(o.asOf);
  const cv = versionInForce(rs, o.asOf, asOfText);
  const counter = makeCounter(rs, cv, o.outcomes === true);
  const add = counter.add;
  const s: Slots = new Array(rs.facts.length);
  const e: Env = { asOf: o.asOf, index: 0 };
  let total: number;
  if (Array.isArray(cases)) {
    total = cases.length;
    if (total > MAX_CASES) fail('too_long', ['cases'], { length: total, limit: MAX_CASES });
    for (let i = 0; i < total; i++) {
      e.index = i;
      readCase(rs, cases[i], s, e, false);
      add(s, e);
    }
  } else {
    if (cases === null || typeof cases !== 'object') {
      fail('invalid_type', ['cases'], { expected: 'records-or-columns', ...describe(cases) });
    }
    const columns = cases as Record<string, unknown>;
    const given: [number, ArrayLike<unknown>][] = [];
    total = -1;
    for (const key of Object.keys(columns)) {
      const f = rs.factsByName.get(key);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') fail('unsafe_key', ['cases', key], { key });
      if (f === undefined || f.parts !== undefined) fail('unknown_key', ['cases', key], { key, allowed: rs.inputFacts.map((x) => x.name) });
      const col = columns[key] as { length?: unknown } | null;
      if (col === null || typeof col !== 'object' || typeof col.length !== 'number') {
        fail('invalid_type', ['cases', key], { expected: 'column', ...describe(col) });
      }
      const length = col.length as number;
      if (length > MAX_CASES) fail('too_long', ['cases', key], { length, limit: MAX_CASES });
      if (total >= 0 && length !== total) fail('length_mismatch', ['cases', key], { expected: total, got: length });
      total = length;
      given.push([f.index, col as ArrayLike<unknown>]);
    }
    if (total < 0) total = 0;
    e.columns = true;
    const inputs = rs.inputFacts;
    for (const f of inputs) s[f.index] = undefined;
    const cols = given.map(([, col]) => col);
    const facts = given.map(([index]) => rs.facts[index] as (typeof inputs)[number]);
    const width = cols.length;
    for (let i = 0; i < total; i++) {
      e.index = i;
      for (let k = 0; k < width; k++) {
        const f = facts[k] as (typeof inputs)[number];
        s[f.index] = readFact(f, (cols[k] as ArrayLike<unknown>)[i], e);
      }
      add(s, e);
    }
  }
  const { counts, conclusionCounts, outcomes } = counter.finish();
  const conclusions: Record<string, number> = {};
  cv.conclusions.forEach((c, j) => { conclusions[c.n.id] = conclusionCounts[j] as number; });
  const keep = o.outcomes === true;
  return deepFreeze({
    ruleSet: { id: rs.parsed.data.id, title: rs.parsed.data.title },
    asOf: asOfText,
    version: chosenVersion(cv),
    total,
    counts: { eligible: counts[1] as number, ineligible: counts[0] as number, undetermined: counts[2] as number },
    conclusions,
    ...(keep ? { outcomes } : {}),
  });
}
