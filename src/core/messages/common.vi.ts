import type { CommonCode, IssueFacts, MessagePlace, MessageTable } from '../errors.js';

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

// Descriptions of a received value, as the readers write them in English (`describe` in _exact.ts),
// and a few English fact phrases built outside the message tables.
const RECEIVED: Readonly<Record<string, string>> = {
  'an array': 'một mảng',
  'an object': 'một đối tượng',
  'a string': 'một chuỗi',
  'a number': 'một số',
  'true or false': 'true hoặc false',
  object: 'một đối tượng',
  function: 'một hàm',
  symbol: 'một symbol',
  string: 'một chuỗi',
  number: 'một số',
  boolean: 'một giá trị true/false',
  bigint: 'một số BigInt',
  undefined: 'undefined (không có giá trị)',
  'an object with no fields': 'một đối tượng không có trường nào',
  'a BigInt or DataView buffer': 'một vùng nhớ BigInt hoặc DataView',
  'a list with repeats': 'một danh sách có mục lặp lại',
  both: 'cả hai',
  NaN: 'NaN (không phải là số)',
  Infinity: 'Infinity (vô cực)',
  '-Infinity': '-Infinity (âm vô cực)',
};

/** A received value in Vietnamese: a quoted text stays as typed, a number is written the Vietnamese way. */
export function received(v: Fact): string {
  const s = String(v);
  if (s.startsWith('"')) return s;
  const known = RECEIVED[s];
  if (known !== undefined) return known;
  let m = /^an object with (.+)$/.exec(s);
  if (m !== null) return `một đối tượng có các trường ${m[1]}`;
  m = /^(\d+) items$/.exec(s);
  if (m !== null) return `${viNumber(m[1])} phần tử`;
  m = /^more than (\d+) values$/.exec(s);
  if (m !== null) return `hơn ${viNumber(m[1])} giá trị`;
  return viNumber(s);
}

/** `['target or targets, not both']` → the two field names. */
function notBoth(f: IssueFacts): [string, string] | undefined {
  const a = f.allowed;
  const one = Array.isArray(a) && a.length === 1 ? String(a[0]) : typeof a === 'string' ? a : undefined;
  const m = one === undefined ? null : /^(\w+) or (\w+), not both$/.exec(one);
  return m === null ? undefined : [m[1] ?? '', m[2] ?? ''];
}

/** The allowed values of `invalid_value` in Vietnamese: `allowed_vi` when the reader gives one. */
function allowed(f: IssueFacts, w: MessagePlace): string | undefined {
  if (f.allowed_vi !== undefined) return list(f.allowed_vi);
  const a = f.allowed;
  const one = Array.isArray(a) && a.length === 1 ? String(a[0]) : typeof a === 'string' ? a : undefined;
  if (one === 'a valid value') return undefined;
  if (one !== undefined) {
    if (one === 'plan with target; with targets, give each its own plan') {
      return `kế hoạch đi cùng ${w.labelOf('target')}; với ${w.labelOf('targets')}, mỗi chỉ tiêu có kế hoạch riêng`;
    }
  }
  return list(a);
}

const LOCALE_NAMES: Readonly<Record<string, string>> = { vi: 'tiếng Việt', en: 'tiếng Anh', 'vi-VN': 'tiếng Việt', 'en-US': 'tiếng Anh' };
export const notation = (locale: Fact): string => (locale === undefined || locale === null ? '' : ` theo cách viết ${LOCALE_NAMES[String(locale)] ?? String(locale)}`);


/** Vietnamese messages, keyed by error code. */

/** Vietnamese messages of the codes the number and option readers give (every area, attainment alone too), keyed by error code. */
export const viCommon: MessageTable<CommonCode> = {
  invalid_type: (f, w) => `${cap(w.label)} phải là ${f.expected_vi ?? received(f.expected)}; nhận được ${received(f.received)}.`,
  not_finite: (f, w) => `${cap(w.label)} phải là một số hữu hạn; nhận được ${received(f.received)}.`,
  negative: (f, w) => `${cap(w.label)} không được là số âm; nhận được ${viNumber(f.value)}.`,
  not_integer: (f, w) => `${cap(w.label)} phải là số nguyên (số đếm); nhận được ${viNumber(f.value)}.`,
  unsafe_number: (f, w) =>
    `${cap(w.label)} là ${viNumber(f.value)}, lớn hơn mức số nguyên mà số JavaScript giữ chính xác được (2^53 − 1); hãy truyền con số dưới dạng chuỗi chữ số.`,
  exponent_not_allowed: (f, w) => `${cap(w.label)} phải viết đủ các chữ số, không dùng dạng số mũ (như 1e3); nhận được "${f.value}".`,
  empty_string: (_f, w) => `${cap(w.label)} đang để trống; hãy nhập một số.`,
  malformed_number: (f, w) =>
    `${cap(w.label)}: "${f.value}" không phải là một số viết đúng cách${notation(f.locale)}${f.hint !== undefined || f.hint_vi !== undefined ? `. ${cap(String(f.hint_vi ?? f.hint))}` : ''}.`,
  range_inverted: (f, w) => `${cap(w.label)} có cận dưới (${viNumber(f.min)}) lớn hơn cận trên (${viNumber(f.max)}).`,
  unknown_rounding: (f, w) =>
    `Không có chế độ làm tròn ${received(f.value)}${w.key === 'rounding' ? '' : ` (${w.label})`}; hãy chọn một trong: ${list(f.allowed)}.`,
  out_of_range: (f, w) => {
    const items = /^(\d+) items$/.exec(String(f.value));
    if (items !== null) {
      return f.max === '∞'
        ? `${cap(w.label)} phải có ít nhất ${viNumber(f.min)} mục; hiện có ${viNumber(items[1])}.`
        : `${cap(w.label)} chỉ được có nhiều nhất ${viNumber(f.max)} mục; hiện có ${viNumber(items[1])}.`;
    }
    return f.max === '∞'
      ? `${cap(w.label)} phải từ ${viNumber(f.min)} trở lên; nhận được ${received(f.value)}.`
      : `${cap(w.label)} phải nằm trong khoảng từ ${viNumber(f.min)} đến ${viNumber(f.max)}; nhận được ${received(f.value)}.`;
  },
  invalid_value: (f, w) => {
    const pair = notBoth(f);
    if (pair !== undefined) return `Chỉ được dùng một trong hai: ${w.labelOf(pair[0])} hoặc ${w.labelOf(pair[1])}, không dùng cả hai.`;
    const a = allowed(f, w);
    return a === undefined
      ? `${cap(w.label)} có giá trị không dùng được: ${received(f.value)}.`
      : `${cap(w.label)} phải là một trong: ${a}; nhận được ${received(f.value)}.`;
  },
  unknown_key: (f, w) =>
    `${cap(w.parent)} không có trường "${f.key ?? w.key}"${f.allowed ? `; các trường dùng được: ${list(f.allowed)}` : ''}.`,
  missing: (_f, w) => `Thiếu ${w.label}; đây là thông tin bắt buộc.`,
  too_long: (f, w) => `${cap(w.label)} quá dài (${received(f.length)}); tối đa là ${viNumber(f.limit)}.`,
  length_mismatch: (f, w) => `${cap(w.label)} có ${viNumber(f.got)} dòng, khác với ${viNumber(f.expected)} dòng của các cột khác.`,
};
