// Câu tiếng Việt của lý do trạng thái (chưa đạt, đạt, vượt), viết từ dữ kiện của kết quả.
import { localize } from '../../core/_format.js';
import type { StatusFacts, StatusMessageTable } from '../types.js';
import type { DescribeWords } from '../_describeWords.js';

const fig = (plain: string, f: StatusFacts): string => localize(plain, 'vi') + (f.kind === 'rate' ? '%' : '');
const gap = (f: StatusFacts): string => localize(f.gap, 'vi') + (f.kind === 'rate' ? ' điểm %' : '');
const range = (f: StatusFacts): string => (f.target.form === 'range' ? `${fig(f.target.min, f)}–${fig(f.target.max, f)}` : '');
const value = (f: StatusFacts): string => (f.target.form === 'range' ? '' : fig(f.target.value, f));
/** "chỉ tiêu 80", "chỉ tiêu ít nhất 400". */
const named = (f: StatusFacts): string => (f.target.form === 'at-least' ? `chỉ tiêu ít nhất ${value(f)}` : `chỉ tiêu ${value(f)}`);

/** Bảng câu tiếng Việt của lý do trạng thái. */
export const vi: StatusMessageTable = {
  'below-target': (f) => `${fig(f.achieved, f)} chưa đạt ${named(f)}, còn thiếu ${gap(f)}.`,
  'at-target': (f) => `${fig(f.achieved, f)} đạt đúng ${named(f)}.`,
  'above-target': (f) => `${fig(f.achieved, f)} vượt ${named(f)} là ${gap(f)}.`,
  'below-range': (f) => `${fig(f.achieved, f)} thấp hơn khoảng chỉ tiêu ${range(f)}, còn thiếu ${gap(f)} so với mức tối thiểu.`,
  'inside-range': (f) => `${fig(f.achieved, f)} nằm trong khoảng chỉ tiêu ${range(f)}.`,
  'above-range': (f) => `${fig(f.achieved, f)} vượt khoảng chỉ tiêu ${range(f)} là ${gap(f)}.`,
  'above-limit': (f) => `${fig(f.achieved, f)} vượt quá mức tối đa ${value(f)}, cần giảm ${gap(f)}.`,
  'at-limit': (f) => `${fig(f.achieved, f)} bằng đúng mức tối đa ${value(f)}.`,
  'below-limit': (f) => `${fig(f.achieved, f)} thấp hơn mức tối đa ${value(f)} là ${gap(f)}.`,
};

/** Chữ của câu `describeAttainment` bằng tiếng Việt. */
export const describeVi: DescribeWords = {
  target: (ref) => `chỉ tiêu ${ref}`,
  atMost: (v) => `không quá ${v}`,
  atLeast: (v) => `ít nhất ${v}`,
  points: (x) => `${localize(x, 'vi')} điểm %`,
  rateOver: (p) => `vượt ${p}`,
  rateShort: (p) => `thấp hơn ${p}`,
  met: 'đạt chỉ tiêu',
  belowMinimum: (pct, short) => `đạt ${pct} mức tối thiểu, còn thiếu ${short}`,
  countOver: (pct, over) => `, đạt ${pct}, vượt ${over} chỉ tiêu`,
  countOf: (pct) => `, đạt ${pct} chỉ tiêu`,
  countShort: (short) => `, còn thiếu ${short}`,
  limitKept: (s) => `đạt chỉ tiêu (thấp hơn mức tối đa ${s})`,
  limitMissed: (s) => `chưa đạt chỉ tiêu (vượt mức tối đa ${s}, cần giảm ${s})`,
  exceeded: (s) => `vượt chỉ tiêu (${s})`,
  notMet: (s) => `chưa đạt chỉ tiêu (còn thiếu ${s})`,
};
