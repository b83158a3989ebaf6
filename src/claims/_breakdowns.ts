// Phase 4: totals and their parts ("95 tổ chức cơ sở đảng, trong đó 45 hành chính, 14 sự nghiệp và 35
// doanh nghiệp"): the parts after "trong đó" / "gồm" are matched to the total they break down, by what
// they count, and the sum is checked exactly. A reading that is not certain (two subgroups that may
// overlap, items that each count another thing) is not claimed at all rather than flagged. A fixed
// window either side of each "trong đó" keeps it linear.
import { compareExact } from '../attainment/_attainment.js';
import type { Doc } from './_doc.js';
import { add, cmp, ZERO } from '../core/_rational.js';
import { BOUNDS, CHANGE_WORDS, flag, isGeneric, PARTS_WINDOW, readNum, ref, seal, TOTAL_WINDOW, unitsMatch, type Fig } from './_figure.js';
import type { SumFacts } from './reasons.js';
import type { Token } from './_scan.js';
import { computeSum } from './_sum.js';
import { reasoned } from './_render.js';
import type { Claim } from './types.js';

const ATTRIBUTES = new Set(['nữ', 'nam', 'đạo', 'trẻ', 'tuổi']);

/** Pairs of kinds that between them are the whole: a party member is full (chính thức) or probationary (dự bị). */
const COMPLEMENTS: readonly (readonly [string, string])[] = [['chính thức', 'dự bị']];

/** Whether two parts name the two kinds of a complementary pair, one each. */
function complementary(parts: readonly Fig[]): boolean {
  const [a, b] = parts.map((p) => ` ${p.unit?.key ?? ''} `);
  return COMPLEMENTS.some(([x, y]) => (a?.includes(` ${x} `) && b?.includes(` ${y} `)) || (a?.includes(` ${y} `) && b?.includes(` ${x} `)));
}

/** The sum and subset claims of every "trong đó" / "gồm" in the text. */
export function breakdownClaims(doc: Doc, figs: readonly Fig[], figAt: Int32Array): Claim[] {
  const { N, toks, word, kindAt, boundaryBefore, span } = doc;
  const claims: Claim[] = [];
  // Words that describe people by an attribute (sex, ethnicity, religion, age, youth membership): parts
  // named by them are subgroups that may overlap, not a breakdown. An attribute the total itself names
  // ("67 đoàn viên ưu tú, trong đó … 62 đoàn viên …, … 5 đoàn viên") describes every part alike.
  const overlapping = (from: number, ps: readonly Fig[], total: Fig): boolean => {
    const to = Math.min(N - 1, (ps[ps.length - 1] as Fig).t1 + 4);
    const own = ` ${total.unit?.key ?? ''} `;
    for (let k = from; k <= to; k++) {
      const w = word(k);
      const pair = `${word(k - 1)} ${w}`;
      // ("có đạo" is a religion; "lãnh đạo", "chỉ đạo" are not)
      const attribute = ATTRIBUTES.has(w) && !(w === 'đạo' && word(k - 1) !== 'có' && word(k - 1) !== 'theo') ? w : pair === 'dân tộc' || pair === 'tôn giáo' || pair === 'đoàn viên' ? pair : null;
      if (attribute !== null && !own.includes(` ${attribute} `)) return true;
    }
    return false;
  };
  // The number token between a total and its parts' last, not read as a figure, whose value is what the
  // parts fall short by ("cấp Trung ương 12 hộ" read as a plenum's number): its text, or undefined.
  const unreadPart = (total: Fig, parts: readonly Fig[]): string | undefined => {
    const sum = parts.reduce((acc, p) => add(acc, p.a.x), ZERO);
    const last = parts[parts.length - 1] as Fig;
    for (let k = total.t1 + 1; k < last.t0; k++) {
      if (kindAt(k) !== 'num' || (figAt[k] as number) >= 0) continue;
      const n = readNum(toks[k] as Token);
      if (n !== undefined && cmp(add(sum, n.x), total.a.x) === 0) return n.x.text;
    }
    return undefined;
  };
  const sameUnits = (ps: readonly Fig[]): boolean => ps.every((p) => p.unit !== null && unitsMatch(p.unit, (ps[0] as Fig).unit));
  // (an exact comparison of rationals: a check with its reason and sentences is built only for a claim)
  const sumsTo = (t: Fig, ps: readonly Fig[]): boolean => ps.length > 1 && cmp(ps.reduce((acc, p) => add(acc, p.a.x), ZERO), t.a.x) === 0;

  // ---- totals and their parts: "<total> …; trong đó <part>, <part> và <part>."
  for (let i = 0; i + 1 < N; i++) {
    // "trong đó" or "gồm" ("bao gồm"): the parts follow; "giảm 42 hội viên (do từ trần 41, chuyển nơi
    // khác 01)": the parts are causes, which need not be all of them, so they are claimed only when they
    // make the total
    const gom = word(i) === 'gồm';
    const due = word(i) === 'do' && kindAt(i - 1) === 'open';
    if (!gom && !due && (word(i) !== 'trong' || word(i + 1) !== 'đó')) continue;
    const p0 = gom || due ? i + 1 : i + 2;
    let b = boundaryBefore(i);
    let segEnd = i - 1;
    // "…; trong đó" or "…. Trong đó,": the total is in the clause or sentence just before
    if (b >= 0 && b === segEnd) {
      segEnd = b - 1;
      b = boundaryBefore(b);
    }
    const segStart = Math.max(b + 1, i - TOTAL_WINDOW);
    // Walked back from "trong đó": a figure inside brackets that close before it ("787 tổ chức (tăng 11
    // cơ sở so với năm 2011), trong đó …") is a remark on another figure, not a total.
    const totals: Fig[] = [];
    const approx: Fig[] = [];
    const bracketed = kindAt(i - 1) === 'open' || (word(i - 1) === 'bao' && kindAt(i - 2) === 'open');
    let inside = 0;
    for (let k = segEnd; k >= segStart; k--) {
      const kind = kindAt(k);
      if (kind === 'close') inside++;
      else if (kind === 'open' && inside > 0) inside--;
      const g = figAt[k] as number;
      if (inside !== 0 || g < 0 || (figs[g] as Fig).kind !== 'count' || (figs[g] as Fig).atLeast) continue;
      // ("hơn 61.000 hội viên", an approximate figure, is no total to add up to; and when the parts are in
      // brackets of their own right after it, "trên 126,5 tỷ đồng (bao gồm … trên 10 tỷ đồng)", they are
      // its parts: no figure further back is their total)
      if (BOUNDS[word((figs[g] as Fig).first - 1)] !== undefined) {
        approx.unshift(figs[g] as Fig);
        if (totals.length === 0 && bracketed) break;
        continue;
      }
      totals.unshift(figs[g] as Fig);
    }
    const parts: Fig[] = [];
    const stop = Math.min(N, p0 + PARTS_WINDOW);
    // Brackets nest: "248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc) và 229 chi bộ cơ
    // sở" breaks the 248 down inside its brackets, and the bracket that holds "(trong đó: …)" ends the list.
    let depth = 0;
    for (let k = p0; k < stop && kindAt(k) !== 'stop'; k++) {
      const kind = kindAt(k);
      if (kind === 'open') depth++;
      else if (kind === 'close' && --depth < 0) break;
      // "…, với tổng số trên 2.500 đoàn viên, 945 thanh niên": another total ends the parts
      if (depth === 0 && k > p0 && word(k) === 'tổng' && word(k + 1) === 'số') break;
      const g = figAt[k] as number;
      // "…, tăng 79.396 hội viên so với đầu nhiệm kỳ": a change after the parts ends them
      if (g >= 0 && depth === 0 && CHANGE_WORDS.has(word((figs[g] as Fig).first - 1))) break;
      // "149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc": what follows "với" is inside the part before it
      // ("… và 7 đoàn cơ sở, với trên 2.550 đoàn viên": a bound word may stand between)
      const lead = g >= 0 ? (figs[g] as Fig).first - 1 : -1;
      if (g >= 0 && depth === 0 && (figs[g] as Fig).kind === 'count' && !(figs[g] as Fig).atLeast && word(lead) !== 'với' && !(BOUNDS[word(lead)] !== undefined && word(lead - 1) === 'với')) parts.push(figs[g] as Fig);
    }
    if (parts.length === 0) continue;
    if (totals.length === 0) {
      // "đạt trên 14 tỷ đồng; trong đó, cấp tỉnh … 6 tỷ đồng; cấp huyện và xã … 8 tỷ đồng": parts are not
      // flagged against an approximate total, but parts that make its figure exactly bear it out
      const A = approx[approx.length - 1];
      if (A !== undefined && sumsTo(A, parts) && parts.every((p) => isGeneric(p.unit) || unitsMatch(p.unit, A.unit)) && !overlapping(p0, parts, A)) claims.push(sumClaim(A, parts));
      continue;
    }
    // The parts name what they count: the total is the figure before that counts the same thing.
    const named = parts.find((p) => !isGeneric(p.unit));
    let total: Fig | undefined;
    let members: Fig[];
    if (named !== undefined) {
      total = totals.find((t) => unitsMatch(t.unit, named.unit));
      const t0 = total;
      // "60 chi bộ, gồm 41 chi bộ thôn và 19 chi bộ cơ quan": parts that count what the total counts
      members = parts.filter((p) => isGeneric(p.unit) || unitsMatch(p.unit, named.unit) || (t0 !== undefined && unitsMatch(p.unit, t0.unit)));
      // parts named by their own words ("95 tổ chức cơ sở đảng, trong đó 45 hành chính, 14 sự nghiệp và
      // 35 doanh nghiệp"): when no part counts what a total before counts, they are the nearest total's parts
      // (three parts or more, or after "gồm": two subgroups after "trong đó", "45 nữ và 30 dân tộc", may overlap)
      // (and only when they name different subgroups: "4 đảng bộ …, bao gồm: … 21 ĐV, … 52 ĐV" counts
      // another thing in each of the four, not four parts of a total)
      // Two after "trong đó" are read as parts only when they make the total ("434 tổ chức cơ sở đảng
      // (trong đó: 149 đảng bộ cơ sở … và 285 chi bộ cơ sở)"): then no reading says otherwise.
      const nearest = totals[totals.length - 1] as Fig;
      if (total === undefined && (parts.length >= 3 || (parts.length === 2 && (gom || sumsTo(nearest, parts) || complementary(parts)))) && !parts.some((p) => totals.some((t) => unitsMatch(t.unit, p.unit))) && !sameUnits(parts)) {
        total = nearest;
        members = parts;
      }
      // "3.014.710 người, trong đó có 2.430.607 hội viên là CCB, 584.103 hội viên là Cựu quân nhân": parts
      // that make the nearest figure before exactly are its breakdown, whatever words each uses
      if (total === undefined && parts.length >= 2 && sumsTo(nearest, parts)) {
        total = nearest;
        members = parts;
      }
    } else {
      // Nothing names what the parts count: of the figures before, one whose value the parts make is the
      // total (a correct breakdown is never flagged against the wrong figure); else the first.
      members = parts;
      total = totals.find((t) => sumsTo(t, parts)) ?? totals[0];
    }
    if (total === undefined || (due && !sumsTo(total, members))) continue;
    // "550 đảng viên …; trong đó có 5 lãnh đạo …, 457 công nhân …, 88 đảng viên …": parts that make the total
    // exactly are its breakdown, whatever words each uses
    if (members.length < parts.length && sumsTo(total, parts)) members = parts;
    // Parts that make another total before exactly are that total's: never flagged against the wrong one
    if (members.length >= 2 && !sumsTo(total, members)) total = totals.find((t) => sumsTo(t, members)) ?? total;
    // Subgroups of people by who they are ("603 đảng viên mới, trong đó: nữ 359, dân tộc 14, có đạo 5…")
    // overlap and need not cover the total: no sum to check. Two parts after "trong đó" may be such a
    // selection too ("184 đồng chí, trong đó có 15 … tái cử và 1 … bầu mới"): claimed only when they make
    // the total, which no reading contradicts. After "gồm" ("consists of") the parts are the whole.
    // Two that are all there is by definition ("24 đảng viên, trong đó 18 đảng viên chính thức và 7 đảng
    // viên dự bị": a member is one or the other) make the total, or are wrong.
    if (members.length >= 2 && (overlapping(p0, members, total) || (!gom && members.length === 2 && !complementary(members) && !sumsTo(total, members)))) continue;
    if (members.length === 1) {
      const part = members[0] as Fig;
      const over = compareExact(part.a.x, total.a.x) > 0;
      const reasons = reasoned(over ? 'part-exceeds' : 'part-within', { part: part.a.x.text, partUnit: part.unit?.text ?? null, total: total.a.x.text, totalUnit: total.unit?.text ?? null });
      claims.push(seal({
        kind: 'subset', ...span(total.first, part.t1), unit: total.unit?.text ?? null, verdict: over ? 'flagged' : 'consistent', flags: over ? [flag('part-exceeds-total', reasons)] : [],
        ...reasons, total: ref(total.a, total.unit), part: ref(part.a, part.unit),
      }));
      continue;
    }
    claims.push(sumClaim(total, members));
  }

  // ---- "Trong 4 thôn …, có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt 9/10 tiêu chí": a clause that opens on
  // "Trong <total>" and names its parts after "có", counting what the total counts. Such parts may be a
  // selection ("Trong 10 thôn có 2 thôn đạt chuẩn, 3 thôn …"), so they are claimed only when they make the
  // total, which no reading contradicts.
  for (let i = 0; i + 1 < N; i++) {
    if (word(i) !== 'trong' || boundaryBefore(i) !== i - 1) continue;
    const at = word(i + 1) === 'tổng' && word(i + 2) === 'số' ? i + 3 : i + 1;
    const g = figAt[at] as number;
    const total = g >= 0 ? (figs[g] as Fig) : undefined;
    if (total === undefined || total.kind !== 'count' || total.atLeast || total.unit === null || isGeneric(total.unit)) continue;
    let k = total.t1 + 1;
    while (k < N && k < total.t1 + TOTAL_WINDOW && kindAt(k) !== 'stop' && kindAt(k) !== 'semi' && word(k) !== 'có') k++;
    if (word(k) !== 'có') continue;
    const parts: Fig[] = [];
    for (let m = k + 1; m < N && m < k + PARTS_WINDOW && kindAt(m) !== 'stop' && kindAt(m) !== 'semi'; m++) {
      const h = figAt[m] as number;
      const P = h >= 0 ? (figs[h] as Fig) : undefined;
      if (P === undefined || P.t0 !== m) continue;
      if (P.kind === 'count' && !P.atLeast && P.unit !== null && unitsMatch(P.unit, total.unit)) parts.push(P);
    }
    if (parts.length >= 2 && sumsTo(total, parts) && !claims.some((c) => c.start <= total.a.start && total.a.start < c.end)) claims.push(sumClaim(total, parts));
  }
  return claims;

  /** The sum claim of a total and its parts, checked exactly. */
  function sumClaim(total: Fig, members: readonly Fig[]): Claim {
    const last = members[members.length - 1] as Fig;
    const check = computeSum({ x: total.a.x, decimals: total.a.decimals }, members.map((p) => ({ x: p.a.x, decimals: p.a.decimals })), 'exact');
    // A number among the parts that was not read as a figure (taken for a name or a reference) and that
    // would make the parts add up: the sum is wrong only under one reading, so it is not flagged.
    const unread = check.consistent ? undefined : unreadPart(total, members);
    const why = unread === undefined ? check : reasoned('sum-unread-part', { ...(check.reason.facts as SumFacts), unread });
    return seal({
      kind: 'sum', ...span(total.first, last.t1), unit: total.unit?.text ?? null, verdict: check.consistent ? 'consistent' : unread !== undefined ? 'ambiguous' : 'flagged',
      flags: check.consistent || unread !== undefined ? [] : [flag('sum-mismatch', check)],
      reason: why.reason, explanation: why.explanation, total: ref(total.a, total.unit), parts: members.map((p) => ref(p.a, p.unit)), check,
    });
  }
}
