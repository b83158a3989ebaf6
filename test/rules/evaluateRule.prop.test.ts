import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChiTieuError, evaluateRule, evaluateRuleBatch, partyAdmission, partyOrganizationFounding, type RuleSet } from 'chitieu';

/** Every path into a JSON value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function replaceAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path[path.length - 1] as string | number] = value;
  return copy;
}

const nested = (depth: number, make: (inner: unknown) => unknown, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = make(v);
  return v;
};

const t = { vi: 'x', en: 'x' };
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    JSON.parse('{"prototype": 1}') as unknown,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    2 ** 60,
    '',
    'x'.repeat(5000),
    '2024-02-30',
    '9999-12-31',
    '0000-01-01',
    null,
    undefined,
    true,
    [],
    {},
    new Date(0),
    Object.create(null) as unknown,
  ),
  fc.integer({ min: 1, max: 3000 }).map((n) => nested(n, (x) => [x], 1)),
  fc.integer({ min: 1, max: 60 }).map((n) => nested(n, (x) => ({ not: x }), { fact: 'birthDate', measure: 'fullMonths', op: '>=', value: 1, title: t })),
  fc.integer({ min: 1, max: 60 }).map((n) => nested(n, (x) => ({ all: [x, x] }), { fact: 'introducers', op: '>=', value: 1, title: t })),
  fc.integer({ min: 1, max: 30_000 }).map((n) => new Array(n).fill({ fact: 'introducers', op: '>=', value: 1, title: t })),
);

const base = JSON.parse(JSON.stringify(partyAdmission)) as unknown;
const basePaths = paths(base);

const factValue = fc.oneof(
  fc.constantFrom(null, undefined, 0, 3, -1, 1.5, Number.NaN, 2 ** 60, '2000-02-29', '2001-02-29', '1990-01-01', 'upper-secondary', 'x', true, false, [], {}),
  fc.anything({ maxDepth: 2 }),
);
const factName = fc.constantFrom('birthDate', 'education', 'introducers', 'backgroundCheckPassed', 'hasAwarenessCertificate', 'awarenessCertificateDate', 'over60WrittenApproval', '__proto__', 'constructor', 'toString', 'other');
const facts = fc.oneof(fc.dictionary(factName, factValue, { maxKeys: 8 }), hostile);
const asOf = fc.oneof(fc.constantFrom('2025-09-01', '2016-07-25', '2000-01-01', '2025-02-29', '2030-12-31'), fc.anything({ maxDepth: 1 }));

function settles(run: () => unknown): void {
  try {
    const r = run() as { outcome?: string; counts?: unknown };
    expect(r.outcome === undefined ? r.counts : ['eligible', 'ineligible', 'undetermined']).toBeDefined();
    if (r.outcome !== undefined) expect(['eligible', 'ineligible', 'undetermined']).toContain(r.outcome);
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('hostile rule data and facts get a result or a ChiTieuError, never a crash or a hang', () => {
  it('a valid rule set with one part replaced by something hostile', () => {
    fc.assert(
      fc.property(fc.nat({ max: basePaths.length - 1 }), hostile, facts, asOf, (i, value, f, date) => {
        const rules = replaceAt(base, basePaths[i] as (string | number)[], value);
        settles(() => evaluateRule(rules as RuleSet, f as never, { asOf: date } as never));
      }),
      { numRuns: 400 },
    );
  });

  it('random values as a rule set', () => {
    fc.assert(
      fc.property(hostile, facts, (rules, f) => {
        settles(() => evaluateRule(rules as RuleSet, f as never, { asOf: '2025-01-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('random and hostile facts for the built-in rule sets, one case and in a batch', () => {
    fc.assert(
      fc.property(facts, asOf, fc.array(facts, { maxLength: 5 }), (f, date, rows) => {
        settles(() => evaluateRule(partyAdmission, f as never, { asOf: date } as never));
        settles(() => evaluateRule(partyOrganizationFounding, f as never, { asOf: date } as never));
        settles(() => evaluateRuleBatch(partyOrganizationFounding, rows as never, { asOf: '2025-01-01' }));
        settles(() => evaluateRuleBatch(partyAdmission, f as never, { asOf: '2025-01-01' }));
      }),
      { numRuns: 400 },
    );
  });
});
