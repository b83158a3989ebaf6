import type { MessageTable } from '../errors.js';

const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/** Vietnamese messages, keyed by error code. `p` is the path of the offending input, e.g. `target.min`. */
export const vi: MessageTable = {
  invalid_type: (f, p) => `${p} phải là ${f.expected_vi ?? f.expected}; nhận được ${f.received}.`,
  not_finite: (f, p) => `${p} phải là một số hữu hạn; nhận được ${f.received}.`,
  negative: (f, p) => `${p} không được là số âm; nhận được ${f.value}.`,
  not_integer: (f, p) => `${p} phải là số nguyên (số đếm); nhận được ${f.value}.`,
  unsafe_number: (f, p) =>
    `${p} là ${f.value}, vượt quá giới hạn số nguyên chính xác của JavaScript (2^53 − 1); hãy truyền dưới dạng chuỗi thập phân.`,
  exponent_not_allowed: (f, p) => `${p} phải viết dạng thường, không dùng số mũ; nhận được "${f.value}".`,
  empty_string: (_f, p) => `${p} là chuỗi rỗng; hãy nhập một số, ví dụ "97.5".`,
  malformed_number: (f, p) =>
    `${p} không phải là số đúng cách viết${f.locale ? ` (${f.locale})` : ''}: "${f.value}"${f.hint ? `. ${f.hint_vi ?? f.hint}` : ''}.`,
  ambiguous_number: (f, p) =>
    `${p} "${f.value}" không rõ nghĩa theo cách viết ${f.locale}; ${f.hint_vi ?? 'hãy viết đủ nhóm hàng nghìn hoặc dùng dấu thập phân'}.`,
  range_inverted: (f, p) => `${p}: cận dưới của khoảng (${f.min}) lớn hơn cận trên (${f.max}).`,
  unknown_rounding: (f, p) => `${p}: không có cách làm tròn ${f.value}; hãy dùng một trong ${list(f.allowed)}.`,
  out_of_range: (f, p) => `${p} phải nằm trong khoảng ${f.min} đến ${f.max}; nhận được ${f.value}.`,
  invalid_value: (f, p) => `${p} phải là một trong ${list(f.allowed)}; nhận được ${f.value}.`,
  unknown_key: (f, p) => `${p} không phải là trường hợp lệ của dữ liệu này${f.allowed ? `; các trường hợp lệ: ${list(f.allowed)}` : ''}.`,
  missing: (_f, p) => `${p} là bắt buộc.`,
  too_long: (f, p) => `${p} quá dài (${f.length}); giới hạn là ${f.limit}.`,
  too_deep: (f, p) => `${p} lồng quá sâu; giới hạn là ${f.limit} cấp.`,
  invalid_date: (f, p) => `${p} không phải ngày hợp lệ dạng YYYY-MM-DD: "${f.value}".`,
  date_order: (f, p) => `${p}: ngày kết thúc (${f.end}) trước ngày bắt đầu (${f.start}).`,
  unknown_period: (f, p) => `${p}: không đọc được kỳ "${f.value}". Các dạng được hiểu: ${list(f.forms)}.`,
  insufficient_data: (f, p) => `${p}: phương pháp ${f.method ?? ''} cần ít nhất ${f.needed} số liệu; mới có ${f.got}.`,
  nonpositive_base: (f, p) => `${p}: phương pháp ${f.method ?? ''} cần giá trị gốc lớn hơn 0; nhận được ${f.value}.`,
  malformed_rule: (f, p) => `${p}: dữ liệu quy định không hợp lệ: ${f.detail_vi ?? f.detail}.`,
  unsafe_key: (f, p) => `${p}: không được dùng khóa "${f.key}" (có thể chạm tới prototype của đối tượng).`,
  duplicate_id: (f, p) => `${p}: mã "${f.id}" xuất hiện nhiều lần.`,
  unknown_parent: (f, p) => `${p}: đơn vị cấp trên "${f.parent}" của "${f.id}" không có trong cây tổ chức.`,
  cycle: (f, p) => `${p}: cây tổ chức có vòng lặp qua "${f.id}".`,
  length_mismatch: (f, p) => `${p}: các cột có độ dài khác nhau (${f.expected} và ${f.got}).`,
  unsupported_year: (f, p) => `${p}: năm ${f.year} nằm ngoài lịch ngày lễ được hỗ trợ (${f.min}–${f.max}).`,
  zero_total: (_f, p) => `${p}: tổng bằng 0 nên không tính được tỷ lệ.`,
  too_many_targets: (f, p) =>
    `${p}: ${f.to === null || f.to === undefined ? `mọi chỉ tiêu nguyên từ ${f.from} trở lên` : `${f.count} chỉ tiêu nguyên, từ ${f.from} đến ${f.to},`} đều cho ra con số này, nhiều hơn ${f.limit} chỉ tiêu có thể liệt kê; con số in với nhiều chữ số thập phân hơn mới xác định được chỉ tiêu.`,
  no_version_in_force: (f, p) =>
    `${p}: không có phiên bản nào của bộ quy định "${f.id}" có hiệu lực ngày ${f.value}; các phiên bản có hiệu lực ${Array.isArray(f.spans) ? f.spans.join(', ') : String(f.spans)}.`,
};
