import * as z from 'zod/mini';
import { isProblem, readExactValue, readNumber } from '../core/_exact.js';
import { describe, parseWith, reader, report, roundOptionsShape } from '../core/_schema.js';
import { ChiTieuError, type IssueFacts, type IssuePath } from '../core/errors.js';
import type { RoundingMode } from '../core/index.js';
import { buildTable, indexIds, type Column, type OwnTable, type RowPaths, type Table } from './_table.js';
import type { RollupMethod } from './types.js';

type Ctx = Parameters<Parameters<typeof reader>[0]>[1];
const MAX = Number.MAX_SAFE_INTEGER;
/** Keys that could reach an object's prototype when used as property names in results. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem with one value, before it gets its path. */
interface Problem { code: Parameters<typeof report>[1]; facts: IssueFacts }

/** Reads a non-negative whole count exactly: a number while safe, a BigInt beyond. */
export function readCount(v: unknown): number | bigint | Problem {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v === 0 ? 0 : v;
  const r = readNumber(v);
  if (isProblem(r)) return r;
  if (r.n < 0n) return { code: 'negative', facts: { value: r.text } };
  if (r.d !== 1n) return { code: 'not_integer', facts: { value: r.text } };
  return r.int ?? r.n;
}

/**
 * Reads an exact value (a number, a decimal string or a fraction "p/q" as results carry it) with core's
 * reader, inside a zod reader: a problem is reported under `path` of the value being read (so the
 * caller's path, e.g. the line's index, is kept) instead of escaping as an error without it.
 */
export function readFraction(ctx: Ctx, v: unknown, path: IssuePath): { n: bigint; d: bigint } | undefined {
  try {
    return readExactValue(v, []);
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    for (const issue of e.issues) report(ctx, issue.code, issue.facts, [...path, ...issue.path]);
    return undefined;
  }
}

function isCount(r: number | bigint | Problem): r is number | bigint {
  return typeof r === 'number' || typeof r === 'bigint';
}

/** Packs counts into a column: Float64Array while the grand total is a safe integer, else BigInt. */
function packColumn(values: readonly (number | bigint)[]): Column {
  let s = 0;
  let big = false;
  for (const v of values) {
    if (typeof v === 'bigint') { big = true; break; }
    s += v;
    if (s > MAX) { big = true; break; }
  }
  if (big) return values.map((v) => BigInt(v));
  return Float64Array.from(values as number[]);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

function checkKeys(ctx: Ctx, o: Record<string, unknown>, allowed: readonly string[], path: IssuePath): boolean {
  let ok = true;
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) { report(ctx, 'unknown_key', { key: k, allowed }, [...path, k]); ok = false; }
  }
  return ok;
}

function indicatorName(ctx: Ctx, name: string, path: IssuePath): boolean {
  if (UNSAFE_KEYS.has(name)) { report(ctx, 'unsafe_key', { key: name }, path); return false; }
  return true;
}

/** Sorted distinct ids of a people list, or a problem reported at its path. */
function readPeople(ctx: Ctx, v: unknown, path: IssuePath): string[] | undefined {
  if (!Array.isArray(v)) {
    report(ctx, 'invalid_type', { expected: 'an array of person ids', expected_vi: 'một mảng mã người', received: describe(v) }, path);
    return undefined;
  }
  // Each id is read once, into a copy: a getter or Proxy could give another value on a second read.
  const ids: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'string' || x === '') {
      report(ctx, 'invalid_type', { expected: 'a non-empty string', expected_vi: 'một chuỗi khác rỗng', received: describe(x) }, [...path, i]);
      return undefined;
    }
    ids.push(x);
  }
  return [...new Set(ids)].sort();
}

/** Fills the people of an indicator whose other units gave no ids: a unit that counted someone must name them. */
function finishPeople(ctx: Ctx, achieved: readonly (number | bigint)[], people: (string[] | undefined)[], path: (row: number) => IssuePath): string[][] | undefined {
  const out: string[][] = new Array(achieved.length);
  for (let i = 0; i < achieved.length; i++) {
    const p = people[i];
    if (p === undefined) {
      if (achieved[i] !== 0) { report(ctx, 'missing', {}, path(i)); return undefined; }
      out[i] = [];
    } else out[i] = p;
  }
  return out;
}

const MAX_ID = 200;
/** The most units an object tree `{ nodes }` may hold. */
const MAX_UNITS = 10_000_000;
/** At most this many problems are reported for the units of an object tree. */
const MAX_NODE_ISSUES = 100;

function readId(ctx: Ctx, v: unknown, path: IssuePath): string | undefined {
  if (typeof v !== 'string' || v === '') {
    if (v === undefined) report(ctx, 'missing', {}, path);
    else report(ctx, 'invalid_type', { expected: 'a non-empty string', expected_vi: 'một chuỗi khác rỗng', received: describe(v) }, path);
    return undefined;
  }
  if (v.length > MAX_ID) { report(ctx, 'too_long', { length: v.length, limit: MAX_ID }, path); return undefined; }
  return v;
}

/** The object form: `{ nodes: [{ id, name, parent, indicators: { x: { achieved, target, people } }, weight }] }`. */
const treeSchema = reader((input, ctx): OwnTable => {
  if (!isPlainObject(input)) return report(ctx, 'invalid_type', { expected: 'an object { nodes }', expected_vi: 'một đối tượng { nodes }', received: describe(input) });
  let ok = checkKeys(ctx, input, ['nodes'], []);
  const nodes = own(input, 'nodes');
  if (!Array.isArray(nodes)) return report(ctx, 'invalid_type', { expected: 'an array of units', expected_vi: 'một mảng đơn vị', received: describe(nodes) }, ['nodes']);
  const n = nodes.length;
  // Checked before the per-unit arrays are allocated: a sparse array of length 2^32 − 1 is a few bytes.
  if (n > MAX_UNITS) return report(ctx, 'too_long', { length: n, limit: MAX_UNITS }, ['nodes']);
  const ids: string[] = new Array(n);
  const names: (string | null)[] = new Array(n);
  const parents: (string | null)[] = new Array(n);
  const figures = new Map<string, { achieved: (number | bigint)[]; target: (number | bigint)[]; people: (string[] | undefined)[]; distinct: boolean }>();
  const weights: (number | bigint)[] = new Array(n).fill(0);
  let anyWeight = false;
  const column = (name: string) => {
    let f = figures.get(name);
    if (f === undefined) {
      f = { achieved: new Array(n).fill(0), target: new Array(n).fill(0), people: new Array(n).fill(undefined), distinct: false };
      figures.set(name, f);
    }
    return f;
  };
  // Reading stops after MAX_NODE_ISSUES problems, so a wholly wrong (or sparse) array gives a readable
  // error promptly instead of one issue per unit.
  for (let i = 0; i < n && ctx.issues.length < MAX_NODE_ISSUES; i++) {
    const node: unknown = nodes[i];
    const at: IssuePath = ['nodes', i];
    if (!isPlainObject(node)) { report(ctx, 'invalid_type', { expected: 'an object { id, parent, indicators }', expected_vi: 'một đối tượng { id, parent, indicators }', received: describe(node) }, at); ok = false; continue; }
    ok = checkKeys(ctx, node, ['id', 'name', 'parent', 'indicators', 'weight'], at) && ok;
    const id = readId(ctx, own(node, 'id'), [...at, 'id']);
    if (id === undefined) ok = false; else ids[i] = id;
    const name = own(node, 'name');
    if (name !== undefined && typeof name !== 'string') { report(ctx, 'invalid_type', { expected: 'a string', expected_vi: 'một chuỗi', received: describe(name) }, [...at, 'name']); ok = false; }
    names[i] = typeof name === 'string' ? name : null;
    const parent = own(node, 'parent');
    if (parent === undefined || parent === null) parents[i] = null;
    else { const p = readId(ctx, parent, [...at, 'parent']); if (p === undefined) ok = false; else parents[i] = p; }
    const w = own(node, 'weight');
    if (w !== undefined) {
      const r = readCount(w);
      if (isCount(r)) { weights[i] = r; anyWeight = true; } else { report(ctx, r.code, r.facts, [...at, 'weight']); ok = false; }
    }
    const inds = own(node, 'indicators');
    if (inds === undefined) continue;
    if (!isPlainObject(inds)) { report(ctx, 'invalid_type', { expected: 'an object keyed by indicator', expected_vi: 'một đối tượng theo chỉ tiêu', received: describe(inds) }, [...at, 'indicators']); ok = false; continue; }
    for (const key of Object.keys(inds)) {
      const fp: IssuePath = [...at, 'indicators', key];
      if (!indicatorName(ctx, key, fp)) { ok = false; continue; }
      const fig = inds[key];
      if (!isPlainObject(fig)) { report(ctx, 'invalid_type', { expected: 'an object { achieved, target }', expected_vi: 'một đối tượng { achieved, target }', received: describe(fig) }, fp); ok = false; continue; }
      ok = checkKeys(ctx, fig, ['achieved', 'target', 'people'], fp) && ok;
      const col = column(key);
      const rawPeople = own(fig, 'people');
      let people: string[] | undefined;
      if (rawPeople !== undefined) {
        people = readPeople(ctx, rawPeople, [...fp, 'people']);
        if (people === undefined) { ok = false; continue; }
        col.people[i] = people;
        col.distinct = true;
      }
      for (const which of ['achieved', 'target'] as const) {
        const raw = own(fig, which);
        if (raw === undefined) {
          if (which === 'achieved' && people) col.achieved[i] = people.length;
          continue;
        }
        const r = readCount(raw);
        if (!isCount(r)) { report(ctx, r.code, r.facts, [...fp, which]); ok = false; continue; }
        if (which === 'achieved' && people && BigInt(r) !== BigInt(people.length)) {
          report(ctx, 'invalid_value', { allowed: [people.length], value: String(r) }, [...fp, which]);
          ok = false;
          continue;
        }
        col[which][i] = r;
      }
    }
  }
  if (!ok) return z.NEVER;
  const indicators = [...figures.keys()].sort();
  const people: (string[][] | null)[] = [];
  for (const name of indicators) {
    const f = figures.get(name)!;
    if (!f.distinct) { people.push(null); continue; }
    const sets = finishPeople(ctx, f.achieved, f.people, (row) => ['nodes', row, 'indicators', name, 'people']);
    if (sets === undefined) return z.NEVER;
    people.push(sets);
  }
  return {
    indicators,
    ids,
    names,
    parents,
    achieved: indicators.map((k) => packColumn(figures.get(k)!.achieved)),
    target: indicators.map((k) => packColumn(figures.get(k)!.target)),
    people,
    weights: anyWeight ? packColumn(weights) : null,
  };
});

const treePaths: RowPaths = { id: (i) => ['nodes', i, 'id'], parent: (i) => ['nodes', i, 'parent'] };
const columnPaths: RowPaths = { id: (i) => ['ids', i], parent: (i) => ['parents', i] };

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/**
 * One column of counts, read in one loop. Typed arrays and plain arrays of safe integers stay on
 * Float64; a string of digits beyond 2^53 or a grand total beyond it moves the column to BigInt.
 * The first bad row is reported with its index.
 */
function readCountColumn(ctx: Ctx, v: unknown, n: number, path: IssuePath): Column | undefined {
  if (!isArrayLike(v)) { report(ctx, 'invalid_type', { expected: 'an array or typed array of counts', expected_vi: 'một mảng số đếm', received: describe(v) }, path); return undefined; }
  if (v.length !== n) { report(ctx, 'length_mismatch', { expected: n, got: v.length }, path); return undefined; }
  // Unsigned integer arrays cannot hold a bad count: convert natively, and sum only if the total could pass 2^53.
  if (v instanceof Uint8Array || v instanceof Uint8ClampedArray || v instanceof Uint16Array || v instanceof Uint32Array) {
    const copy = new Float64Array(v);
    const most = v instanceof Uint32Array ? 0xffffffff : v instanceof Uint16Array ? 0xffff : 0xff;
    if (n * most <= MAX) return copy;
    let total = 0;
    for (let i = 0; i < n; i++) total += copy[i] as number;
    return total <= MAX ? copy : Array.from(copy, (x) => BigInt(x));
  }
  const out = new Float64Array(n);
  let sum = 0;
  let i = 0;
  for (; i < n; i++) {
    const x = v[i];
    if (typeof x === 'number' && x >= 0 && x <= MAX && Math.floor(x) === x) { out[i] = x; sum += x; continue; }
    break;
  }
  if (i === n && sum <= MAX) return out;
  // Slow path from the first value the fast loop did not take: strings, big values or a bad row.
  const values: (number | bigint)[] = Array.from(out.subarray(0, i));
  for (; i < n; i++) {
    const r = readCount(v[i]);
    if (!isCount(r)) { report(ctx, r.code, r.facts, [...path, i]); return undefined; }
    values.push(r);
  }
  return packColumn(values);
}

function readStringColumn(ctx: Ctx, v: unknown, n: number | undefined, path: IssuePath, nullable: boolean, check: (ctx: Ctx, s: unknown, p: IssuePath) => string | undefined): (string | null)[] | undefined {
  if (!Array.isArray(v)) { report(ctx, 'invalid_type', { expected: 'an array of strings', expected_vi: 'một mảng chuỗi', received: describe(v) }, path); return undefined; }
  if (n !== undefined && v.length !== n) { report(ctx, 'length_mismatch', { expected: n, got: v.length }, path); return undefined; }
  const out: (string | null)[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (nullable && (x === null || x === undefined)) { out[i] = null; continue; }
    // The common case without building a path per row; anything else goes through the checker.
    if (typeof x === 'string' && x !== '' && x.length <= MAX_ID) { out[i] = x; continue; }
    const s = check(ctx, x, [...path, i]);
    if (s === undefined) return undefined;
    out[i] = s;
  }
  return out;
}

const anyString = (ctx: Ctx, s: unknown, p: IssuePath): string | undefined => {
  if (typeof s === 'string') return s;
  report(ctx, 'invalid_type', { expected: 'a string', expected_vi: 'một chuỗi', received: describe(s) }, p);
  return undefined;
};

/** The batch form: `{ ids, parents, names?, indicators: { x: { achieved, target, people? } }, weights? }`. */
const columnsSchema = reader((input, ctx): OwnTable => {
  if (!isPlainObject(input)) return report(ctx, 'invalid_type', { expected: 'an object { ids, parents, indicators }', expected_vi: 'một đối tượng { ids, parents, indicators }', received: describe(input) });
  if (!checkKeys(ctx, input, ['ids', 'parents', 'names', 'indicators', 'weights'], [])) return z.NEVER;
  const ids = readStringColumn(ctx, own(input, 'ids'), undefined, ['ids'], false, readId);
  if (ids === undefined) return z.NEVER;
  const n = ids.length;
  const parents = readStringColumn(ctx, own(input, 'parents'), n, ['parents'], true, readId);
  if (parents === undefined) return z.NEVER;
  const rawNames = own(input, 'names');
  const names = rawNames === undefined ? new Array<string | null>(n).fill(null) : readStringColumn(ctx, rawNames, n, ['names'], true, anyString);
  if (names === undefined) return z.NEVER;
  const rawWeights = own(input, 'weights');
  let weights: Column | null = null;
  if (rawWeights !== undefined) {
    const w = readCountColumn(ctx, rawWeights, n, ['weights']);
    if (w === undefined) return z.NEVER;
    weights = w;
  }
  const inds = own(input, 'indicators');
  if (!isPlainObject(inds)) return report(ctx, 'invalid_type', { expected: 'an object keyed by indicator', expected_vi: 'một đối tượng theo chỉ tiêu', received: describe(inds) }, ['indicators']);
  const indicators = Object.keys(inds).sort();
  const achieved: Column[] = [];
  const target: Column[] = [];
  const people: (string[][] | null)[] = [];
  for (const name of indicators) {
    const p: IssuePath = ['indicators', name];
    if (!indicatorName(ctx, name, p)) return z.NEVER;
    const cols = inds[name];
    if (!isPlainObject(cols)) return report(ctx, 'invalid_type', { expected: 'an object { achieved, target }', expected_vi: 'một đối tượng { achieved, target }', received: describe(cols) }, p);
    if (!checkKeys(ctx, cols, ['achieved', 'target', 'people'], p)) return z.NEVER;
    let sets: string[][] | null = null;
    const rawPeople = own(cols, 'people');
    if (rawPeople !== undefined) {
      if (!Array.isArray(rawPeople)) return report(ctx, 'invalid_type', { expected: 'an array of id lists', expected_vi: 'một mảng danh sách mã', received: describe(rawPeople) }, [...p, 'people']);
      if (rawPeople.length !== n) return report(ctx, 'length_mismatch', { expected: n, got: rawPeople.length }, [...p, 'people']);
      sets = new Array(n);
      for (let i = 0; i < n; i++) {
        const x: unknown = rawPeople[i];
        if (x === null || x === undefined) { sets[i] = []; continue; }
        const s = readPeople(ctx, x, [...p, 'people', i]);
        if (s === undefined) return z.NEVER;
        sets[i] = s;
      }
    }
    const rawA = own(cols, 'achieved');
    let a: Column | undefined;
    if (rawA === undefined) a = sets ? packColumn(sets.map((s) => s.length)) : new Float64Array(n);
    else a = readCountColumn(ctx, rawA, n, [...p, 'achieved']);
    const rawT = own(cols, 'target');
    const t = rawT === undefined ? new Float64Array(n) : readCountColumn(ctx, rawT, n, [...p, 'target']);
    if (a === undefined || t === undefined) return z.NEVER;
    if (sets && rawA !== undefined) {
      for (let i = 0; i < n; i++) {
        if (BigInt(a[i] as number | bigint) !== BigInt((sets[i] as string[]).length)) return report(ctx, 'invalid_value', { allowed: [(sets[i] as string[]).length], value: String(a[i]) }, [...p, 'achieved', i]);
      }
    }
    achieved.push(a);
    target.push(t);
    people.push(sets);
  }
  return { indicators, ids: ids as string[], names, parents, achieved, target, people, weights };
});

export function partialPaths(base: IssuePath): RowPaths {
  return { id: (i) => [...base, 'ids', i], parent: (i) => [...base, 'parents', i] };
}

/**
 * A partial from elsewhere (JSON from another worker or machine): checked for shape, lengths, figures
 * and the consistency of `parentIndex` with `parents`, so a merge never works on a corrupt table.
 */
const partialSchema = reader((input, ctx): Table => {
  if (!isPlainObject(input) || own(input, 'format') !== 'chitieu.rollup-partial') {
    return report(ctx, 'invalid_type', { expected: 'a partial rollup from rollupPartial()', expected_vi: 'một kết quả cộng dồn từng phần của rollupPartial()', received: describe(input) });
  }
  const keys = ['format', 'version', 'indicators', 'ids', 'names', 'parents', 'parentIndex', 'achieved', 'target', 'people', 'weights'];
  if (!checkKeys(ctx, input, keys, [])) return z.NEVER;
  if (own(input, 'version') !== 1) return report(ctx, 'invalid_value', { allowed: [1], value: describe(own(input, 'version')) }, ['version']);
  const ids = readStringColumn(ctx, own(input, 'ids'), undefined, ['ids'], false, readId);
  if (ids === undefined) return z.NEVER;
  const n = ids.length;
  const names = readStringColumn(ctx, own(input, 'names'), n, ['names'], true, anyString);
  const parents = readStringColumn(ctx, own(input, 'parents'), n, ['parents'], true, readId);
  const indicators = readStringColumn(ctx, own(input, 'indicators'), undefined, ['indicators'], false, anyString);
  if (names === undefined || parents === undefined || indicators === undefined) return z.NEVER;
  for (let j = 0; j < indicators.length; j++) {
    const name = indicators[j] as string;
    if (!indicatorName(ctx, name, ['indicators', j])) return z.NEVER;
    if (j > 0 && !((indicators[j - 1] as string) < name)) return report(ctx, 'invalid_value', { allowed: 'sorted, distinct names', value: name }, ['indicators', j]);
  }
  const pi = own(input, 'parentIndex');
  if (!Array.isArray(pi)) return report(ctx, 'invalid_type', { expected: 'an array of rows', expected_vi: 'một mảng chỉ số dòng', received: describe(pi) }, ['parentIndex']);
  if (pi.length !== n) return report(ctx, 'length_mismatch', { expected: n, got: pi.length }, ['parentIndex']);
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const q: unknown = pi[i];
    const valid = typeof q === 'number' && Number.isInteger(q) && q >= -2 && q < n
      && (q >= 0 ? parents[i] === ids[q] : q === -1 ? parents[i] === null : parents[i] !== null);
    if (!valid) return report(ctx, 'invalid_value', { allowed: 'the row of the parent, -1 for a root, -2 for a parent outside', value: describe(q) }, ['parentIndex', i]);
    parentIndex[i] = q;
  }
  const figureColumns = (which: 'achieved' | 'target'): Column[] | undefined => {
    const v = own(input, which);
    if (!Array.isArray(v)) { report(ctx, 'invalid_type', { expected: 'an array of columns', expected_vi: 'một mảng cột', received: describe(v) }, [which]); return undefined; }
    if (v.length !== indicators.length) { report(ctx, 'length_mismatch', { expected: indicators.length, got: v.length }, [which]); return undefined; }
    const out: Column[] = [];
    for (let j = 0; j < v.length; j++) {
      const c = readCountColumn(ctx, v[j], n, [which, j]);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return out;
  };
  const achieved = figureColumns('achieved');
  const target = figureColumns('target');
  if (achieved === undefined || target === undefined) return z.NEVER;
  const rawPeople = own(input, 'people');
  if (!Array.isArray(rawPeople) || rawPeople.length !== indicators.length) {
    return Array.isArray(rawPeople)
      ? report(ctx, 'length_mismatch', { expected: indicators.length, got: rawPeople.length }, ['people'])
      : report(ctx, 'invalid_type', { expected: 'an array', expected_vi: 'một mảng', received: describe(rawPeople) }, ['people']);
  }
  const people: (string[][] | null)[] = [];
  for (let j = 0; j < rawPeople.length; j++) {
    const col: unknown = rawPeople[j];
    if (col === null) { people.push(null); continue; }
    if (!Array.isArray(col) || col.length !== n) return report(ctx, 'length_mismatch', { expected: n, got: Array.isArray(col) ? col.length : 0 }, ['people', j]);
    const sets: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const s = readPeople(ctx, col[i], ['people', j, i]);
      if (s === undefined) return z.NEVER;
      if (s.length !== (col[i] as unknown[]).length) return report(ctx, 'invalid_value', { allowed: 'sorted, distinct ids', value: 'a list with repeats' }, ['people', j, i]);
      sets[i] = s;
    }
    people.push(sets);
  }
  const rawWeights = own(input, 'weights');
  let weights: Column | null = null;
  if (rawWeights !== null) {
    const w = readCountColumn(ctx, rawWeights, n, ['weights']);
    if (w === undefined) return z.NEVER;
    weights = w;
  }
  return { indicators: indicators as string[], ids: ids as string[], names, parents, parentIndex, achieved, target, people, weights };
});

/** Whether an input is a partial (so entry points can take trees, columns or partials). */
function isPartialInput(v: unknown): boolean {
  return isPlainObject(v) && own(v, 'format') === 'chitieu.rollup-partial';
}

export function parsePartial(input: unknown, base: IssuePath = []): Table {
  return parseWith(partialSchema, input, base);
}

/**
 * Any input form as a table of subtree totals: an object tree `{ nodes }`, columns `{ ids, parents, … }`
 * or a partial. Trees and columns are summed here; a partial already is. `paths` say where a row lives.
 */
export function readTable(input: unknown): { table: Table; paths: RowPaths } {
  if (isPartialInput(input)) {
    const paths = partialPaths([]);
    const table = parsePartial(input);
    // A partial's shape check does not look for repeated ids; a merge does, and so does finishing one.
    indexIds(table.ids, paths);
    return { table, paths };
  }
  if (isPlainObject(input) && own(input, 'ids') !== undefined) return { table: buildTable(parseWith(columnsSchema, input), columnPaths), paths: columnPaths };
  return { table: buildTable(parseWith(treeSchema, input), treePaths), paths: treePaths };
}

const rollupOptionsSchema = z.strictObject({
  ...roundOptionsShape,
  method: z.optional(z.enum(['ratio', 'weighted-mean', 'mean', 'weakest'])),
});

export interface ParsedRollupOptions {
  readonly method: RollupMethod;
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

export function parseRollupOptions(options: unknown): ParsedRollupOptions {
  const o = parseWith(rollupOptionsSchema, options ?? {}, ['options']);
  return { method: o.method ?? 'ratio', decimals: o.decimals ?? 2, rounding: o.rounding ?? 'half-up' };
}

