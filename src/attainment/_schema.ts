import * as z from 'zod/mini';
import { isProblem, readNumber, type ExactNumber } from '../core/_exact.js';
import { describe, optional, parseIn, reader, readFields, readNumberLike, report, roundOptionFields, type ReadFn } from '../core/_schema.js';
import { commonTables } from '../core/messages/tables.js';
import { cmp } from '../core/_rational.js';
import { ROUNDING_MODES, type RoundingMode } from '../core/index.js';
import { computeWhole, type ParsedAttainment, type ParsedTarget } from './_attainment.js';
import type { AttainmentResult } from './types.js';

const FORM_KEYS: Record<string, readonly string[]> = { atLeast: ['atLeast'], atMost: ['atMost'], min: ['min', 'max'], max: ['min', 'max'] };

/** Reads any target form; reports problems under the target's own sub-paths (`target.min`). */
const readTarget: ReadFn<ParsedTarget> = (v, ctx, path) => {
  if (v === undefined) return report(ctx, 'missing', {}, path);
  if (typeof v === 'number' || typeof v === 'string') {
    const r = readNumber(v);
    return isProblem(r) ? report(ctx, r.code, r.facts, path) : { form: 'reach', value: r };
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return report(ctx, 'invalid_type', { expected: 'attainment-target', ...describe(v) }, path);
  }
  const keys = Object.keys(v);
  const first = keys.find((k) => Object.prototype.hasOwnProperty.call(FORM_KEYS, k));
  if (first === undefined) return report(ctx, 'invalid_type', { expected: 'attainment-target', received: 'object', keys }, path);
  const allowed = FORM_KEYS[first] as readonly string[];
  let ok = true;
  for (const k of keys) {
    if (!allowed.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed }, [...path, k]); ok = false; }
  }
  const rec = v as Record<string, unknown>;
  const read = (k: string): ExactNumber | undefined => {
    const value = Object.prototype.hasOwnProperty.call(rec, k) ? rec[k] : undefined;
    if (value === undefined) { report(ctx, 'missing', {}, [...path, k]); return undefined; }
    const r = readNumber(value);
    if (isProblem(r)) { report(ctx, r.code, r.facts, [...path, k]); return undefined; }
    return r;
  };
  if (first === 'atLeast' || first === 'atMost') {
    const value = read(first);
    if (!ok || value === undefined) return z.NEVER;
    return { form: first === 'atLeast' ? 'at-least' : 'at-most', value };
  }
  const min = read('min');
  const max = read('max');
  if (!ok || min === undefined || max === undefined) return z.NEVER;
  if (cmp(min, max) > 0) return report(ctx, 'range_inverted', { min: min.text, max: max.text }, path);
  return { form: 'range', min, max };
};

/** Any target form, as a schema of its own (scorecard lines read it). */
export const targetSchema = /* @__PURE__ */ reader(readTarget);

const KINDS = ['count', 'rate'] as const;

const readKind: ReadFn<'count' | 'rate'> = (v, ctx, path) =>
  v === 'count' || v === 'rate' ? v : report(ctx, 'invalid_value', { allowed: KINDS, ...describe(v) }, path);

function figures(t: ParsedTarget): [string, ExactNumber][] {
  return t.form === 'range' ? [['min', t.min], ['max', t.max]] : [[t.form === 'reach' ? '' : t.form === 'at-least' ? 'atLeast' : 'atMost', t.value]];
}

/** Checks what the kind requires: counts are non-negative whole numbers, rates non-negative. */
function checkKind(p: ParsedAttainment, ctx: z.core.ParsePayload<unknown>): ParsedAttainment {
  const all: [(string | number)[], ExactNumber][] = [[['achieved'], p.achieved]];
  for (const [k, x] of figures(p.target)) all.push([k === '' ? ['target'] : ['target', k], x]);
  let ok = true;
  for (const [path, x] of all) {
    if (x.n < 0n) { report(ctx, 'negative', { value: x.text }, path); ok = false; }
    else if (p.kind === 'count' && x.d !== 1n) { report(ctx, 'not_integer', { value: x.text }, path); ok = false; }
  }
  return ok ? p : z.NEVER;
}

const INPUT_FIELDS = { achieved: readNumberLike, target: readTarget, kind: /* @__PURE__ */ optional(readKind) };

/**
 * `{ achieved, target, kind? }`, read by {@link readFields} rather than z.strictObject (the same issues),
 * since the attainment-only bundle is held to 12 kB; the kind's checks run once the fields read.
 */
export const attainmentInputSchema = /* @__PURE__ */ reader((v, ctx): ParsedAttainment => {
  const r = readFields(ctx, v, INPUT_FIELDS);
  return r === z.NEVER ? z.NEVER : checkKind({ kind: r.kind ?? 'count', achieved: r.achieved, target: r.target }, ctx);
});

/** `{ decimals?, rounding? }`, read as {@link attainmentInputSchema} is. */
export const attainmentOptionsSchema = /* @__PURE__ */ reader((v, ctx) => readFields(ctx, v, roundOptionFields));

/** Whether a value is an object zod reads as a plain record: an object literal or a null-prototype object. */
function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

const DEFAULT_OPTIONS = { decimals: 2, rounding: 'half-up' } as const;

/** The options `{ decimals?, rounding? }` read without zod when valid, as {@link fastAttainment} reads the input. */
export function fastRoundOptions(options: unknown): { decimals: number; rounding: RoundingMode } | undefined {
  if (options === undefined || options === null) return DEFAULT_OPTIONS;
  if (!isRecord(options)) return undefined;
  for (const key in options) {
    if (key !== 'decimals' && key !== 'rounding') return undefined;
  }
  const d = options['decimals'];
  const r = options['rounding'];
  if (d !== undefined && !(typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10)) return undefined;
  if (r !== undefined && !(typeof r === 'string' && (ROUNDING_MODES as readonly string[]).includes(r))) return undefined;
  return d === undefined && r === undefined ? DEFAULT_OPTIONS : { decimals: d ?? 2, rounding: (r as RoundingMode | undefined) ?? 'half-up' };
}

/**
 * The common call without zod: `{ achieved, target, kind? }` with whole numbers and valid options,
 * computed at once by {@link computeWhole}. It accepts only what {@link attainmentInputSchema} and
 * {@link attainmentOptionsSchema} accept, and gives what the schema path gives (a property test holds
 * it to both); anything else, including every invalid input, gives undefined and goes through zod,
 * which writes the errors. It reads the object as zod does: keys by `for…in`, each value once by
 * `input[key]`, and hands the figures on as plain values (an object for them would cost a fifth of the
 * call's allocation).
 */
export function fastAttainment(input: unknown, options: unknown): AttainmentResult | undefined {
  if (!isRecord(input)) return undefined;
  for (const key in input) {
    if (key !== 'achieved' && key !== 'target' && key !== 'kind') return undefined;
  }
  const a = input['achieved'];
  const t = input['target'];
  const kind = input['kind'];
  if (typeof a !== 'number' || typeof t !== 'number' || !(a >= 0) || !(t >= 0) || !Number.isSafeInteger(a) || !Number.isSafeInteger(t)) return undefined;
  if (kind !== undefined && kind !== 'count' && kind !== 'rate') return undefined;
  const o = fastRoundOptions(options);
  // + 0: −0 reads as 0, as readNumber reads it
  return o && computeWhole(kind ?? 'count', a + 0, t + 0, o.decimals, o.rounding);
}

/**
 * Validates the public input and options of attainment through the schema, input first (its errors
 * come first). The common call never comes here: attainment() takes it by {@link fastAttainment}
 * straight to the core, so what reaches this is unusual or wrong, and is read once, by zod (valid
 * options still skip it).
 */
export function parseAttainment(input: unknown, options: unknown): { input: ParsedAttainment; decimals: number; rounding: RoundingMode } {
  const parsed = parseIn(commonTables, attainmentInputSchema, input);
  const o = fastRoundOptions(options) ?? parseIn(commonTables, attainmentOptionsSchema, options ?? {}, ['options']);
  return { input: parsed, decimals: o.decimals ?? 2, rounding: o.rounding ?? 'half-up' };
}
