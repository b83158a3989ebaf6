// Phase 2: each keyword percentage ("đạt 90%", "vượt 28,75%", "chiếm 25%") finds the figure it is
// about and the target it is measured against: its own printed target ("(chỉ tiêu 80)", "/200 chỉ
// tiêu", "so với chỉ tiêu 15"), the ratio before it, a list paired in order ("… và …, vượt 6,7% và
// 7,7%"), the total of its breakdown, or none. A list that cannot be paired is marked ambiguous, with
// its candidates: the reader never guesses. Each percentage looks at most ANCHOR_WINDOW tokens back.
import type { Doc } from './_doc.js';
import { ANCHOR_WINDOW, CHANGE_WORDS, isGeneric, plainCount, UNIT_WORDS, unitsMatch, type Fig } from './_figure.js';
import { wholes } from './_wholes.js';

/** The words of a comparison with an earlier time ("so với cùng kỳ năm trước là"). */
const BASE_PHRASE = new Set(['so', 'với', 'cùng', 'kỳ', 'năm', 'trước', 'ngoái', 'là', 'đó', 'thời', 'điểm', 'này', 'giai', 'đoạn']);
/** The words of a target phrase after a percentage ("so với chỉ tiêu giao là", "kế hoạch năm đề ra"). */
const TARGET_PHRASE = new Set([
  'so', 'với', 'chỉ', 'tiêu', 'kế', 'hoạch', 'giao', 'được', 'là', 'năm', 'đề', 'ra', 'của', 'cả', 'nhiệm', 'kỳ',
  // who set it: "chỉ tiêu tỉnh giao cả năm (190 đảng viên)", "kế hoạch cấp trên giao"
  'tỉnh', 'huyện', 'thị', 'xã', 'thành', 'phố', 'quận', 'ủy', 'cấp', 'trên',
  // the resolution that set it: "chỉ tiêu Nghị quyết Đại hội Đảng bộ đề ra", "mục tiêu"
  'nghị', 'quyết', 'đại', 'hội', 'đảng', 'bộ', 'mục',
]);

/** Sets `anchor`, `target`, `as`, `ambiguous` and `used` on the figures, in place. */
export function pairPercentages(doc: Doc, figs: Fig[], figAt: Int32Array): void {
  const { word, kindAt, boundaryBefore, stopBefore } = doc;
  // A figure printed as a target: "(chỉ tiêu 80)", "chỉ tiêu năm là 50", "so với chỉ tiêu 15",
  // "kế hoạch 200", "Nghị quyết giao 90%".
  const isTargetFig = (G: Fig): boolean => {
    for (let m = G.first - 1; m >= 0 && m >= G.first - 5; m--) {
      const k = kindAt(m);
      if (k !== 'word' && k !== 'open' && k !== 'colon') return false;
      const w = word(m);
      if ((w === 'tiêu' && word(m - 1) === 'chỉ') || (w === 'hoạch' && word(m - 1) === 'kế') || w === 'giao') return true;
      if (w === 'với' && word(m - 1) === 'so') return true;
    }
    return false;
  };
  const join = (from: number, to: number): boolean => {
    // only "," and "và" between two percentages of a list
    if (to < from) return false;
    for (let m = from; m <= to; m++) if (!(kindAt(m) === 'comma' || word(m) === 'và')) return false;
    return true;
  };

  const { wholeOf, wholeInSentenceBefore, wholeEarlierInSentence, wholeNamedBefore, wholeOfBreakdown } = wholes(doc, figs, figAt);

  // The target printed right after a percentage: "đạt 147% so với chỉ tiêu giao là 6.000", "đạt 120% kế
  // hoạch (50)", "vượt 12,5% so với chỉ tiêu Nghị quyết đề ra (40 đảng viên)", and for a rate's points
  // the target rate: "vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của
  // Tỉnh ủy (38%)", "thấp hơn 5,25% so với chỉ tiêu 91,5%". Only the words of a target phrase may stand
  // between, and one of them must name the target (chỉ tiêu, kế hoạch, mục tiêu, nghị quyết), so "đạt
  // 95%, 40 chi bộ" does not read 40 as a target; numbers that are no figures (a year, a date, a
  // document's number) are passed over once it is named, and after "tại" or "theo" the document that set
  // it may be named in any words. Inside a bracket after the name, the words that led to the achieved
  // figure may be repeated: "kết nạp mới 3.579 ĐVCĐ, đạt 89,47% kế hoạch (kết nạp mới 4.000 ĐVCĐ)"; a
  // target rate in brackets stands alone there.
  const targetAfter = (f: Fig, G: Fig, rate: boolean): Fig | undefined => {
    let named = false;
    let bracket = -1;
    let cited = false;
    for (let m = f.t1 + 1; m <= f.t1 + (cited ? 2 * ANCHOR_WINDOW : 10); m++) {
      const w = word(m);
      const kind = kindAt(m);
      const prev = word(m - 1);
      if ((w === 'tiêu' && (prev === 'chỉ' || prev === 'mục')) || (w === 'hoạch' && prev === 'kế') || (w === 'quyết' && prev === 'nghị')) named = true;
      if (kind === 'num') {
        const g = figAt[m] as number;
        if (g < 0 && named) continue;
        const T = g >= 0 ? figs[g] : undefined;
        if (T === undefined || !named || T.used) return undefined;
        if (!rate) return plainCount(T) ? T : undefined;
        const alone = bracket < 0 || (bracket === m - 1 && kindAt(T.t1 + 1) === 'close');
        return T.kind === 'percent' && T.as === null && alone ? T : undefined;
      }
      if (kind === 'open') { bracket = m; continue; }
      if (kind === 'colon') continue;
      if (kind === 'word' && named && bracket >= 0 && ledTo(G, w)) continue;
      if (kind === 'word' && named && bracket < 0 && (w === 'tại' || w === 'theo')) { cited = true; continue; }
      if (cited && bracket < 0 && kind !== 'comma' && kind !== 'semi' && kind !== 'stop' && kind !== 'close' && kind !== 'pct' && kind !== '') continue;
      if (kind !== 'word' || !TARGET_PHRASE.has(w)) return undefined;
    }
    return undefined;
  };
  // One of the (at most three) words just before figure G, within its sentence.
  const ledTo = (G: Fig, w: string): boolean => {
    for (let m = G.first - 1; m >= 0 && m >= G.first - 3 && kindAt(m) === 'word'; m--) if (word(m) === w) return true;
    return false;
  };

  // "152 đoàn viên, tăng 12% so với cùng kỳ": a whole count G (not an increment, "tăng thêm 200") right
  // before the change, only its unit words and a comma between, and the change compared with an earlier
  // time ("so với cùng kỳ", "so với năm 2023", "so cùng kỳ"), which the figure G stands against.
  const changeOf = (G: Fig, f: Fig): boolean => {
    if (!plainCount(G) || G.a.decimals !== 0 || CHANGE_WORDS.has(word(G.first - 1)) || word(G.first - 1) === 'hơn' || word(f.t1 + 1) !== 'so') return false;
    if (f.kw - G.t1 - 1 > UNIT_WORDS + 1) return false;
    for (let m = G.t1 + 1; m < f.kw; m++) if (kindAt(m) !== 'word' && kindAt(m) !== 'comma') return false;
    return true;
  };

  // The earlier figure printed after the comparison: "gấp 1,5 lần so với năm trước (200 đảng viên)",
  // "tăng 12% so với cùng kỳ năm 2023 là 150": only the words of the comparison (and a year) between.
  const baseAfter = (f: Fig): Fig | undefined => {
    for (let m = f.t1 + 1; m <= f.t1 + 10; m++) {
      const kind = kindAt(m);
      if (kind === 'num') {
        const g = figAt[m] as number;
        if (g < 0) continue; // a year ("năm 2023") is not a figure
        const T = figs[g];
        return T !== undefined && plainCount(T) && !T.used ? T : undefined;
      }
      if (kind === 'open' || kind === 'colon') continue;
      if (kind !== 'word' || !BASE_PHRASE.has(word(m))) return undefined;
    }
    return undefined;
  };

  // ---- each keyword percentage finds the figure it is about
  // (the whole of the last "trong đó" breakdown, which later shares of the sentence may be of too)
  let breakdown: Fig | undefined;
  for (let fi = 0; fi < figs.length; fi++) {
    const f = figs[fi] as Fig;
    if (f.kind !== 'percent' || f.as === null || f.anchor >= 0 || f.ambiguous !== undefined) continue;

    // a list: "16/15 … và 14/13 …, vượt 6,7% và 7,7%" pairs in order
    const chain: Fig[] = [f];
    for (let g = fi + 1; g < figs.length; g++) {
      const G = figs[g] as Fig;
      const last = chain[chain.length - 1] as Fig;
      if (G.kind !== 'percent' || G.as !== null || G.percent !== f.percent || !join(last.t1 + 1, G.t0 - 1)) break;
      chain.push(G);
    }
    if (chain.length > 1) {
      const ratios: number[] = [];
      const sb = stopBefore(f.first);
      for (let g = fi - 1; g >= 0; g--) {
        const G = figs[g] as Fig;
        if (G.t1 <= sb || f.first - G.t1 > 2 * ANCHOR_WINDOW || G.kind === 'percent') break;
        if (G.kind === 'ratio') ratios.unshift(g);
      }
      if (ratios.length > 0) {
        for (let c = 0; c < chain.length; c++) {
          const P = chain[c] as Fig;
          if (c > 0) { P.as = f.as; P.kw = P.t0; P.first = P.t0; }
          if (ratios.length === chain.length && (figs[ratios[c] as number] as Fig).b?.x.n !== 0n) P.anchor = ratios[c] as number;
          else P.ambiguous = ratios.map((r) => figs[r] as Fig);
        }
        continue;
      }
    }

    const limit = boundaryBefore(f.first);
    let g = fi - 1;
    let next = f;
    for (; g >= 0; g--) {
      const G = figs[g] as Fig;
      if (G.t1 <= limit || f.first - G.t1 > ANCHOR_WINDOW) { g = -1; break; }
      // "thấp hơn 5,25% so với chỉ tiêu … (91,5%) và thấp hơn 5,75% so với chỉ tiêu … (92%)": a second
      // comparison of the same rate with another target rate, after "và"
      const P = figs[g - 1];
      if (G.used && word(f.first - 1) === 'và' && P !== undefined && P.as === f.as && P.target === G.a && P.anchor >= 0) { g = P.anchor; break; }
      // "103/80, đạt 128,75%, vượt 28,75%": a second percentage of the same figure, right after the first
      // (not "đạt tỷ lệ 96,15%, vượt mục tiêu … (… đạt 95%)", a target printed further on)
      // ("… (đạt tỷ lệ 99,2%, vượt 9,2% kế hoạch năm)": after a percentage named a rate, "vượt" is in its points)
      const rateNamed = word(G.kw + 1) === 'tỷ' && word(G.kw + 2) === 'lệ';
      if (G.kind === 'percent' && G.as !== null && G.anchor >= 0 && next.first - G.t1 <= 3 && !rateNamed) { next = G; continue; }
      break;
    }
    const G = g >= 0 ? (figs[g] as Fig) : undefined;

    if (f.as === 'growth' || f.as === 'decrease' || f.as === 'multiple') {
      // a change from an earlier figure: "tăng từ A lên B, tăng X%", "giảm từ A xuống (còn) B, giảm X%",
      // "từ A lên B, gấp N lần" check against A; "152 đoàn viên, tăng 12% so với cùng kỳ" works the
      // earlier figure out. Anything else ("tăng 12%" alone, of what?) stays a figure.
      const A = figs[g - 1];
      const to = f.as === 'decrease' ? 'xuống' : 'lên';
      const before = G === undefined ? '' : word(G.t0 - 1) === 'còn' ? word(G.t0 - 2) : word(G.t0 - 1);
      if (plainCount(G) && plainCount(A) && before === to && word((A as Fig).t0 - 1) === 'từ') {
        f.anchor = g;
        f.target = (A as Fig).a;
        (A as Fig).used = true;
      } else if (G !== undefined && G.t1 > limit && changeOf(G, f)) {
        f.anchor = g;
        const T = baseAfter(f);
        if (T !== undefined && (G.unit === null || T.unit === null || unitsMatch(G.unit, T.unit))) {
          f.target = T.a;
          T.used = true;
        }
      } else if (f.percent) {
        f.as = null;
        f.kw = -1;
      }
      continue;
    }
    if (G === undefined) { if (f.as === 'under-points') f.as = null; continue; }

    if (G.kind === 'percent' && (f.as === 'over' || f.as === 'under-points')) {
      const T = targetAfter(f, G, true);
      if (T !== undefined) {
        f.anchor = g;
        f.target = T.a;
        if (f.as === 'over') f.as = 'over-points';
        T.used = true;
        continue;
      }
    }
    // "thấp hơn 5%" with no target rate printed after it: of what, relative or in points, is not told
    if (f.as === 'under-points') { f.as = null; continue; }

    // "8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)": the target printed after it
    if (plainCount(G) && G.t1 > limit) {
      const T = targetAfter(f, G, false);
      if (T !== undefined && (G.unit === null || T.unit === null || unitsMatch(G.unit, T.unit))) {
        f.anchor = g;
        f.target = T.a;
        T.used = true;
        continue;
      }
    }

    // a printed target: the achieved figure is the one before it, in the same sentence
    if ((plainCount(G) || (G.kind === 'percent' && G.as === null)) && isTargetFig(G)) {
      const H = figs[g - 1];
      const sb = stopBefore(G.first);
      if (H === undefined || H.t1 <= sb || G.first - H.t1 > ANCHOR_WINDOW) continue;
      if (G.kind === 'percent') {
        if (H.kind === 'percent' && H.as === null) {
          f.anchor = g - 1;
          f.target = G.a;
          if (f.as === 'over') f.as = 'over-points'; // rates: "vượt 5%" is 5 percentage points
          G.used = true;
        }
        continue;
      }
      if (!plainCount(H)) continue;
      // "50 chi bộ; chỉ tiêu năm là 40 đảng viên": figures of different things are not paired
      if (H.unit !== null && G.unit !== null && !unitsMatch(H.unit, G.unit)) continue;
      if (word(H.first - 1) === 'vượt') {
        // "16 tổ chức, vượt 1 tổ chức so với chỉ tiêu 15": the achieved figure is the target plus the excess
        const X = figs[g - 2];
        const sum = H.a.x.n * G.a.x.d + G.a.x.n * H.a.x.d;
        const dd = H.a.x.d * G.a.x.d;
        if (X !== undefined && plainCount(X) && X.t1 > sb && X.a.x.n * dd === sum * X.a.x.d) {
          f.anchor = g - 2;
          f.target = G.a;
          G.used = true;
          H.used = true;
        }
        continue;
      }
      f.anchor = g - 1;
      f.target = G.a;
      G.used = true;
      continue;
    }

    // "có 52.000 đảng viên, trong đó 51.900 … (chiếm 99,8%)": a share of the total the breakdown is of
    if (f.as === 'share' && plainCount(G)) {
      const T = wholeOf(g);
      if (T !== undefined) {
        f.anchor = g;
        f.target = T.a;
        T.used = true;
        breakdown = T;
        continue;
      }
      f.wholeBefore = wholeInSentenceBefore(g) ?? wholeNamedBefore(g) ?? wholeOfBreakdown(g, f, breakdown) ?? wholeEarlierInSentence(g);
    } else if (f.as === 'attainment' && plainCount(G) && G.t1 > limit) {
      // "trong tổng số 398 xóm … có 395 xóm … (đạt tỷ lệ 99,2%)", "… 8.000 đoàn viên công đoàn, … 7.888
      // đoàn viên công đoàn đạt 98,6% kế hoạch năm": the target printed earlier in the sentence, on the
      // same terms as a share's whole
      f.wholeBefore = wholeNamedBefore(g) ?? wholeEarlierInSentence(g);
    }

    // a percentage of its own ("97,5% …", "tỷ lệ … đạt 96,8%") is a rate: "vượt" after it is in points
    if (G.kind === 'percent') { if (f.as === 'over') f.anchor = g; continue; }
    if (G.kind === 'ratio' || plainCount(G)) f.anchor = g;
  }

  // ---- "16/15 tổ chức, vượt 1 tổ chức": a count after "vượt" is the excess of the ratio before it, in
  // its units (percentages of the ratio may stand between: "16/15, đạt 106,7%, vượt 1 tổ chức"); not
  // "vượt 1 tổ chức so với …", which names its own reference
  for (let ci = 1; ci < figs.length; ci++) {
    const C = figs[ci] as Fig;
    if (!plainCount(C) || word(C.t0 - 1) !== 'vượt') continue;
    const after = C.t1 + 1 + (C.unit === null ? 0 : C.unit.key.split(' ').length);
    if (word(after) === 'so') continue;
    // (anchors point back, so this walks back a few steps at most)
    let R = figs[ci - 1] as Fig;
    for (let step = 0; step < 4 && R.kind === 'percent' && R.anchor >= 0; step++) R = figs[R.anchor] as Fig;
    if (R.kind !== 'ratio' || (R.b as Fig['a']).x.n === 0n) continue;
    if (R.t1 <= boundaryBefore(C.t0) || C.t0 - R.t1 > ANCHOR_WINDOW) continue;
    if (!isGeneric(C.unit) && !unitsMatch(C.unit, R.unit)) continue;
    C.excessOf = R;
  }
}
