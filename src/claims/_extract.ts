import { compareExact, computeAttainment } from '../attainment/_attainment.js';
import { ChiTieuError } from '../core/errors.js';
import { readNumber, type ExactNumber } from '../core/_exact.js';
import { localize } from '../core/_format.js';
import { scaledToString } from '../core/_round.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import { parseLocalized } from '../core/parseNumber.js';
import { computeClaim } from './_claim.js';
import { decimalsOf, scale } from './_reported.js';
import { both, modesText, unitOf } from './_explain.js';
import { MAX_IMPLIED_TARGETS, computeImplied } from './_implied.js';
import { scan, type Token } from './_scan.js';
import { computeSum } from './_sum.js';
import { KEYWORD, reportRounding } from './_reportRounding.js';
import type { Claim, ClaimAs, ClaimFlag, ExtractClaimsResult, FigureRef } from './types.js';

// How far (in tokens) a percentage looks back for the figure it belongs to, a "trong đó" looks back
// for its total and ahead for its parts. Fixed windows keep the whole extraction linear in the text.
const ANCHOR_WINDOW = 40;
const TOTAL_WINDOW = 60;
const PARTS_WINDOW = 60;
/** Longest unit read after a figure, in words ("tổ chức Hội Cựu chiến binh"). */
const UNIT_WORDS = 6;
/** Longest number token read; no printed figure comes near it. */
const MAX_FIGURE_TEXT = 40;

/** Words that end a unit: verbs, prepositions and conjunctions that follow the thing counted. */
const UNIT_STOP = new Set([
  'và', 'với', 'trong', 'tại', 'của', 'cho', 'theo', 'là', 'đã', 'đang', 'sẽ', 'được', 'có', 'đạt', 'vượt',
  'chiếm', 'hoàn', 'so', 'trên', 'dưới', 'từ', 'đến', 'thuộc', 'trực', 'mới', 'học', 'tham', 'đủ', 'đề', 'chuẩn',
  'đi', 'vừa', 'còn', 'cũng', 'nhằm', 'để', 'khi', 'thì', 'nhưng', 'hoặc', 'hay', 'trở', 'ở', 'về', 'như', 'gồm',
]);
/** A number before one of these is a span of time ("6 tháng đầu năm"), not a figure. */
const TIME_UNITS = new Set(['tháng', 'năm', 'quý', 'ngày', 'tuần', 'giờ', 'phút', 'giây']);
/** A number after one of these is a date ("Chiều 27/6"). */
const DATE_WORDS = new Set(['ngày', 'sáng', 'chiều', 'trưa', 'tối', 'đêm', 'hôm', 'lúc']);
/** A number after one of these names a document or a clause ("số 25", "Nghị định 28"). */
const REFERENCE_WORDS = new Set(['số', 'điều', 'khoản', 'khóa', 'khoá', 'mục', 'trang', 'lục']);
const REFERENCE_PAIRS = new Set([
  'nghị định', 'nghị quyết', 'quyết định', 'chỉ thị', 'thông tư', 'chương trình', 'đề án', 'quy định',
  'hướng dẫn', 'phương án', 'công văn', 'lần thứ', 'trung ương', 'kết luận', 'thông báo',
  // "Ban Chỉ đạo 07", "Ban chỉ đạo 35": a committee named by its number
  'chỉ đạo',
]);
/** Units that fit any total of people ("30 người đang chuẩn bị đi học" is part of "108 quần chúng ưu tú"). */
const GENERIC_UNITS = new Set(['người', 'trường hợp', 'đồng chí']);
/** Quotation marks may touch a figure without making it part of a word. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

const YEAR = /^\d{4}$/;
/** A day/month after one of these is a date ("Tính đến 31/12", "từ 1/7"). */
const DATE_LEAD = new Set(['đến', 'tới', 'từ', 'trước', 'sau', 'đầu', 'cuối', 'hết', 'nay']);

function isDayMonth(a: Num, b: Num): boolean {
  const d = a.x.int;
  const m = b.x.int;
  return d !== undefined && m !== undefined && a.decimals === 0 && b.decimals === 0 && d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** A number as printed, read in Vietnamese notation. */
interface Num {
  readonly text: string;
  readonly x: ExactNumber;
  readonly decimals: number;
  readonly scaled: bigint;
  readonly start: number;
  readonly end: number;
}

interface Unit {
  readonly text: string;
  readonly key: string;
}

type FigKind = 'count' | 'percent' | 'ratio' | 'range';

/** A figure found in the text, before it becomes a claim. */
interface Fig {
  readonly kind: FigKind;
  /** Token where the claim text starts ("từ", "ít", or the number). */
  first: number;
  /** First and last token of the figure itself. */
  readonly t0: number;
  readonly t1: number;
  /** The value; the achieved figure of a ratio; the lower end of a range. */
  readonly a: Num;
  /** The target of a ratio; the upper end of a range. */
  readonly b: Num | null;
  readonly percent: boolean;
  readonly unit: Unit | null;
  /** For a percentage after đạt / vượt / chiếm: what it claims, and the keyword's token. */
  as: ClaimAs | null;
  kw: number;
  readonly atLeast: boolean;
  /** For a keyword percentage: the figure it belongs to, or −1. */
  anchor: number;
  /** For a keyword percentage: the printed target it is measured against ("(chỉ tiêu 80)"), or null. */
  target?: Num;
  /** For a percentage of a list whose figures cannot be paired in order: the candidates. */
  ambiguous?: Fig[];
  /**
   * For a ratio whose target is 0: the percentages printed against it, which have no value to be
   * checked against (null until one is found). They become part of the ratio's own claim.
   */
  printed: Fig[] | null;
  /** Whether a claim has taken this figure in (so it is not also listed on its own). */
  used: boolean;
}

function readNum(tok: Token): Num | undefined {
  const t = tok.text;
  if (t.length > MAX_FIGURE_TEXT) return undefined;
  const comma = t.indexOf(',');
  const decimals = decimalsOf(t, ',');
  let plain: string;
  if (t.length <= 15 && !t.includes('.') && comma === t.lastIndexOf(',')) {
    // Most figures are digits with perhaps one decimal comma ("72,2"): read those at once.
    plain = scaledToString(Number(comma < 0 ? t : t.slice(0, comma) + t.slice(comma + 1)), decimals);
  } else {
    // Grouped thousands ("1.549") go through the strict reader, which rejects what could mean two
    // things: "1.2", and "0.500" (0,500 mistyped, or 500?), which is skipped, never read as 500.
    try {
      plain = parseLocalized(t, 'vi', []);
    } catch (e) {
      if (e instanceof ChiTieuError) return undefined; // "1.2" and the like: not a figure a report prints
      throw e;
    }
  }
  const x = readNumber(plain) as ExactNumber;
  return { text: t, x, decimals, scaled: scale(x, decimals), start: tok.start, end: tok.end };
}

function isYear(n: Num): boolean {
  return YEAR.test(n.text) && n.x.int !== undefined && n.x.int >= 1900 && n.x.int <= 2100;
}

function ref(n: Num, unit: Unit | null): FigureRef {
  return Object.freeze({ value: n.x.text, text: n.text, start: n.start, end: n.end, unit: unit?.text ?? null });
}

function unitsMatch(a: Unit | null, b: Unit | null): boolean {
  if (a === null || b === null) return false;
  return a.key === b.key || a.key.startsWith(`${b.key} `) || b.key.startsWith(`${a.key} `);
}

function isGeneric(u: Unit | null): boolean {
  return u === null || GENERIC_UNITS.has(u.key);
}


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

function withUnit(plain: string, unit: Unit | null, pct = ''): Bilingual {
  const b = both(plain);
  const u = unit === null ? '' : ` ${unit.text}`;
  return { vi: `${b.vi}${pct}${u}`, en: `${b.en}${pct}${u}` };
}

function flag(code: ClaimFlag['code'], e: Bilingual): ClaimFlag {
  return Object.freeze({ code, vi: e.vi, en: e.en });
}

/**
 * Freezes a claim and the plain objects made for it (figure references and flags are frozen as they
 * are made; checks come frozen from their own core). Done as claims are built, not by walking the
 * result afterwards, which would cost a key list per object.
 */
function seal<C extends Claim>(c: C): C {
  Object.freeze(c.flags);
  Object.freeze(c.explanation);
  if (c.kind === 'sum') Object.freeze(c.parts);
  if (c.kind === 'implied-target' && c.impliedTargets !== null) Object.freeze(c.impliedTargets);
  return Object.freeze(c);
}

/**
 * The pure core of extractClaims. A few passes, each linear: tokens; figures (each number token is
 * looked at once, with a fixed number of neighbours for its context); the figure each percentage is
 * about (at most ANCHOR_WINDOW tokens back); claims; totals and parts (a fixed window either side of
 * each "trong đó"); the report-level rounding check (over at most 2^7 distinct sets of modes).
 */
export function computeExtract(text: string, rounding: RoundingMode, declared = false): ExtractClaimsResult {
  const toks = scan(text);
  const N = toks.length;
  const tok = (i: number): Token | undefined => (i >= 0 && i < N ? toks[i] : undefined);
  const word = (i: number): string => {
    const t = tok(i);
    return t !== undefined && t.kind === 'word' ? t.text : '';
  };
  const kindAt = (i: number): string => tok(i)?.kind ?? '';

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

  // A keyword just before a percentage: đạt / vượt / chiếm / hoàn thành, perhaps with "được".
  const keywordBefore = (i: number): { as: ClaimAs; kw: number } | null => {
    let k = i - 1;
    if (word(k) === 'được') k--;
    const w = word(k);
    if (w === 'đạt') return { as: 'attainment', kw: k };
    if (w === 'vượt') return { as: 'over', kw: k };
    if (w === 'chiếm') return { as: 'share', kw: k };
    // "tăng từ 320 lên 352, tăng 10%": growth over the earlier figure (kept only when "từ … lên" is there)
    if (w === 'tăng') return { as: 'over', kw: k };
    if (w === 'thành' && word(k - 1) === 'hoàn') return { as: 'attainment', kw: k - 1 };
    return null;
  };

  // "… 100% chỉ tiêu trở lên": a lower bound, not a figure to check.
  const boundAfter = (t1: number): boolean => {
    for (let m = t1 + 1; m <= t1 + 3; m++) if (word(m) === 'trở' && word(m + 1) === 'lên') return true;
    return false;
  };

  // An all-capital heading word before a list number ("YÊU CẦU 1."): the token's text is lower-cased,
  // so the check reads the original.
  const isHeadingWord = (t: Token): boolean => {
    if (t.kind !== 'word') return false;
    const raw = text.slice(t.start, t.end);
    return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  };
  // ” or a straight quote that closes a word before it (no space on its left)
  const isClosingQuote = (k: number): boolean => {
    const t = tok(k);
    if (t === undefined || !QUOTES.has(t.text)) return false;
    const before = tok(k - 1);
    return before !== undefined && !t.gap && before.kind !== 'open' && !QUOTES.has(before.text);
  };
  // A day/month pair i0 … j after a date word a few tokens back ("Ngày 27 và 28-7"). Alone, "7-5" stays
  // a range (and is flagged as inverted): a date needs its word.
  const dayMonthAt = (i0: number, j: number): boolean => {
    const a = toks[i0] as Token;
    const b = toks[j] as Token;
    const d = /^\d{1,2}$/.test(a.text) ? Number(a.text) : 0;
    const m = /^\d{1,2}$/.test(b.text) ? Number(b.text) : 0;
    if (d < 1 || d > 31 || m < 1 || m > 12) return false;
    for (let k = i0 - 1; k >= 0 && k >= i0 - 5; k--) {
      const kind = kindAt(k);
      const w = word(k);
      // "từ 5–7 tổ chức" is a range: only a slash pair takes "từ", "đến" … as a date's lead ("từ 1/7")
      if (DATE_WORDS.has(w) || (kindAt(i0 + 1) === 'slash' && DATE_LEAD.has(w))) return true;
      if (kind !== 'num' && kind !== 'comma' && kind !== 'dash' && kind !== 'slash' && w !== 'và') return false;
    }
    return false;
  };
  // "có từ 30 lao động trở lên", "từ 18 tuổi trở lên", "dưới 150 đoàn viên": a bound in a condition, not a figure
  const thresholdAt = (i0: number): boolean => {
    if (word(i0 - 1) === 'dưới') return true;
    for (let m = i0 + 1; m <= i0 + 5 && kindAt(m) === 'word'; m++) if ((word(m) === 'trở' && (word(m + 1) === 'lên' || word(m + 1) === 'xuống'))) return true;
    return false;
  };

  const glued = (t: Token | undefined): boolean =>
    t !== undefined && (t.kind === 'word' || (t.kind === 'other' && !QUOTES.has(t.text)));

  // ---- figures
  const figs: Fig[] = [];
  const figAt = new Int32Array(N).fill(-1);
  const push = (f: Fig) => {
    figAt[f.t0] = figs.length;
    figs.push(f);
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
      sep = k;
      seps++;
      j += 2;
    }
    i = j + 1;
    if (seps >= 2 || sep === 'colon') continue;
    const head = toks[i0] as Token;
    const after = tok(j + 1);
    // Inside a word or code ("NQ28", "10MB", "=97", "09-NQ/TU").
    if (!head.gap && glued(tok(i0 - 1))) continue;
    if (after !== undefined && !after.gap && glued(after)) continue;
    if (after !== undefined && !after.gap && (after.kind === 'dash' || after.kind === 'slash')) {
      const t = tok(j + 2);
      if (t !== undefined && !t.gap && t.kind === 'word') continue;
    }
    const w1 = word(i0 - 1);
    const w2 = word(i0 - 2);
    if (DATE_WORDS.has(w1) || (REFERENCE_WORDS.has(w1) && !(w1 === 'số' && w2 === 'tổng')) || REFERENCE_PAIRS.has(`${w2} ${w1}`)) continue;
    // "1." or "2)" at the start of a line or after a heading ("I/ MỤC ĐÍCH, YÊU CẦU 1. Mục đích"): a list number
    if (seps === 0 && after !== undefined && !after.gap && (after.text === '.' || after.text === ')') && (i0 === 0 || (toks[i0 - 1] as Token).text === '\n' || isHeadingWord(toks[i0 - 1] as Token))) continue;
    // a footnote mark glued to the closing quote of a citation (“… năm 2020 …”1): not a figure
    if (seps === 0 && !head.gap && isClosingQuote(i0 - 1)) continue;
    // "27 và 28-7", "ngày 27, 28/7": a day and a month after a date word, or a dash pair that reads backwards
    if (seps === 1 && sep !== 'colon' && dayMonthAt(i0, j)) continue;
    const a = readNum(head);
    if (a === undefined) continue;

    if (seps === 1) {
      const b = readNum(toks[j] as Token);
      if (b === undefined) continue;
      if (sep === 'slash') {
        // a target of 0 is kept: the ratio is listed and flagged, not silently dropped
        if (isYear(a) && isYear(b)) continue;
        // "Tính đến 31/12", "Đến 30/6", "từ 1/7": a day and a month
        if (DATE_LEAD.has(w1) && isDayMonth(a, b)) continue;
        push({ kind: 'ratio', first: i0, t0: i0, t1: j, a, b, percent: false, unit: unitAt(j + 1), as: null, kw: -1, atLeast: false, anchor: -1, printed: null, used: false });
        continue;
      }
      // a dash: a range, unless it spans years ("nhiệm kỳ 2020-2025") or time ("3-5 năm")
      if (isYear(a) && isYear(b)) continue;
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
      // "146/279 (52,3%)": a percentage in brackets right after a ratio is its attainment
      if (k === null && kindAt(i0 - 1) === 'open') {
        const prev = figs[figs.length - 1];
        // also after the unit: "146/279 quần chúng ưu tú (52,9%)"
        let words = prev !== undefined && prev.kind === 'ratio' && prev.t1 < i0 - 1 && i0 - 2 - prev.t1 <= UNIT_WORDS;
        for (let m = (prev?.t1 ?? 0) + 1; words && m <= i0 - 2; m++) if (kindAt(m) !== 'word') words = false;
        if (prev !== undefined && prev.kind === 'ratio' && (prev.t1 === i0 - 2 || words) && !boundAfter(j + 1)) k = { as: 'attainment', kw: i0 - 1 };
      }
      push({ kind: 'percent', first: k?.kw ?? i0, t0: i0, t1: j + 1, a, b: null, percent: true, unit: k === null ? unitAt(j + 2) : null, as: k?.as ?? null, kw: k?.kw ?? -1, atLeast: false, anchor: -1, printed: null, used: false });
      continue;
    }
    if (isYear(a) || TIME_UNITS.has(word(j + 1)) || thresholdAt(i0)) continue;
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
    }
    const atLeast = (w1 === 'nhất' && w2 === 'ít') || (w1 === 'thiểu' && w2 === 'tối');
    push({ kind: 'count', first: atLeast ? i0 - 2 : i0, t0: i0, t1: i0, a, b: null, percent: false, unit: unitAt(i0 + 1), as: null, kw: -1, atLeast, anchor: -1, printed: null, used: false });
  }

  // ---- clause boundaries: lastBoundary[i] is the last ';' or sentence end at or before token i
  const lastBoundary = new Int32Array(N);
  let lb = -1;
  for (let i = 0; i < N; i++) {
    const k = (toks[i] as Token).kind;
    if (k === 'semi' || k === 'stop') lb = i;
    lastBoundary[i] = lb;
  }
  const boundaryBefore = (i: number) => (i > 0 ? (lastBoundary[i - 1] as number) : -1);

  // ---- sentence boundaries: lastStop[i] is the last sentence end at or before token i
  const lastStop = new Int32Array(N);
  let ls = -1;
  for (let i = 0; i < N; i++) {
    if ((toks[i] as Token).kind === 'stop') ls = i;
    lastStop[i] = ls;
  }
  const stopBefore = (i: number) => (i > 0 ? (lastStop[i - 1] as number) : -1);

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
  const plainCount = (G: Fig | undefined): boolean => G !== undefined && G.kind === 'count' && !G.atLeast;
  const join = (from: number, to: number): boolean => {
    // only "," and "và" between two percentages of a list
    if (to < from) return false;
    for (let m = from; m <= to; m++) if (!(kindAt(m) === 'comma' || word(m) === 'và')) return false;
    return true;
  };

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

  // ---- each keyword percentage finds the figure it is about
  for (let fi = 0; fi < figs.length; fi++) {
    const f = figs[fi] as Fig;
    if (f.kind !== 'percent' || f.as === null || f.anchor >= 0 || f.ambiguous !== undefined) continue;

    // a list: "16/15 … và 14/13 …, vượt 6,7% và 7,7%" pairs in order
    const chain: Fig[] = [f];
    for (let g = fi + 1; g < figs.length; g++) {
      const G = figs[g] as Fig;
      const last = chain[chain.length - 1] as Fig;
      if (G.kind !== 'percent' || G.as !== null || !join(last.t1 + 1, G.t0 - 1)) break;
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
    for (; g >= 0; g--) {
      const G = figs[g] as Fig;
      if (G.t1 <= limit || f.first - G.t1 > ANCHOR_WINDOW) { g = -1; break; }
      if (G.kind === 'percent' && G.as !== null && G.anchor >= 0) continue; // "103/80, đạt 128,75%, vượt 28,75%"
      break;
    }
    const G = g >= 0 ? (figs[g] as Fig) : undefined;

    if (word(f.kw) === 'tăng') {
      // growth: only "tăng từ A lên B, tăng X%" is read; "tăng 12% so với cùng kỳ" stays a figure
      const A = figs[g - 1];
      if (plainCount(G) && plainCount(A) && word((G as Fig).t0 - 1) === 'lên' && word((A as Fig).t0 - 1) === 'từ') {
        f.anchor = g;
        f.target = (A as Fig).a;
        (A as Fig).used = true;
      } else {
        f.as = null;
        f.kw = -1;
      }
      continue;
    }
    if (G === undefined) continue;

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
        continue;
      }
    }

    // a percentage of its own ("97,5% …", "tỷ lệ … đạt 96,8%") is a rate: "vượt" after it is in points
    if (G.kind === 'percent') { if (f.as === 'over') f.anchor = g; continue; }
    if (G.kind === 'ratio' || plainCount(G)) f.anchor = g;
  }

  const sameUnits = (ps: readonly Fig[]): boolean => ps.every((p) => p.unit !== null && unitsMatch(p.unit, (ps[0] as Fig).unit));
  const sumsTo = (t: Fig, ps: readonly Fig[]): boolean =>
    ps.length > 1 && computeSum({ x: t.a.x, decimals: t.a.decimals }, ps.map((p) => ({ x: p.a.x, decimals: p.a.decimals })), 'exact').consistent;

  const claims: Claim[] = [];
  // the token of a number (for a target printed before its achieved figure: "từ 320 lên 352")
  const startTok = (n: Num): number => {
    let lo = 0;
    let hi = N - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((toks[mid] as Token).start < n.start) lo = mid + 1;
      else hi = mid;
    }
    return word(lo - 1) === 'từ' ? lo - 1 : lo;
  };
  const span = (first: number, last: number) => {
    const start = (toks[first] as Token).start;
    const end = (toks[last] as Token).end;
    return { start, end, text: text.slice(start, end) };
  };

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
    const s = span(f.target !== undefined && f.target.start < A.a.start ? startTok(f.target) : A.first, pctEnd(f));
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
    const r = computeImplied(as, A.a.x, f.a.scaled, f.a.decimals, rounding);
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
    const nounVi = as === 'share' ? 'tổng' : pts ? 'chỉ tiêu tỷ lệ' : 'chỉ tiêu';
    const nounEn = as === 'share' ? 'whole' : pts ? 'target rate' : 'target';
    const how = modesText([rounding]);
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
    const none = list !== null && list.length === 0;
    claims.push(seal({
      kind: 'implied-target', ...s, unit: A.unit?.text ?? null, verdict: none ? 'flagged' : list === null ? 'figure' : 'inferred',
      flags: none ? [flag('no-target', explanation)] : [], explanation,
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

  // ---- totals and their parts: "<total> …; trong đó <part>, <part> và <part>."
  for (let i = 0; i + 1 < N; i++) {
    // "trong đó" or "gồm" ("bao gồm"): the parts follow
    const gom = word(i) === 'gồm';
    if (!gom && (word(i) !== 'trong' || word(i + 1) !== 'đó')) continue;
    const p0 = gom ? i + 1 : i + 2;
    let b = boundaryBefore(i);
    let segEnd = i - 1;
    // "…; trong đó" or "…. Trong đó,": the total is in the clause or sentence just before
    if (b >= 0 && b === segEnd) {
      segEnd = b - 1;
      b = boundaryBefore(b);
    }
    const segStart = Math.max(b + 1, i - TOTAL_WINDOW);
    const totals: Fig[] = [];
    for (let k = segStart; k <= segEnd; k++) {
      const g = figAt[k] as number;
      if (g >= 0 && (figs[g] as Fig).kind === 'count' && !(figs[g] as Fig).atLeast) totals.push(figs[g] as Fig);
    }
    const parts: Fig[] = [];
    const stop = Math.min(N, p0 + PARTS_WINDOW);
    for (let k = p0; k < stop && kindAt(k) !== 'stop'; k++) {
      const g = figAt[k] as number;
      // "149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc": what follows "với" is inside the part before it
      if (g >= 0 && (figs[g] as Fig).kind === 'count' && !(figs[g] as Fig).atLeast && word((figs[g] as Fig).first - 1) !== 'với') parts.push(figs[g] as Fig);
    }
    if (totals.length === 0 || parts.length === 0) continue;
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
      if (total === undefined && (parts.length >= 3 || (parts.length === 2 && (gom || sumsTo(nearest, parts)))) && !parts.some((p) => totals.some((t) => unitsMatch(t.unit, p.unit))) && !sameUnits(parts)) {
        total = nearest;
        members = parts;
      }
    } else {
      // Nothing names what the parts count: of the figures before, one whose value the parts make is the
      // total (a correct breakdown is never flagged against the wrong figure); else the first.
      members = parts;
      total = totals.find((t) => sumsTo(t, parts)) ?? totals[0];
    }
    if (total === undefined) continue;
    const last = members[members.length - 1] as Fig;
    const s = span(total.first, last.t1);
    const unit = total.unit?.text ?? null;
    if (members.length === 1) {
      const part = members[0] as Fig;
      const over = compareExact(part.a.x, total.a.x) > 0;
      const pv = withUnit(part.a.x.text, part.unit);
      const tv = withUnit(total.a.x.text, total.unit);
      const explanation = over
        ? { vi: `Trong đó ${pv.vi}, lớn hơn tổng ${tv.vi}.`, en: `Of these, ${pv.en}: more than the total ${tv.en}.` }
        : { vi: `Trong đó ${pv.vi}, không vượt tổng ${tv.vi}.`, en: `Of these, ${pv.en}: within the total ${tv.en}.` };
      claims.push(seal({
        kind: 'subset', ...s, unit, verdict: over ? 'flagged' : 'consistent', flags: over ? [flag('part-exceeds-total', explanation)] : [],
        explanation, total: ref(total.a, total.unit), part: ref(part.a, part.unit),
      }));
      continue;
    }
    const check = computeSum({ x: total.a.x, decimals: total.a.decimals }, members.map((p) => ({ x: p.a.x, decimals: p.a.decimals })), 'exact');
    claims.push(seal({
      kind: 'sum', ...s, unit, verdict: check.consistent ? 'consistent' : 'flagged', flags: check.consistent ? [] : [flag('sum-mismatch', check.explanation)],
      explanation: check.explanation, total: ref(total.a, total.unit), parts: members.map((p) => ref(p.a, p.unit)), check,
    }));
  }

  claims.sort((x, y) => x.start - y.start || x.end - y.end);

  const { flags, commonModes } = reportRounding(claims);
  return Object.freeze({ claims: Object.freeze(claims), flags: Object.freeze(flags), commonModes: Object.freeze(commonModes) });
}
