// The whole a share is of, when no target is printed beside it: the total its breakdown is of, the one
// count of the sentence before, the "tổng số" count of its own sentence, or the whole of an earlier
// breakdown of its sentence. Used by phase 2 (_pairFigures.ts); each looks back a fixed window.
import { compareExact } from '../attainment/_attainment.js';
import type { Doc } from './_doc.js';
import { isGeneric, PARTS_WINDOW, plainCount, TOTAL_WINDOW, unitsMatch, type Fig } from './_figure.js';

/** The whole finders over one text's figures. */
export function wholes(doc: Doc, figs: readonly Fig[], figAt: Int32Array) {
  const { word, stopBefore } = doc;
  // The whole a part belongs to: the count just before "trong đó" / "gồm" that comes before the part,
  // in the same sentence, counting the same thing (or the part names no unit of its own). One only: with
  // no such word, or another figure between, there is no whole to read.
  const wholeOf = (g: number): Fig | undefined => {
    const P = figs[g] as Fig;
    const sb = stopBefore(P.first);
    let k = P.first - 1;
    while (k > sb && k >= P.first - PARTS_WINDOW && !(word(k) === 'gồm' || (word(k) === 'đó' && word(k - 1) === 'trong'))) {
      if (figAt[k] !== undefined && (figAt[k] as number) >= 0) return undefined;
      k--;
    }
    if (k <= sb || k < P.first - PARTS_WINDOW) return undefined;
    const T = figs[g - 1];
    if (!plainCount(T) || (T as Fig).t1 <= sb || (T as Fig).t1 >= k) return undefined;
    if (!isGeneric(P.unit) && !unitsMatch(P.unit, (T as Fig).unit)) return undefined;
    return compareExact(P.a.x, (T as Fig).a.x) <= 0 ? T : undefined;
  };

  // The one count of the sentence before that counts what the part counts, and is not smaller: the whole
  // of "Có 41 tổ chức cơ sở Đảng. Qua đánh giá có 24 tổ chức cơ sở Đảng …, chiếm gần 59%". Two such, or
  // none, and there is no whole to read.
  const wholeInSentenceBefore = (g: number): Fig | undefined => {
    const sb = stopBefore((figs[g] as Fig).first);
    return oneCountOf(g, stopBefore(sb), sb, false);
  };

  // "phát triển thêm 8.000 đoàn viên công đoàn, … phát triển được 7.888 đoàn viên công đoàn đạt 98,6% kế
  // hoạch năm": the one earlier count of the same sentence that counts the same thing and is not smaller
  // (taken only when the arithmetic agrees, as the whole of the sentence before is).
  const wholeEarlierInSentence = (g: number): Fig | undefined => oneCountOf(g, stopBefore((figs[g] as Fig).first), Infinity, true);

  // The one plain count before figure g, ending after token `from` and at or before `to` (within
  // TOTAL_WINDOW), that counts by the same unit words and is not smaller (and, when `unused`, is no
  // other claim's figure). Two such, or none, and there is none to read.
  function oneCountOf(g: number, from: number, to: number, unused: boolean): Fig | undefined {
    const P = figs[g] as Fig;
    if (P.unit === null || isGeneric(P.unit)) return undefined;
    let found: Fig | undefined;
    for (let h = g - 1; h >= 0; h--) {
      const T = figs[h] as Fig;
      if (T.t1 <= from || P.first - T.t1 > TOTAL_WINDOW) break;
      if (T.t1 > to || !plainCount(T) || (unused && T.used) || T.unit === null || T.unit.key !== P.unit.key || compareExact(T.a.x, P.a.x) < 0) continue;
      if (found !== undefined) return undefined;
      found = T;
    }
    return found;
  }

  // "Trong tổng số 117 DN FDI thì hiện mới có 2 DN … (chiếm 1,7%)": the one count of the same sentence
  // after "tổng số" that counts what the part counts, and is not smaller (taken only when the arithmetic
  // agrees, as the whole of the sentence before is).
  const wholeNamedBefore = (g: number): Fig | undefined => {
    const P = figs[g] as Fig;
    if (P.unit === null || isGeneric(P.unit)) return undefined;
    const sb = stopBefore(P.first);
    for (let h = g - 1; h >= 0; h--) {
      const T = figs[h] as Fig;
      if (T.t1 <= sb || P.first - T.t1 > TOTAL_WINDOW) break;
      // (the same head noun is enough: "DN FDI" and "DN thành lập được TCĐ" both count enterprises)
      // ("tổng cộng 52.105 tổ chức cơ sở Đảng (TCCSĐ), … 51.985 TCCSĐ": or the same thing abbreviated)
      const total = word(T.first - 2) === 'tổng' && (word(T.first - 1) === 'số' || word(T.first - 1) === 'cộng');
      if (plainCount(T) && total && T.unit !== null && (T.unit.key.split(' ')[0] === P.unit.key.split(' ')[0] || unitsMatch(T.unit, P.unit)) && compareExact(T.a.x, P.a.x) >= 0) return T;
    }
    return undefined;
  };

  // "282.405 lao động, trong đó, 74.657 … chiếm 26,44%; lao động nữ là 176.386 người, chiếm 62,46%": a
  // later share of the same sentence may be of the whole its breakdown opened with, though it counts in
  // other words. Taken only when the arithmetic agrees, and for other words only at a decimal or more,
  // where a chance agreement is rare.
  const wholeOfBreakdown = (g: number, f: Fig, T: Fig | undefined): Fig | undefined => {
    const P = figs[g] as Fig;
    if (T === undefined || T.t1 <= stopBefore(P.first) || P.first - T.t1 > 2 * TOTAL_WINDOW || compareExact(P.a.x, T.a.x) > 0) return undefined;
    const sameThing = P.unit === null || isGeneric(P.unit) || (T.unit !== null && unitsMatch(P.unit, T.unit));
    return sameThing || f.a.decimals > 0 ? T : undefined;
  };

  return { wholeOf, wholeInSentenceBefore, wholeEarlierInSentence, wholeNamedBefore, wholeOfBreakdown };
}
