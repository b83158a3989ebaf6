// Phase 3: the claims of the figures. A percentage with its target becomes a check (consistent or
// flagged, by exact arithmetic in every rounding mode), one with only its achieved figure becomes the
// targets it implies (inferred), a list that cannot be paired becomes an ambiguous claim with its
// candidates, and every figure no claim took in is listed as what it is, with nothing to check.
import { compareExact, computeAttainment } from '../attainment/_attainment.js';
import { localize } from '../core/_format.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import { ROUNDING_MODES } from '../core/roundingModes.js';
import { computeClaim } from './_claim.js';
import type { Doc } from './_doc.js';
import { both, modesText, unitOf } from './_explain.js';
import { flag, ref, seal, withUnit, type Fig, type Num } from './_figure.js';
import { MAX_IMPLIED_TARGETS, computeImplied } from './_implied.js';
import { KEYWORD } from './_reportRounding.js';
import type { Claim, ClaimAs } from './types.js';

/** First words of units of money and measure, whose earlier figures need not be whole. */
const MEASURES = new Set(['đồng', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'tấn', 'ha', 'km', 'kg', 'lít', 'm', 'm2', 'usd']);

/** The list of implied targets in words: "90", "902 hoặc 903", "từ 847 đến 854". */
function targetsText(list: readonly number[], pct: string): Bilingual {
  const f = (v: number, l: 'vi' | 'en') => localize(String(v), l) + pct;
  if (list.length === 1) return { vi: f(list[0] as number, 'vi'), en: f(list[0] as number, 'en') };
  const lo = list[0] as number;
  const hi = list[list.length - 1] as number;
  if (list.length === 2) return { vi: `${f(lo, 'vi')} hoặc ${f(hi, 'vi')}`, en: `${f(lo, 'en')} or ${f(hi, 'en')}` };
  return { vi: `từ ${f(lo, 'vi')} đến ${f(hi, 'vi')}`, en: `${f(lo, 'en')} to ${f(hi, 'en')}` };
}

/**
 * Why a ratio with a target of 0 is flagged: no percentage of it can be computed, so the percentages
 * printed against it ("5/0 …, đạt 100%") cannot be checked.
 */
function zeroTargetText(ab: Bilingual, printed: readonly Fig[]): Bilingual {
  const head = { vi: `${ab.vi}: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu`, en: `${ab.en}: the target is 0, so no percentage of it can be computed` };
  if (printed.length === 0) return { vi: `${head.vi}.`, en: `${head.en}.` };
  const vi = printed.map((p) => `"${KEYWORD[p.as as ClaimAs].vi} ${localize(p.a.x.text, 'vi')}%"`).join(', ');
  const en = printed.map((p) => `${localize(p.a.x.text, 'en')}% ${KEYWORD[p.as as ClaimAs].en}`).join(', ');
  return { vi: `${head.vi}; không kiểm tra được ${vi} đã in.`, en: `${head.en}; the printed ${en} cannot be checked.` };
}

/** The claims of the paired figures, then of every figure left on its own. */
export function figureClaims(doc: Doc, figs: readonly Fig[], rounding: RoundingMode, declared: boolean): Claim[] {
  const { kindAt, span, startTok } = doc;
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
      const rep = both(f.a.x.text);
      const listVi = cands.map((C) => `${localize(C.a.x.text, 'vi')}/${localize((C.b as Num).x.text, 'vi')}`).join(', ');
      const listEn = cands.map((C) => `${localize(C.a.x.text, 'en')}/${localize((C.b as Num).x.text, 'en')}`).join(', ');
      const explanation = {
        vi: `${KEYWORD[f.as].vi} ${rep.vi}%: không xác định được tỷ lệ này thuộc số liệu nào (${listVi}), nên không kiểm tra.`,
        en: `${rep.en}% ${KEYWORD[f.as].en}: which figure it belongs to cannot be told (${listEn}), so it is not checked.`,
      };
      claims.push(seal({
        kind: 'ambiguous', ...span(f.first, pctEnd(f)), unit: null, verdict: 'ambiguous', flags: [], explanation,
        reported: ref(f.a, null), as: f.as, candidates: Object.freeze(cands.map((C) => Object.freeze({ achieved: ref(C.a, C.unit), target: ref(C.b as Num, C.unit) }))),
      }));
      continue;
    }
    if (f.anchor < 0) continue;
    if (f.target !== undefined && f.target.x.n === 0n && f.as !== 'over-points') { f.as = null; continue; }
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
      const flags = check.consistent ? [] : [flag(check.consistentModes.length > 0 ? 'rounding-mismatch' : 'no-rounding-mode', check.explanation)];
      claims.push(seal({
        kind: 'ratio-percent', ...s, unit: A.unit?.text ?? null, verdict: (declared ? check.consistent : check.consistentModes.length > 0) ? 'consistent' : 'flagged', flags,
        explanation: check.explanation, achieved: ref(A.a, A.unit), target: ref(b, A.unit), reported: ref(f.a, null), as: f.as, check,
      }));
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
    let list: number[] | null = null;
    if (r.kind === 'none') list = [];
    else if (r.kind === 'range' && r.to - r.from < BigInt(MAX_IMPLIED_TARGETS) && r.to <= BigInt(Number.MAX_SAFE_INTEGER)) {
      list = [];
      for (let t = Number(r.from); t <= Number(r.to); t++) list.push(t);
    }
    const pts = as === 'over-points';
    const u = unitOf(as);
    const achievedText = withUnit(A.a.x.text, A.unit, pts ? '%' : '');
    const rep = both(f.a.x.text);
    const headVi = `${achievedText.vi}, ${KEYWORD[as].vi} ${rep.vi}${u.vi}`;
    const headEn = `${achievedText.en}, ${rep.en}${u.en} ${KEYWORD[as].en}`;
    const change = as === 'growth' || as === 'decrease' || as === 'multiple';
    const nounVi = as === 'share' ? 'tổng' : pts ? 'chỉ tiêu tỷ lệ' : change ? 'số liệu kỳ trước' : 'chỉ tiêu';
    const nounEn = as === 'share' ? 'whole' : pts ? 'target rate' : change ? 'earlier figure' : 'target';
    const how = modesText([mode]);
    let explanation: Bilingual;
    if (list === null) {
      // Not listed: too many targets, or (rarely) targets past 2^53, which a list of numbers cannot hold.
      // (A range with no target at all was listed as empty above.)
      const from = r.kind === 'none' ? 0n : r.from;
      const to = r.kind === 'range' ? r.to : null;
      const many = to === null || to - from >= BigInt(MAX_IMPLIED_TARGETS);
      const at = (x: bigint, l: 'vi' | 'en') => localize(String(x), l);
      const spanVi = to === null ? `từ ${at(from, 'vi')} trở đi` : `từ ${at(from, 'vi')} đến ${at(to, 'vi')}`;
      const spanEn = to === null ? `from ${at(from, 'en')} on` : `from ${at(from, 'en')} to ${at(to, 'en')}`;
      explanation = many
        ? {
            vi: `${headVi}: quá nhiều ${nounVi} nguyên cho ra con số này (${spanVi}), không xác định được ${nounVi}.`,
            en: `${headEn}: too many whole-number ${nounEn}s give this figure (${spanEn}), so it does not pin one down.`,
          }
        : {
            vi: `${headVi}: các ${nounVi} nguyên cho ra con số này vượt quá 2^53 (${spanVi}), không liệt kê được.`,
            en: `${headEn}: the whole-number ${nounEn}s that give this figure are past 2^53 (${spanEn}), too large to list.`,
          };
    } else if (list.length === 0) {
      explanation = {
        vi: `${headVi}: không có ${nounVi} nguyên nào cho ra con số này khi làm tròn ${how.vi}.`,
        en: `${headEn}: no whole-number ${nounEn} gives this figure when rounding ${how.en}.`,
      };
    } else {
      const t = targetsText(list, pts ? '%' : '');
      explanation = {
        vi: `${headVi}: ${nounVi} là ${t.vi} (làm tròn ${how.vi}).`,
        en: `${headEn}: the ${nounEn} was ${t.en} (rounding ${how.en}).`,
      };
    }
    // An earlier figure of money or a measure ("1,5 tỷ đồng, tăng 12%") need not be whole: no whole one
    // is no error there, only for counts of people and organisations.
    const none = list !== null && list.length === 0 && !(change && MEASURES.has(A.unit?.key.split(' ')[0] ?? ''));
    claims.push(seal({
      kind: 'implied-target', ...s, unit: A.unit?.text ?? null, verdict: none ? 'flagged' : list === null || list.length === 0 ? 'figure' : 'inferred',
      flags: none ? [flag('no-target', explanation)] : mode !== rounding ? [flag('rounding-mismatch', explanation)] : [], explanation,
      achieved: ref(A.a, A.unit), reported: ref(f.a, null), as, impliedTargets: list,
    }));
  }

  for (const f of figs) {
    if (f.used) continue;
    const s = span(f.first, f.t1);
    const unit = f.unit?.text ?? null;
    if (f.kind === 'ratio') {
      const b = f.b as Num;
      const r = computeAttainment({ kind: 'count', achieved: f.a.x, target: { form: 'reach', value: b.x } }, 2, rounding);
      const ab = { vi: `${localize(f.a.x.text, 'vi')}/${localize(b.x.text, 'vi')}`, en: `${localize(f.a.x.text, 'en')}/${localize(b.x.text, 'en')}` };
      if (b.x.n === 0n) {
        const printed = f.printed ?? [];
        const last = printed[printed.length - 1];
        const p = zeroTargetText(ab, printed);
        const explanation = { vi: `${p.vi} ${r.reason.vi}`, en: `${p.en} ${r.reason.en}` };
        claims.push(seal({
          kind: 'ratio', ...span(f.first, last === undefined ? f.t1 : pctEnd(last)), unit, verdict: 'flagged', flags: [flag('zero-target', explanation)],
          explanation, achieved: ref(f.a, f.unit), target: ref(b, f.unit), percent: null, status: r.status,
        }));
        continue;
      }
      const p = both(r.percent ?? '0');
      claims.push(seal({
        kind: 'ratio', ...s, unit, verdict: 'figure', flags: [],
        explanation: { vi: `${ab.vi}: đạt ${p.vi}% chỉ tiêu. ${r.reason.vi}`, en: `${ab.en}: ${p.en}% of target. ${r.reason.en}` },
        achieved: ref(f.a, f.unit), target: ref(b, f.unit), percent: r.percent, status: r.status,
      }));
    } else if (f.kind === 'range') {
      const b = f.b as Num;
      const inverted = compareExact(f.a.x, b.x) > 0;
      const pct = f.percent ? '%' : '';
      const lo = both(f.a.x.text);
      const hi = both(b.x.text);
      const u = unit === null ? '' : ` ${unit}`;
      const explanation = inverted
        ? { vi: `Khoảng ${lo.vi}–${hi.vi}${pct}${u} có cận dưới lớn hơn cận trên.`, en: `The range ${lo.en}–${hi.en}${pct}${u} has its lower end above its upper end.` }
        : { vi: `Khoảng ${lo.vi}–${hi.vi}${pct}${u}.`, en: `A range of ${lo.en}–${hi.en}${pct}${u}.` };
      claims.push(seal({
        kind: 'range', ...s, unit, verdict: inverted ? 'flagged' : 'figure', flags: inverted ? [flag('range-inverted', explanation)] : [],
        explanation, min: ref(f.a, f.unit), max: ref(b, f.unit), percent: f.percent,
      }));
    } else if (f.kind === 'percent' && !f.percent) {
      // "gấp 2 lần" with no earlier figure to check it against
      const v = both(f.a.x.text);
      claims.push(seal({
        kind: 'count', ...s, unit: 'lần', verdict: 'figure', flags: [],
        explanation: { vi: `Gấp ${v.vi} lần: không có số liệu để đối chiếu.`, en: `${v.en} times: nothing to check it against.` },
        value: ref(f.a, null),
      }));
    } else if (f.kind === 'percent') {
      const v = withUnit(f.a.x.text, f.unit, '%');
      claims.push(seal({
        kind: 'rate', ...s, unit, verdict: 'figure', flags: [],
        explanation: { vi: `${v.vi}: một tỷ lệ, không có số liệu để đối chiếu.`, en: `${v.en}: a rate, with nothing to check it against.` },
        value: ref(f.a, f.unit),
      }));
    } else if (f.atLeast) {
      const v = withUnit(f.a.x.text, f.unit);
      claims.push(seal({
        kind: 'at-least', ...s, unit, verdict: 'figure', flags: [],
        explanation: { vi: `Chỉ tiêu ít nhất ${v.vi}.`, en: `A target of at least ${v.en}.` },
        value: ref(f.a, f.unit),
      }));
    } else {
      const v = withUnit(f.a.x.text, f.unit);
      claims.push(seal({
        kind: 'count', ...s, unit, verdict: 'figure', flags: [],
        explanation: { vi: `${v.vi}: một số liệu, không có gì để đối chiếu.`, en: `${v.en}: a count, with nothing to check it against.` },
        value: ref(f.a, f.unit),
      }));
    }
  }
  return claims;
}
