import { settings } from './_settings.js';
import { labelFor, pathText, type BuiltLabels, type FieldLabels } from './labels.js';
import type { Locale } from './locale.js';
import type { ExpectedCode, HintCode, ReceivedCode } from './factCodes.js';
import { allTables, everyTables } from './messages/tables.js';

/**
 * Every stable error code the library can report. The code never changes for a given kind of mistake,
 * so callers can branch on it; the texts in {@link ChiTieuIssue.messages} may be reworded. The codes of
 * rule data (`not_plain_data` to `version_overlap`) are listed with what they mean in the guide
 * "Writing a rule set".
 *
 * @category Errors
 */
export type ErrorCode = CommonCode | MoreCode | RuleDataCode;

/**
 * The codes the readers of numbers and options and the generic shape checks give, which every area can
 * raise (attainment raises no others). Their messages are in messages/common.*.ts, the others' in
 * messages/vi.ts and en.ts, so that a bundle of attainment alone carries only these.
 *
 * @category Errors
 */
export type CommonCode =
  | 'invalid_type'
  | 'not_finite'
  | 'negative'
  | 'not_integer'
  | 'unsafe_number'
  | 'exponent_not_allowed'
  | 'empty_string'
  | 'malformed_number'
  | 'range_inverted'
  | 'unknown_rounding'
  | 'out_of_range'
  | 'invalid_value'
  | 'unknown_key'
  | 'missing'
  | 'too_long'
  | 'length_mismatch';

/**
 * The codes beyond the common ones and those of rule data: notation, dates, periods, trees,
 * projections, rule sets.
 *
 * @category Errors
 */
export type MoreCode =
  | 'ambiguous_number'
  | 'too_deep'
  | 'invalid_date'
  | 'date_order'
  | 'unknown_period'
  | 'insufficient_data'
  | 'nonpositive_base'
  | 'unsafe_key'
  | 'duplicate_id'
  | 'unknown_parent'
  | 'cycle'
  | 'unsupported_year'
  | 'zero_total'
  | 'too_many_targets'
  | 'no_version_in_force';

/**
 * The codes of mistakes in rule data: see the table in the guide "Writing a rule set". Their messages
 * live apart from the others, so that only bundles that read rule data carry them.
 *
 * @category Errors
 */
export type RuleDataCode =
  | 'not_plain_data'
  | 'invalid_id'
  | 'invalid_name'
  | 'unknown_fact'
  | 'fact_type_mismatch'
  | 'invalid_sum_part'
  | 'exclusive_keys'
  | 'measure_not_whole'
  | 'inexact_measure'
  | 'unknown_condition'
  | 'version_overlap';

/**
 * Facts recorded with an issue: plain values a message can quote, never a sentence. Numbers are
 * decimal text, dates ISO text, and what a field takes, what it was given and how to write it instead
 * are codes: `expected` ({@link ExpectedCode}), `received` ({@link ReceivedCode}, with the value
 * itself in `value` when it is a string, a number or a boolean) and `hint` ({@link HintCode}). For
 * example `{ expected: 'number-or-decimal-string', received: 'array' }` for `attainment({ achieved: [] })`.
 * The sentences come from the message tables of each language.
 *
 * @category Errors
 */
export type IssueFacts = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/**
 * A path into the caller's input, as zod gives it: keys and array indexes.
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One thing wrong with an input: where (`path`), what (`code`), the values involved (`facts`), and a
 * message in Vietnamese and English that a person can act on.
 *
 * @category Errors
 */
export interface ChiTieuIssue {
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly facts: IssueFacts;
  readonly messages: { readonly vi: string; readonly en: string };
}

/**
 * Where an issue is, as a message names it: `label` is the field in words ("số thực hiện",
 * "mức tối thiểu của chỉ tiêu"; in English the path `target.min` unless a caller's label applies),
 * `path` the code path (`target.min`), `key` the last segment, `parent` the words for the object
 * holding the field, and `labelOf(name)` the words for another field of the same object.
 */
export interface MessagePlace {
  readonly label: string;
  readonly path: string;
  readonly key: string | number | undefined;
  readonly parent: string;
  readonly labelOf: (name: string) => string;
}

/** One message: from facts and place to text. */
type MessageFn = (facts: IssueFacts, place: MessagePlace) => string;

/**
 * A message table: one function per code. The core tables (messages/vi.ts, en.ts) cover every code but
 * those of rule data, which have tables of their own (messages/rules.*.ts); both languages cover the same codes.
 */
export type MessageTable<C extends ErrorCode = Exclude<ErrorCode, RuleDataCode>> = { readonly [K in C]: MessageFn };

/** The messages of an area's own codes, in both languages, given where that area makes its issues. */
export type AreaMessages = Readonly<Record<Locale, Partial<Record<ErrorCode, MessageFn>>>>;

/**
 * What issues are written with: messages by code in both languages and the library's field names.
 * `allTables` (messages/tables.ts) covers every code but rule data's; `commonTables` only the common
 * codes, for the functions that raise no others (attainment), so their bundles carry no other text.
 */
export interface MessageTables extends AreaMessages {
  readonly label: BuiltLabels;
}

function place(path: IssuePath, locale: Locale, labels: FieldLabels | undefined, built: BuiltLabels): MessagePlace {
  const parentPath = path.slice(0, -1);
  return {
    label: labelFor(path, locale, labels, built),
    path: pathText(path),
    key: path[path.length - 1],
    // only a few messages name the parent: worked out when read
    get parent() {
      return labelFor(parentPath, locale, labels, built);
    },
    labelOf: (name) => labelFor([...parentPath, name], locale, labels, built),
  };
}

/** The text of one issue in one language from the given tables (see renderMessage). */
function renderIn(tables: MessageTables, code: ErrorCode, path: IssuePath, facts: IssueFacts, locale: Locale, labels: FieldLabels | undefined, area?: AreaMessages): string | undefined {
  const fn = area?.[locale][code] ?? tables[locale][code];
  return fn === undefined ? undefined : fn(facts, place(path, locale, labels, tables.label));
}

/**
 * The text of one issue in one language, naming fields by `labels` (then the library's own); the
 * messages of an area's own codes come from `area`. Undefined for a code no table given covers.
 */
export function renderMessage(code: ErrorCode, path: IssuePath, facts: IssueFacts, locale: Locale, labels: FieldLabels | undefined, area?: AreaMessages): string | undefined {
  return renderIn(everyTables, code, path, facts, locale, labels, area);
}

/** Builds an issue with both languages' messages, written with `tables` (and `area`: see renderMessage). */
export function makeIssueIn(tables: MessageTables, code: ErrorCode, path: IssuePath, facts: IssueFacts = {}, area?: AreaMessages): ChiTieuIssue {
  const { labels } = settings();
  const text = (locale: Locale): string => renderIn(tables, code, path, facts, locale, labels, area) ?? code;
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    facts: Object.freeze(Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, Array.isArray(v) ? Object.freeze([...v]) : v]))),
    messages: Object.freeze({ vi: text('vi'), en: text('en') }),
  });
}

/** Builds an issue with both languages' messages from a code, a path and facts (`area`: see renderMessage). */
export function makeIssue(code: ErrorCode, path: IssuePath, facts: IssueFacts = {}, area?: AreaMessages): ChiTieuIssue {
  return makeIssueIn(allTables, code, path, facts, area);
}

/** The brand every ChiTieuError carries, shared by every copy of the library (CJS and ESM builds). */
const BRAND: unique symbol = Symbol.for('chitieu.ChiTieuError') as never;

/**
 * Whether a value is a {@link ChiTieuError}, from whichever copy of the library threw it: the CommonJS
 * and ESM builds each hold their own class, and both brand their errors with
 * `Symbol.for('chitieu.ChiTieuError')`. `instanceof ChiTieuError` checks the same brand.
 *
 * @param x - any value, typically what a `catch` caught
 * @returns `true` when `x` is an error the library threw
 * @example
 * ```ts
 * import { attainment, isChiTieuError } from 'chitieu';
 * let caught: unknown;
 * try {
 *   attainment({ achieved: -1, target: 80 });
 * } catch (e) {
 *   caught = e;
 * }
 * [isChiTieuError(caught), isChiTieuError(new Error('x')), isChiTieuError(null)];
 * //=> [ true, false, false ]
 * ```
 * @category Errors
 */
export function isChiTieuError(x: unknown): x is ChiTieuError {
  return typeof x === 'object' && x !== null && (x as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * The one error class the library throws. `code` and `path` are those of the first issue; `issues`
 * lists every problem found (never empty). `messages.vi` and `messages.en` hold both languages;
 * `message` is the one {@link configure} chose when the error was made (English unless configured).
 * Vietnamese messages name the field in words (see {@link fieldLabel}); English ones by its path.
 *
 * @example
 * ```ts
 * import { attainment, ChiTieuError } from 'chitieu';
 * let caught: unknown;
 * try {
 *   attainment({ achieved: -1, target: 80 });
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof ChiTieuError && [caught.code, caught.path, caught.messages.vi];
 * //=> [ 'negative', [ 'achieved' ], 'Số thực hiện không được là số âm; nhận được -1.' ]
 * ```
 * @category Errors
 */
export class ChiTieuError extends Error {
  /** `instanceof` by brand, so it holds across the CJS and ESM builds (see {@link isChiTieuError}). */
  static override [Symbol.hasInstance](x: unknown): boolean {
    return isChiTieuError(x);
  }

  override readonly name = 'ChiTieuError';
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly issues: readonly [ChiTieuIssue, ...ChiTieuIssue[]];
  readonly messages: { readonly vi: string; readonly en: string };

  constructor(issues: readonly [ChiTieuIssue, ...ChiTieuIssue[]]) {
    const first = issues[0];
    super(first.messages[settings().locale]);
    this.code = first.code;
    this.path = first.path;
    this.issues = Object.freeze([...issues]) as unknown as readonly [ChiTieuIssue, ...ChiTieuIssue[]];
    this.messages = first.messages;
    Object.defineProperty(this, BRAND, { value: true });
    // errors are data too: frozen like every result, so a caller cannot edit what was reported
    Object.freeze(this);
  }

  /** A plain, JSON-serialisable copy of the error (what `safe…` functions put in `error`). */
  toJSON(): { name: string; code: ErrorCode; path: IssuePath; message: string; issues: readonly ChiTieuIssue[] } {
    return { name: this.name, code: this.code, path: this.path, message: this.message, issues: this.issues };
  }
}

/** Throws a {@link ChiTieuError} with one issue, written with `tables`. */
export function failIn(tables: MessageTables, code: ErrorCode, path: IssuePath, facts?: IssueFacts): never {
  throw new ChiTieuError([makeIssueIn(tables, code, path, facts)]);
}

/** What throws one issue: {@link fail}, or an area's own (see failerIn). */
export type Fail = (code: ErrorCode, path: IssuePath, facts?: IssueFacts) => never;

/** A {@link Fail} that writes with `tables`: each area's `fail` (its _errors.ts), so its issues carry its words. */
export function failerIn(tables: MessageTables): Fail {
  return (code, path, facts) => failIn(tables, code, path, facts);
}

/** Throws a {@link ChiTieuError} with one issue, written with the core's tables. */
export function fail(code: ErrorCode, path: IssuePath, facts?: IssueFacts): never {
  return failIn(allTables, code, path, facts);
}

/**
 * What every `safe…` function returns: the data, or the error it would have thrown.
 *
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: ChiTieuError };

/**
 * Runs a throwing function and returns a {@link SafeResult} instead. Errors other than
 * {@link ChiTieuError} are bugs and are re-thrown, never disguised as bad input.
 */
export function toSafe<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeResult<T> {
  return (...args: A) => {
    try {
      return Object.freeze({ success: true as const, data: fn(...args) });
    } catch (e) {
      if (e instanceof ChiTieuError) return Object.freeze({ success: false as const, error: e });
      throw e;
    }
  };
}
