// Vietnamese messages of mistakes in rule data. Kept apart from the core table (vi.ts) so that only the
// bundles that read rule data carry them: the rules area passes them where rule data is read, and
// messageFor / flattenIssues (which write any issue again) take them in.
import type { MessagePlace, RuleDataCode, MessageTable } from '../errors.js';
import { list, received, viNumber, type Fact } from './common.vi.js';

/** Fact types of rule data, in words. */
const RULE_WORDS: Readonly<Record<string, string>> = { count: 'số đếm', number: 'số', date: 'ngày', boolean: 'đúng/sai', text: 'văn bản' };
const ruleWord = (v: Fact): string => RULE_WORDS[String(v)] ?? String(v);

/** ['count', 'number', 'date'] → "số đếm, số hoặc ngày"; `words` turns each entry into words first. */
function either(v: Fact, words: (x: Fact) => string = String, or = 'hoặc'): string {
  const a = (Array.isArray(v) ? v : [v]).map((x) => words(x));
  return a.length < 2 ? (a[0] ?? '') : `${a.slice(0, -1).join(', ')} ${or} ${a[a.length - 1] as string}`;
}

/** Where a mistake in rule data is: its path (`versions[0].when.fact`); the message names the thing in words. */
const where = (w: MessagePlace): string => (w.path === 'input' ? 'Bộ quy định' : `Ở ${w.path}`);

/** Vietnamese messages of rule data, keyed by error code. */
export const ruleVi: MessageTable<RuleDataCode> = {
  not_plain_data: (_f, w) => `${where(w)}: không phải dữ liệu JSON thuần (như một đối tượng Date).`,
  invalid_id: (f, w) => `${where(w)}: "${f.value}" không phải là mã hợp lệ (chỉ gồm chữ, số, ".", "_", ":", "-").`,
  invalid_name: (f, w) => `${where(w)}: "${f.value}" không phải là tên hợp lệ (một chữ cái, rồi chữ cái, chữ số hoặc _).`,
  unknown_fact: (f, w) => `${where(w)}: "${f.fact}" không phải là dữ kiện đã khai báo trong facts.`,
  fact_type_mismatch: (f, w) => `${where(w)}: ${f.op ?? f.field} chỉ dùng cho dữ kiện dạng ${either(f.expected, ruleWord)}; "${f.fact}" là dữ kiện dạng ${ruleWord(f.type)}.`,
  invalid_sum_part: (f, w) =>
    `${where(w)}: tổng chỉ cộng các dữ kiện số đếm do người dùng nhập; "${f.fact}" ${f.derived === true ? 'cũng là một tổng' : `là dữ kiện dạng ${ruleWord(f.type)}`}.`,
  exclusive_keys: (f, w) =>
    `${where(w)}: một điều kiện cần đúng một trong ${either(f.allowed)}${Array.isArray(f.keys) && f.keys.length > 0 ? `, không dùng cùng lúc ${either(f.keys, String, 'và')}` : ''}.`,
  measure_not_whole: (f, w) => `${where(w)}: thời gian đo được chỉ so với số nguyên không quá ${viNumber(f.limit)}; nhận được ${received(f, w)}.`,
  inexact_measure: (f, w) => `${where(w)}: in cần cách đo cho ra số nguyên (${list(f.allowed)}), không dùng ${f.measure}.`,
  unknown_condition: (f, w) => `${where(w)}: when không có điều kiện nào mang mã "${f.id}".`,
  version_overlap: (f, w) => `${where(w)}: phiên bản "${f.id}" bắt đầu khi phiên bản "${f.other}" còn hiệu lực.`,
};
