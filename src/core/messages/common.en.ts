import type { CommonCode, MessageTable } from '../errors.js';

export const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/**
 * English messages of the codes the number and option readers give, keyed by error code. `w.label`
 * names the field: its path (`target.min`), or the caller's label when one applies.
 */
export const enCommon: MessageTable<CommonCode> = {
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
  range_inverted: (f, w) => `${w.label}: the range's min (${f.min}) is greater than its max (${f.max}).`,
  unknown_rounding: (f, w) => `${w.label}: unknown rounding mode ${f.value}; use one of ${list(f.allowed)}.`,
  out_of_range: (f, w) => `${w.label} must be between ${f.min} and ${f.max}; got ${f.value}.`,
  invalid_value: (f, w) => `${w.label} must be one of ${list(f.allowed)}; got ${f.value}.`,
  unknown_key: (f, w) => `${w.label} is not a field this input takes${f.allowed ? `; expected ${list(f.allowed)}` : ''}.`,
  missing: (_f, w) => `${w.label} is required.`,
  too_long: (f, w) => `${w.label} is too long (${f.length}); the limit is ${f.limit}.`,
  length_mismatch: (f, w) => `${w.label}: the columns have different lengths (${f.expected} and ${f.got}).`,
};
