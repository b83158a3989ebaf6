// What only looks like a figure: the tests phase 1 (_findFigures.ts) makes of a number token before
// reading it as a figure. A date, a list number, a name made with a number ("Chi bộ 1", "5 không, 3
// sạch"), a bound in a condition, a page's counter, a citation, a telephone number, a span of time. Each
// looks at a fixed number of neighbours.
import type { Doc } from './_doc.js';
import type { Token } from './_scan.js';

/** Words that end a unit: verbs, prepositions and conjunctions that follow the thing counted. */
export const UNIT_STOP = new Set([
  'và', 'với', 'trong', 'tại', 'của', 'cho', 'theo', 'là', 'đã', 'đang', 'sẽ', 'được', 'có', 'đạt', 'vượt',
  'chiếm', 'hoàn', 'so', 'trên', 'dưới', 'từ', 'đến', 'thuộc', 'trực', 'mới', 'học', 'tham', 'đủ', 'đề', 'chuẩn',
  'đi', 'vừa', 'còn', 'cũng', 'nhằm', 'để', 'khi', 'thì', 'nhưng', 'hoặc', 'hay', 'trở', 'ở', 'về', 'như', 'gồm',
]);
/** A number before one of these is a span of time ("6 tháng đầu năm"), not a figure. */
export const TIME_UNITS = new Set(['tháng', 'năm', 'quý', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'tuổi']);
/** A number after one of these is a date ("Chiều 27/6"). */
export const DATE_WORDS = new Set(['ngày', 'sáng', 'chiều', 'trưa', 'tối', 'đêm', 'hôm', 'lúc', 'tháng', 'quý']);
/** A day/month after one of these is a date ("Tính đến 31/12", "từ 1/7"). */
export const DATE_LEAD = new Set(['đến', 'tới', 'từ', 'trước', 'sau', 'đầu', 'cuối', 'hết', 'nay']);
/** A unit named by its number when written with a capital: "Chi bộ 1", "Phường 5", "Tổ 3", "Khu phố 2". */
const NAMED_UNITS = new Set(['bộ', 'tổ', 'phố', 'ấp', 'phường', 'quận', 'xóm', 'thôn', 'đội', 'lớp', 'cụm', 'khu', 'xã', 'đoàn', 'hội', 'khối']);
const PAIRED_UNITS = new Set(['chi bộ', 'đảng bộ', 'khu phố', 'chi đoàn', 'chi hội']);
/** Page furniture copied with a report: a counter after these ("Lượt xem: 666", "Tổng truy cập 7.142.338"). */
const COUNTER_PAIRS = new Set(['lượt xem', 'truy cập', 'người xem', 'view count', 'đang online', 'đường dây', 'dây nóng']);
/** Names written with a dash and a number: "COVID-19". */
const NAMED_BY_NUMBER = new Set(['covid', 'sars']);
/** Extensions of the files a page links or shows. */
const FILE_TYPES = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'rar']);
/** Verbs of the work a target counts: "kết nạp 30 hội viên trở lên" is a target's lower bound. */
const TARGET_VERBS = new Set(['kết nạp', 'phát triển', 'thành lập', 'giới thiệu']);
/** Quotation marks may touch a figure without making it part of a word. */
export const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** The not-a-figure tests over one text. */
export function notFigures(doc: Doc) {
  const { text, toks, N, tok, word, kindAt } = doc;
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
      // ("Trong 2 ngày (28 và 29-5)": the bracket after the date word)
      if (kind !== 'num' && kind !== 'comma' && kind !== 'dash' && kind !== 'slash' && kind !== 'open' && w !== 'và') return false;
    }
    return false;
  };
  // A number that is part of a name: a slogan ("5 không, 3 sạch"), a short quoted title ("Gia đình 5
  // không, 3 sạch"), a unit named by its number with a capital ("Chi bộ 1", "Phường 5", "Tổ 3").
  const nameAt = (i0: number): boolean => {
    const next = word(i0 + 1);
    // "5 không, 3 sạch"; "siêu thị 0 đồng"
    if (next === 'không' || next === 'sạch' || ((toks[i0] as Token).text === '0' && next === 'đồng')) return true;
    // “5 xung kích …”, “4 đồng hành …”: a movement named by its number; "COVID-19", "Covid - 19"
    if (tok(i0 - 1)?.text === '“' && tok(i0 + 1)?.kind === 'word') return true;
    if (kindAt(i0 - 1) === 'dash' && NAMED_BY_NUMBER.has(word(i0 - 2))) return true;
    // "sinh hoạt 2 lần/tháng": how often, not how many
    if (next === 'lần' && kindAt(i0 + 2) === 'slash') return true;
    // "đạt 8 tiêu chí 5 không 3 sạch", "8 tiêu chí của cuộc vận động “5 không, 3 sạch”": the criteria of
    // the campaign the slogan names ("12 tiêu chí “chi hội kiểu mẫu”" is counted)
    if (next === 'tiêu' && word(i0 + 2) === 'chí') {
      for (let k = i0 + 3; k < N && k <= i0 + 9; k++) {
        const t = toks[k] as Token;
        if (t.kind === 'stop') break;
        if (t.kind === 'num' && word(k + 1) === 'không') return true;
      }
    }
    const w1 = tok(i0 - 1);
    if (w1 !== undefined && w1.kind === 'word' && NAMED_UNITS.has(w1.text)) {
      const head = word(i0 - 2) !== '' && PAIRED_UNITS.has(`${word(i0 - 2)} ${w1.text}`) ? (tok(i0 - 2) as Token) : w1;
      const c = text.charAt(head.start);
      if (c !== c.toLowerCase()) return true;
      // "1 tổ (tổ 2)", "tổ dân phố 7 tỷ lệ này là 94,68%": a unit named by its number, counting nothing
      if (kindAt(i0 - 2) === 'open' && kindAt(i0 + 1) === 'close') return true;
      // "22 Hội cơ sở xã, thị trấn và khối 487 (…)", "02 hội cơ sở khối 487)": a count is written before
      // what it counts; a number after the unit's word, with no word after it, names the unit
      const after = kindAt(i0 + 1);
      if (after === 'open' || after === 'close' || after === 'comma' || after === 'semi' || after === 'stop' || after === '') return true;
      if (word(i0 - 2) === 'dân' && w1.text === 'phố' && (kindAt(i0 + 1) !== 'word' || (next === 'tỷ' && word(i0 + 2) === 'lệ'))) return true;
    }
    return insideShortQuote(i0);
  };
  // Within a curly quotation of at most 8 tokens that holds a word: “Gia đình 5 không, 3 sạch”. (Straight
  // quotes cannot tell an opening from a closing one in a window, so they are not read as names.)
  const insideShortQuote = (i0: number): boolean => {
    let open = -1;
    for (let k = i0 - 1; k >= 0 && k >= i0 - 8; k--) {
      const t = toks[k] as Token;
      if (t.kind === 'stop' || t.text === '”') return false;
      if (t.text === '“') { open = k; break; }
    }
    if (open < 0) return false;
    for (let k = i0 + 1; k < N && k <= open + 9; k++) {
      const t = toks[k] as Token;
      if (t.kind === 'stop' || t.text === '“') return false;
      if (t.text === '”') {
        for (let m = open + 1; m < k; m++) if ((toks[m] as Token).kind === 'word') return true;
        return false;
      }
    }
    return false;
  };
  // A month 1–12 and a four-digit year 1900–2100: no ratio or range of a report reads that way.
  const monthYearAt = (i0: number, j: number): boolean => {
    const a = toks[i0] as Token;
    const b = toks[j] as Token;
    if (!/^\d{1,2}$/.test(a.text) || !/^\d{4}$/.test(b.text)) return false;
    const m = Number(a.text);
    const y = Number(b.text);
    return m >= 1 && m <= 12 && y >= 1900 && y <= 2100;
  };
  // "có từ 30 lao động trở lên", "từ 18 tuổi trở lên", "dưới 150 đoàn viên": a bound in a condition, not a figure
  // ("kết nạp mới 35.000 đoàn viên trở lên" is a target, a lower bound: see `targetFloorAt`)
  const thresholdAt = (i0: number): boolean => {
    if (word(i0 - 1) === 'dưới') return true;
    // "DN có từ 50 lao động và …": the lower end of a condition with no upper end ("có từ 5 đến 7" is a range)
    if (word(i0 - 1) === 'từ' && word(i0 - 2) === 'có' && !rangeAfter(i0)) return true;
    return boundAfter(i0) && !targetFloorAt(i0);
  };
  const rangeAfter = (i0: number): boolean => {
    for (let m = i0 + 1; m <= i0 + 4 && m < N; m++) if (word(m) === 'đến' || word(m) === 'tới' || word(m) === 'lên' || kindAt(m) === 'dash') return true;
    return false;
  };
  // "N … trở lên" / "trở xuống", a few words after the number
  const boundAfter = (i0: number): boolean => {
    for (let m = i0 + 1; m <= i0 + 5 && kindAt(m) === 'word'; m++) if ((word(m) === 'trở' && (word(m + 1) === 'lên' || word(m + 1) === 'xuống'))) return true;
    return false;
  };
  // "phấn đấu kết nạp (mới) (từ|trên) 30 hội viên mới trở lên", "thành lập 5 CĐCS trở lên": a target's
  // lower bound, after a verb of the work counted; "có 30 lao động trở lên", "sử dụng 20 lao động trở lên",
  // "từ 18 tuổi trở lên" are conditions.
  const targetFloorAt = (i0: number): boolean => {
    if (!boundAfter(i0)) return false;
    for (let k = i0 - 1; k >= 0 && k >= i0 - 4 && kindAt(k) === 'word'; k--) {
      const w = word(k);
      if (TARGET_VERBS.has(`${word(k - 1)} ${w}`)) return true;
      if (w !== 'mới' && w !== 'từ' && w !== 'trên' && w !== 'được' && w !== 'thêm') return false;
    }
    return false;
  };

  // "Lượt xem: 666", "Truy cập hiện tại 1.574 khách": a page's counter, a few words after its name
  const counterAt = (i0: number): boolean => {
    for (let k = i0 - 1; k >= 1 && k >= i0 - 4; k--) if (COUNTER_PAIRS.has(`${word(k - 1)} ${word(k)}`)) return true;
    return false;
  };
  // Not a figure of the text: "[22, tr.1-4]" (a citation), "Q.8", "P.5" (a place named by an abbreviation
  // and its number), "0226 385 2672" (a telephone number: numbers side by side, nothing between)
  const citationAt = (i0: number, j: number): boolean => {
    const before = tok(i0 - 1);
    if (before?.text === '[' && (tok(j + 1)?.text === ']' || tok(j + 1)?.text === ',')) return true;
    const head = toks[i0] as Token;
    if (!head.gap && before?.text === '.' && !before.gap && tok(i0 - 2)?.kind === 'word') return true;
    // "0987083838": a mobile number written without spaces (no count of a report starts with 0 and runs to 10 digits)
    if (i0 === j && /^0\d{9,10}$/.test(head.text)) return true;
    return kindAt(i0 - 1) === 'num' || kindAt(j + 1) === 'num';
  };

  // "6 tháng", "02 nhiệm kỳ": a span of time after the number ("106 ngày công", workdays, is a count);
  // "(10 trang)": the length of a document
  const spanOfTime = (k: number): boolean => {
    const w = word(k);
    // ("203 trang trại" is a count of farms: "trang" is a page only when no word follows it)
    // ("68 ngày hội tư vấn" counts festivals)
    return (TIME_UNITS.has(w) && !(w === 'ngày' && (word(k + 1) === 'công' || word(k + 1) === 'hội'))) || (w === 'nhiệm' && word(k + 1) === 'kỳ') || (w === 'trang' && kindAt(k + 1) !== 'word');
  };

  // "thực hiện Kế hoạch 67 của Đảng ủy": a plan named by its number, written with a capital, counting
  // nothing ("kế hoạch 200 đảng viên", "đạt 120% kế hoạch (50)" are targets)
  const planNamed = (i0: number, j: number): boolean => {
    const k = tok(i0 - 2);
    return word(i0 - 1) === 'hoạch' && word(i0 - 2) === 'kế' && k !== undefined && text.charAt(k.start) === 'K' && (kindAt(j + 1) !== 'word' || UNIT_STOP.has(word(j + 1)));
  };
  // "xã Tam Xuân 2 (Núi Thành)", "KCN Biên Hòa 1,": a place named by two capitalised words and a number
  // that counts nothing
  const placeNamed = (i0: number, j: number): boolean => {
    const a = tok(i0 - 2);
    const b = tok(i0 - 1);
    const cap = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && text.charAt(t.start) !== text.charAt(t.start).toLowerCase();
    return cap(a) && cap(b) && i0 >= 3 && kindAt(i0 - 3) === 'word' && (kindAt(j + 1) !== 'word' || UNIT_STOP.has(word(j + 1)));
  };
  // "hoi-nghi-so-ket-cum-thi-dua-so-9-(2).jpg": a number inside the name of a file (an image's caption
  // or link), found by one pass over the runs of text without spaces
  const fileName = new Uint8Array(toks.length);
  for (let a = 0; a < toks.length;) {
    let b = a;
    while (b + 1 < toks.length && !(toks[b + 1] as Token).gap) b++;
    const last = toks[b] as Token;
    if (b > a && last.kind === 'word' && FILE_TYPES.has(last.text) && (toks[b - 1] as Token).text === '.') fileName.fill(1, a, b + 1);
    a = b + 1;
  }
  const inFileName = (i: number): boolean => fileName[i] === 1;
  // "ngày" (or "kỷ niệm") at most 10 words back, with only words between
  const dayWordBefore = (i0: number): boolean => {
    for (let k = i0 - 1; k >= 0 && k >= i0 - 10 && kindAt(k) === 'word'; k--) if (word(k) === 'ngày' || (word(k) === 'niệm' && word(k - 1) === 'kỷ')) return true;
    return false;
  };

  return { isHeadingWord, isClosingQuote, dayMonthAt, nameAt, monthYearAt, thresholdAt, targetFloorAt, counterAt, citationAt, spanOfTime, planNamed, placeNamed, dayWordBefore, inFileName };
}
