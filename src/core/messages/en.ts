import type { MessageTable } from '../errors.js';

export const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/**
 * English messages, keyed by error code. `w.label` names the field: its path (`target.min`), or the
 * caller's label when one applies.
 */
export const en: MessageTable = {
  invalid_type: (f, w) => `${w.label} must be ${f.expected}; got ${f.received}.`,
  not_finite: (f, w) => `${w.label} must be a finite number; got ${f.received}.`,
  negative: (f, w) => `${w.label} must not be negative; got ${f.value}.`,
  not_integer: (f, w) => `${w.label} must be a whole number (a count); got ${f.value}.`,
  unsafe_number: (f, w) =>
    `${w.label} is ${f.value}, beyond what a JavaScript number holds exactly (2^53 − 1); pass it as a decimal string instead.`,
  exponent_not_allowed: (f, w) => `${w.label} must be written in plain notation, without an exponent; got "${f.value}".`,
  empty_string: (_f, w) => `${w.label} is an empty string; give a number such as "97.5".`,
  malformed_number: (f, w) =>
    `${w.label} is not a number in the expected notation${f.locale ? ` (${f.locale})` : ''}: "${f.value}"${f.hint ? `. ${f.hint}` : ''}.`,
  ambiguous_number: (f, w) =>
    `${w.label} "${f.value}" is ambiguous in ${f.locale} notation; ${f.hint ?? 'write it with a complete thousands group or a decimal separator'}.`,
  range_inverted: (f, w) => `${w.label}: the range's min (${f.min}) is greater than its max (${f.max}).`,
  unknown_rounding: (f, w) => `${w.label}: unknown rounding mode ${f.value}; use one of ${list(f.allowed)}.`,
  out_of_range: (f, w) => `${w.label} must be between ${f.min} and ${f.max}; got ${f.value}.`,
  invalid_value: (f, w) => `${w.label} must be one of ${list(f.allowed)}; got ${f.value}.`,
  unknown_key: (f, w) => `${w.label} is not a field this input takes${f.allowed ? `; expected ${list(f.allowed)}` : ''}.`,
  missing: (_f, w) => `${w.label} is required.`,
  too_long: (f, w) => `${w.label} is too long (${f.length}); the limit is ${f.limit}.`,
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
  length_mismatch: (f, w) => `${w.label}: the columns have different lengths (${f.expected} and ${f.got}).`,
  unsupported_year: (f, w) => `${w.label}: the year ${f.year} is outside the supported holiday calendar (${f.min}–${f.max}).`,
  zero_total: (_f, w) => `${w.label}: the total is zero, so no share can be computed.`,
  too_many_targets: (f, w) =>
    `${w.label}: ${f.to === null || f.to === undefined ? `every whole-number target from ${f.from} up` : `${f.count} whole-number targets, from ${f.from} to ${f.to},`} give${f.to === null || f.to === undefined ? 's' : ''} this figure, more than the ${f.limit} that can be listed; a figure printed with more decimals pins the target down.`,
  no_version_in_force: (f, w) =>
    `${w.label}: no version of the rule set "${f.id}" is in force on ${f.value}; its versions cover ${Array.isArray(f.spans) ? f.spans.join(', ') : String(f.spans)}.`,
};
