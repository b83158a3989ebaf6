// Câu tiếng Việt của các bước giải thích tiến độ nhiệm kỳ, viết từ dữ kiện của từng bước.
import { vi as statusVi } from '../../attainment/messages/vi.js';
import { dateVi } from '../../core/_calendar.js';
import { localize } from '../../core/_format.js';
import type { PeriodLabelTable } from '../_periodLabel.js';
import type { TermSentenceFacts } from '../describeTermProgress.js';
import type { StepMessageTable } from '../steps.js';

const n = (plain: string): string => localize(plain, 'vi');
const METHOD = { linear: 'ngoại suy tuyến tính', cagr: 'tăng trưởng kép hằng năm (CAGR, Open SDG)', unsd: 'tỉ số tiến độ UNSD' } as const;
const AGGREGATION = { sum: 'cộng dồn các kỳ', last: 'số liệu kỳ gần nhất', max: 'giá trị lớn nhất', mean: 'bình quân các kỳ', given: 'số liệu đã cho' } as const;
const PACE = { ahead: 'vượt tiến độ', 'on-track': 'đúng tiến độ', behind: 'chậm tiến độ' } as const;

/** Bảng câu tiếng Việt của các bước. */
export const vi: StepMessageTable = {
  'elapsed-not-started': (f) => `Ngày ${dateVi(f.asOf)} trước khi ${f.term.vi} bắt đầu (${dateVi(f.termStart)}): thời gian đã qua là 0.`,
  'elapsed-ended': (f) => `${f.term.vi} kết thúc ngày ${dateVi(f.termEnd)}: đã qua toàn bộ ${f.totalDays} ngày.`,
  elapsed: (f) => `Tính đến ${dateVi(f.asOf)}, đã qua ${f.elapsedDays}/${f.totalDays} ngày của ${f.term.vi} (${dateVi(f.termStart)}–${dateVi(f.termEnd)}), tức ${n(f.percent)}%.`,
  cumulative: (f) =>
    `Lũy kế đến ${dateVi(f.asOf)} (${AGGREGATION[f.aggregation]}): ${n(f.value)}${f.rounded ? ' (không phải số thập phân hữu hạn: so với chỉ tiêu theo phân số chính xác, số đạt được ghi làm tròn đến 10 chữ số thập phân)' : ''}.`,
  'projected-at-end': (f) => `Giữ nhịp độ hiện nay, đến hết ${f.term.vi} đạt khoảng ${n(f.value)}.`,
  attainment: (f) => statusVi[f.code](f.facts),
  'expected-by-now': (f) =>
    f.basis === 'plan' ? `Theo kế hoạch từng kỳ, đến ${dateVi(f.asOf)} cần đạt ${n(f.value)}.` : `Theo nhịp độ đều, đến ${dateVi(f.asOf)} cần đạt ${n(f.value)} (chỉ tiêu × thời gian đã qua).`,
  pace: (f) =>
    `Lũy kế ${n(f.cumulative)} ${f.side === 'above' ? 'cao hơn' : f.side === 'below' ? 'thấp hơn' : `nằm trong khoảng ±${n(f.tolerance)}% quanh`} mức cần có ${n(f.expected)}${f.side === 'within' ? '' : ` quá ${n(f.tolerance)}%`}: ${PACE[f.pace]}.`,
  'required-not-applicable': () => 'Chỉ tiêu là mức tối đa: không tính mức cần đạt mỗi năm.',
  'required-met': () => 'Đã đạt chỉ tiêu: không cần thêm.',
  'required-ended': (f) => `${f.term.vi} đã kết thúc: không còn thời gian để bù ${n(f.remaining)} còn thiếu.`,
  required: (f) => `Còn thiếu ${n(f.remaining)} trong ${f.remainingDays} ngày còn lại: cần khoảng ${n(f.perYear)} mỗi năm (${n(f.perMonth)} mỗi tháng).`,
  'projection-insufficient': (f) => `Phương pháp ${METHOD[f.method]} cần ít nhất 2 số liệu ở hai thời điểm khác nhau; mới có ${f.got}. ${f.resultsNeeded ? 'Hãy cho kết quả từng kỳ (results).' : ''}`,
  'projection-not-applicable': (f) => `Phương pháp ${METHOD[f.method]} đo tiến tới một chỉ tiêu cần đạt, không áp dụng cho mức tối đa.`,
  'projection-achieved': (f) => `Lũy kế ${n(f.cumulative)} đã đạt chỉ tiêu ${n(f.target)}: ${f.label.vi} (${f.thresholds.vi}).`,
  'projection-linear': (f) => `Theo nhịp độ hiện nay, cuối kỳ đạt khoảng ${n(f.projected)} so với chỉ tiêu ${n(f.target)}: ${f.meets ? 'giữ nhịp độ này sẽ đạt chỉ tiêu' : 'giữ nhịp độ này sẽ không đạt chỉ tiêu'}.`,
  'projection-base-met': (f) => `Giá trị gốc ${n(f.base)} đã đạt chỉ tiêu nhưng nay thấp hơn: ${f.label.vi}.`,
  'projection-cagr': (f) => `Tăng trưởng kép quan sát ${n(f.observed)}%/năm so với mức cần ${n(f.required)}%/năm: tỉ số ${n(f.ratio)}, ${f.label.vi} (${f.thresholds.vi}).`,
  'projection-unsd': (f) => `Dự báo cuối kỳ ${n(f.projected)}, so với mức cần tăng từ ${n(f.base)} lên ${n(f.target)}: tỉ số ${n(f.ratio)}, ${f.label.vi} (${f.thresholds.vi}).`,
};

/** Nhãn lớp của phép ngoại suy tuyến tính (kết quả `projections[].classLabel`). */
export const linearClassVi = { 'on-track': 'Giữ nhịp độ này sẽ đạt chỉ tiêu', 'off-track': 'Giữ nhịp độ này sẽ không đạt chỉ tiêu' } as const;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Tên các kỳ bằng tiếng Việt. */
export const periodLabelsVi: PeriodLabelTable = {
  year: (y) => `năm ${y}`,
  half: (y, first) => `6 tháng ${first ? 'đầu' : 'cuối'} năm ${y}`,
  quarter: (y, q) => `quý ${ROMAN[q - 1]}/${y}`,
  month: (y, m) => `tháng ${m}/${y}`,
  term: (y1, y2) => `nhiệm kỳ ${y1}–${y2}`,
  stage: (y1, y2) => `giai đoạn ${y1}–${y2}`,
  custom: (start, end) => `từ ${dateVi(start)} đến ${dateVi(end)}`,
  monthsOfYear: (y, first, n) => `${n} tháng ${first ? 'đầu' : 'cuối'} năm ${y}`,
  partOfYear: (y, start, end) => `năm ${y} (${dateVi(start)}–${dateVi(end)})`,
};

/** Câu báo cáo tiến độ nhiệm kỳ của một chỉ tiêu (`describeTermProgress`). */
export const termSentenceVi = (f: TermSentenceFacts): string =>
  `${f.target === null ? f.term : `${f.term}, ${f.target}`}: ${f.attainment}; đã qua ${n(f.elapsedPercent)}% thời gian, ${PACE[f.pace]}` +
  (f.perYear === null ? '' : `, cần thêm ${n(f.perYear)}${f.unit === null ? '' : ` ${f.unit}`}/năm`);
