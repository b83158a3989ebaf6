import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as library from 'chitieu';
import { ChiTieuError, compileRuleSet, type RuleSet } from 'chitieu';
import { ruleSetZodSchema } from '../../src/rules/ruleSetSchema.js';
import { ruleSetJsonSchemaText } from '../../scripts/rule-set-schema.js';
import { withAt as patched } from '../helpers/errors.js';

const root = resolve(__dirname, '../..');

/** Every rule set the library exports: data with facts and versions. */
const builtIn = Object.entries(library).filter(
  (e): e is [string, RuleSet] => typeof e[1] === 'object' && e[1] !== null && 'facts' in e[1] && 'versions' in e[1],
);

// The rule set and the broken variants of test/rules/compileRuleSet.test.ts, each marked with whether the
// mistake is one of shape (the zod schema and the JSON Schema reject it too) or crosses fields (only
// compileRuleSet sees it).
const t = { vi: 'x', en: 'x' };
const leaf = { fact: 'n', op: '>=', value: 1, title: t };
const version = { id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'D' }, confidence: 'high', when: leaf };
const ok = { id: 'r', title: t, facts: { n: { type: 'count', title: t }, d: { type: 'date', title: t }, s: { type: 'text', title: t, values: ['a'] } }, versions: [version] };

const withAt = (path: (string | number)[], value: unknown): unknown => patched(ok, path, value);

type Kind = 'shape' | 'cross-field';
const bad: [string, unknown, string, Kind][] = [
  ['not an object', 'rules', 'invalid_type', 'shape'],
  ['no versions', withAt(['versions'], []), 'out_of_range', 'shape'],
  ['no facts', withAt(['facts'], {}), 'out_of_range', 'shape'],
  ['no id', withAt(['id'], undefined), 'missing', 'shape'],
  ['an id with spaces', withAt(['id'], 'a b'), 'invalid_id', 'shape'],
  ['an unknown top-level key', withAt(['extra'], 1), 'unknown_key', 'shape'],
  ['a title without vi', withAt(['title'], { en: 'x' }), 'missing', 'shape'],
  ['a blank title', withAt(['title', 'vi'], '  '), 'empty_string', 'shape'],
  ['a bad fact type', withAt(['facts', 'n', 'type'], 'integer'), 'invalid_value', 'shape'],
  ['a bad fact name', withAt(['facts', '1n'], { type: 'count', title: t }), 'invalid_name', 'shape'],
  ['values on a count fact', withAt(['facts', 'n', 'values'], ['a']), 'fact_type_mismatch', 'shape'],
  ['a sum on a text fact', withAt(['facts', 's', 'sum'], ['n']), 'fact_type_mismatch', 'shape'],
  ['a sum of an unknown fact', withAt(['facts', 'total'], { type: 'count', title: t, sum: ['n', 'zz'] }), 'unknown_fact', 'cross-field'],
  ['an impossible effectiveFrom', withAt(['versions', 0, 'effectiveFrom'], '2024-02-30'), 'invalid_date', 'shape'],
  ['effectiveTo before effectiveFrom', withAt(['versions', 0, 'effectiveTo'], '2023-01-01'), 'date_order', 'cross-field'],
  ['a bad confidence', withAt(['versions', 0, 'confidence'], 'sure'), 'invalid_value', 'shape'],
  ['no source', withAt(['versions', 0, 'source'], undefined), 'missing', 'shape'],
  ['a source without document', withAt(['versions', 0, 'source'], { article: 'Điều 1' }), 'missing', 'shape'],
  ['an unknown fact in a test', withAt(['versions', 0, 'when', 'fact'], 'm'), 'unknown_fact', 'cross-field'],
  ['a bad operator', withAt(['versions', 0, 'when', 'op'], '=>'), 'invalid_value', 'shape'],
  ['an op without value', withAt(['versions', 0, 'when', 'value'], undefined), 'missing', 'shape'],
  ['a string compared with a count', withAt(['versions', 0, 'when', 'value'], '1'), 'invalid_type', 'cross-field'],
  ['a test without a title', withAt(['versions', 0, 'when', 'title'], undefined), 'missing', 'shape'],
  ['two forms in one test', withAt(['versions', 0, 'when', 'in'], [1]), 'exclusive_keys', 'shape'],
  ['edges without between', withAt(['versions', 0, 'when', 'edges'], '[]'), 'unknown_key', 'shape'],
  ['an inverted between', withAt(['versions', 0, 'when'], { fact: 'n', between: [5, 3], title: t }), 'range_inverted', 'cross-field'],
  ['a between of three', withAt(['versions', 0, 'when'], { fact: 'n', between: [1, 2, 3], title: t }), 'too_long', 'shape'],
  ['bad edges', withAt(['versions', 0, 'when'], { fact: 'n', between: [1, 2], edges: '[[', title: t }), 'invalid_value', 'shape'],
  ['a bad measure', withAt(['versions', 0, 'when'], { fact: 'd', measure: 'weeks', op: '>=', value: 1, title: t }), 'invalid_value', 'shape'],
  ['a measure on a count', withAt(['versions', 0, 'when', 'measure'], 'days'), 'fact_type_mismatch', 'cross-field'],
  ['a fractional threshold for a measure', withAt(['versions', 0, 'when'], { fact: 'd', measure: 'months', op: '>=', value: 1.5, title: t }), 'measure_not_whole', 'cross-field'],
  ['an order on text', withAt(['versions', 0, 'when'], { fact: 's', op: '<', value: 'a', title: t }), 'fact_type_mismatch', 'cross-field'],
  ['a text value outside the fact’s values', withAt(['versions', 0, 'when'], { fact: 's', in: ['a', 'b'], title: t }), 'invalid_value', 'cross-field'],
  ['an impossible date literal', withAt(['versions', 0, 'when'], { fact: 'd', op: '>=', value: '2024-04-31', title: t }), 'invalid_date', 'cross-field'],
  ['an empty all', withAt(['versions', 0, 'when'], { all: [] }), 'out_of_range', 'shape'],
  ['all and any together', withAt(['versions', 0, 'when'], { all: [leaf], any: [leaf] }), 'exclusive_keys', 'shape'],
  ['a not of a list', withAt(['versions', 0, 'when'], { not: [leaf] }), 'invalid_type', 'shape'],
  ['a duplicate condition id', withAt(['versions', 0, 'when'], { all: [{ ...leaf, id: 'a' }, { ...leaf, id: 'a' }] }), 'duplicate_id', 'cross-field'],
  ['a duplicate version id', withAt(['versions', 1], { ...version, effectiveFrom: '2026-01-01' }), 'duplicate_id', 'cross-field'],
  ['overlapping versions', withAt(['versions', 1], { ...version, id: 'v2', effectiveFrom: '2026-01-01' }), 'version_overlap', 'cross-field'],
  ['an exception for a missing condition', withAt(['versions', 0, 'exceptions'], [{ id: 'e', label: t, overrides: 'nope', when: leaf }]), 'unknown_condition', 'cross-field'],
  ['an exception without a label', withAt(['versions', 0, 'exceptions'], [{ id: 'e', overrides: 'nope', when: leaf }]), 'missing', 'shape'],
  ['a conclusion setting an object', withAt(['versions', 0, 'conclusions'], [{ id: 'c', text: t, when: leaf, sets: { form: {} } }]), 'invalid_type', 'shape'],
  ['a conclusion setting a bad field name', withAt(['versions', 0, 'conclusions'], [{ id: 'c', text: t, when: leaf, sets: { 'a b': 1 } }]), 'invalid_name', 'shape'],
  ['a __proto__ key', JSON.parse('{"id":"r","__proto__":{"x":1}}'), 'unsafe_key', 'shape'],
  ['a constructor fact', withAt(['facts', 'constructor'], { type: 'count', title: t }), 'unsafe_key', 'shape'],
  ['a prototype key deep inside', withAt(['versions', 0, 'when', 'prototype'], 1), 'unsafe_key', 'shape'],
  ['a huge array', withAt(['versions', 0, 'supersedes'], new Array(20_000).fill('x')), 'too_long', 'shape'],
  ['a very long string', withAt(['title', 'vi'], 'x'.repeat(5000)), 'too_long', 'shape'],
];

// Variants compileRuleSet accepts: the schema must accept them too (it is never the stricter of the two).
const good: [string, unknown][] = [
  ['formatVersion 1', withAt(['formatVersion'], 1)],
  ['effectiveTo null', withAt(['versions', 0, 'effectiveTo'], null)],
  ['a version title, supersedes and empty lists', withAt(['versions', 0], { ...version, title: t, supersedes: ['old'], exceptions: [], conclusions: [] })],
  ['a group without a title', withAt(['versions', 0, 'when'], { id: 'g', any: [leaf, { not: { ...leaf, id: 'x', confidence: 'low', source: { document: 'E', urls: ['https://example.org/'] } } }] })],
  ['a measured date between', withAt(['versions', 0, 'when'], { fact: 'd', measure: 'fullMonths', between: [216, 720], edges: '[)', title: t })],
  ['an in on text', withAt(['versions', 0, 'when'], { fact: 's', in: ['a'], title: t })],
  ['a derived sum', withAt(['facts', 'total'], { type: 'count', title: t, sum: ['n'] })],
  ['an exception and a conclusion', withAt(['versions', 0], {
    ...version,
    when: { ...leaf, id: 'min' },
    exceptions: [{ id: 'e', label: t, overrides: 'min', when: { fact: 'd', op: '<=', value: '2020-01-01', title: t }, confidence: 'medium' }],
    conclusions: [{ id: 'c', text: t, when: leaf, sets: { form: '', size: 2, big: false } }],
  })],
];

function compileError(data: unknown): ChiTieuError | undefined {
  try {
    compileRuleSet(data as RuleSet);
  } catch (e) {
    if (e instanceof ChiTieuError) return e;
    throw e;
  }
  return undefined;
}

describe('ruleSetSchema', () => {
  it('finds the built-in rule sets', () => {
    expect(builtIn.map(([name]) => name).sort()).toEqual(['partyAdmission', 'partyOrganizationFounding', 'tradeUnionFounding', 'youthUnionAdmission', 'youthUnionCellFounding']);
  });

  it.each(builtIn)('accepts the built-in %s, which compileRuleSet accepts too', (_name, ruleSet) => {
    const r = z.safeParse(ruleSetZodSchema, ruleSet);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 1)).toBe(true);
    // and its JSON form, as a rule author would write it
    expect(z.safeParse(ruleSetZodSchema, JSON.parse(JSON.stringify(ruleSet))).success).toBe(true);
    expect(() => compileRuleSet(ruleSet)).not.toThrow();
  });

  it('accepts the rule set the broken ones start from', () => {
    expect(z.safeParse(ruleSetZodSchema, ok).success).toBe(true);
    expect(compileError(ok)).toBeUndefined();
  });

  it('accepts a $schema key for editors, as compileRuleSet does (it reads it as text and ignores it)', () => {
    const withSchema = { $schema: './node_modules/chitieu/schema/rule-set.schema.json', ...ok };
    expect(z.safeParse(ruleSetZodSchema, withSchema).success).toBe(true);
    expect(compileError(withSchema)).toBeUndefined();
    expect(compileError({ ...ok, $schema: 5 })?.code).toBe('invalid_type');
  });

  it.each(['docs/writing-a-rule-set.md', 'docs/vi/writing-a-rule-set.md'])('accepts the JSON rule set of %s, which compiles once $schema is dropped', (guide) => {
    const blocks = [...readFileSync(resolve(root, guide), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);
    const withSchema = blocks.filter((b) => '$schema' in b);
    expect(withSchema).toHaveLength(1);
    for (const b of withSchema) {
      expect(b.$schema).toBe('./node_modules/chitieu/schema/rule-set.schema.json');
      expect(z.safeParse(ruleSetZodSchema, b).success).toBe(true);
      expect(compileError(b)).toBeUndefined();
    }
  });

  it.each(good)('accepts %s, as compileRuleSet does', (_name, data) => {
    expect(compileError(data)).toBeUndefined();
    const r = z.safeParse(ruleSetZodSchema, data);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 1)).toBe(true);
  });

  it.each(bad)('%s: compileRuleSet rejects it with %s; the schema rejects it when a mistake of %s', (_name, data, code, kind) => {
    expect(compileError(data)?.code).toBe(code);
    // A rule set the schema rejects, compileRuleSet rejects too; the converse holds for mistakes of shape.
    expect(z.safeParse(ruleSetZodSchema, data).success).toBe(kind === 'cross-field');
  });
});

describe('schema/rule-set.schema.json', () => {
  const committed = readFileSync(resolve(root, 'schema/rule-set.schema.json'), 'utf8');
  const jsonSchema = JSON.parse(committed) as Record<string, unknown>;

  it('is what `npm run schema:rules` writes from ruleSetSchema today', () => {
    expect(committed).toBe(ruleSetJsonSchemaText());
    expect(jsonSchema.$id).toBe('urn:chitieu:rule-set:format-1');
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is shipped: listed in "files" and exported as chitieu/rule-set.schema.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain('schema/rule-set.schema.json');
    expect(pkg.exports['./rule-set.schema.json']).toBe('./schema/rule-set.schema.json');
  });

  it('describes fields in both languages, for the editor', () => {
    const title = (jsonSchema.properties as Record<string, { description?: string }>).title;
    expect(title?.description).toMatch(/Tên bộ quy định[\s\S]*The rule set's title/);
  });

  // ajv is not a dependency of chitieu; it is checked against only where it is installed already (it
  // comes with the mutation-testing tools).
  const ajv = loadAjv();
  it.skipIf(ajv === undefined)('agrees with the zod schema under a JSON Schema validator (ajv, when installed)', () => {
    const validate = (ajv as AjvLike).compile(jsonSchema);
    for (const [name, ruleSet] of builtIn) expect(validate(JSON.parse(JSON.stringify(ruleSet))), name).toBe(true);
    expect(validate(ok)).toBe(true);
    for (const [name, data] of good) expect(validate(data), name).toBe(true);
    for (const [name, data, , kind] of bad) {
      if (typeof data === 'object' && data !== null && Object.hasOwn(data, '__proto__')) continue; // not JSON-shaped for ajv
      expect(validate(JSON.parse(JSON.stringify(data))), name).toBe(kind === 'cross-field');
    }
  });
});

interface AjvLike {
  compile(schema: object): (data: unknown) => boolean;
}

function loadAjv(): AjvLike | undefined {
  try {
    const require = createRequire(import.meta.url);
    const mod = require('ajv/dist/2020') as { default?: new (o: object) => AjvLike } & (new (o: object) => AjvLike);
    const Ajv2020 = mod.default ?? mod;
    // Formats ("date") need the ajv-formats package; the date pattern zod writes checks days already.
    return new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  } catch {
    return undefined;
  }
}
