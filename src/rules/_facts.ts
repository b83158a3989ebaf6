import { describe } from '../core/_schema.js';
import { isProblem, readNumber } from '../core/_exact.js';
import { isoText, parseIsoDate, type CalendarDate } from '../core/_calendar.js';
import { factPath, type CFact, type CRuleSet, type Env, type Slots } from './_compiled.js';
import { LIMITS } from './_scan.js';
import { fail } from './_errors.js';

// Reading the facts of a case into slots, filling the derived ones, and showing them back.

/** Reads and checks one fact value into its slot form; throws a ChiTieuError at the fact's path. */
export function readFact(f: CFact, v: unknown, e: Env): number | string | boolean | CalendarDate | undefined {
  if (v === undefined || v === null) return undefined;
  switch (f.type) {
    case 'count':
      if (typeof v === 'number' && v >= 0 && Number.isSafeInteger(v)) return v;
      return typeof v === 'string' ? countText(v, e, f.name) : badNumber(v, e, f.name, true);
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return typeof v === 'string' ? numberText(v, e, f.name) : badNumber(v, e, f.name, false);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return fail('invalid_type', factPath(e, f.name), { expected: 'boolean', ...describe(v) });
    case 'date': {
      const d = parseIsoDate(v);
      if (d !== undefined) return d;
      if (typeof v !== 'string') fail('invalid_type', factPath(e, f.name), { expected: 'date', ...describe(v) });
      return fail('invalid_date', factPath(e, f.name), { value: v.slice(0, 40) });
    }
    case 'text':
      if (typeof v !== 'string') fail('invalid_type', factPath(e, f.name), { expected: 'string', ...describe(v) });
      if (v.length > LIMITS.stringLength) fail('too_long', factPath(e, f.name), { length: v.length, limit: LIMITS.stringLength });
      if (f.values !== undefined && !f.values.has(v)) fail('invalid_value', factPath(e, f.name), { allowed: [...f.values], ...describe(v) });
      return v;
  }
}

// The one number input type (conventions §5): a decimal string is read as attainment reads it, "12" as 12.
/** A count given as decimal text ("12"): a whole number ≥ 0 within 2^53 − 1. */
function countText(v: string, e: Env, name: string): number {
  const x = readNumber(v);
  if (isProblem(x)) return fail(x.code, factPath(e, name), x.facts);
  if (x.int !== undefined && x.int >= 0) return x.int;
  return badNumber(Number(x.text), e, name, true);
}

/**
 * A number given as decimal text: taken when a double holds it exactly ("97.5"), since the rules compare
 * doubles; "0.1000000000000000000001" would compare as 0.1, so it is refused rather than misjudged.
 */
function numberText(v: string, e: Env, name: string): number {
  const x = readNumber(v);
  if (isProblem(x)) return fail(x.code, factPath(e, name), x.facts);
  const d = Number(x.text);
  const back = readNumber(d);
  if (!isProblem(back) && back.text === x.text) return d;
  return fail('malformed_number', factPath(e, name), {
    value: x.text.length > 40 ? `${x.text.slice(0, 40)}…` : x.text,
    hint: 'significant-digits',
    limit: 15,
  });
}

function badNumber(v: unknown, e: Env, name: string, count: boolean): never {
  const path = factPath(e, name);
  if (typeof v !== 'number') {
    return fail('invalid_type', path, count
      ? { expected: 'count', ...describe(v) }
      : { expected: 'number', ...describe(v) });
  }
  if (!Number.isFinite(v)) return fail('not_finite', path, describe(v));
  if (v < 0) return fail('negative', path, { value: String(v) });
  if (!Number.isInteger(v)) return fail('not_integer', path, { value: String(v) });
  return fail('unsafe_number', path, { value: String(v) });
}

/** Fills the derived facts (sums) of a case once its given facts are in the slots. */
export function deriveFacts(rs: CRuleSet, s: Slots, e: Env): void {
  const derived = rs.derivedFacts;
  for (let k = 0; k < derived.length; k++) {
    const f = derived[k] as CFact;
    const parts = f.parts as readonly number[];
    let total = 0;
    let missing = false;
    for (let j = 0; j < parts.length; j++) {
      const x = s[parts[j] as number];
      if (x === undefined) missing = true;
      else total += x as number;
    }
    if (missing) s[f.index] = undefined;
    else if (Number.isSafeInteger(total)) s[f.index] = total;
    else fail('unsafe_number', factPath(e, f.name), { value: String(total) });
  }
}

/** A slot value as the explanation shows it. */
export function shownValue(x: Slots[number]): string | number | boolean | null {
  if (x === undefined) return null;
  if (typeof x === 'object') return isoText(x);
  return x;
}
