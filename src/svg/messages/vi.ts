// Chữ của các biểu đồ bằng tiếng Việt: tiêu đề, chú giải, trạng thái và câu mô tả.
import { dateVi } from '../../core/_calendar.js';
import { localize } from '../../core/_format.js';
import type { BulletWords, TermChartFacts, TermChartWords } from '../_words.js';

const n = (plain: string): string => localize(plain, 'vi');

/** Chữ của biểu đồ thanh (bullet chart). "Vượt" riêng lẻ ở mức tối đa sẽ đọc thành "vượt mức". */
export const bulletWordsVi: BulletWords = {
  title: 'Kết quả so với chỉ tiêu',
  status: {
    target: { 'not-met': 'chưa đạt', met: 'đạt', exceeded: 'vượt' },
    'at-most': { 'not-met': 'vượt mức tối đa', met: 'bằng mức tối đa', exceeded: 'dưới mức tối đa' },
    range: { 'not-met': 'dưới khoảng', met: 'trong khoảng', exceeded: 'trên khoảng' },
  },
};

/** Chữ của biểu đồ tiến độ nhiệm kỳ. */
export const termWordsVi: TermChartWords = { title: 'Tiến độ thực hiện chỉ tiêu nhiệm kỳ', cumulative: 'Lũy kế', pace: 'Tiến độ đều', projection: 'Dự báo' };

const PACE = { ahead: 'vượt tiến độ đều', behind: 'chậm hơn tiến độ đều' } as const;

/** Câu mô tả (`<desc>`) của biểu đồ tiến độ nhiệm kỳ. */
export function termDescriptionVi(f: TermChartFacts): string {
  const unit = f.unit === null ? '' : ` ${f.unit}`;
  const term = `${dateVi(f.start)}–${dateVi(f.end)}`;
  let s: string;
  if (f.last === null) s = `Chưa có số liệu lũy kế trong nhiệm kỳ ${term}; chỉ tiêu ${n(f.target)}${unit}.`;
  else {
    const l = f.last;
    const where = l.pace !== 'on-track' ? PACE[l.pace] : l.tolerance === '0' ? 'đúng tiến độ đều' : `đúng tiến độ đều (trong khoảng ±${n(l.tolerance)}%)`;
    s = `Lũy kế ${n(l.value)}/${n(f.target)}${unit} đến ${dateVi(l.date)} (nhiệm kỳ ${term}), ${where}.`;
  }
  return f.projection === null ? s : `${s} Dự báo ${n(f.projection.value)} vào ${dateVi(f.projection.date)}.`;
}
