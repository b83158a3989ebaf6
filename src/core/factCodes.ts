// The enumerations error facts name things with (see IssueFacts): what a field takes (`expected`), what
// it was given (`received`) and how to write it instead (`hint`). The words for each code are in the
// message tables of each language (messages/common.*.ts for the codes every bundle may need, messages/vi.ts
// and en.ts for the others), so facts stay plain data and adding a language adds tables, not facts.

/**
 * What a field takes, in the `expected` fact of `invalid_type` (and of `invalid_value` when the value
 * has the right type but not the right form). A list of codes means any of them. Extra facts refine a
 * few: `fields` lists the fields of an `'object'` (or of each entry of an `'array'`) when the message
 * names them, `min` and `max` bound a `'whole-number'`, `below` bounds a `'number-below'`. The codes
 * are in three groups only so that a bundle carries the words of those it can report.
 *
 * @example
 * ```ts
 * import { safeAttainment } from 'chitieu';
 * safeAttainment({ achieved: [], target: 80 } as never).error?.issues[0]?.facts;
 * //=> { expected: 'number-or-decimal-string', received: 'array' }
 * ```
 * @category Errors
 */
export type ExpectedCode = CommonExpectedCode | AttainmentExpectedCode | MoreExpectedCode;

/**
 * The {@link ExpectedCode}s of the number and option readers and of `attainment`: plain values
 * (`'whole-number'` with `min` and `max`), `'number-or-decimal-string'`, and `'attainment-target'` (a
 * number, a decimal string, `{ atLeast }`, `{ atMost }` or `{ min, max }`).
 *
 * @category Errors
 */
export type CommonExpectedCode =
  | 'number'
  | 'string'
  | 'boolean'
  | 'object'
  | 'array'
  | 'whole-number'
  | 'number-or-decimal-string'
  | 'attainment-target';

/**
 * The {@link ExpectedCode}s of the rest of the attainment area: a result (`explainAttainment`,
 * `describeAttainment`), a unit (`'text-or-bilingual'`: a string or `{ vi, en }`), a column of
 * `attainmentBatch` (`'number-column'`: an array or typed array of numbers).
 *
 * @category Errors
 */
export type AttainmentExpectedCode = 'attainment-result' | 'attainment-result-or-reason' | 'text-or-bilingual' | 'number-column';

/**
 * The {@link ExpectedCode}s of the other areas: plain values (`'count'` is a whole number ≥ 0, `'date'` a
 * text `YYYY-MM-DD`, `'bilingual'` `{ vi, en }` strings, `'number-below'` a number below `below`), the
 * library's own inputs (periods, printed figures, partial rollups, pipelines, issues…), maps and lists
 * (`'counts-by-stage'`, `'id-list'`, `'column'`: an array or typed array…), and forms of a text or number
 * given to `invalid_value` (`'element-id'`, `'hex-colour'`, `'sorted-names'`, `'sorted-ids'`,
 * `'parent-row'`, `'band-min'`), and `'packed-block'` (one block of a column of a partial rollup, format 3).
 *
 * @category Errors
 */
export type MoreExpectedCode =
  | 'non-empty-string'
  | 'count'
  | 'date'
  | 'bilingual'
  | 'number-below'
  | 'result-target'
  | 'scorecard-line'
  | 'period'
  | 'period-text'
  | 'printed-figure'
  | 'partial-rollup'
  | 'partial-rollups'
  | 'pipeline-data'
  | 'issue'
  | 'error-or-issues'
  | 'path'
  | 'field-labels'
  | 'facts'
  | 'counts-by-stage'
  | 'stage-map'
  | 'dates-by-event'
  | 'figures-by-indicator'
  | 'count-column'
  | 'column'
  | 'records-or-columns'
  | 'id-list'
  | 'id-lists'
  | 'string-list'
  | 'row-list'
  | 'column-list'
  | 'unit-list'
  | 'weight-list'
  | 'candidate-list'
  | 'element-id'
  | 'hex-colour'
  | 'sorted-names'
  | 'sorted-ids'
  | 'parent-row'
  | 'packed-block'
  | 'band-min';

/**
 * What a field was given, in the `received` fact of `invalid_type`, `invalid_value`, `unknown_rounding`,
 * `out_of_range` and `not_finite`: the kind of value, never a sentence. For a string, a number, a
 * boolean or a BigInt the value itself is in the `value` fact, as text (a string as typed, cut after 40
 * characters with `…`; a number as its decimal text); `count` gives the number of entries of an array
 * (or of an object) where `out_of_range` counts them, `keys` the keys of an object where the message names them.
 *
 * `'nan'`, `'infinity'` and `'negative-infinity'` are the numbers that are not finite;
 * `'bigint-array'` a `BigInt64Array`/`BigUint64Array`, `'data-view'` a `DataView`.
 *
 * @category Errors
 */
export type ReceivedCode =
  | 'string'
  | 'number'
  | 'nan'
  | 'infinity'
  | 'negative-infinity'
  | 'boolean'
  | 'bigint'
  | 'null'
  | 'undefined'
  | 'array'
  | 'object'
  | 'function'
  | 'symbol'
  | 'bigint-array'
  | 'data-view';

/**
 * How to write a value instead, in the `hint` fact of `malformed_number` and `invalid_value`:
 *
 * - `'comma-decimal'`: a comma used as the decimal mark where the API takes a point;
 * - `'plain-decimal'`: not a plain decimal such as `"97.5"`;
 * - `'zero-denominator'`: a fraction `p/0`;
 * - `'ratio'`: a ratio `X/Y` given to `parseNumber`;
 * - `'unexpected-character'`: a character no number has (the `char` fact);
 * - `'no-integer-digits'`, `'no-fraction-digits'`: nothing before or after the decimal separator;
 * - `'significant-digits'`: more significant digits (the `limit` fact) than a rule compares;
 * - `'plan-per-target'`: a `plan` beside `targets` (each target takes its own plan).
 *
 * @category Errors
 */
export type HintCode =
  | 'comma-decimal'
  | 'plain-decimal'
  | 'zero-denominator'
  | 'ratio'
  | 'unexpected-character'
  | 'no-integer-digits'
  | 'no-fraction-digits'
  | 'significant-digits'
  | 'plan-per-target';

/** The hints of the number readers every bundle carries (readNumber, readExactValue). */
export type CommonHintCode = Extract<HintCode, 'comma-decimal' | 'plain-decimal' | 'zero-denominator'>;

/** The facts that describe a received value: its kind, and the value itself when it is a plain one. */
type ReceivedFacts = { readonly received: ReceivedCode; readonly value?: string };

/**
 * A received value as facts, for error facts: `{ received: 'string', value: 'abc' }`, `{ received: 'null' }`.
 * Typed arrays and buffers are objects here; the column readers that refuse some of them say which.
 */
export function describe(v: unknown): ReceivedFacts {
  const t = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (t === 'number') return Number.isFinite(v) ? { received: t, value: String(v) } : { received: Number.isNaN(v) ? 'nan' : (v as number) > 0 ? 'infinity' : 'negative-infinity' };
  if (t === 'string') return { received: t, value: (v as string).length > 40 ? `${(v as string).slice(0, 40)}…` : (v as string) };
  return t === 'boolean' || t === 'bigint' ? { received: t, value: String(v) } : { received: t };
}
