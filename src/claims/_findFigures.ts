// Phase 1 of reading a report: every number token becomes a figure (a count, a percentage, a ratio
// "a/b" or a range "a–b") with its unit words and keyword, or is left out as what it is: a date, a
// year, a span of time, a document number, a list number, a footnote mark, a bound in a condition.
// Each number token is looked at once, with a fixed number of neighbours: linear in the text.
import { compareExact } from '../attainment/_attainment.js';
import type { Doc } from './_doc.js';
import { BOUNDS, readDotDecimal, readNum, UNIT_WORDS, type Fig, type Num, type Unit } from './_figure.js';
import { keywords } from './_keywords.js';
import type { Token } from './_scan.js';
import { DATE_LEAD, DATE_WORDS, notFigures, QUOTES, TIME_UNITS, UNIT_STOP } from './_notFigures.js';

/** A number after one of these names a document or a clause ("số 25", "Nghị định 28"). */
const REFERENCE_WORDS = new Set(['số', 'điều', 'khoản', 'khóa', 'khoá', 'mục', 'trang', 'lục', 'ảnh', 'hình', 'bảng', 'thứ', 'lần', 'bài', 'phần']);
/** An ordinal's words: "lần thứ 5, 3 tổ …" lists no further ordinal once a number counts something (nor
 * does a unit named by its number: see `refOrdinal`). */
const ORDINAL_WORDS = new Set(['thứ', 'lần']);
/** Documents' words that are verbs too when written in lower case: "hướng dẫn 02 đơn vị" guides two units. */
const VERB_PAIRS = new Set(['hướng dẫn', 'thông báo']);
/** Words before which such a pair is the document ("theo hướng dẫn 28"). */
const NOUN_LEAD = new Set(['theo', 'tại', 'của', 'các', 'về']);
/** The size of a file: "(228 KB)". */
const FILE_SIZES = new Set(['kb', 'mb', 'gb']);
/** Units of measure written against the number ("10.436m2", "58.000m²"). */
const GLUED_UNITS = new Set(['m', 'm2', 'm²', 'm3', 'm³', 'km', 'km2', 'ha', 'kg', 'đ']);
const REFERENCE_PAIRS = new Set([
  'nghị định', 'nghị quyết', 'quyết định', 'chỉ thị', 'thông tư', 'chương trình', 'đề án', 'quy định',
  'hướng dẫn', 'phương án', 'công văn', 'lần thứ', 'trung ương', 'kết luận', 'thông báo',
]);

const YEAR = /^\d{4}$/;

function isDayMonth(a: Num, b: Num): boolean {
  const d = a.x.int;
  const m = b.x.int;
  return d !== undefined && m !== undefined && a.decimals === 0 && b.decimals === 0 && d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function isYear(n: Num): boolean {
  return YEAR.test(n.text) && n.x.int !== undefined && n.x.int >= 1900 && n.x.int <= 2100;
}

/** The figures of a text in order, and for each token the index of the figure that starts there (or −1). */
export function findFigures(doc: Doc): { figs: Fig[]; figAt: Int32Array } {
  const { text, toks, N, tok, word, kindAt } = doc;
  // The last token of a list of bare whole numbers right after "gồm" ("gồm: 1, 3, 5 và 10") that holds as
  // many numbers as the count just before "gồm" and counts nothing itself; −1 if there is none.
  const namesListed = (i0: number): number => {
    const g = word(i0 - 1) === 'gồm' ? i0 - 1 : kindAt(i0 - 1) === 'colon' && word(i0 - 2) === 'gồm' ? i0 - 2 : -1;
    if (g < 0) return -1;
    let m = i0;
    let n = 1;
    while (kindAt(m + 2) === 'num' && (kindAt(m + 1) === 'comma' || word(m + 1) === 'và') && n < 50) { m += 2; n++; }
    if (n < 2 || (kindAt(m + 1) === 'word' && !UNIT_STOP.has(word(m + 1)))) return -1;
    for (let k = i0; k <= m; k += 2) if (!/^\d{1,3}$/.test((toks[k] as Token).text)) return -1;
    const before = figs[figs.length - 1];
    return before !== undefined && before.kind === 'count' && before.t1 < g && g - before.t1 <= UNIT_WORDS + 2 && before.a.x.int === n ? m : -1;
  };
  // The words after a figure that name what it counts; a parenthesis holding a percentage is skipped
  // ("2.018/2.119 (đạt 95,23%) tổ chức Đảng").
  const unitAt = (k: number): Unit | null => {
    if (kindAt(k) === 'open') {
      let close = -1;
      let hasPct = false;
      for (let m = k + 1; m < N && m <= k + 8; m++) {
        const kind = kindAt(m);
        if (kind === 'pct') hasPct = true;
        if (kind === 'close') { close = m; break; }
      }
      if (close < 0 || !hasPct) return null;
      k = close + 1;
    }
    let first = -1;
    let last = -1;
    const words: string[] = [];
    for (let m = k; m < N && words.length < UNIT_WORDS; m++) {
      const t = toks[m] as Token;
      if (t.kind !== 'word' || UNIT_STOP.has(t.text)) break;
      if (first < 0) first = m;
      last = m;
      words.push(t.text);
    }
    if (first < 0) return null;
    return { text: text.slice((toks[first] as Token).start, (toks[last] as Token).end), key: words.join(' ') };
  };

  const { keywordBefore, boundAfter } = keywords(doc);

  const { isHeadingWord, isClosingQuote, dayMonthAt, nameAt, monthYearAt, thresholdAt, targetFloorAt, counterAt, citationAt, spanOfTime, planNamed, placeNamed, dayWordBefore, inFileName } = notFigures(doc);

  const glued = (t: Token | undefined): boolean =>
    t !== undefined && (t.kind === 'word' || (t.kind === 'other' && !QUOTES.has(t.text)));
  // "=29,16%" right after a ratio or its closing bracket: the percentage the ratio equals
  const equalsPercent = (i0: number, j: number): boolean =>
    tok(i0 - 1)?.text === '=' && kindAt(j + 1) === 'pct' && (kindAt(i0 - 2) === 'close' || kindAt(i0 - 2) === 'num');
  // "đ/c" (đồng chí, comrades) written against the number it counts
  const comrades = (k: number): boolean => word(k) === 'đ' && kindAt(k + 1) === 'slash' && word(k + 2) === 'c' && !(tok(k + 2) as Token).gap;

  // ---- figures
  const figs: Fig[] = [];
  const figAt = new Int32Array(N).fill(-1);
  const push = (f: Fig) => {
    figAt[f.t0] = figs.length;
    figs.push(f);
  };
  // The last token of a document's number, for the numbers listed after it
  let refEnd = -1;
  let refOrdinal = false;
  const listedAfter = (end: number, i0: number): boolean => {
    if (i0 - end > 3) return false;
    for (let m = end + 1; m < i0; m++) if (kindAt(m) !== 'comma' && word(m) !== 'và') return false;
    return i0 > end + 1;
  };
  for (let i = 0; i < N;) {
    const i0 = i;
    if ((toks[i0] as Token).kind !== 'num') { i++; continue; }
    // A chain of numbers joined by / - : is a ratio, a range or a time with two numbers, and a date
    // or a document code with more ("27/2/2012", "16-07-2024"): read it whole, once.
    let j = i0;
    let seps = 0;
    let sep = '';
    while (j + 2 < N) {
      const k = kindAt(j + 1);
      if ((k !== 'slash' && k !== 'dash' && k !== 'colon') || kindAt(j + 2) !== 'num') break;
      // a time is two numbers of one or two digits: "năm 2019: 63.789 hộ" is a year and a count
      if (k === 'colon' && ((toks[j] as Token).text.length > 2 || (toks[j + 2] as Token).text.length > 2)) break;
      sep = k;
      seps++;
      j += 2;
    }
    i = j + 1;
    if (seps >= 2 || sep === 'colon') continue;
    const head = toks[i0] as Token;
    const after = tok(j + 1);
    // Inside a word or code ("NQ28", "10MB", "=97", "09-NQ/TU"); not a percentage a ratio equals, "(7/24)=29,16%",
    // nor a figure with its unit written against it ("10.436m2", "113.790.000đ", "1.093/45.228đ/c")
    if (!head.gap && glued(tok(i0 - 1)) && !equalsPercent(i0, j)) continue;
    if (after !== undefined && !after.gap && glued(after) && !((seps === 0 || sep === 'dash') && GLUED_UNITS.has(after.text)) && !comrades(j + 1)) continue;
    if (after !== undefined && !after.gap && (after.kind === 'dash' || after.kind === 'slash')) {
      const t = tok(j + 2);
      if (t !== undefined && !t.gap && t.kind === 'word') continue;
    }
    const w1 = word(i0 - 1);
    const w2 = word(i0 - 2);
    // ("cấp Trung ương 12 hộ" counts households, "hướng dẫn 02 đơn vị" guides two units: after "Trung ương",
    // or a document's word that is a verb in lower case, a number followed by what it counts is a count)
    const countsAfter = kindAt(j + 1) === 'word' && !UNIT_STOP.has(word(j + 1)) && !REFERENCE_WORDS.has(word(j + 1));
    const w2t = tok(i0 - 2);
    const counts = countsAfter && ((w2 === 'trung' && w1 === 'ương') || (VERB_PAIRS.has(`${w2} ${w1}`) && w2t !== undefined && text.charAt(w2t.start) === w2.charAt(0) && !NOUN_LEAD.has(word(i0 - 3))));
    // "(Kỳ 1)", "đợt 2": one of a series; no list of numbers follows it ("Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu")
    if ((w1 === 'kỳ' && w2 !== 'nhiệm' && w2 !== 'cùng') || w1 === 'đợt') continue;
    if (DATE_WORDS.has(w1) || (REFERENCE_WORDS.has(w1) && !(w1 === 'số' && w2 === 'tổng')) || (REFERENCE_PAIRS.has(`${w2} ${w1}`) && !counts) || planNamed(i0, j)) { refEnd = j; refOrdinal = ORDINAL_WORDS.has(w1); continue; }
    // "các quyết định 290, 188, 142": the numbers listed after a document's number are numbers too; not
    // after an ordinal, a number that counts something ("lần thứ 5, 3 tổ được công nhận lần thứ 4")
    if (refEnd >= 0 && listedAfter(refEnd, i0) && !(refOrdinal && unitAt(j + 1) !== null)) { refEnd = j; continue; }
    // "Ban Chỉ đạo 07": a committee named by its number ("đã chỉ đạo 42 chi bộ" is a figure)
    if (w1 === 'đạo' && w2 === 'chỉ' && word(i0 - 3) === 'ban') continue;
    if (counterAt(i0) || citationAt(i0, j)) continue;
    // "có 4 tổ dân phố, gồm: 1, 3, 5 và 10": as many bare numbers as the count before "gồm" names them
    if (seps === 0) {
      const end = namesListed(i0);
      if (end >= 0) { i = end + 1; continue; }
    }
    // "1." or "2)" at the start of a line or after a heading ("I/ MỤC ĐÍCH, YÊU CẦU 1. Mục đích"): a list number
    if (seps === 0 && after !== undefined && !after.gap && (after.text === '.' || after.text === ')') && (i0 === 0 || (toks[i0 - 1] as Token).text === '\n' || isHeadingWord(toks[i0 - 1] as Token))) continue;
    // a footnote mark glued to the closing quote of a citation (“… năm 2020 …”1): not a figure
    if (seps === 0 && !head.gap && isClosingQuote(i0 - 1)) continue;
    // "27 và 28-7", "ngày 27, 28/7": a day and a month after a date word, or a dash pair that reads backwards
    if (seps === 1 && sep !== 'colon' && dayMonthAt(i0, j)) continue;
    // "tháng 12-2021", "đến 6/2019": a month and a year
    if (seps === 1 && sep !== 'colon' && monthYearAt(i0, j)) continue;
    const a = readNum(head) ?? (seps === 0 && after?.kind === 'pct' ? readDotDecimal(head) : undefined);
    if (a === undefined) continue;

    if (seps === 1) {
      const b = readNum(toks[j] as Token);
      if (b === undefined) continue;
      if (sep === 'slash') {
        // a target of 0 is kept: the ratio is listed and flagged, not silently dropped
        if (isYear(a) && isYear(b)) continue;
        // "Tính đến 31/12", "Đến 30/6", "từ 1/7": a day and a month
        if (DATE_LEAD.has(w1) && isDayMonth(a, b)) continue;
        // "26/04", "01/09": a month written with two digits is a date's (no target is printed "04")
        if (isDayMonth(a, b) && b.text.length === 2 && b.text.charCodeAt(0) === 48) continue;
        // "Kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3.": a day and month that counts nothing,
        // after "ngày" in the same clause
        if (isDayMonth(a, b) && unitAt(j + 1) === null && dayWordBefore(i0)) continue;
        push({ kind: 'ratio', first: i0, t0: i0, t1: j, a, b, percent: false, unit: unitAt(j + 1), as: null, kw: -1, atLeast: false, anchor: -1, printed: null, used: false });
        continue;
      }
      // a dash: a range, unless it spans years ("nhiệm kỳ 2020-2025", even misprinted: "nhiệm kỳ 2108-2023")
      // or time ("3-5 năm"), or is a day and month read backwards as a range ("(20-10)", counting nothing)
      if (isYear(a) && isYear(b)) continue;
      if ((isYear(a) || isYear(b)) && a.text.length === 4 && b.text.length === 4 && unitAt(j + 1) === null) continue;
      if (isDayMonth(a, b) && compareExact(a.x, b.x) > 0 && after?.kind !== 'pct' && unitAt(j + 1) === null) continue;
      const pct = after?.kind === 'pct';
      const t1 = pct ? j + 1 : j;
      if (pct) i = j + 2;
      else if (TIME_UNITS.has(word(j + 1))) continue;
      const from = w1 === 'từ' ? i0 - 1 : i0;
      const k = pct ? keywordBefore(from) : null;
      push({ kind: 'range', first: k === null ? from : k.kw, t0: i0, t1, a, b, percent: pct, unit: pct ? null : unitAt(j + 1), as: k?.as ?? null, kw: k?.kw ?? -1, atLeast: false, anchor: -1, printed: null, used: false });
      continue;
    }

    if (after?.kind === 'pct') {
      i = j + 2;
      let k = keywordBefore(i0);
      if (k !== null && boundAfter(j + 1)) k = null;
      // "vượt chỉ tiêu 120%" may mean it reached 120% of the target as well as that it passed it by 120%:
      // from 100% on, which is not told, so it is no claim (below 100%, "vượt chỉ tiêu 24%" is the excess)
      if (k?.targetNamed === true && a.x.n >= 100n * a.x.d) k = null;
      // "146/279 (52,3%)", "365.709/375.125 hộ (tỷ lệ 97,49%)": a percentage in brackets right after a ratio
      // is its attainment
      const open = kindAt(i0 - 1) === 'open' ? i0 - 1 : word(i0 - 1) === 'lệ' && word(i0 - 2) === 'tỷ' && kindAt(i0 - 3) === 'open' ? i0 - 3 : -1;
      if (k === null && open >= 0) {
        const prev = figs[figs.length - 1];
        // also after the unit: "146/279 quần chúng ưu tú (52,9%)"; a bracket that holds only the percentage
        // may follow a longer phrase: "955/986 khu dân cư đạt chuẩn văn hóa (96,85%)"
        const most = kindAt(j + 2) === 'close' ? 2 * UNIT_WORDS : UNIT_WORDS;
        let words = prev !== undefined && prev.kind === 'ratio' && prev.t1 < open && open - 1 - prev.t1 <= most;
        for (let m = (prev?.t1 ?? 0) + 1; words && m <= open - 1; m++) if (kindAt(m) !== 'word') words = false;
        if (prev !== undefined && prev.kind === 'ratio' && (prev.t1 === open - 1 || words) && !boundAfter(j + 1)) k = { as: 'attainment', kw: open };
      }
      push({ kind: 'percent', first: k?.kw ?? i0, t0: i0, t1: j + 1, a, b: null, percent: true, unit: k === null ? unitAt(j + 2) : null, as: k?.as ?? null, kw: k?.kw ?? -1, atLeast: false, anchor: -1, printed: null, used: false, ...(k?.bound === undefined ? {} : { bound: k.bound }) });
      continue;
    }
    // "gấp 2 lần", "gấp 1,5 lần": a multiple of an earlier figure, a claim like a percentage
    if (w1 === 'gấp' && word(j + 1) === 'lần') {
      i = j + 2;
      push({ kind: 'percent', first: i0 - 1, t0: i0, t1: j + 1, a, b: null, percent: false, unit: null, as: 'multiple', kw: i0 - 1, atLeast: false, anchor: -1, printed: null, used: false });
      continue;
    }
    // "(28 và 29-5)": the first day of a pair of dates
    if (word(j + 1) === 'và' && kindAt(j + 2) === 'num' && (kindAt(j + 3) === 'dash' || kindAt(j + 3) === 'slash') && kindAt(j + 4) === 'num' && dayMonthAt(j + 2, j + 4)) continue;
    // "Quận 5, 6, 7 đã …": the numbers listed after a unit named by its number name units too (not "Chi bộ 1,
    // 25 đảng viên", which counts)
    if (nameAt(i0)) { refEnd = j; refOrdinal = true; continue; }
    // ("nâng tổng số hội viên lên hơn 2000 hội viên": after a bound word, a number of four digits that
    // counts what follows it is a count, not a year)
    const yearCounts = seps === 0 && (BOUNDS[w1] !== undefined || w1 === 'lên') && countsAfter && !TIME_UNITS.has(word(j + 1));
    if ((isYear(a) && !yearCounts) || spanOfTime(j + 1) || thresholdAt(i0) || placeNamed(i0, j)) continue;
    // "kỷ niệm 55 thành lập huyện": years of an anniversary; "(228 KB)": the size of a file; "50 ngàn/ 1 hội
    // viên/ 1 năm": "per one"; "sinh viên năm 3": a year of study; "8 chữ vàng": the words of a motto
    if ((w1 === 'niệm' && w2 === 'kỷ') || FILE_SIZES.has(word(j + 1)) || (head.text === '1' && kindAt(i0 - 1) === 'slash' && kindAt(i0 - 2) === 'word')) continue;
    if ((w1 === 'năm' && seps === 0 && a.decimals === 0 && (a.x.int ?? 99) <= 6) || (word(j + 1) === 'chữ' && word(j + 2) === 'vàng')) continue;
    if (inFileName(i0)) continue;
    // "Huy hiệu 40, 30 năm tuổi Đảng": a bare number listed before a span of time is one too
    if (kindAt(j + 1) === 'comma' && kindAt(j + 2) === 'num' && spanOfTime(j + 3)) continue;
    // "từ 18 đến 30 tuổi": the lower end of a span of time or age
    if (word(i0 + 1) === 'đến' && kindAt(i0 + 2) === 'num' && TIME_UNITS.has(word(i0 + 3))) continue;
    {
      let m = i0 + 1;
      while (m < N && m - i0 <= UNIT_WORDS && kindAt(m) === 'word') m++;
      if (m > i0 + 1 && kindAt(m) === 'slash' && kindAt(m + 1) === 'num' && ((word(m + 2) === 'chỉ' && word(m + 3) === 'tiêu') || (word(m + 2) === 'kế' && word(m + 3) === 'hoạch'))) {
        const b = readNum(toks[m + 1] as Token);
        if (b !== undefined) {
          i = m + 2;
          push({ kind: 'ratio', first: i0, t0: i0, t1: m + 1, a, b, percent: false, unit: unitAt(i0 + 1), as: null, kw: -1, atLeast: false, anchor: -1, printed: null, used: false });
          continue;
        }
      }
      // "662 doanh nghiệp trong tổng số 686 doanh nghiệp": a part of a whole, as "662/686"
      if (m >= i0 + 4 && kindAt(m) === 'num' && word(m - 3) === 'trong' && word(m - 2) === 'tổng' && word(m - 1) === 'số' && kindAt(m + 1) !== 'pct') {
        const b = readNum(toks[m] as Token);
        if (b !== undefined && (after === undefined || after.gap || !glued(after))) {
          i = m + 1;
          push({ kind: 'ratio', first: i0, t0: i0, t1: m, a, b, percent: false, unit: unitAt(i0 + 1) ?? unitAt(m + 1), as: null, kw: -1, atLeast: false, anchor: -1, printed: null, used: false });
          continue;
        }
      }
    }
    const floor = (w1 === 'nhất' && w2 === 'ít') || (w1 === 'thiểu' && w2 === 'tối');
    const atLeast = floor || targetFloorAt(i0);
    push({ kind: 'count', first: floor ? i0 - 2 : i0, t0: i0, t1: i0, a, b: null, percent: false, unit: unitAt(i0 + 1), as: null, kw: -1, atLeast, anchor: -1, printed: null, used: false });
  }
  return { figs, figAt };
}
