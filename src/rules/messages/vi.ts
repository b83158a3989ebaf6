// Câu tiếng Việt của phần giải thích quy tắc, viết từ mã và dữ kiện của từng mục.
import { dateVi } from '../../core/_calendar.js';
import { localize } from '../../core/_format.js';
import type { ConditionReasonFacts, NamedFact, RuleMessageTable, RuleReasonFacts } from '../reasons.js';
import type { DateMeasure } from '../types.js';

const n = (plain: string): string => localize(plain, 'vi');
const STATUS = { pass: 'Đạt', fail: 'Không đạt', unknown: 'Chưa xác định' } as const;

/** "Đạt: tiêu đề (chi tiết). Áp dụng ngoại lệ: nhãn." */
function condition(f: ConditionReasonFacts, detail: string): string {
  const applied = f.exceptions.length === 0 ? '' : ` Áp dụng ngoại lệ: ${f.exceptions.map((x) => x.label.vi).join('; ')}.`;
  return `${STATUS[f.result]}: ${f.title.vi} (${detail}).${applied}`;
}

/** A fact's value as the sentence shows it: 1.549, 16/7/2024, có, "văn bản". */
function value(f: RuleReasonFacts['test-value']): string {
  if (typeof f.value === 'boolean') return f.value ? 'có' : 'không';
  if (f.type === 'date') return dateVi(f.value);
  return f.type === 'text' ? `"${f.value}"` : n(f.value);
}

/** "tròn 311 tháng", "hơn 15 năm": the measured time in words. */
function measured(measure: DateMeasure, v: string, exact: boolean): string {
  switch (measure) {
    case 'fullYears': return `tròn ${v} năm`;
    case 'fullMonths': return `tròn ${v} tháng`;
    case 'years': return `${exact ? 'đúng' : 'hơn'} ${v} năm`;
    case 'months': return `${exact ? 'đúng' : 'hơn'} ${v} tháng`;
    case 'days': return `${v} ngày`;
    case 'workingDays': return `${v} ngày làm việc`;
  }
}

const named = (facts: readonly NamedFact[]): string => facts.map((x) => `${x.title.vi} (${x.fact})`).join(', ');
/** A text of the rule data as a sentence: with its final full stop. */
const closed = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** Bảng câu tiếng Việt của phần giải thích quy tắc. */
export const vi: RuleMessageTable = {
  eligible: (f) => `Đủ điều kiện: ${f.title.vi}.`,
  ineligible: (f) => `Không đủ điều kiện: ${f.title.vi}; không đạt: ${f.failed.map((x) => x.title.vi).join('; ')}.`,
  undetermined: (f) => `Chưa xác định: ${f.title.vi}; cần thêm ${named(f.missing)}.`,
  'test-missing': (f) => condition(f, `thiếu ${f.factTitle.vi} (${f.missing.join(', ')})`),
  'test-value': (f) => condition(f, `${f.factTitle.vi} = ${value(f)}`),
  'test-measured': (f) =>
    condition(f, `${f.factTitle.vi} = ${dateVi(f.value)}: ${measured(f.measure, n(f.measured), f.exact)} tính đến ${dateVi(f.asOf)}`),
  group: (f) => condition(f, `${n(f.passed)} đạt, ${n(f.failed)} không đạt, ${n(f.unknown)} chưa xác định`),
  exception: (f) => `${STATUS[f.result]}: ${f.label.vi}.`,
  'exception-applied': (f) => `${STATUS.pass}: ${f.label.vi} (thay cho điều kiện "${f.overrides}").`,
  finding: (f) =>
    f.result === 'pass' ? `Áp dụng: ${closed(f.text.vi)}`
    : f.result === 'fail' ? `Không áp dụng: ${closed(f.text.vi)}`
    : `Chưa xác định: ${closed(f.text.vi)}${f.missing.length === 0 ? '' : ` Cần thêm ${named(f.missing)}.`}`,
  probation: (f) =>
    `Kết nạp ngày ${dateVi(f.ceremonyDate)}: hết ${n(f.probationMonths)} tháng dự bị ngày ${dateVi(f.probationEnds)}; chi bộ phải xét công nhận đảng viên chính thức chậm nhất ngày ${dateVi(f.recognitionDeadline)} (${n(f.recognitionWorkingDays)} ngày làm việc).`,
};
