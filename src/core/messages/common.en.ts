import type { CommonCode, IssueFacts, MessagePlace, MessageTable } from '../errors.js';
import type { AttainmentExpectedCode, CommonExpectedCode, CommonHintCode, ReceivedCode } from '../factCodes.js';
import { braces, expectedIn, receivedIn, say, type Words } from './common.vi.js';

export const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/** The words of the expected codes the common readers give (ExpectedCode). */
export const enExpectedCommon: Words<CommonExpectedCode> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: (f) => (f.fields === undefined ? 'an object' : `an object ${braces(f)}`),
  array: (f) => (f.fields === undefined ? 'an array' : `an array of ${braces(f)}`),
  'whole-number': (f) => (f.min === undefined ? 'a whole number' : `a whole number from ${f.min} to ${f.max}`),
  'number-or-decimal-string': 'a number or a decimal string',
  'attainment-target': 'a number, a decimal string, { atLeast }, { atMost } or { min, max }',
};

/** The words of the expected codes of the rest of the attainment area (see common.vi.ts). */
export const enExpectedAttainment: Words<AttainmentExpectedCode> = {
  'attainment-result': 'a result of attainment()',
  'attainment-result-or-reason': 'a result of attainment() or its reason',
  'text-or-bilingual': 'a string or { vi, en }',
  'number-column': 'an array or typed array of numbers',
};

/** The words of the hints the common readers give (HintCode). */
export const enHintCommon: Words<CommonHintCode> = {
  'comma-decimal': "use '.' as the decimal point, or read report notation with parseNumber(text, { locale: 'vi' })",
  'plain-decimal': 'write a plain decimal such as "97.5"',
  'zero-denominator': 'the denominator of a fraction must not be zero',
};

/** The kinds of value a field can be given (ReceivedCode) whose code does not read as English as it is (`null`, `undefined`). */
const RECEIVED: Partial<Words<ReceivedCode>> = {
  nan: 'NaN',
  infinity: 'Infinity',
  'negative-infinity': '-Infinity',
  array: 'an array',
  object: (f) => (!Array.isArray(f.keys) ? 'an object' : f.keys.length === 0 ? 'an object with no fields' : `an object with ${list(f.keys)}`),
  function: 'a function',
  symbol: 'a symbol',
  'bigint-array': 'a BigInt typed array',
  'data-view': 'a DataView',
};

/** The value a field was given, in English. */
export const received = receivedIn(RECEIVED, String);

/** "; got …" when the issue says what was given. */
const got = (f: IssueFacts, w: MessagePlace): string => (f.received === undefined && f.value === undefined ? '' : `; got ${received(f, w)}`);

/** The messages whose words depend on the codes of factCodes.ts (see viShapes in common.vi.ts). */
export function enShapes(expected: Partial<Words<string>>, hints: Partial<Words<string>>) {
  const wanted = expectedIn(expected, 'or');
  return {
    invalid_type: (f: IssueFacts, w: MessagePlace) => `${w.label} must be ${wanted(f, w)}${got(f, w)}.`,
    malformed_number: (f: IssueFacts, w: MessagePlace) =>
      `${w.label} is not a number in the expected notation${f.locale ? ` (${f.locale})` : ''}: "${f.value}"${f.hint === undefined ? '' : `. ${say(hints, f.hint, f, w)}`}.`,
    // `exclusive` and `hint` facts of invalid_value: in en.ts, as no common reader gives them
    invalid_value: (f: IssueFacts, w: MessagePlace) => {
      if (f.expected !== undefined) return `${w.label} must be ${wanted(f, w)}${got(f, w)}.`;
      return f.allowed === undefined ? `${w.label} has a value that cannot be used: ${received(f, w)}.` : `${w.label} must be one of ${list(f.allowed)}${got(f, w)}.`;
    },
  };
}

/**
 * English messages of the codes the number and option readers give, keyed by error code. `w.label`
 * names the field: its path (`target.min`), or the caller's label when one applies.
 */
export const enCommon: MessageTable<CommonCode> = {
  ...enShapes(enExpectedCommon, enHintCommon),
  not_finite: (f, w) => `${w.label} must be a finite number; got ${received(f, w)}.`,
  negative: (f, w) => `${w.label} must not be negative; got ${f.value}.`,
  not_integer: (f, w) => `${w.label} must be a whole number (a count); got ${f.value}.`,
  unsafe_number: (f, w) =>
    `${w.label} is ${f.value}, beyond what a JavaScript number holds exactly (2^53 − 1); pass it as a decimal string instead.`,
  exponent_not_allowed: (f, w) => `${w.label} must be written in plain notation, without an exponent; got "${f.value}".`,
  empty_string: (_f, w) => `${w.label} is an empty string; give a number such as "97.5".`,
  range_inverted: (f, w) => `${w.label}: the range's min (${f.min}) is greater than its max (${f.max}).`,
  unknown_rounding: (f, w) => `${w.label}: unknown rounding mode ${received(f, w)}; use one of ${list(f.allowed)}.`,
  out_of_range: (f, w) => `${w.label} must be between ${f.min} and ${f.max}; got ${f.count === undefined ? received(f, w) : `${f.count} items`}.`,
  unknown_key: (f, w) => `${w.label} is not a field this input takes${f.allowed ? `; expected ${list(f.allowed)}` : ''}.`,
  missing: (_f, w) => `${w.label} is required.`,
  too_long: (f, w) => `${w.label} is too long${f.length === undefined ? '' : ` (${f.length})`}; the limit is ${f.limit}.`,
  length_mismatch: (f, w) => `${w.label}: the columns have different lengths (${f.expected} and ${f.got}).`,
};
