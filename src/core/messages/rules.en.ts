// English messages of mistakes in rule data, apart from the core table (see rules.vi.ts).
import type { MessageTable, RuleDataCode } from '../errors.js';
import { list, received } from './common.en.js';

/** ['op', 'between', 'in'] → "op, between or in". */
const either = (v: unknown, or = 'or'): string => {
  const a = Array.isArray(v) ? v.map(String) : [String(v)];
  return a.length < 2 ? (a[0] ?? '') : `${a.slice(0, -1).join(', ')} ${or} ${a[a.length - 1] as string}`;
};

/** English messages of rule data, keyed by error code. */
export const ruleEn: MessageTable<RuleDataCode> = {
  not_plain_data: (_f, w) => `${w.label}: not plain JSON data (an object of a class such as Date).`,
  invalid_id: (f, w) => `${w.label}: "${f.value}" is not a valid id (letters, digits, ".", "_", ":", "-").`,
  invalid_name: (f, w) => `${w.label}: "${f.value}" is not a valid name (a letter, then letters, digits or _).`,
  unknown_fact: (f, w) => `${w.label}: "${f.fact}" is not a declared fact.`,
  fact_type_mismatch: (f, w) => `${w.label}: ${f.op ?? f.field} applies only to ${either(f.expected)} facts; "${f.fact}" is a ${f.type} fact.`,
  invalid_sum_part: (f, w) => `${w.label}: a sum adds count facts the caller gives; "${f.fact}" is ${f.derived === true ? 'a sum' : `a ${f.type} fact`}.`,
  exclusive_keys: (f, w) =>
    `${w.label}: a condition takes exactly one of ${either(f.allowed)}${Array.isArray(f.keys) && f.keys.length > 0 ? `, not ${either(f.keys, 'and')}` : ''}.`,
  measure_not_whole: (f, w) => `${w.label}: a measured time is compared with a whole number up to ${f.limit}; got ${received(f, w)}.`,
  inexact_measure: (f, w) => `${w.label}: in needs a whole measure (${list(f.allowed)}), not ${f.measure}.`,
  unknown_condition: (f, w) => `${w.label}: no condition of when has the id "${f.id}".`,
  version_overlap: (f, w) => `${w.label}: version "${f.id}" starts while "${f.other}" is in force.`,
};
