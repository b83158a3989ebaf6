// Vietnamese messages of the codes beyond the common ones (common.vi.ts): dates, periods, trees,
// projections, rule sets. Conventions as in common.vi.ts.
import type { IssueFacts, MessageTable, MoreCode } from '../errors.js';
import type { HintCode, MoreExpectedCode } from '../factCodes.js';
import { cap, list, localeName, notation, say, viCommon, viExpectedAttainment, viExpectedCommon, viHintCommon, viNumber, viShapes, type Fact, type Words } from './common.vi.js';

export { list, received, viNumber, type Fact } from './common.vi.js';

/** "2024-07-16" → "16/7/2024", also inside a text ("2011-01-01 – 2021-07-29" → "1/1/2011 – 29/7/2021"). */
function viDates(v: Fact): string {
  return String(v).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${Number(d)}/${Number(mo)}/${y}`);
}

/** "phương pháp CAGR" or, without a method, "cách tính này". */
const method = (f: IssueFacts): string => (f.method === undefined || f.method === null || f.method === '' ? 'cách tính này' : `phương pháp ${String(f.method)}`);

/** The words of the expected codes every area's readers give (ExpectedCode). */
const viExpectedBase = {
  'non-empty-string': 'một chuỗi khác rỗng',
  date: 'một ngày dạng YYYY-MM-DD',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the core's own functions (messageFor, flattenIssues, fieldLabel, configure) (ExpectedCode). */
const viExpectedCore = {
  issue: 'một vấn đề { code, path, facts }',
  'error-or-issues': 'một ChiTieuError hoặc danh sách các vấn đề của nó',
  path: 'một mảng các khóa và chỉ số',
  'field-labels': 'một đối tượng tên trường { vi, en } theo từng trường',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the period area (ExpectedCode). */
export const viExpectedPeriod = {
  'band-min': 'một số thập phân (chỉ mức cuối cùng mới được để null)',
  bilingual: 'chuỗi { vi, en }',
  'number-below': (f) => `một số nhỏ hơn ${viNumber(f.below)}`,
  period: 'một kỳ viết bằng chữ như "nhiệm kỳ 2020-2025" hoặc { kind, start, end }',
  'period-text': 'một kỳ viết bằng chữ',
  'weight-list': 'một mảng trọng số',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the rollup area (ExpectedCode). */
export const viExpectedRollup = {
  'candidate-list': 'một mảng hồ sơ quần chúng',
  'column-list': 'một mảng cột',
  'count-column': 'một mảng số đếm',
  'counts-by-stage': 'một đối tượng số lượng theo giai đoạn',
  'dates-by-event': 'một đối tượng ngày theo sự kiện',
  'figures-by-indicator': 'một đối tượng theo chỉ tiêu',
  'id-list': 'một mảng mã người',
  'id-lists': 'một mảng danh sách mã',
  'packed-block': 'một khối số đã đóng gói (chuỗi "độ rộng:base64")',
  'parent-row': 'dòng của đơn vị cấp trên, -1 với đơn vị gốc, -2 với đơn vị cấp trên ở ngoài bảng',
  'partial-rollup': 'một kết quả cộng dồn từng phần của rollupPartial()',
  'partial-rollups': 'một mảng kết quả cộng dồn từng phần',
  'pipeline-data': 'một đối tượng { asOf, counts } hoặc { asOf, candidates }',
  'row-list': 'một mảng chỉ số dòng',
  'scorecard-line': 'kết quả attainment, { achieved, target } hoặc { status }',
  'sorted-ids': 'các mã xếp theo thứ tự, không trùng nhau',
  'sorted-names': 'các tên xếp theo thứ tự, không trùng nhau',
  'stage-map': 'một đối tượng theo giai đoạn',
  'string-list': 'một mảng chuỗi',
  'unit-list': 'một mảng đơn vị',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the rules area (ExpectedCode). */
export const viExpectedRules = {
  column: 'một mảng hoặc mảng có kiểu (typed array)',
  count: 'một số nguyên không âm',
  facts: 'một đối tượng chứa các dữ kiện',
  'records-or-columns': 'một mảng bản ghi hoặc một đối tượng gồm các cột',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the claims area (ExpectedCode). */
export const viExpectedClaims = {
  'printed-figure': 'con số in trong báo cáo dạng chuỗi, ví dụ "6,6"',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the pictures (chitieu/svg) (ExpectedCode). */
export const viExpectedSvg = {
  'element-id': 'một chữ cái, theo sau là tối đa 63 chữ cái, chữ số, dấu _ hoặc dấu -',
  'hex-colour': 'một mã màu hệ 16: #rgb, #rgba, #rrggbb hoặc #rrggbbaa',
  'result-target': "chỉ tiêu của một kết quả: { form, value } hoặc { form: 'range', min, max }",
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of every expected code, for the tables that write any issue again (messageFor): a code without words fails to compile here. */
export const viExpectedEvery = (): Words<MoreExpectedCode> => ({ ...viExpectedBase, ...viExpectedCore, ...viExpectedPeriod, ...viExpectedRollup, ...viExpectedRules, ...viExpectedClaims, ...viExpectedSvg });

/** The words of the hints of parseNumber's reader (HintCode): the core's and the claims area's. */
export const viHintsParse = {
  ratio: 'đây có vẻ là tỷ số X/Y; hãy đọc riêng từng vế',
  'unexpected-character': (f) => `ký tự không hợp lệ '${f.char}'`,
  'no-integer-digits': 'không có chữ số trước dấu thập phân',
  'no-fraction-digits': 'không có chữ số sau dấu thập phân',
} satisfies Partial<Words<HintCode>>;

/** The words of the hints of the period area. */
export const viHintsPeriod = {
  'plan-per-target': (_f, w) => `kế hoạch đi cùng ${w.labelOf('target')}; với ${w.labelOf('targets')}, mỗi chỉ tiêu có kế hoạch riêng`,
} satisfies Partial<Words<HintCode>>;

/** The words of the hints of the rules area. */
export const viHintsRules = {
  'significant-digits': (f) => `quy định so sánh số nhị phân: chỉ ghi tối đa ${viNumber(f.limit)} chữ số có nghĩa`,
} satisfies Partial<Words<HintCode>>;

/** The words of every hint: a hint without words fails to compile here. */
export const viHintsEvery = (): Words<HintCode> => ({ ...viHintCommon, ...viHintsParse, ...viHintsPeriod, ...viHintsRules });

/** Vietnamese messages of the other codes, keyed by error code. */
const viMore: MessageTable<MoreCode> = {
  ambiguous_number: (f, w) =>
    `${cap(w.label)}: "${f.value}" có thể hiểu theo hai cách; ${f.group === undefined ? `${notation(f.locale).trim() || 'ở đây'}, hãy viết đủ các nhóm ba chữ số hàng nghìn, hoặc viết rõ dấu thập phân` : `theo cách viết ${localeName(f.locale)}, '${f.group}' ngăn cách hàng nghìn theo nhóm ba chữ số; dấu thập phân là '${f.decimal}'`}.`,
  too_deep: (f, w) => `${cap(w.label)} lồng nhau quá sâu; tối đa ${viNumber(f.limit)} cấp.`,
  invalid_date: (f, w) => `${cap(w.label)} phải là một ngày có thật, viết dạng YYYY-MM-DD (như 2024-07-16); nhận được "${f.value}".`,
  date_order: (f, w) =>
    `Ngày kết thúc (${viDates(f.end)}) sớm hơn ngày bắt đầu (${viDates(f.start)})${w.key === 'start' || w.key === 'end' || w.key === undefined ? '' : ` ở ${w.label}`}.`,
  unknown_period: (f, w) => `${cap(w.label)}: không đọc được kỳ "${f.value}". Các dạng được hiểu: ${list(f.forms)}.`,
  insufficient_data: (f, w) => `${cap(w.label)}: ${method(f)} cần ít nhất ${viNumber(f.needed)} số liệu; mới có ${viNumber(f.got)}.`,
  nonpositive_base: (f, w) => `${cap(w.label)}: ${method(f)} cần giá trị gốc lớn hơn 0; nhận được ${viNumber(f.value)}.`,
  unsafe_key: (f, w) =>
    `Không được dùng khóa "${f.key}" ở ${w.key === f.key ? w.parent : w.label} (khóa này có thể chạm tới nguyên mẫu — prototype — của đối tượng).`,
  duplicate_id: (f, w) => `${cap(w.label)} là "${f.id}", trùng với một mã đã có.`,
  unknown_parent: (f) => `Đơn vị cấp trên "${f.parent}" của đơn vị "${f.id}" không có trong cây tổ chức.`,
  cycle: (f) => `Cây tổ chức có vòng lặp qua đơn vị "${f.id}".`,
  unsupported_year: (f, w) =>
    `${cap(w.label)} rơi vào năm ${f.year}, ngoài lịch ngày nghỉ lễ mà thư viện có (${f.min}–${f.max}).`,
  zero_total: (_f, w) => `${cap(w.label)} có tổng bằng 0 nên không tính được tỷ lệ.`,
  too_many_targets: (f, w) =>
    `${cap(w.label)} ứng với ${f.to === null || f.to === undefined ? `mọi chỉ tiêu nguyên từ ${viNumber(f.from)} trở lên` : `${viNumber(f.count)} chỉ tiêu nguyên, từ ${viNumber(f.from)} đến ${viNumber(f.to)}`}, nhiều hơn ${viNumber(f.limit)} chỉ tiêu có thể liệt kê; con số in với nhiều chữ số thập phân hơn mới xác định được chỉ tiêu.`,
  no_version_in_force: (f) =>
    `Không có phiên bản nào của bộ quy định "${f.id}" có hiệu lực vào ngày ${viDates(f.value)}; các phiên bản có hiệu lực ${viDates(list(f.spans))}.`,
};

/**
 * Vietnamese messages of every code but those of rule data, with the words of the expected codes every
 * area gives, of `words` and of the hints in `more` (an area's: messages/tables.ts gives each area its own, so a bundle carries the words
 * of the areas it holds only).
 */
export function viWith(words: Partial<Words<MoreExpectedCode>>, more: Partial<Words<HintCode>>): MessageTable {
  const hints = { ...viHintCommon, ...more };
  const shapes = viShapes({ ...viExpectedCommon, ...viExpectedAttainment, ...viExpectedBase, ...words }, hints);
  return {
    ...viCommon,
    ...shapes,
    invalid_value: (f, w) => {
      const pair = f.exclusive;
      if (Array.isArray(pair)) return `Chỉ được dùng một trong hai: ${w.labelOf(String(pair[0]))} hoặc ${w.labelOf(String(pair[1]))}, không dùng cả hai.`;
      return f.hint === undefined ? shapes.invalid_value(f, w) : `${cap(w.label)} không dùng được ở đây: ${say(hints, f.hint, f, w)}.`;
    },
    ...viMore,
  };
}

/** Vietnamese messages of every code but those of rule data, with the core's words (allTables). */
export const vi: MessageTable = /* @__PURE__ */ viWith(viExpectedCore, viHintsParse);
