// Phase 3: the claims of the figures. A percentage with its target becomes a check (consistent or
// flagged, by exact arithmetic in every rounding mode), one with only its achieved figure becomes the
// targets it implies (inferred), a list that cannot be paired becomes an ambiguous claim with its
// candidates, and every figure no claim took in is listed as what it is, with nothing to check.
import { compareExact, computeAttainment } from '../attainment/_attainment.js';
import { readExactValue } from '../core/_exact.js';
import { fail } from './_errors.js';
import type { RoundingMode } from '../core/index.js';
import { ROUNDING_MODES } from '../core/roundingModes.js';
import { computeClaim } from './_claim.js';
import type { Doc } from './_doc.js';
import { flag, ref, seal, type Bound, type Fig, type Num } from './_figure.js';
import type { CheckFacts } from './reasons.js';
import { MAX_IMPLIED_TARGETS, boundInterval, computeImplied, impliedWithin } from './_implied.js';
import { reasoned } from './_render.js';
import type { Claim, ClaimAs } from './types.js';

/** First words of units of money, measure and magnitude, whose targets and wholes need not be whole numbers. */
const MEASURES = new Set(['đồng', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'vạn', 'trăm', 'tấn', 'ha', 'km', 'kg', 'lít', 'm', 'm2', 'usd']);

/**
 * Whether an exact value (`"p/q"` or a decimal) bears out a printed bound at its decimals: above it
 * ("trên 90%"), under it by at most one unit of its last digit ("gần 59%"), or within one unit ("khoảng").
 */
function boundHolds(exact: string, printed: Num, bound: Bound): boolean {
  const { n, d } = readExactValue(exact, [], fail);
  // compare n/d with scaled/10^k: both sides over d·10^k
  const value = n * 10n ** BigInt(printed.decimals);
  const shown = printed.scaled * d;
  if (bound === 'above') return value > shown;
  if (bound === 'below') return value < shown && shown - value <= d;
  return (value > shown ? value - shown : shown - value) <= d;
}

/**
 * Whether the targets or wholes of this figure are whole numbers: counts of people and organisations,
 * not money or measures, nor rates, whose targets have decimals too ("chỉ tiêu 91,5%").
 */
const counted = (A: Fig): boolean => A.kind !== 'percent' && A.a.decimals === 0 && !MEASURES.has(A.unit?.key.split(' ')[0] ?? '');

/** The targets' range as facts: its ends as decimal text (null where open or empty) and how many, when that is listable. */
function rangeFacts(r: ReturnType<typeof impliedWithin>): { from: string | null; to: string | null; count: number | null } {
  return {
    from: r.kind === 'none' ? null : String(r.from),
    to: r.kind === 'range' ? String(r.to) : null,
    count: r.kind === 'range' && r.to - r.from < BigInt(MAX_IMPLIED_TARGETS) ? Number(r.to - r.from) + 1 : null,
  };
}

/** The whole-number targets from `from` to `to`, or null when there are too many or they pass 2^53. */
function listOf(r: ReturnType<typeof impliedWithin>): number[] | null {
  if (r.kind === 'none') return [];
  if (r.kind !== 'range' || r.to - r.from >= BigInt(MAX_IMPLIED_TARGETS) || r.to > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const list: number[] = [];
  for (let t = Number(r.from); t <= Number(r.to); t++) list.push(t);
  return list;
}

/**
 * "109 đảng viên, đạt hơn 120%", "vượt gần 9,5%" with no target printed: the bound, read as its check
 * reads it, leaves every target in a range, which no rounding mode narrows. None fitting a strict
 * "trên" is an error where the target must be a whole number (`whole`); for the loose "gần" and
 * "khoảng" it only says nothing.
 */
function boundImplied(f: Fig, A: Fig, as: ClaimAs, s: { start: number; end: number; text: string }, whole: boolean): Claim {
  const bound = f.bound as Bound;
  const r = impliedWithin(as, A.a.x, boundInterval(bound, f.a.scaled, f.a.decimals));
  const list = listOf(r);
  const none = r.kind === 'none';
  const facts = {
    as, achieved: A.a.x.text, unit: A.unit?.text ?? null, reported: f.a.x.text, bound,
    ...rangeFacts(r),
  };
  const reasons = reasoned(none ? 'implied-bound-none' : 'implied-bound', facts);
  const wrong = none && bound === 'above' && whole;
  return seal({
    kind: 'implied-target', ...s, unit: A.unit?.text ?? null,
    verdict: wrong ? 'flagged' : none ? 'ambiguous' : list === null ? 'figure' : 'inferred',
    flags: wrong ? [flag('no-target', reasons)] : [], reason: reasons.reason, explanation: reasons.explanation,
    achieved: ref(A.a, A.unit), reported: ref(f.a, null), as, impliedTargets: none ? [] : list,
  });
}

/** The claims of the paired figures, then of every figure left on its own. */
export function figureClaims(doc: Doc, figs: readonly Fig[], rounding: RoundingMode, declared: boolean): Claim[] {
  const { kindAt, span, startTok, word } = doc;
  // "1 đơn vị chưa hoàn thành, tỷ lệ hoàn thành đạt 95%": a "tỷ lệ" with its own subject between the
  // count and the keyword may make the percentage a rate of its own, not the count's share of a target,
  // so no target fitting it is no error there.
  const rateBetween = (A: Fig, f: Fig): boolean => {
    for (let k = A.t1 + 1; k + 1 < f.kw; k++) if (word(k) === 'tỷ' && word(k + 1) === 'lệ' && k + 2 < f.kw) return true;
    return false;
  };
  const claims: Claim[] = [];
  // The last token of a keyword percentage: "(đạt 95,23%)" takes the closing bracket in too.
  const pctEnd = (f: Fig): number =>
    (kindAt(f.kw - 1) === 'open' || kindAt(f.kw) === 'open') && kindAt(f.t1 + 1) === 'close' ? f.t1 + 1 : f.t1;

  for (const f of figs) {
    if (f.kind !== 'percent' || f.as === null) continue;
    if (f.ambiguous !== undefined) {
      // which figure of the list this percentage belongs to cannot be told: say so, with the candidates
      f.used = true;
      const cands = f.ambiguous;
      for (const C of cands) C.used = true;
      const { reason, explanation } = reasoned('ambiguous-pairing', { as: f.as, reported: f.a.x.text, candidates: cands.map((C) => `${C.a.x.text}/${(C.b as Num).x.text}`) });
      claims.push(seal({
        kind: 'ambiguous', ...span(f.first, pctEnd(f)), unit: null, verdict: 'ambiguous', flags: [], reason, explanation,
        reported: ref(f.a, null), as: f.as, candidates: Object.freeze(cands.map((C) => Object.freeze({ achieved: ref(C.a, C.unit), target: ref(C.b as Num, C.unit) }))),
      }));
      continue;
    }
    if (f.anchor < 0) continue;
    if (f.target !== undefined && f.target.x.n === 0n && f.as !== 'over-points' && f.as !== 'under-points') { f.as = null; continue; }
    const A = figs[f.anchor] as Fig;
    f.used = true;
    if (A.kind === 'ratio' && (A.b as Num).x.n === 0n) {
      // A percentage of a zero target has no value (checkClaim calls it zero_total): it goes into the
      // ratio's own flagged claim below, not into a check, nor out on its own as a rate.
      (A.printed ??= []).push(f);
      continue;
    }
    A.used = true;
    const reported = { text: f.a.text, plain: f.a.x.text, decimals: f.a.decimals, scaled: f.a.scaled };
    const s = span(f.target !== undefined && f.target.start < A.a.start ? startTok(f.target.start) : A.first, pctEnd(f));
    if (A.kind === 'ratio' || f.target !== undefined) {
      const b = f.target ?? (A.b as Num);
      const check = computeClaim(f.as, A.a.x, b.x, reported, rounding);
      const rounds = declared ? check.consistent : check.consistentModes.length > 0;
      // "đạt trên 90%", "chiếm gần 59%": a bound the exact value bears out is no error, though no rounding gives it
      const bounded = !rounds && f.bound !== undefined && boundHolds(check.exact, f.a, f.bound);
      // "gần", "khoảng" are loose: one the exact value does not bear out closely is not called wrong
      const loose = !rounds && !bounded && (f.bound === 'below' || f.bound === 'about');
      const why = bounded || loose ? reasoned(bounded ? 'check-bound' : 'check-loose', { ...(check.reason.facts as CheckFacts), bound: f.bound as Bound }) : check;
      const flags = check.consistent || bounded || loose ? [] : [flag(check.consistentModes.length > 0 ? 'rounding-mismatch' : 'no-rounding-mode', check)];
      claims.push(seal({
        kind: 'ratio-percent', ...s, unit: A.unit?.text ?? null, verdict: rounds || bounded ? 'consistent' : loose ? 'ambiguous' : 'flagged', flags,
        reason: why.reason, explanation: why.explanation, achieved: ref(A.a, A.unit), target: ref(b, A.unit), reported: ref(f.a, null), as: f.as, check,
      }));
      continue;
    }
    if (f.wholeBefore !== undefined) {
      // a whole (or a target) read from the sentence before or earlier in this one is taken only when the
      // arithmetic agrees with it
      const W = f.wholeBefore;
      const wholeAs: ClaimAs = f.as === 'attainment' ? 'attainment' : 'share';
      const check = computeClaim(wholeAs, A.a.x, W.a.x, reported, rounding);
      if (declared ? check.consistent : check.consistentModes.length > 0) {
        claims.push(seal({
          kind: 'ratio-percent', ...span(A.first, pctEnd(f)), unit: A.unit?.text ?? null, verdict: 'consistent',
          flags: check.consistent ? [] : [flag('rounding-mismatch', check)],
          reason: check.reason, explanation: check.explanation, achieved: ref(A.a, A.unit), target: ref(W.a, W.unit), reported: ref(f.a, null), as: wholeAs, check,
        }));
        continue;
      }
    }
    if (f.bound !== undefined) {
      // (a bound leaves whole target rates in its range whenever it leaves any, 0% among them)
      claims.push(boundImplied(f, A, A.kind === 'percent' ? 'over-points' : f.as, s, (A.kind === 'percent' || counted(A)) && !rateBetween(A, f)));
      continue;
    }
    const as: ClaimAs = A.kind === 'percent' ? 'over-points' : f.as;
    // With no rounding declared, a figure no whole target gives in the assumed mode is flagged only if
    // none gives it in any mode: the first mode (in ROUNDING_MODES order) that does is the one read.
    let mode = rounding;
    let r = computeImplied(as, A.a.x, f.a.scaled, f.a.decimals, mode);
    for (let m = 0; r.kind === 'none' && !declared && m < ROUNDING_MODES.length; m++) {
      const other = ROUNDING_MODES[m] as RoundingMode;
      const o = computeImplied(as, A.a.x, f.a.scaled, f.a.decimals, other);
      if (o.kind !== 'none') { r = o; mode = other; }
    }
    const list = listOf(r);
    const facts = {
      as, achieved: A.a.x.text, unit: A.unit?.text ?? null, reported: f.a.x.text, rounding: mode,
      ...rangeFacts(r),
    };
    // Not listed: too many targets, or (rarely) targets past 2^53, which a list of numbers cannot hold.
    const code = r.kind === 'none' ? 'implied-none' : list !== null ? 'implied' : facts.count === null ? 'implied-too-many' : 'implied-too-large';
    const reasons = reasoned(code, facts);
    const { reason, explanation } = reasons;
    // A target, whole or earlier figure of money, a measure or a figure in thousands or millions ("1,5 tỷ
    // đồng, tăng 12%", "6,21 triệu lượt hộ, chiếm 53,4%") need not be whole: no whole one is no error
    // there, only for whole counts of people and organisations.
    // A rate's target rate may have decimals: with no whole one, the exact difference is a target rate
    // unless it is below 0% ("97,5%, vượt 200%"), and then no rounding finds one either.
    const none = list !== null && list.length === 0 && (A.kind === 'percent' ? compareExact(A.a.x, f.a.x) < 0 : counted(A) && !rateBetween(A, f));
    claims.push(seal({
      kind: 'implied-target', ...s, unit: A.unit?.text ?? null, verdict: none ? 'flagged' : list === null || list.length === 0 ? 'figure' : 'inferred',
      flags: none ? [flag('no-target', reasons)] : mode !== rounding ? [flag('rounding-mismatch', reasons)] : [], reason, explanation,
      achieved: ref(A.a, A.unit), reported: ref(f.a, null), as, impliedTargets: list,
    }));
  }

  // "16/15 tổ chức, vượt 1 tổ chức": the excess in units, checked as achieved − target
  for (const C of figs) {
    const R = C.excessOf;
    if (R === undefined) continue;
    C.used = true;
    R.used = true;
    const check = computeClaim('excess', R.a.x, (R.b as Num).x, { text: C.a.text, plain: C.a.x.text, decimals: C.a.decimals, scaled: C.a.scaled }, rounding);
    const flags = check.consistentModes.length > 0 ? [] : [flag('no-rounding-mode', check)];
    claims.push(seal({
      kind: 'ratio-percent', ...span(R.first, C.t1), unit: R.unit?.text ?? null, verdict: flags.length === 0 ? 'consistent' : 'flagged', flags,
      reason: check.reason, explanation: check.explanation, achieved: ref(R.a, R.unit), target: ref(R.b as Num, R.unit), reported: ref(C.a, C.unit), as: 'excess', check,
    }));
  }

  for (const f of figs) {
    if (f.used) continue;
    const s = span(f.first, f.t1);
    const unit = f.unit?.text ?? null;
    if (f.kind === 'ratio') {
      const b = f.b as Num;
      const r = computeAttainment({ kind: 'count', achieved: f.a.x, target: { form: 'reach', value: b.x } }, 2, rounding);
      const printed = f.printed ?? [];
      const zero = b.x.n === 0n;
      const reasons = reasoned(zero ? 'ratio-zero-target' : 'ratio', {
        achieved: f.a.x.text, target: b.x.text, percent: r.percent, status: r.status, gap: r.status === 'not-met' ? r.shortfall : r.surplus,
        printed: printed.map((p) => p.a.x.text), printedAs: printed.map((p) => p.as as ClaimAs),
      });
      // A percentage of a zero target has no value: the ones printed against it are in the claim's text
      const last = printed[printed.length - 1];
      claims.push(seal({
        kind: 'ratio', ...(zero ? span(f.first, last === undefined ? f.t1 : pctEnd(last)) : s), unit, verdict: zero ? 'flagged' : 'figure',
        flags: zero ? [flag('zero-target', reasons)] : [], ...reasons,
        achieved: ref(f.a, f.unit), target: ref(b, f.unit), percent: zero ? null : r.percent, status: r.status,
      }));
    } else if (f.kind === 'range') {
      const b = f.b as Num;
      const inverted = compareExact(f.a.x, b.x) > 0;
      const reasons = reasoned(inverted ? 'range-inverted' : 'range', { min: f.a.x.text, max: b.x.text, percent: f.percent, unit });
      claims.push(seal({
        kind: 'range', ...s, unit, verdict: inverted ? 'flagged' : 'figure', flags: inverted ? [flag('range-inverted', reasons)] : [],
        ...reasons, min: ref(f.a, f.unit), max: ref(b, f.unit), percent: f.percent,
      }));
    } else if (f.kind === 'percent') {
      // a rate, or "gấp 2 lần" with no earlier figure to check it against
      const multiple = !f.percent;
      claims.push(seal({
        kind: multiple ? 'count' : 'rate', ...s, unit: multiple ? 'lần' : unit, verdict: 'figure', flags: [],
        ...reasoned(multiple ? 'multiple' : 'rate', { value: f.a.x.text, unit }), value: ref(f.a, multiple ? null : f.unit),
      }));
    } else {
      claims.push(seal({
        kind: f.atLeast ? 'at-least' : 'count', ...s, unit, verdict: 'figure', flags: [],
        ...reasoned(f.atLeast ? 'at-least' : 'count', { value: f.a.x.text, unit }), value: ref(f.a, f.unit),
      }));
    }
  }
  return claims;
}
