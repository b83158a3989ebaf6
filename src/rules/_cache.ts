import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import { type IssuePath } from '../core/errors.js';
import { compile, versionAt } from './_compile.js';
import type { CFact, CRuleSet, CVersion, Env, Slots } from './_compiled.js';
import { readFact } from './_facts.js';
import { parseIsoDate, type CalendarDate } from '../core/_calendar.js';
import { ruleSetSchema } from './_schema.js';
import { ruleMessages } from '../core/messages/rules.js';
import { fail, parseWith } from './_errors.js';

/**
 * Compiled rule sets, keyed by the object the caller passed (a rule set, or the handle that
 * `compileRuleSet` returned). Rule data is treated as immutable once used: built-in sets are frozen,
 * and `compileRuleSet` takes a frozen copy of yours.
 */
const compiled = new WeakMap<object, CRuleSet>();

export function remember(key: object, rs: CRuleSet): void {
  compiled.set(key, rs);
}

/** The compiled form of a rule set or handle, compiling (and validating) it on first use. */
export function compiledRuleSet(input: unknown, base: IssuePath): CRuleSet {
  const isObject = input !== null && typeof input === 'object';
  if (isObject) {
    const hit = compiled.get(input);
    if (hit !== undefined) return hit;
  }
  const rs = compile(parseWith(ruleSetSchema, input, base, ruleMessages));
  if (isObject) compiled.set(input, rs);
  return rs;
}

const asOfSchema = reader((v, ctx): CalendarDate => {
  if (v === undefined) return report(ctx, 'missing');
  const d = parseIsoDate(v);
  if (d === undefined) {
    return typeof v === 'string'
      ? report(ctx, 'invalid_date', { value: v.slice(0, 40) })
      : report(ctx, 'invalid_type', { expected: 'date', ...describe(v) });
  }
  return d;
});

export const evaluateOptionsSchema = z.strictObject({ asOf: asOfSchema });
export const batchOptionsSchema = z.strictObject({ asOf: asOfSchema, outcomes: z.optional(z.boolean()) });

/** The version in force on `asOf`, or a `no_version_in_force` error listing the versions' spans. */
export function versionInForce(rs: CRuleSet, asOf: CalendarDate, asOfText: string): CVersion {
  const cv = versionAt(rs, asOf);
  if (cv !== undefined) return cv;
  const spans = rs.versions.map((v) => `${v.v.effectiveFrom}–${v.v.effectiveTo ?? '…'}`);
  return fail('no_version_in_force', ['options', 'asOf'], { id: rs.parsed.data.id, value: asOfText, spans });
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads the facts of one case into slots. One case (`e.index` −1) is strict: every key must be a fact
 * the caller gives. In a batch, other fields of a record (a name, an address) are ignored.
 */
export function readCase(rs: CRuleSet, facts: unknown, s: Slots, e: Env, strict: boolean): void {
  if (!isRecord(facts)) fail('invalid_type', e.index < 0 ? ['facts'] : ['cases', e.index], { expected: 'facts', ...describe(facts) });
  if (strict) {
    const at: IssuePath = ['facts'];
    for (const key of Object.keys(facts)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') fail('unsafe_key', [...at, key], { key });
      const f = rs.factsByName.get(key);
      if (f === undefined || f.parts !== undefined) fail('unknown_key', [...at, key], { key, allowed: rs.inputFacts.map((x) => x.name) });
    }
  }
  const inputs = rs.inputFacts;
  for (let k = 0; k < inputs.length; k++) {
    const f = inputs[k] as CFact;
    let v = facts[f.name];
    // Only the record's own fields count: never a value reached through a prototype.
    if (v !== undefined && !Object.hasOwn(facts, f.name)) v = undefined;
    s[f.index] = readFact(f, v, e);
  }
}
