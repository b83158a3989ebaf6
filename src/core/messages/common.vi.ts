import type { CommonCode, IssueFacts, MessagePlace, MessageTable } from '../errors.js';
import type { AttainmentExpectedCode, CommonExpectedCode, CommonHintCode, ReceivedCode } from '../factCodes.js';

// Vietnamese messages of the common codes (the other codes are in vi.ts). Conventions (docs/conventions.md §4): a field is named in words
// (`place.label`: "số thực hiện", never `achieved`), numbers are written the Vietnamese way
// (97,5 and 1.549), dates as 16/7/2024. A received value the caller typed is quoted as typed.

export type Fact = IssueFacts[string] | undefined;

/** "số thực hiện …" → "Số thực hiện …". */
export const cap = (s: string): string => (s === '' ? s : s.charAt(0).toUpperCase() + s.slice(1));

/** 1549 → "1.549", "97.5" → "97,5", "-1234.25" → "-1.234,25"; anything else as it is. */
export function viNumber(v: Fact): string {
  const s = String(v);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (m === null) return s;
  const int = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${m[1]}${int}${m[3] === undefined ? '' : `,${m[3]}`}`;
}

/** A value list: each entry as it is (codes, names), joined by commas. */
export const list = (v: Fact): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));

/** The words for one code: a phrase, or a phrase built from the facts and the place. */
export type Word = string | ((f: IssueFacts, w: MessagePlace) => string);
/** Words by code, for one of the enumerations of factCodes.ts. */
export type Words<K extends string> = { readonly [C in K]: Word };

/** The words of `code` in `table`, or the code itself when the table has none (an issue from elsewhere). */
export function say(table: Partial<Words<string>>, code: Fact, f: IssueFacts, w: MessagePlace): string {
  const e = table[String(code)];
  return e === undefined ? String(code) : typeof e === 'string' ? e : e(f, w);
}

/** ['a', 'b', 'c'] → "a, b hoặc c"; `or` joins the last two. */
export function either(v: readonly string[], or: string): string {
  return v.length < 2 ? (v[0] ?? '') : `${v.slice(0, -1).join(', ')} ${or} ${v[v.length - 1] as string}`;
}

/** The `fields` fact as `{ a, b }`. */
export const braces = (f: IssueFacts): string => `{ ${list(f.fields)} }`;

/** What a field takes (`expected`, one code or a list of them: any of them), in words. */
export function expectedIn(table: Partial<Words<string>>, or: string): (f: IssueFacts, w: MessagePlace) => string {
  return (f, w) => either((Array.isArray(f.expected) ? f.expected : [f.expected]).map((c) => say(table, c, f, w)), or);
}

/** The words of the expected codes the common readers give (ExpectedCode). */
export const viExpectedCommon: Words<CommonExpectedCode> = {
  number: 'một số',
  string: 'một chuỗi',
  boolean: 'true hoặc false',
  object: (f) => (f.fields === undefined ? 'một đối tượng' : `một đối tượng ${braces(f)}`),
  array: (f) => (f.fields === undefined ? 'một mảng' : `một mảng ${braces(f)}`),
  'whole-number': (f) => (f.min === undefined ? 'một số nguyên' : `một số nguyên từ ${viNumber(f.min)} đến ${viNumber(f.max)}`),
  'number-or-decimal-string': 'một số hoặc chuỗi số thập phân',
  'attainment-target': 'một số, một chuỗi số thập phân, { atLeast }, { atMost } hoặc { min, max }',
};

/** The words of the expected codes of the rest of the attainment area, apart so that attainment alone carries none. */
export const viExpectedAttainment: Words<AttainmentExpectedCode> = {
  'attainment-result': 'kết quả của attainment()',
  'attainment-result-or-reason': 'kết quả của attainment() hoặc lý do của nó',
  'text-or-bilingual': 'một chuỗi hoặc { vi, en }',
  'number-column': 'một mảng số hoặc mảng có kiểu (typed array) chứa số',
};

/** The words of the hints the common readers give (HintCode). */
export const viHintCommon: Words<CommonHintCode> = {
  // The API takes plain decimals with a point (JSON's notation); the hint says so in words rather than
  // with an example in the other notation.
  'comma-decimal': "dữ liệu chương trình dùng dấu chấm (.) làm dấu thập phân thay cho dấu phẩy; số viết kiểu báo cáo thì đọc bằng parseNumber(text, { locale: 'vi' })",
  'plain-decimal': 'hãy viết số thập phân thường: chỉ gồm chữ số, dấu chấm (.) làm dấu thập phân nếu có, không phân cách hàng nghìn',
  'zero-denominator': 'mẫu số của phân số phải khác 0',
};

/**
 * The value a field was given, in words: the value itself when the facts hold it (a text the caller
 * typed quoted as typed, a number written by `num`), else the words of its kind (`received`,
 * ReceivedCode) from `table`, or the code itself where it reads as it is (`null`).
 */
export function receivedIn(table: Partial<Words<ReceivedCode>>, num: (v: Fact) => string): (f: IssueFacts, w: MessagePlace) => string {
  return (f, w) => (f.value !== undefined ? (f.received === 'string' ? `"${f.value}"` : num(f.value)) : say(table, f.received, f, w));
}

/** The kinds of value a field can be given (ReceivedCode) that need words other than the code (`null`). */
const RECEIVED: Partial<Words<ReceivedCode>> = {
  nan: 'NaN (không phải là số)',
  infinity: 'Infinity (vô cực)',
  'negative-infinity': '-Infinity (âm vô cực)',
  undefined: 'undefined (không có giá trị)',
  array: 'một mảng',
  object: (f) => (!Array.isArray(f.keys) ? 'một đối tượng' : f.keys.length === 0 ? 'một đối tượng không có trường nào' : `một đối tượng có các trường ${list(f.keys)}`),
  function: 'một hàm',
  symbol: 'một symbol',
  'bigint-array': 'một mảng có kiểu chứa số BigInt',
  'data-view': 'một DataView',
};

/** The value a field was given, in Vietnamese. */
export const received = receivedIn(RECEIVED, viNumber);

/** "; nhận được …" when the issue says what was given. */
const got = (f: IssueFacts, w: MessagePlace): string => (f.received === undefined && f.value === undefined ? '' : `; nhận được ${received(f, w)}`);

/** "tiếng Việt" for 'vi' (a `locale` fact is a Locale). */
export const localeName = (locale: Fact): string => (locale === 'en' ? 'tiếng Anh' : 'tiếng Việt');
/** " theo cách viết tiếng Việt" for a `locale` fact, '' without one. */
export const notation = (locale: Fact): string => (locale === undefined || locale === null ? '' : ` theo cách viết ${localeName(locale)}`);

/**
 * The messages whose words depend on the codes of factCodes.ts (what was expected, what hint applies),
 * given the words known: the common ones here, those of the core and of an area in vi.ts (viWith).
 */
export function viShapes(expected: Partial<Words<string>>, hints: Partial<Words<string>>) {
  const wanted = expectedIn(expected, 'hoặc');
  return {
    invalid_type: (f: IssueFacts, w: MessagePlace) => `${cap(w.label)} phải là ${wanted(f, w)}${got(f, w)}.`,
    malformed_number: (f: IssueFacts, w: MessagePlace) =>
      `${cap(w.label)}: "${f.value}" không phải là một số viết đúng cách${notation(f.locale)}${f.hint === undefined ? '' : `. ${cap(say(hints, f.hint, f, w))}`}.`,
    // `exclusive` and `hint` facts of invalid_value: in vi.ts, as no common reader gives them
    invalid_value: (f: IssueFacts, w: MessagePlace) => {
      if (f.expected !== undefined) return `${cap(w.label)} phải là ${wanted(f, w)}${got(f, w)}.`;
      return f.allowed === undefined
        ? `${cap(w.label)} có giá trị không dùng được: ${received(f, w)}.`
        : `${cap(w.label)} phải là một trong: ${list(f.allowed)}${got(f, w)}.`;
    },
  };
}

/** Vietnamese messages of the codes the number and option readers give (every area, attainment alone too), keyed by error code. */
export const viCommon: MessageTable<CommonCode> = {
  ...viShapes(viExpectedCommon, viHintCommon),
  not_finite: (f, w) => `${cap(w.label)} phải là một số hữu hạn; nhận được ${received(f, w)}.`,
  negative: (f, w) => `${cap(w.label)} không được là số âm; nhận được ${viNumber(f.value)}.`,
  not_integer: (f, w) => `${cap(w.label)} phải là số nguyên (số đếm); nhận được ${viNumber(f.value)}.`,
  unsafe_number: (f, w) =>
    `${cap(w.label)} là ${viNumber(f.value)}, lớn hơn mức số nguyên mà số JavaScript giữ chính xác được (2^53 − 1); hãy truyền con số dưới dạng chuỗi chữ số.`,
  exponent_not_allowed: (f, w) => `${cap(w.label)} phải viết đủ các chữ số, không dùng dạng số mũ (như 1e3); nhận được "${f.value}".`,
  empty_string: (_f, w) => `${cap(w.label)} đang để trống; hãy nhập một số.`,
  range_inverted: (f, w) => `${cap(w.label)} có cận dưới (${viNumber(f.min)}) lớn hơn cận trên (${viNumber(f.max)}).`,
  unknown_rounding: (f, w) =>
    `Không có chế độ làm tròn ${received(f, w)}${w.key === 'rounding' ? '' : ` (${w.label})`}; hãy chọn một trong: ${list(f.allowed)}.`,
  out_of_range: (f, w) => {
    if (f.count !== undefined) {
      return f.max === '∞'
        ? `${cap(w.label)} phải có ít nhất ${viNumber(f.min)} mục; hiện có ${viNumber(f.count)}.`
        : `${cap(w.label)} chỉ được có nhiều nhất ${viNumber(f.max)} mục; hiện có ${viNumber(f.count)}.`;
    }
    return f.max === '∞'
      ? `${cap(w.label)} phải từ ${viNumber(f.min)} trở lên; nhận được ${received(f, w)}.`
      : `${cap(w.label)} phải nằm trong khoảng từ ${viNumber(f.min)} đến ${viNumber(f.max)}; nhận được ${received(f, w)}.`;
  },
  unknown_key: (f, w) =>
    `${cap(w.parent)} không có trường "${f.key ?? w.key}"${f.allowed ? `; các trường dùng được: ${list(f.allowed)}` : ''}.`,
  missing: (_f, w) => `Thiếu ${w.label}; đây là thông tin bắt buộc.`,
  too_long: (f, w) => `${cap(w.label)} quá dài${f.length === undefined ? '' : ` (${viNumber(f.length)})`}; tối đa là ${viNumber(f.limit)}.`,
  length_mismatch: (f, w) => `${cap(w.label)} có ${viNumber(f.got)} dòng, khác với ${viNumber(f.expected)} dòng của các cột khác.`,
};
