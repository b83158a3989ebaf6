import * as z from 'zod/mini';
import { fail } from './errors.js';
import { MAX_NUMBER_TEXT, isProblem, readNumber } from './_exact.js';
import { describe, type HintCode } from './factCodes.js';
import { SEPARATORS } from './_format.js';
import { parseWith, localeSchema } from './_schema.js';
import type { Locale, LocaleTag } from './locale.js';

/**
 * Options of {@link parseNumber}.
 *
 * @category Formatting
 */
export interface ParseNumberOptions {
  /** The notation of the text: `'vi'` (default; `35.139`, `28,75`) or `'en'` (`35,139`, `28.75`). */
  locale?: LocaleTag;
}

const optionsSchema = z.strictObject({ locale: z.optional(localeSchema) });

/**
 * Reads a figure as a report prints it and returns it as a plain decimal string. Strict: a text that
 * is malformed or could mean two things is an error, never a guess. Thousands groups must have exactly
 * three digits (`1.549`), the decimal separator appears at most once, and a fraction such as
 * `2.018/2.119` is not one number.
 *
 * @param text - the printed figure, e.g. `"35.139"` or `"28,75"`; surrounding spaces are ignored
 * @param options - `locale`, default `'vi'`
 * @returns the value in plain notation, e.g. `"35139"`, `"28.75"`
 * @throws {ChiTieuError} `malformed_number`, `ambiguous_number`, `empty_string`, `too_long`, `invalid_type`
 * @example
 * ```ts
 * import { parseNumber } from 'chitieu';
 * parseNumber('35.139');
 * //=> '35139'
 * parseNumber('28,75');
 * //=> '28.75'
 * parseNumber('1,549.5', { locale: 'en' });
 * //=> '1549.5'
 * ```
 * @category Formatting
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): string {
  const { locale = 'vi' } = parseWith(optionsSchema, options ?? {}, ['options']);
  if (typeof text !== 'string') fail('invalid_type', ['text'], { expected: 'string', ...describe(text) });
  return parseLocalized(text, locale, ['text']);
}

/**
 * The reader behind parseNumber, also used by the claim checker. Scans once, left to right, so it is
 * linear in the length of the text whatever it holds.
 */
export function parseLocalized(text: string, locale: Locale, path: (string | number)[]): string {
  const s = text.trim().replace(/^\u2212/, '-');
  if (s === '') fail('empty_string', path);
  if (s.length > MAX_NUMBER_TEXT) fail('too_long', path, { length: s.length, limit: MAX_NUMBER_TEXT });
  const { group, decimal } = SEPARATORS[locale];
  const bad = (hint: HintCode, char?: string) => fail('malformed_number', path, char === undefined ? { value: s, locale, hint } : { value: s, locale, hint, char });
  const ambiguous = () => fail('ambiguous_number', path, { value: s, locale, group, decimal });
  if (s.includes('/')) bad('ratio');
  let i = 0;
  let sign = '';
  if (s[0] === '-' || s[0] === '+') { sign = s[0] === '-' ? '-' : ''; i = 1; }
  let intPart = '';
  let groups = 0;
  let run = 0; // digits since the last group separator (or the start)
  let fracPart: string | undefined;
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c >= '0' && c <= '9') {
      if (fracPart !== undefined) fracPart += c;
      else { intPart += c; run++; }
    } else if (c === group && fracPart === undefined) {
      // the first group has 1–3 digits and does not start with 0 ("0.500" is no thousands figure);
      // every later group has exactly 3
      if (run === 0 || (groups === 0 ? run > 3 || intPart.charCodeAt(0) === 48 : run !== 3)) {
        ambiguous();
      }
      groups++;
      run = 0;
    } else if (c === decimal && fracPart === undefined) {
      if (groups > 0 && run !== 3) ambiguous();
      fracPart = '';
    } else {
      bad('unexpected-character', c);
    }
  }
  if (intPart === '') bad('no-integer-digits');
  if (fracPart === undefined && groups > 0 && run !== 3) {
    ambiguous();
  }
  if (fracPart === '') bad('no-fraction-digits');
  const r = readNumber(sign + intPart + (fracPart === undefined ? '' : `.${fracPart}`));
  if (isProblem(r)) return fail(r.code, path, r.facts);
  return r.text;
}
