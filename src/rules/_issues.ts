import * as z from 'zod/mini';
import { describe, report, ZOD_KINDS } from '../core/_schema.js';
import type { ErrorCode, IssuePath } from '../core/errors.js';
import type { ExpectedCode } from '../core/factCodes.js';
import { isPlainObject } from './_scan.js';
import { CONDITION_FORMS, ID, NAME, NOT_BLANK } from './ruleSetSchema.js';

/**
 * The issues zod finds in rule data, made precise before the shared conversion of core/_schema.ts
 * turns them into ChiTieuError issues: a condition that fits no branch of its union is reported with
 * the issues of the branch its keys choose (a test with `op` gets those of the `op` form), and a failed
 * pattern, date format or length gets the rule code for it (`invalid_id`, `invalid_date`, `too_long`…).
 * Every other issue goes on as zod gave it.
 */

type Ctx = z.core.ParsePayload<unknown>;
type Issue = z.core.$ZodIssue;

const GROUPS = ['all', 'any', 'not'] as const;
const FORMS = ['op', 'between', 'in'] as const;
const FACT_TYPES = ['count', 'number', 'date', 'boolean', 'text'];
/** Fields of a fact declaration that only one type takes. */
const FIELD_TYPE: Readonly<Record<string, string>> = { values: 'text', sum: 'count' };

/** The value at a path of the input, through own properties only. */
function at(input: unknown, path: IssuePath): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A text as a message quotes it: at most 40 characters. */
const clip = (v: unknown): string => {
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};


/** Records the issues of a failed parse of `input`, each at its path inside the rule set. */
export function reportZodIssues(issues: readonly Issue[], input: unknown, ctx: Ctx): void {
  for (const zi of issues) resolve(zi, [], input, ctx);
}

function resolve(zi: Issue, base: IssuePath, input: unknown, ctx: Ctx): void {
  const path = [...base, ...zi.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const value = at(input, path);
  const rule = (code: ErrorCode, facts = {}): void => void report(ctx, code, facts, path);
  switch (zi.code) {
    case 'invalid_union':
      return union(zi.errors, path, value, input, ctx);
    case 'invalid_format':
      if (zi.format === 'date') return rule('invalid_date', { value: clip(value) });
      if (zi.pattern === String(NOT_BLANK) || String(value).trim() === '') return rule('empty_string');
      if (zi.pattern === String(ID)) return rule('invalid_id', { value: clip(value) });
      if (zi.pattern === String(NAME)) return rule('invalid_name', { value: clip(value) });
      break;
    case 'invalid_value':
      // an absent enum (`confidence`), which zod reports as a value not allowed
      if (value === undefined) return rule('missing');
      break;
    case 'invalid_type':
      // a date of a version that is not a string: described as a date, as every area does
      if (value !== undefined && (path[path.length - 1] === 'effectiveFrom' || path[path.length - 1] === 'effectiveTo')) {
        return rule('invalid_type', { expected: 'date', ...describe(value) });
      }
      break;
    case 'invalid_key':
      // a key of a record (a fact, a field that `sets` sets) that is not a name
      return rule('invalid_name', { value: clip(path[path.length - 1]) });
    case 'too_big':
      if (Array.isArray(value) || typeof value === 'string') return rule('too_long', { length: value.length, limit: Number(zi.maximum) });
      break;
    case 'unrecognized_keys':
      if (path.length === 2 && path[0] === 'facts' && isPlainObject(value)) {
        const type = String(value.type);
        for (const key of zi.keys.filter((k) => FIELD_TYPE[k] !== undefined)) {
          report(ctx, 'fact_type_mismatch', { fact: String(path[1]), type, field: key, expected: [FIELD_TYPE[key] as string] }, [...path, key]);
        }
        const rest = zi.keys.filter((k) => FIELD_TYPE[k] === undefined);
        if (rest.length > 0) pass({ ...zi, keys: rest }, path, ctx);
        return;
      }
      break;
  }
  pass(zi, path, ctx);
}

function pass(zi: Issue, path: IssuePath, ctx: Ctx): void {
  ctx.issues.push({ ...zi, path: [...path] } as unknown as z.core.$ZodRawIssue);
}

function union(errors: readonly (readonly Issue[])[], path: IssuePath, value: unknown, input: unknown, ctx: Ctx): void {
  if (value === undefined) return void report(ctx, 'missing', {}, path);
  // a fact declaration whose type names no branch (zod reports the discriminator without branches)
  if (errors.length === 0) return void report(ctx, 'invalid_value', { allowed: FACT_TYPES, ...describe(value) }, path);
  // every branch refused the value's type: one issue naming the types the union takes
  const kinds = errors.map((e) => (e.length === 1 && e[0]?.code === 'invalid_type' && e[0].path.length === 0 ? e[0].expected : undefined));
  if (kinds.every((k) => k !== undefined && Object.hasOwn(ZOD_KINDS, k))) {
    const codes = [...new Set(kinds.map((k) => ZOD_KINDS[k as string] as ExpectedCode))];
    return void report(ctx, 'invalid_type', { expected: codes.length === 1 ? (codes[0] as ExpectedCode) : codes, ...describe(value) }, path);
  }
  if (errors.length !== CONDITION_FORMS.length || !isPlainObject(value)) {
    return void ctx.issues.push({ code: 'invalid_union', errors, path: [...path], input: value } as unknown as z.core.$ZodRawIssue);
  }
  const branch = conditionBranch(value, path, ctx);
  if (branch !== undefined) for (const e of errors[branch] ?? []) resolve(e, path, input, ctx);
}

/** The branch of the condition union that the keys of `value` choose, or `undefined` once reported. */
function conditionBranch(value: Record<string, unknown>, path: IssuePath, ctx: Ctx): number | undefined {
  const groups = GROUPS.filter((k) => Object.hasOwn(value, k));
  const forms = FORMS.filter((k) => Object.hasOwn(value, k));
  if (groups.length === 1) return CONDITION_FORMS.indexOf(groups[0] as (typeof GROUPS)[number]);
  if (groups.length === 0 && forms.length === 1) return CONDITION_FORMS.indexOf(forms[0] as (typeof FORMS)[number]);
  const allowed = groups.length > 1 ? GROUPS : Object.hasOwn(value, 'fact') ? FORMS : [...GROUPS, 'fact'];
  report(ctx, 'exclusive_keys', { keys: groups.length > 1 ? groups : forms, allowed }, path);
  return undefined;
}
