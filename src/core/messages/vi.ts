// Vietnamese messages of the codes beyond the common ones (common.vi.ts): dates, periods, trees,
// projections, rule sets. Conventions as in common.vi.ts.
import type { IssueFacts, MessageTable, MoreCode } from '../errors.js';
import { cap, list, notation, viCommon, viNumber, type Fact } from './common.vi.js';

export { list, received, viNumber, type Fact } from './common.vi.js';

/** "2024-07-16" → "16/7/2024", also inside a text ("2011-01-01 – 2021-07-29" → "1/1/2011 – 29/7/2021"). */
function viDates(v: Fact): string {
  return String(v).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${Number(d)}/${Number(mo)}/${y}`);
}

/** "phương pháp CAGR" or, without a method, "cách tính này". */
const method = (f: IssueFacts): string => (f.method === undefined || f.method === null || f.method === '' ? 'cách tính này' : `phương pháp ${String(f.method)}`);

/** Vietnamese messages of the other codes, keyed by error code. */
const viMore: MessageTable<MoreCode> = {
  ambiguous_number: (f, w) =>
    `${cap(w.label)}: "${f.value}" có thể hiểu theo hai cách; ${f.hint_vi ?? `${notation(f.locale).trim() || 'ở đây'}, hãy viết đủ các nhóm ba chữ số hàng nghìn, hoặc viết rõ dấu thập phân`}.`,
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

/** Vietnamese messages of every code but those of rule data. */
export const vi: MessageTable = { ...viCommon, ...viMore };
