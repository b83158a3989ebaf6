import * as z from 'zod/mini';
import {
  ChiTieuError,
  makeIssueIn,
  type AreaMessages,
  type MessageTables,
  type ChiTieuIssue,
  type ErrorCode,
  type IssueFacts,
  type IssuePath,
} from './errors.js';
import { parseIsoDate, type CalendarDate } from './_calendar.js';
import { isProblem, readNumber, type ExactNumber, type ReadProblem } from './_exact.js';
import { describe, type ExpectedCode } from './factCodes.js';
import { allTables } from './messages/tables.js';
import { ROUNDING_MODES, type RoundingMode } from './roundingModes.js';
import { LOCALE_TAGS, localeOf, type Locale } from './locale.js';

// The readers of every area describe received values the same way (as codes: see factCodes.ts).
export { describe };

/**
 * The zod side of every public boundary. Schemas describe the shape (objects, unknown keys, enums);
 * number, date and rule semantics are checked inside zod transforms that report our own codes through
 * `params.chitieu`, so one conversion below turns any zod failure into one ChiTieuError.
 */

type Ctx = z.core.ParsePayload<unknown>;

/** Records one of our issues on a zod payload, optionally under a sub-path of the current value. */
export function report(ctx: Ctx, code: ErrorCode, facts: IssueFacts = {}, path: IssuePath = []): typeof z.NEVER {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    path: [...path],
    message: code,
    params: { chitieu: code, facts },
  } as z.core.$ZodRawIssue);
  return z.NEVER;
}

/**
 * A reader function: the parsed value, or NEVER once it has reported. `path` is where the value stands
 * in the value the schema reads ([] for a schema of its own, the key for a field of {@link readFields}).
 */
export type ReadFn<T> = (value: unknown, ctx: Ctx, path: IssuePath) => T;

/**
 * A schema from a reader function: it returns the parsed value, or reports and returns NEVER. A bare
 * z.transform reads any value as z.pipe(z.unknown(), …) would, without the pipe and z.unknown in every
 * bundle (0.4 kB gzipped of the attainment-only bundle).
 */
export function reader<T>(read: ReadFn<T>) {
  return z.transform((value: unknown, ctx) => read(value, ctx as Ctx, []));
}

/**
 * Reads a record field by field as `z.strictObject` reads one, with the same issues in the same order:
 * a value that is not an object, then each field in order (by `value[key]`), then each unknown key (by
 * `for…in`). It exists for the one bundle that must stay small: z.strictObject, z.optional and z.enum
 * cost the attainment-only bundle 1.9 kB gzipped, against its budget of 12 (measured with esbuild).
 * Every other schema declares its objects with zod.
 */
export function readFields<T extends Record<string, unknown>>(ctx: Ctx, value: unknown, fields: { readonly [K in keyof T]: ReadFn<T[K]> }, path: IssuePath = []): T {
  if (value === undefined) return report(ctx, 'missing', {}, path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return report(ctx, 'invalid_type', { expected: 'object', ...describe(value) }, path);
  const rec = value as Record<string, unknown>;
  const before = ctx.issues.length;
  const out: Record<string, unknown> = {};
  for (const key in fields) out[key] = fields[key](rec[key], ctx, [...path, key]);
  for (const key in rec) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) report(ctx, 'unknown_key', { key }, [...path, key]);
  }
  return ctx.issues.length === before ? (out as T) : z.NEVER;
}

/** A field of {@link readFields} that may be left out (undefined). */
export function optional<T>(read: ReadFn<T>): ReadFn<T | undefined> {
  return (v, ctx, path) => (v === undefined ? undefined : read(v, ctx, path));
}

/** A finite number or plain decimal string, read exactly. */
export const readNumberLike: ReadFn<ExactNumber> = (v, ctx, path) => {
  if (v === undefined) return report(ctx, 'missing', {}, path);
  const r = readNumber(v);
  return isProblem(r) ? report(ctx, r.code, r.facts, path) : r;
};

/** A finite number or plain decimal string, read exactly. */
export const numberLike = /* @__PURE__ */ reader(readNumberLike);

/**
 * Reads a calendar date `YYYY-MM-DD`, the one way every area reads dates: `missing` when absent,
 * `invalid_type` when not a string, `invalid_date` when not a real day (2023-02-29).
 */
export function readIsoDate(v: unknown): CalendarDate | ReadProblem {
  if (v === undefined) return { code: 'missing', facts: {} };
  if (typeof v !== 'string') return { code: 'invalid_type', facts: { expected: 'date', ...describe(v) } };
  const date = parseIsoDate(v);
  return date ?? { code: 'invalid_date', facts: { value: v.length > 40 ? `${v.slice(0, 40)}…` : v } };
}

/** A calendar date `YYYY-MM-DD`, read into its parts and day number. */
export const isoDateSchema = /* @__PURE__ */ reader((v, ctx): CalendarDate => {
  const r = readIsoDate(v);
  return 'code' in r ? report(ctx, r.code, r.facts) : r;
});

/** `decimals`: a whole number from 0 to 10. */
const readDecimals: ReadFn<number> = (v, ctx, path) => {
  if (typeof v !== 'number') return report(ctx, 'invalid_type', { expected: 'whole-number', min: 0, max: 10, ...describe(v) }, path);
  if (!Number.isInteger(v) || v < 0 || v > 10) return report(ctx, 'out_of_range', { min: 0, max: 10, ...describe(v) }, path);
  return v;
};

/** A rounding mode by name. */
const readRounding: ReadFn<RoundingMode> = (v, ctx, path) => {
  if (typeof v === 'string' && (ROUNDING_MODES as readonly string[]).includes(v)) return v as RoundingMode;
  return report(ctx, 'unknown_rounding', { ...describe(v), allowed: ROUNDING_MODES }, path);
};

/** A rounding mode by name. */
export const roundingSchema = /* @__PURE__ */ reader(readRounding);

/** `locale`: `'vi'`, `'en'` or the tags `'vi-VN'`, `'en-US'`, read as the library's locale. */
export const localeSchema = /* @__PURE__ */ reader((v, ctx): Locale => {
  return localeOf(v) ?? report(ctx, 'invalid_value', { allowed: Object.keys(LOCALE_TAGS), ...describe(v) });
});

/** The options most functions share: decimals and rounding. */
export const roundOptionsShape = {
  decimals: /* @__PURE__ */ z.optional(/* @__PURE__ */ reader(readDecimals)),
  rounding: /* @__PURE__ */ z.optional(roundingSchema),
};

/** The same options as fields of {@link readFields} (attainment's, which keeps its bundle small). */
export const roundOptionFields = { decimals: /* @__PURE__ */ optional(readDecimals), rounding: /* @__PURE__ */ optional(readRounding) };

/** The value at a path of the caller's input, through own properties only (never a prototype). */
function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * The expected code of each kind zod's own type checks name (a record is an object, a tuple an array);
 * a kind without one is reported as a value that cannot be used.
 */
export const ZOD_KINDS: Readonly<Record<string, ExpectedCode>> = { object: 'object', record: 'object', array: 'array', tuple: 'array', string: 'string', number: 'number', int: 'whole-number', boolean: 'boolean' };

function toIssues(zi: z.core.$ZodIssue, input: unknown, base: IssuePath, tables: MessageTables, area: AreaMessages | undefined): ChiTieuIssue[] {
  const makeIssue = (code: ErrorCode, path: IssuePath, facts?: IssueFacts, own?: AreaMessages) => makeIssueIn(tables, code, path, facts, own);
  const path = [...base, ...zi.path.filter((p): p is string | number => typeof p !== 'symbol')];
  switch (zi.code) {
    case 'custom': {
      const params = zi.params as { chitieu?: ErrorCode; facts?: IssueFacts } | undefined;
      if (params?.chitieu) return [makeIssue(params.chitieu, path, params.facts ?? {}, area)];
      return [makeIssue('invalid_value', path, describe(at(input, zi.path)))];
    }
    case 'invalid_type': {
      const value = at(input, zi.path);
      if (value === undefined) return [makeIssue('missing', path)];
      const expected = Object.hasOwn(ZOD_KINDS, zi.expected) ? ZOD_KINDS[zi.expected] : undefined;
      return [expected === undefined ? makeIssue('invalid_value', path, describe(value)) : makeIssue('invalid_type', path, { expected, ...describe(value) })];
    }
    case 'unrecognized_keys':
      return zi.keys.map((key) => makeIssue('unknown_key', [...path, key], { key }));
    case 'invalid_value':
      return [makeIssue('invalid_value', path, { allowed: zi.values.map(String), ...describe(at(input, zi.path)) })];
    case 'too_small':
    case 'too_big': {
      const value = at(input, zi.path);
      const got = Array.isArray(value) ? { received: 'array', count: value.length } : describe(value);
      return [makeIssue('out_of_range', path, zi.code === 'too_small' ? { min: String(zi.minimum), max: '∞', ...got } : { min: '0', max: String(zi.maximum), ...got })];
    }
    default:
      return [makeIssue('invalid_value', path, describe(at(input, zi.path)))];
  }
}

/**
 * Parses `input` with a schema; on failure throws one ChiTieuError listing every issue with its path
 * (prefixed by `base`, e.g. `['options']`); `area` holds the messages of an area's own codes (rule data).
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, base: IssuePath = [], area?: AreaMessages): z.output<S> {
  return parseIn(allTables, schema, input, base, area);
}

/** A {@link parseWith} that writes with `tables`: each area's own (its _errors.ts), so its issues carry its words. */
export function parserIn(tables: MessageTables) {
  return <S extends z.core.$ZodType>(schema: S, input: unknown, base: IssuePath = [], area?: AreaMessages): z.output<S> => parseIn(tables, schema, input, base, area);
}

/**
 * {@link parseWith} writing its issues with `tables`: `commonTables` for a function that raises only
 * the common codes, so that its bundle carries no other messages.
 */
export function parseIn<S extends z.core.$ZodType>(tables: MessageTables, schema: S, input: unknown, base: IssuePath = [], area?: AreaMessages): z.output<S> {
  const r = z.safeParse(schema, input);
  if (r.success) return r.data;
  const issues = r.error.issues.flatMap((zi) => toIssues(zi, input, base, tables, area));
  throw new ChiTieuError(issues as [ChiTieuIssue, ...ChiTieuIssue[]]);
}

export type { ExactNumber };
