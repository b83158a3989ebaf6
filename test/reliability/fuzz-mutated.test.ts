import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  attainment,
  attainmentBatch,
  checkClaim,
  compileRuleSet,
  describeAttainment,
  describeTermProgress,
  evaluateRule,
  evaluateRuleBatch,
  extractClaims,
  isChiTieuError,
  mergeRollups,
  partyAdmission,
  partyOrganizationFounding,
  rollup,
  rollupColumns,
  rollupPartial,
  termProgress,
  tradeUnionFounding,
} from '../../src/index.js';
import * as svg from '../../src/svg/index.js';
import { bulletChart } from '../../src/svg/index.js';
import { samples } from './_samples.js';

/**
 * Fuzzing with the library's own outputs: results of one function, mutated one field at a time, fed
 * to the next; holes in every array a public function reads; getters and Proxies that throw; and the
 * single and batch forms of each area, which must agree row by row.
 *
 * The contract checked everywhere: a call returns a result (deeply frozen apart from typed-array
 * columns, JSON-serializable, with no 'NaN' or 'undefined' in its strings) or throws a ChiTieuError;
 * never a TypeError or RangeError from the library's own code.
 *
 * Throwing accessors (getters, Proxy traps): the library does not catch them. The caller's own error
 * propagates unchanged (the same object, by identity), because it is the caller's code that failed,
 * not the input's shape; the library never turns it into a TypeError or a ChiTieuError of its own.
 * Accessors whose value changes between reads: the library reads each figure once (or validates what
 * it uses), so they give a result or a ChiTieuError, never a TypeError.
 *
 * FUZZ_SEED and FUZZ_SCALE explore further (e.g. FUZZ_SCALE=10); FUZZ_TALLY=1 prints the outcomes.
 */

// Deterministic by default; FUZZ_SEED and FUZZ_SCALE (a multiplier of every numRuns) explore further.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const BOOM = new Error('boom');

type Outcome = 'ok' | 'error' | 'user';

/** Checks a returned value without recursion (inputs may be nested thousands deep). */
function checkResult(label: string, r: unknown): void {
  const stack: unknown[] = [r];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (/NaN|undefined/.test(v)) throw new Error(`${label}: a string of the result reads ${JSON.stringify(v.slice(0, 300))}`);
      continue;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    // a safe* result's error: its messages describe the input as received ("got undefined")
    if (isChiTieuError(v)) continue;
    if (ArrayBuffer.isView(v)) continue; // typed-array columns are documented as caller-owned copies
    if (!Object.isFrozen(v)) throw new Error(`${label}: the result is not deeply frozen`);
    for (const k of Object.keys(v)) {
      if (/NaN|undefined/.test(k)) throw new Error(`${label}: a key of the result reads ${k}`);
      stack.push((v as Record<string, unknown>)[k]);
    }
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(r);
  } catch (e) {
    throw new Error(`${label}: the result is not JSON-serializable: ${String(e)}`);
  }
  if (typeof r === 'object' && r !== null && text === undefined) throw new Error(`${label}: JSON.stringify gave undefined`);
}

/** Runs one call and checks the contract. `user` is the caller's own error, propagated unchanged. */
function outcome(label: string, call: () => unknown, allowUser = false): Outcome {
  let r: unknown;
  try {
    r = call();
  } catch (e) {
    if (isChiTieuError(e)) {
      if (typeof e.code !== 'string' || !Array.isArray(e.path) || !Array.isArray(e.issues) || e.issues.length === 0) {
        throw new Error(`${label}: malformed ChiTieuError ${String(e)}`);
      }
      return 'error';
    }
    if (allowUser && e === BOOM) return 'user';
    throw new Error(`${label} threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  checkResult(label, r);
  return 'ok';
}
const TALLY: Record<string, Record<Outcome, number>> = {};
function count(section: string, o: Outcome): Outcome {
  const t = (TALLY[section] ??= { ok: 0, error: 0, user: 0 });
  t[o]++;
  return o;
}
afterAll(() => {
  if (process.env.FUZZ_TALLY) console.log(JSON.stringify(TALLY, null, 1));
});

/** A mutable deep copy of a (frozen) result: plain objects and arrays, typed arrays copied, holes kept. */
function thaw<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (ArrayBuffer.isView(v)) return (v as unknown as { slice(): unknown }).slice() as T;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) if (i in v) out[i] = thaw(v[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = thaw((v as Record<string, unknown>)[k]);
  return out as T;
}

type Path = (string | number)[];

/** Every path into a value, to a depth (the root excluded). */
function paths(v: unknown, depth = 6, prefix: Path = []): Path[] {
  if (v === null || typeof v !== 'object' || depth === 0 || ArrayBuffer.isView(v)) return [];
  const out: Path[] = [];
  for (const k of Object.keys(v)) {
    const p = [...prefix, Array.isArray(v) ? Number(k) : k];
    out.push(p, ...paths((v as Record<string, unknown>)[k], depth - 1, p));
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let cur = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i] as string] as Record<string | number, unknown>;
  return cur;
}

function getAt(root: unknown, path: Path): unknown {
  return parentOf(root, path)[path[path.length - 1] as string];
}

function deeplyNested(depth: number): unknown {
  let v: unknown = { x: 1 };
  for (let i = 0; i < depth; i++) v = { a: v, 0: [v] };
  return v;
}

function sparse(): unknown[] {
  const a: unknown[] = [1];
  a[3] = 2;
  a.length = 6;
  return a;
}

/** The mutations of one field: delete it, or replace it by a hostile value (some depend on the old one). */
const MUTATIONS: [string, (old: unknown) => unknown][] = [
  ['delete', () => DELETE],
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['2^53+2', () => 2 ** 53 + 2],
  ["''", () => ''],
  ["'abc'", () => 'abc'],
  ['number instead of string', (old) => (typeof old === 'string' ? (Number.isFinite(Number(old)) ? Number(old) + 1 : 7) : 7)],
  ['string instead of number', (old) => (typeof old === 'number' ? String(old) : typeof old === 'string' ? `${old}x` : '7')],
  ['array', () => [1, 'x', null]],
  ['empty array', () => []],
  ['object', () => ({ a: 1, value: '2' })],
  ['empty object', () => ({})],
  ['sparse array', () => sparse()],
  ['deeply nested object', () => deeplyNested(3000)],
  ['boolean', () => true],
  ['bigint', () => 5n],
  ['symbol', () => Symbol('s')],
  ['function', () => () => 1],
  ['date', () => new Date('2024-07-16')],
];
const DELETE = Symbol('delete');

function mutate(root: unknown, path: Path, m: (old: unknown) => unknown): unknown {
  const copy = thaw(root);
  const parent = parentOf(copy, path);
  const key = path[path.length - 1] as string;
  const v = m(parent[key]);
  if (v === DELETE) delete parent[key];
  else parent[key] = v;
  return copy;
}

/** Feeds every single-field mutation of `source` to `consume`; returns the tally of outcomes. */
function fuzzChain(label: string, source: unknown, consume: (mutant: any) => unknown, numRuns = 150, valid = true): Record<Outcome, number> {
  const tally: Record<Outcome, number> = { ok: 0, error: 0, user: 0 };
  const plain = outcome(`${label} (unmutated)`, () => consume(thaw(source)));
  const viaJson = outcome(`${label} (through JSON)`, () => consume(JSON.parse(JSON.stringify(source))));
  if (valid) {
    expect(plain, `${label} (unmutated)`).toBe('ok');
    expect(viaJson, `${label} (through JSON)`).toBe('ok');
  }
  const ps = paths(source);
  fc.assert(
    fc.property(fc.constantFrom(...ps), fc.constantFrom(...MUTATIONS), (path, [name, m]) => {
      const mutant = mutate(source, path, m);
      tally[count(`chain ${label}`, outcome(`${label} with ${path.join('.')} → ${name}`, () => consume(mutant)))]++;
    }),
    { numRuns: runs(numRuns), seed: SEED },
  );
  return tally;
}

// ---------------------------------------------------------------------------------------------------
// 1. One function's results, mutated, into the next
// ---------------------------------------------------------------------------------------------------

describe('results mutated one field at a time into the next function', () => {
  const attainments = [
    attainment({ achieved: 103, target: 80 }, { decimals: 1, rounding: 'down' }),
    attainment({ achieved: '97.5', target: { min: '90', max: '99' }, kind: 'rate' }),
    attainment({ achieved: 58, target: { atLeast: 400 } }),
    attainment({ achieved: 3, target: { atMost: 4 } }),
    attainment({ achieved: 5, target: 0 }),
    attainment({ achieved: '12.5', target: '10', kind: 'rate' }, { decimals: 3 }),
  ];

  it('attainment() → describeAttainment() and bulletChart()', () => {
    for (const r of attainments) {
      fuzzChain('describeAttainment', r, (m) => describeAttainment(m));
      fuzzChain('describeAttainment en', r, (m) => describeAttainment(m, { locale: 'en', unit: { vi: 'đảng viên', en: 'members' } } as never), 60);
      fuzzChain('bulletChart', r, (m) => bulletChart(m), 80);
    }
  });

  it('termProgress() → describeTermProgress()', () => {
    for (const args of samples.termProgress ?? []) {
      const r = termProgress(...(args as Parameters<typeof termProgress>));
      fuzzChain('describeTermProgress', r, (m) => describeTermProgress(m), 250);
      fuzzChain('describeTermProgress en', r, (m) => describeTermProgress(m, { locale: 'en' }), 80);
    }
  });

  it('parsePeriod() / splitIntoYears() → formatPeriod(), splitIntoYears(), periodContains(), elapsedFraction(), termProgress()', () => {
    const periods = [
      api.parsePeriod('quý II/2024'),
      api.parsePeriod('nhiệm kỳ 2020-2025'),
      api.parsePeriod('6 tháng đầu năm 2024'),
      api.parsePeriod('từ năm 2020 đến nay', { asOf: '2024-07-16' }),
      ...api.splitIntoYears({ kind: 'term', start: '2020-07-15', end: '2025-06-30' }).slice(0, 2),
    ];
    for (const p of periods) {
      fuzzChain('formatPeriod', p, (m) => api.formatPeriod(m, { locale: 'en' }), 60);
      fuzzChain('splitIntoYears', p, (m) => api.splitIntoYears(m), 60);
      fuzzChain('periodContains', p, (m) => api.periodContains(m, '2024-06-30'), 60);
      fuzzChain('elapsedFraction', p, (m) => api.elapsedFraction(m, '2024-06-30'), 60);
    }
    const term = api.parsePeriod('nhiệm kỳ 2020-2025');
    fuzzChain('termProgress(term)', term, (m) => termProgress({ term: m, asOf: '2024-07-16', target: 80, cumulative: 72 }), 80);
  });

  it('attainment results inside termProgress() and rollup() results → describeAttainment() / bulletChart()', () => {
    const tp = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, cumulative: 72 });
    const ro = rollup({ nodes: [{ id: 'r' }, { id: 'x', parent: 'r', indicators: { m: { achieved: 3, target: 4 } } }] });
    for (const r of [tp.targets[0]?.attainment, ro.nodes[0]?.indicators.m?.attainment]) {
      fuzzChain('describeAttainment(nested)', r, (m) => describeAttainment(m), 80);
      fuzzChain('bulletChart(nested)', r, (m) => bulletChart(m), 60);
    }
  });

  it('rollupPartial() → mergeRollups() → rollup() / rollupColumns()', () => {
    const nodes: api.OrgNode[] = [
      { id: 'tinh', name: 'Đảng bộ tỉnh' },
      { id: 'khoi', parent: 'tinh', indicators: { partyOrgs: { achieved: 10, target: 8 }, members: { people: ['a', 'b'] } } },
      { id: 'huyen', parent: 'tinh', weight: 3, indicators: { partyOrgs: { achieved: 63, target: 70 }, members: { people: ['b', 'c'] } } },
      { id: 'xa', parent: 'huyen', weight: 2, indicators: { partyOrgs: { achieved: 1, target: 2 } } },
    ];
    const a = rollupPartial({ nodes: nodes.slice(0, 2) });
    const b = rollupPartial({ nodes: nodes.slice(2) });
    fuzzChain('mergeRollups [mutant, b]', a, (m) => mergeRollups([m, b]), 200);
    fuzzChain('mergeRollups [a, mutant]', b, (m) => mergeRollups([a, m]), 200);
    const merged = mergeRollups([a, b]);
    fuzzChain('mergeRollups [merged mutant]', merged, (m) => mergeRollups([m]), 150);
    fuzzChain('rollup(merged)', merged, (m) => rollup(m), 250);
    fuzzChain('rollup(merged, weighted-mean)', merged, (m) => rollup(m, { method: 'weighted-mean', decimals: 1 }), 100);
    fuzzChain('rollupColumns(merged)', merged, (m) => rollupColumns(m), 250);
    fuzzChain('rollup(partial)', a, (m) => rollup(m), 100);
  });

  it('rule data (compileRuleSet input) → compileRuleSet() / evaluateRule() / evaluateRuleBatch()', () => {
    const own = (samples.compileRuleSet?.[0]?.[0]) as object;
    const cases: [object, Record<string, unknown>][] = [
      [own, { members: 4 }],
      [thaw(partyOrganizationFounding), { officialMembers: 5, probationaryMembers: 1 }],
      [thaw(tradeUnionFounding), { unionMembers: 12, applicants: 4 }],
      [thaw(partyAdmission), { birthDate: '2000-02-29', introducers: 2, hasAwarenessCertificate: true }],
    ];
    for (const [rs, facts] of cases) {
      expect(outcome('compileRuleSet', () => compileRuleSet(thaw(rs) as never))).toBe('ok');
      fuzzChain('compileRuleSet', rs, (m) => compileRuleSet(m), 200);
      fuzzChain('evaluateRule', rs, (m) => evaluateRule(m, facts as never, { asOf: '2025-06-01' }), 200);
      fuzzChain('evaluateRuleBatch', rs, (m) => evaluateRuleBatch(m, [facts, {}], { asOf: '2025-06-01', outcomes: true }), 150);
      fuzzChain('evaluateRule(facts)', facts, (m) => evaluateRule(rs as never, m, { asOf: '2025-06-01' }), 60);
    }
    const compiled = compileRuleSet(own as never);
    // a copy of a compiled handle is not the handle: read as rule data, or rejected
    expect(['ok', 'error']).toContain(outcome('evaluateRule(copy of compiled)', () => evaluateRule(thaw(compiled), { members: 4 }, { asOf: '2025-06-01' })));
    const result = evaluateRule(own as never, { members: 4 }, { asOf: '2025-06-01' });
    fuzzChain('evaluateRule(result.facts)', result.facts, (m) => evaluateRule(compiled, m, { asOf: '2025-06-01' }), 100);
  });

  it('extractClaims() / checkClaim() outputs → checkClaim()', () => {
    const text = 'Kết nạp 103/80 đảng viên, vượt 28,75%; 16/15 tổ, vượt 6,6%; 2.018/2.119 (đạt 95,23%); 72/80 đảng viên, đạt 90%';
    const ex = extractClaims(text, { rounding: 'down' });
    const claims = ex.claims.filter((c) => c.kind === 'ratio-percent');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      if (c.kind !== 'ratio-percent') continue;
      const input = { achieved: c.achieved.value, target: c.target.value, reported: c.reported.text, as: c.as, rounding: 'down', locale: 'vi' };
      fuzzChain('checkClaim(input from a claim)', input, (m) => checkClaim(m), 120);
      const out = checkClaim(input as never);
      const back = { achieved: out.achieved, target: out.target, reported: out.reportedText, as: out.as, rounding: 'down', locale: 'vi' };
      fuzzChain('checkClaim(input from a checkClaim result)', back, (m) => checkClaim(m), 80);
      // the claim object itself, and a check result, passed as checkClaim input
      fuzzChain('checkClaim(claim)', c, (m) => checkClaim(m), 60, false);
      fuzzChain('checkClaim(check result)', c.check, (m) => checkClaim(m), 60, false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// 2. Holes in every array a public function reads
// ---------------------------------------------------------------------------------------------------

const svgSamples: Record<string, unknown[][]> = {
  bulletChart: [[{ achieved: 103, target: 80 }, { locale: 'en', width: 400 }], [attainment({ achieved: 58, target: { atLeast: 400 } })]],
  termProgressChart: [[
    { start: '2020-07-15', end: '2025-06-30', target: 80, points: [{ date: '2021-12-31', cumulative: 20 }, { date: '2023-12-31', cumulative: 50 }], projection: { date: '2025-06-30', cumulative: 75 } },
    { locale: 'en' },
  ]],
};

/** More inputs with arrays than the shared samples hold: lists of records, people, rule trees, plans. */
const anyRuleSet = {
  id: 'demo.any',
  title: { vi: 'Thử', en: 'Try' },
  facts: {
    a: { type: 'count', title: { vi: 'A', en: 'A' } },
    b: { type: 'count', title: { vi: 'B', en: 'B' } },
    ab: { type: 'count', title: { vi: 'A+B', en: 'A+B' }, sum: ['a', 'b'] },
    level: { type: 'text', title: { vi: 'Mức', en: 'Level' }, values: ['low', 'high'] },
  },
  versions: [
    { id: 'v1', effectiveFrom: '2020-01-01', effectiveTo: '2023-12-31', confidence: 'high', source: { document: 'HD 1' }, when: { all: [{ fact: 'a', op: '>=', value: 1, title: { vi: 'a', en: 'a' } }, { any: [{ fact: 'ab', op: '>=', value: 3, title: { vi: 'ab', en: 'ab' } }, { fact: 'level', op: '==', value: 'high', title: { vi: 'l', en: 'l' } }], title: { vi: 'hoặc', en: 'or' } }], title: { vi: 'và', en: 'and' } } },
    { id: 'v2', effectiveFrom: '2024-01-01', confidence: 'medium', source: { document: 'HD 2' }, when: { fact: 'ab', op: '>=', value: 2, title: { vi: 'ab', en: 'ab' } } },
  ],
};
const extraSamples: Record<string, unknown[][]> = {
  memberPipeline: [[{ asOf: '2024-06-30', candidates: [{ id: 'a', events: { sentToAwarenessCourse: '2024-03-01', completedAwarenessCourse: '2024-03-20' } }, { id: 'b', events: { sentToAwarenessCourse: '2024-06-01' }, left: '2024-06-20' }] }]],
  admissionOutlook: [[{ target: 80, admitted: 72, pipeline: { asOf: '2024-07-16', counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, history: [{ stage: 'backgroundCheck', entered: 10, advanced: 5 }, { stage: 'proposedForAdmission', entered: 4, advanced: 4 }] }]],
  termProgress: [[{ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', targets: [{ id: 'a', target: 80, plan: [{ period: 'năm 2021', value: 15 }, { period: 'năm 2022', value: 15 }] }, { id: 'b', target: { atLeast: 10 } }], results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2022', value: 12 }] }, { methods: ['linear', 'unsd'] }]],
  rollup: [[{ nodes: [{ id: 'r' }, { id: 'x', parent: 'r', weight: 2, indicators: { m: { people: ['p1', 'p2'] } } }, { id: 'y', parent: 'r', weight: 1, indicators: { m: { people: ['p2'], target: 3 } } }] }, { method: 'weighted-mean' }]],
  rollupColumns: [[{ ids: ['r', 'x', 'y'], parents: [null, 'r', 'r'], names: ['R', null, 'Y'], weights: [0, 2, 1], indicators: { m: { achieved: [0, 1, 2], target: [1, 2, 3], people: [null, ['p1'], ['p1', 'p2']] } } }]],
  rollupPartial: [[{ ids: ['r', 'x'], parents: [null, 'r'], indicators: { m: { achieved: Int32Array.of(1, 2), target: [3, 4] } } }]],
  compileRuleSet: [[anyRuleSet]],
  evaluateRule: [[anyRuleSet, { a: 1, b: 1, level: 'high' }, { asOf: '2022-01-01' }]],
  evaluateRuleBatch: [[anyRuleSet, { a: [1, 0, 2], b: Uint8Array.of(1, 1, 1), level: ['high', null, 'low'] }, { asOf: '2022-01-01', outcomes: true }]],
  attainmentBatch: [[{ achieved: Float64Array.of(1.5, 2), target: [2, 2], kind: 'rate', targetForm: 'at-most' }, { decimals: 3 }]],
  safeTermProgress: [[{ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2022', value: 12 }, { period: 'năm 2023', value: 15 }] }, { methods: ['cagr', 'unsd'], thresholds: { unsd: thaw(api.UNSD_PROGRESS_THRESHOLDS), cagr: thaw(api.OPEN_SDG_THRESHOLDS) } }]],
  checkSum: [[{ total: '100', parts: ['33.3', '33.3', '33.4'], tolerance: 'rounding' }]],
  scorecard: [[[{ achieved: 3, target: { min: 1, max: 4 } }, { achieved: '97.5', target: '90', kind: 'rate' }, { status: 'not-met', label: 'x' }], { decimals: 1 }]],
};

const allFunctions = [
  ...Object.entries(api).map(([n, f]) => [n, f, [...(samples[n] ?? []), ...(extraSamples[n] ?? [])]] as const),
  ...Object.entries(svg).map(([n, f]) => [n, f, svgSamples[n] ?? []] as const),
].filter(([, f]) => typeof f === 'function' && !/^class\s/.test(Function.prototype.toString.call(f))) as [string, (...a: unknown[]) => unknown, unknown[][]][];

/** Paths to the arrays inside a sample's arguments (typed arrays included), the argument list excluded. */
function arrayPaths(args: unknown[]): Path[] {
  return paths(args, 8).filter((p) => {
    const v = getAt(args, p);
    return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
  });
}

/** The ways to make holes in an array: delete an index, grow it with trailing holes, leading holes. */
const HOLES: [string, (a: unknown[], k: number) => unknown][] = [
  ['delete index', (a, k) => { const c = [...a]; delete c[k % Math.max(1, c.length)]; return c; }],
  ['trailing holes', (a, k) => { const c = [...a]; c.length = a.length + 1 + (k % 3); return c; }],
  ['leading hole', (a) => { const c: unknown[] = new Array(1); c.push(...a); return c; }],
  ['all holes', (a) => new Array(Math.max(1, a.length))],
  ['sparse plain array for a typed one', (a) => { const c = Array.from(a); c.length += 1; return c; }],
];

describe('sparse arrays and holes in every array a public function reads', () => {
  it('every sample is a valid call', () => {
    for (const [name, fn, cases] of allFunctions) {
      for (const args of cases) expect(outcome(name, () => fn(...thaw(args))), `${name}(${JSON.stringify(args).slice(0, 200)})`).toBe('ok');
    }
  });

  for (const [name, fn, cases] of allFunctions) {
    const withArrays = cases.filter((args) => arrayPaths(args).length > 0);
    if (withArrays.length === 0) continue;
    it(`${name}: holes`, () => {
      for (const args of withArrays) {
        const ps = arrayPaths(args);
        fc.assert(
          fc.property(fc.constantFrom(...ps), fc.constantFrom(...HOLES), fc.nat(20), (path, [hole, make], k) => {
            const copy = thaw(args);
            const parent = parentOf(copy, path);
            const key = path[path.length - 1] as string;
            const arr = parent[key] as unknown[];
            const holed = make(ArrayBuffer.isView(arr) ? Array.from(arr as unknown as ArrayLike<unknown>) : arr, k) as unknown[];
            parent[key] = holed;
            const label = `${name} with ${path.join('.')} → ${hole}`;
            const o = count(`holes ${name}`, outcome(label, () => fn(...copy)));
            // A hole reads as undefined, so it must be treated exactly as an explicit undefined there
            // (the same result, or the same error code and path): forEach, map, filter and for…in skip
            // holes, so a library loop built on them would count the array short without a word.
            const filled = thaw(args);
            parentOf(filled, path)[key] = Array.from({ length: holed.length }, (_, i) => holed[i]);
            const sparseRun = tryCall(() => fn(...copy));
            const denseRun = tryCall(() => fn(...filled));
            expect(outcome(`${label} (filled with undefined)`, () => fn(...filled))).toBe(o);
            expect(summary(sparseRun), `${label}: a hole and an explicit undefined differ`).toEqual(summary(denseRun));
          }),
          { numRuns: runs(60), seed: SEED },
        );
      }
    });
  }

  // Known open (see the report of issue 14), left out so that this file cannot hang: checkSum's
  // `parts` (src/claims) and evaluateRuleBatch's columns walk every index of 2^32 − 1.
  const HUGE_OPEN = new Set(['checkSum 0.parts', 'evaluateRuleBatch 1.a', 'evaluateRuleBatch 1.b', 'evaluateRuleBatch 1.level']);
  it('every array replaced by a sparse one of length 2^32 − 1: a prompt ChiTieuError (or result)', () => {
    for (const [name, fn, cases] of allFunctions) {
      for (const args of cases) {
        for (const path of arrayPaths(args)) {
          if (HUGE_OPEN.has(`${name} ${path.join('.')}`)) continue;
          const copy = thaw(args);
          const huge: unknown[] = [];
          huge.length = 2 ** 32 - 1;
          parentOf(copy, path)[path[path.length - 1] as string] = huge;
          const t0 = performance.now();
          outcome(`${name} with ${path.join('.')} → length 2^32 − 1`, () => fn(...copy));
          expect(performance.now() - t0, `${name} with ${path.join('.')} → length 2^32 − 1 took too long`).toBeLessThan(2000);
        }
      }
    }
  });

  it('fc.sparseArray columns into attainmentBatch, allocate, checkSum, scorecard and evaluateRuleBatch', () => {
    const num = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(Number.NaN, -1, 1.5, undefined, null, '3'));
    fc.assert(
      fc.property(fc.sparseArray(num, { maxLength: 8 }), fc.sparseArray(num, { maxLength: 8 }), (xs, ys) => {
        outcome('attainmentBatch', () => attainmentBatch({ achieved: xs as number[], target: ys as number[] }));
        outcome('attainmentBatch range', () => attainmentBatch({ achieved: xs as number[], min: ys as number[], max: ys as number[], kind: 'rate' }));
        outcome('allocate', () => api.allocate(80, xs as number[]));
        outcome('checkSum', () => api.checkSum({ total: 100, parts: xs as number[] }));
        outcome('scorecard', () => api.scorecard(xs.map((x) => ({ achieved: x, target: 1 })) as never));
        outcome('evaluateRuleBatch rows', () => evaluateRuleBatch(partyOrganizationFounding, xs.map((x) => ({ officialMembers: x })) as never, { asOf: '2025-09-01' }));
        outcome('evaluateRuleBatch columns', () => evaluateRuleBatch(partyOrganizationFounding, { officialMembers: xs, probationaryMembers: ys } as never, { asOf: '2025-09-01' }));
        outcome('rollupColumns', () => rollupColumns({ ids: xs.map((_, i) => `u${i}`), parents: xs.map(() => null), indicators: { n: { achieved: xs, target: ys } } } as never));
      }),
      { numRuns: runs(200), seed: SEED },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// 3. Getters and Proxies that throw
// ---------------------------------------------------------------------------------------------------

const TRAPS: [string, (target: object) => object][] = [
  ['Proxy get', (t) => new Proxy(t, { get: () => { throw BOOM; } })],
  ['Proxy ownKeys', (t) => new Proxy(t, { ownKeys: () => { throw BOOM; } })],
  ['Proxy getPrototypeOf', (t) => new Proxy(t, { getPrototypeOf: () => { throw BOOM; } })],
  ['Proxy has', (t) => new Proxy(t, { has: () => { throw BOOM; } })],
  ['Proxy getOwnPropertyDescriptor', (t) => new Proxy(t, { getOwnPropertyDescriptor: () => { throw BOOM; } })],
];

describe('throwing getters and Proxies: the caller\'s error propagates unchanged', () => {
  for (const [name, fn, cases] of allFunctions) {
    if (cases.length === 0) continue;
    it(`${name}: throwing accessors`, () => {
      for (const args of cases) {
        // the argument itself as a Proxy, then any field inside it
        const ps: Path[] = [...args.map((_, i) => [i] as Path), ...paths(args, 6)];
        fc.assert(
          fc.property(fc.constantFrom(...ps), fc.integer({ min: -1, max: TRAPS.length - 1 }), (path, t) => {
            const copy = thaw(args);
            const parent = parentOf(copy, path);
            const key = path[path.length - 1] as string;
            const old = parent[key];
            let how: string;
            if (t === -1) {
              how = 'throwing getter';
              Object.defineProperty(parent, key, { get: () => { throw BOOM; }, enumerable: true, configurable: true });
            } else {
              if (old === null || typeof old !== 'object' || ArrayBuffer.isView(old)) return;
              how = (TRAPS[t] as (typeof TRAPS)[number])[0];
              parent[key] = (TRAPS[t] as (typeof TRAPS)[number])[1](old as object);
            }
            const o = count(`accessors ${name}`, outcome(`${name} with ${path.join('.')} → ${how}`, () => fn(...copy), true));
            let detail = '';
            if (o === 'error') try { fn(...copy); } catch (e) { detail = `${(e as api.ChiTieuError).code} at ${JSON.stringify((e as api.ChiTieuError).path)}: ${(e as Error).message}`; }
            expect(['ok', 'user'], `${name} with ${path.join('.')} → ${how} turned the caller's error into ${o} ${detail}`).toContain(o);
          }),
          { numRuns: runs(80), seed: SEED },
        );
      }
    });
  }
});

describe('getters whose value changes between reads', () => {
  // A getter that gives the valid value on its first read and a hostile one afterwards: whatever the
  // library does with the second read (read once, or validate what it uses), never a TypeError.
  for (const [name, fn, cases] of allFunctions) {
    if (cases.length === 0) continue;
    it(`${name}: unstable getters`, () => {
      for (const args of cases) {
        const ps = paths(args, 6);
        if (ps.length === 0) continue;
        fc.assert(
          fc.property(fc.constantFrom(...ps), fc.constantFrom(...MUTATIONS.filter(([n]) => n !== 'delete' && n !== 'deeply nested object')), (path, [, m]) => {
            const copy = thaw(args);
            const parent = parentOf(copy, path);
            const key = path[path.length - 1] as string;
            const old = parent[key];
            const later = m(old);
            let reads = 0;
            Object.defineProperty(parent, key, { get: () => (reads++ === 0 ? old : later), enumerable: true, configurable: true });
            count(`unstable ${name}`, outcome(`${name} with ${path.join('.')} read twice`, () => fn(...copy)));
          }),
          { numRuns: runs(60), seed: SEED },
        );
        // The same through a Proxy over an object or array: every key gives its value on the first
        // read, a hostile one on later reads. Not `length`: zod's array parsing (used by several
        // schemas) reads it on every iteration, so an array whose length changes while it is read is
        // outside what the parsing supports (a growing one never ends); see the report of issue 14.
        const objects: Path[] = [...args.map((_, i) => [i] as Path), ...ps].filter((p) => {
          const v = getAt(args, p);
          return v !== null && typeof v === 'object' && !ArrayBuffer.isView(v);
        });
        if (objects.length === 0) continue;
        fc.assert(
          fc.property(fc.constantFrom(...objects), fc.constantFrom(...MUTATIONS.filter(([n]) => n !== 'delete' && n !== 'deeply nested object')), (path, [, m]) => {
            const copy = thaw(args);
            const parent = parentOf(copy, path);
            const key = path[path.length - 1] as string;
            const seen = new Set<PropertyKey>();
            parent[key] = new Proxy(parent[key] as object, {
              get: (t, k, r) => {
                const v = Reflect.get(t, k, r);
                if (typeof k === 'symbol' || typeof v === 'function' || k === 'length') return v;
                if (!seen.has(k)) { seen.add(k); return v; }
                return m(v);
              },
            });
            count(`unstable proxy ${name}`, outcome(`${name} with ${path.join('.')} as a Proxy read twice`, () => fn(...copy)));
          }),
          { numRuns: runs(40), seed: SEED },
        );
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// 4. Single and batch forms agree
// ---------------------------------------------------------------------------------------------------

/** The text of a figure of a batch: from `wide` when listed, else written plainly; null for NaN. */
function batchFigure(r: api.AttainmentBatchResult, field: 'percent' | 'overPercent' | 'overPoints' | 'gap', i: number): string | null {
  const w = r.wide.find((x) => x.row === i && x.field === field);
  if (w !== undefined) return w.value;
  const col = r[field];
  if (col === null) return null;
  const x = col[i] as number;
  return Number.isNaN(x) ? null : api.formatNumber(x, { locale: 'en', grouping: false });
}

/** What a call gave, comparable: the result's JSON (or a safe* result's error), or the error's code and path. */
function summary(r: ReturnType<typeof tryCall>): unknown {
  if (!r.ok) return { code: r.code, path: r.path };
  const v = r.value as { success?: boolean; error?: unknown } | null;
  if (v !== null && typeof v === 'object' && v.success === false && isChiTieuError(v.error)) return { code: v.error.code, path: v.error.path };
  return JSON.stringify(r.value);
}

function tryCall<T>(f: () => T): { ok: true; value: T } | { ok: false; code: string; path: readonly (string | number)[] } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isChiTieuError(e)) return { ok: false, code: e.code, path: e.path };
    throw e;
  }
}

describe('single and batch forms agree', () => {
  const hostileNumber = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 2 ** 53, 1e-7) },
  );

  it('attainment vs attainmentBatch: same status and figures; the same rows rejected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileNumber, hostileNumber, hostileNumber), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('reach', 'at-least', 'at-most', 'range'),
        fc.constantFrom('count', 'rate'),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...api.ROUNDING_MODES),
        (rows, form, kind, decimals, rounding) => {
          const opts = { decimals, rounding };
          const singles = rows.map(([a, t, hi]) => {
            const target = form === 'reach' ? t : form === 'at-least' ? { atLeast: t } : form === 'at-most' ? { atMost: t } : { min: t, max: hi };
            return tryCall(() => attainment({ kind, achieved: a, target }, opts));
          });
          const input = form === 'range'
            ? { kind, achieved: rows.map((r) => r[0]), min: rows.map((r) => r[1]), max: rows.map((r) => r[2]) }
            : { kind, achieved: rows.map((r) => r[0]), target: rows.map((r) => r[1]), targetForm: form };
          const batch = tryCall(() => attainmentBatch(input as never, opts));
          const bad = singles.flatMap((s, i) => (s.ok ? [] : [i]));
          if (bad.length === 0) {
            expect(batch.ok, `batch rejected rows the single call accepts: ${JSON.stringify(batch)}`).toBe(true);
            if (!batch.ok) return;
            singles.forEach((s, i) => {
              if (!s.ok) return;
              const v = s.value;
              expect(batch.value.statusLabels[batch.value.status[i] as number]).toBe(v.status);
              expect(batchFigure(batch.value, 'percent', i)).toBe(v.percent);
              expect(batchFigure(batch.value, 'overPercent', i)).toBe(v.overPercent);
              expect(batchFigure(batch.value, 'overPoints', i)).toBe(v.overPoints);
              expect(batchFigure(batch.value, 'gap', i)).toBe(v.status === 'not-met' ? v.shortfall : v.surplus);
            });
          } else {
            expect(batch.ok, `batch accepted rows ${bad} the single call rejects`).toBe(false);
            if (batch.ok) return;
            let err: api.ChiTieuError | undefined;
            try { attainmentBatch(input as never, opts); } catch (e) { err = e as api.ChiTieuError; }
            const rowsReported = new Set(err?.issues.map((x) => x.path[1]));
            expect([...rowsReported].sort()).toEqual(bad);
            for (const i of bad) {
              const s = singles[i];
              if (s === undefined || s.ok) continue;
              const codes = err?.issues.filter((x) => x.path[1] === i).map((x) => x.code);
              expect(codes, `row ${i}: ${JSON.stringify(rows[i])}`).toContain(s.code);
            }
          }
        },
      ),
      { numRuns: runs(400), seed: SEED },
    );
  });

  const factValue = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }) },
    { weight: 3, arbitrary: fc.constantFrom<unknown>(null, undefined, -1, 1.5, Number.NaN, '3', 'abc', true, [], {}, '2000-02-29', '2024-02-30', '1990-01-01', 2 ** 53) },
    { weight: 1, arbitrary: fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  );

  const ruleSets: [string, unknown, string[]][] = [
    ['partyOrganizationFounding', partyOrganizationFounding, Object.keys((partyOrganizationFounding as { facts: object }).facts)],
    ['partyAdmission', partyAdmission, Object.keys((partyAdmission as { facts: object }).facts)],
    ['tradeUnionFounding', tradeUnionFounding, Object.keys((tradeUnionFounding as { facts: object }).facts)],
    ['own', samples.compileRuleSet?.[0]?.[0], ['members']],
  ].map(([n, rs]) => {
    const facts = (rs as { facts: Record<string, { sum?: unknown }> }).facts;
    // the facts a case gives (derived ones, with `sum`, are computed)
    return [n, rs, Object.keys(facts).filter((k) => facts[k]?.sum === undefined)] as [string, unknown, string[]];
  });

  for (const [rsName, rs, factNames] of ruleSets) {
    it(`evaluateRule vs evaluateRuleBatch (${rsName}): same outcome per row, malformed rows included`, () => {
      const compiled = compileRuleSet(rs as never);
      const row = fc.dictionary(fc.constantFrom(...factNames, 'name'), factValue, { maxKeys: factNames.length + 1 });
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom('2025-09-01', '2019-01-01', '2030-06-30'), fc.boolean(), (cases, asOf, useCompiled) => {
          const handle = (useCompiled ? compiled : rs) as never;
          // a record's other fields (a name) are ignored by the batch; the single call takes facts only
          const factsOnly = (c: Record<string, unknown>) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'name'));
          const singles = cases.map((c) => tryCall(() => evaluateRule(handle, factsOnly(c) as never, { asOf })));
          const batch = tryCall(() => evaluateRuleBatch(handle, cases as never, { asOf, outcomes: true }));
          const firstBad = singles.findIndex((s) => !s.ok);
          if (firstBad < 0) {
            expect(batch.ok, `batch rejected rows every single call accepts: ${JSON.stringify(batch)} for ${JSON.stringify(cases)}`).toBe(true);
            if (!batch.ok) return;
            expect(batch.value.outcomes).toEqual(singles.map((s) => (s.ok ? s.value.outcome : null)));
            expect(batch.value.total).toBe(cases.length);
            // conclusions: the count of rows where each holds
            for (const [id, n] of Object.entries(batch.value.conclusions)) {
              const holding = singles.filter((s) => s.ok && s.value.findings.some((f) => (f as { id: string; holds?: boolean }).id === id && (f as { holds?: boolean }).holds === true)).length;
              expect(n, `conclusion ${id}`).toBe(holding);
            }
          } else {
            const s = singles[firstBad] as { ok: false; code: string; path: readonly (string | number)[] };
            expect(batch.ok, `batch accepted row ${firstBad} (${JSON.stringify(cases[firstBad])}) that the single call rejects with ${s.code}`).toBe(false);
            if (batch.ok) return;
            expect(batch.code).toBe(s.code);
            // a bad fact is reported at its row; a bad option or rule set where the single call reports it
            expect(batch.path).toEqual(s.path[0] === 'facts' ? ['cases', firstBad, ...s.path.slice(1)] : s.path);
          }
          // the same cases as columns
          const columns: Record<string, unknown[]> = {};
          for (const f of factNames) columns[f] = cases.map((c) => (c as Record<string, unknown>)[f]);
          const cols = tryCall(() => evaluateRuleBatch(handle, columns as never, { asOf, outcomes: true }));
          if (firstBad < 0) {
            if (cols.ok) expect(cols.value.outcomes).toEqual(singles.map((s) => (s.ok ? s.value.outcome : null)));
            else throw new Error(`columns rejected: ${JSON.stringify(cols)} for ${JSON.stringify(columns)}`);
          } else {
            expect(cols.ok).toBe(false);
          }
        }),
        { numRuns: runs(150), seed: SEED },
      );
    });
  }

  it('rollup vs rollupColumns vs rollupPartial + mergeRollups: the same totals and percents', () => {
    const unit = fc.record({
      parent: fc.nat(),
      root: fc.boolean(),
      achieved: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      target: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      big: fc.option(fc.constant(Number.MAX_SAFE_INTEGER), { freq: 8, nil: undefined }),
      weight: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      people: fc.option(fc.subarray(['a', 'b', 'c', 'd']), { nil: undefined }),
      peopleTarget: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('ratio', 'mean', 'weakest', 'weighted-mean') as fc.Arbitrary<api.RollupMethod>,
        fc.integer({ min: 0, max: 4 }),
        (units, cut, method, decimals) => {
          const ids = units.map((_, i) => `u${i}`);
          const parents = units.map((u, i) => (i === 0 || u.root ? null : `u${u.parent % i}`));
          const achieved = units.map((u) => u.big ?? u.achieved ?? 0);
          const target = units.map((u) => u.target ?? 0);
          const anyWeight = units.some((u) => u.weight !== undefined);
          const anyPeople = units.some((u) => u.people !== undefined);
          const nodes = units.map((u, i) => ({
            id: ids[i] as string,
            parent: parents[i],
            ...(u.weight !== undefined ? { weight: u.weight } : {}),
            indicators: {
              n: { ...(u.big ?? u.achieved) !== undefined ? { achieved: u.big ?? u.achieved } : {}, ...(u.target !== undefined ? { target: u.target } : {}) },
              ...(anyPeople ? { p: { ...(u.people !== undefined ? { people: u.people } : {}), ...(u.peopleTarget !== undefined ? { target: u.peopleTarget } : {}) } } : {}),
            },
          }));
          const opts = { method, decimals };
          const tree = rollup({ nodes }, opts);
          const cols = rollupColumns({
            ids,
            parents,
            ...(anyWeight ? { weights: units.map((u) => u.weight ?? 0) } : {}),
            indicators: {
              n: { achieved, target },
              ...(anyPeople ? { p: { people: units.map((u) => u.people ?? null), target: units.map((u) => u.peopleTarget ?? 0) } } : {}),
            },
          }, opts);
          const k = cut % (nodes.length + 1);
          const merged = mergeRollups([rollupPartial({ nodes: nodes.slice(0, k) }), rollupPartial({ nodes: nodes.slice(k) })]);
          const viaMerge = rollup(merged, opts);
          const viaMergeCols = rollupColumns(merged, opts);
          const colText = (c: Float64Array | readonly string[], i: number) => (ArrayBuffer.isView(c) ? api.formatNumber(c[i] as number, { locale: 'en', grouping: false }) : (c[i] as string));
          const groupRow = new Map(Array.from(cols.groups, (row, j) => [row, j]));
          tree.nodes.forEach((node, i) => {
            const fig = node.indicators.n as api.RollupFigure;
            const m = viaMerge.nodes.find((x) => x.id === node.id) as api.RollupNode;
            expect(m.indicators.n).toEqual(fig);
            expect(colText(cols.achieved[0] as Float64Array, i)).toBe(fig.achieved);
            expect(colText(cols.target[0] as Float64Array, i)).toBe(fig.target);
            const pct = (cols.percentNumber[0] as Float64Array)[i] as number;
            expect(Number.isNaN(pct) ? null : pct).toBe(fig.aggregate.percentNumber);
            const j = groupRow.get(i);
            if (j !== undefined) expect((cols.groupPercent[0] as (string | null)[])[j]).toBe(fig.aggregate.percent);
            const mi = viaMergeCols.ids.indexOf(node.id);
            expect(colText(viaMergeCols.achieved[0] as Float64Array, mi)).toBe(fig.achieved);
            expect(colText(viaMergeCols.target[0] as Float64Array, mi)).toBe(fig.target);
            if (anyPeople) {
              const pf = node.indicators.p as api.RollupFigure;
              const pj = cols.indicators.indexOf('p');
              expect((viaMerge.nodes.find((x) => x.id === node.id) as api.RollupNode).indicators.p).toEqual(pf);
              expect(colText(cols.achieved[pj] as Float64Array, i), `people of ${node.id}`).toBe(pf.achieved);
              expect(colText(cols.target[pj] as Float64Array, i)).toBe(pf.target);
              const pp = (cols.percentNumber[pj] as Float64Array)[i] as number;
              expect(Number.isNaN(pp) ? null : pp).toBe(pf.aggregate.percentNumber);
            }
          });
          expect([...viaMerge.roots].sort()).toEqual([...tree.roots].sort());
        },
      ),
      { numRuns: runs(150), seed: SEED },
    );
  });

  it('checkClaim vs extractClaims: a ratio-percent claim carries the check that checkClaim gives', () => {
    const vi = (n: number, d: number) => api.formatNumber(n, { locale: 'vi', decimals: d, trailingZeros: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(...api.ROUNDING_MODES),
        fc.boolean(),
        (a, t, d, nudge, rounding, over) => {
          const exact = over ? ((a - t) / t) * 100 : (a / t) * 100;
          if (over && a <= t) return;
          const printed = Math.max(0, Math.round(exact * 10 ** d) + nudge) / 10 ** d;
          const reported = vi(printed, d);
          const text = `Kết nạp ${vi(a, 0)}/${vi(t, 0)} đảng viên, ${over ? 'vượt' : 'đạt'} ${reported}%.`;
          const ex = extractClaims(text, { rounding });
          const claim = ex.claims.find((c) => c.kind === 'ratio-percent');
          if (claim === undefined || claim.kind !== 'ratio-percent') return;
          const single = checkClaim({ achieved: claim.achieved.value, target: claim.target.value, reported: claim.reported.text, as: claim.as, rounding, locale: 'vi' });
          expect(claim.check).toEqual(single);
          expect(claim.achieved.value).toBe(String(a));
          expect(claim.target.value).toBe(String(t));
          expect(claim.as).toBe(over ? 'over' : 'attainment');
        },
      ),
      { numRuns: runs(200), seed: SEED },
    );
  });
});
