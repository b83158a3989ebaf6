import type { MessageTable, MoreCode } from '../errors.js';
import { enCommon, list } from './common.en.js';

/** English messages of the codes beyond the common ones (common.en.ts), keyed by error code. */
const enMore: MessageTable<MoreCode> = {
  ambiguous_number: (f, w) =>
    `${w.label} "${f.value}" is ambiguous in ${f.locale} notation; ${f.hint ?? 'write it with a complete thousands group or a decimal separator'}.`,
  too_deep: (f, w) => `${w.label} is nested too deeply; the limit is ${f.limit} levels.`,
  invalid_date: (f, w) => `${w.label} is not a real calendar date in YYYY-MM-DD form: "${f.value}".`,
  date_order: (f, w) => `${w.label}: the end (${f.end}) is before the start (${f.start}).`,
  unknown_period: (f, w) => `${w.label}: cannot read the period "${f.value}". Understood forms: ${list(f.forms)}.`,
  insufficient_data: (f, w) => `${w.label}: the ${f.method ?? 'method'} needs at least ${f.needed} data points; got ${f.got}.`,
  nonpositive_base: (f, w) => `${w.label}: the ${f.method ?? 'method'} needs a base value above zero; got ${f.value}.`,
  unsafe_key: (f, w) => `${w.label}: the key "${f.key}" is not allowed (it could reach an object's prototype).`,
  duplicate_id: (f, w) => `${w.label}: the id "${f.id}" appears more than once.`,
  unknown_parent: (f, w) => `${w.label}: the parent "${f.parent}" of "${f.id}" is not in the tree.`,
  cycle: (f, w) => `${w.label}: the organisation tree has a cycle through "${f.id}".`,
  unsupported_year: (f, w) => `${w.label}: the year ${f.year} is outside the supported holiday calendar (${f.min}–${f.max}).`,
  zero_total: (_f, w) => `${w.label}: the total is zero, so no share can be computed.`,
  too_many_targets: (f, w) =>
    `${w.label}: ${f.to === null || f.to === undefined ? `every whole-number target from ${f.from} up` : `${f.count} whole-number targets, from ${f.from} to ${f.to},`} give${f.to === null || f.to === undefined ? 's' : ''} this figure, more than the ${f.limit} that can be listed; a figure printed with more decimals pins the target down.`,
  no_version_in_force: (f, w) =>
    `${w.label}: no version of the rule set "${f.id}" is in force on ${f.value}; its versions cover ${Array.isArray(f.spans) ? f.spans.join(', ') : String(f.spans)}.`,
};

/** English messages of every code but those of rule data. */
export const en: MessageTable = { ...enCommon, ...enMore };
