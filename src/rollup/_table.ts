import { type IssuePath } from '../core/errors.js';
import { hashId, hashIds, IdTable, indexIds } from './_ids.js';
import { fail } from './_errors.js';

/**
 * The one internal form behind every rollup entry point (object tree, columns, partials): a table of
 * units with a parent row index and one column of subtree totals per indicator. A column holds numbers
 * while every total is a safe integer (all figures are non-negative, so the grand total bounds every
 * subtree total), else BigInts.
 *
 * A table is never written after it is built: buildTable and mergeTables write only the columns they
 * create. A table kept behind a partial (_partial.ts) is handed out only by taking it from the
 * partial (takeTableOfPartial).
 */
export type Column = Float64Array | bigint[];

export interface Table {
  readonly indicators: readonly string[];
  readonly ids: readonly string[];
  readonly names: readonly (string | null)[];
  readonly parents: readonly (string | null)[];
  /** −1 root, −2 parent not in this table. */
  readonly parentIndex: Int32Array;
  readonly achieved: readonly Column[];
  readonly target: readonly Column[];
  /** Per indicator: null, or per unit the sorted distinct people ids of its subtree. */
  readonly people: readonly (readonly (readonly string[])[] | null)[];
  readonly weights: Column | null;
  /** Set by buildTable and mergeTables; a merge works them out for a table read from elsewhere. */
  readonly keys?: Keys;
}

/**
 * What a merge needs to know of a table's ids, without reading the strings again: each id's hashId,
 * and the distinct ids of the parents outside the table (its stubs) with each outside row's stub.
 * Merging chunks of a large tree links most of their rows, under a few parents: each stub is looked
 * up once instead of each row's parent.
 */
export interface Keys {
  readonly hashes: Int32Array;
  readonly stubs: readonly string[];
  readonly stubHashes: Int32Array;
  /** Per row whose parent is OUTSIDE, its stub (other rows: unused; empty when no row is outside). */
  readonly stubOf: Int32Array;
}

/** Where a row of the input lives, for error paths (`['nodes', 3, 'parent']`, `['parents', 3]`). */
export interface RowPaths {
  readonly id: (row: number) => IssuePath;
  readonly parent: (row: number) => IssuePath;
}

export const ROOT = -1;
export const OUTSIDE = -2;

/**
 * Grand totals (the sum over the rows whose parent is not in the table) of the number columns of
 * tables kept behind partials, which are never written: a merge needs each part's total to know
 * whether the merged column stays below 2^53, and summing every row again for it costs as much as
 * copying the column.
 */
const totals = new WeakMap<Float64Array, number>();

export function rememberTotal(c: Float64Array, total: number): void {
  totals.set(c, total);
}

/** The grand total of a number column: remembered, or summed (exact: every total is a safe integer). */
export function totalOf(c: Float64Array, parentIndex: Int32Array): number {
  const known = totals.get(c);
  if (known !== undefined) return known;
  let s = 0;
  for (let i = 0; i < parentIndex.length; i++) if ((parentIndex[i] as number) < 0) s += c[i] as number;
  return s;
}

/**
 * A table's Keys, from the ids' hashes: the parents outside the table gathered into stubs. With
 * `index` (of the table's own ids) it first resolves every parent into `parentIndex` (ROOT, a row or
 * OUTSIDE), hashing each parent once for both; without, `parentIndex` is read as it is.
 */
export function keysFor(parents: readonly (string | null)[], parentIndex: Int32Array, hashes: Int32Array, index?: IdTable): Keys {
  const n = parentIndex.length;
  const stubs: string[] = [];
  const stubHashes: number[] = [];
  const known = new IdTable(stubs, 16);
  let stubOf = new Int32Array(0);
  for (let i = 0; i < n; i++) {
    const p = parents[i];
    let h = 0;
    if (index) {
      if (p === null || p === undefined) { parentIndex[i] = ROOT; continue; }
      h = hashId(p);
      const r = index.find(p, h);
      parentIndex[i] = r >= 0 ? r : OUTSIDE;
      if (r >= 0) continue;
    } else if (parentIndex[i] !== OUTSIDE) continue;
    else h = hashId(p as string);
    if (stubOf.length === 0) stubOf = new Int32Array(n);
    let s = known.find(p as string, h);
    if (s < 0) { s = stubs.length; stubs.push(p as string); stubHashes.push(h); known.insert(s, h); }
    stubOf[i] = s;
  }
  return { hashes, stubs, stubHashes: Int32Array.from(stubHashes), stubOf };
}

/** The Keys of a table: its own, or worked out (a table read from elsewhere). */
export function keysOf(t: Table): Keys {
  return t.keys ?? keysFor(t.parents, t.parentIndex, hashIds(t.ids));
}

export function isBig(c: Column): c is bigint[] {
  return Array.isArray(c);
}

/**
 * Children-before-parents order of the rows (Kahn's algorithm on child counts): linear, no recursion,
 * so any depth is fine. Rows on a cycle never reach a zero count; the first of them is reported.
 */
export function bottomUpOrder(parentIndex: Int32Array, paths: RowPaths, ids: readonly string[]): Int32Array {
  const n = parentIndex.length;
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = parentIndex[i] as number;
    if (p >= 0) pending[p] = (pending[p] as number) + 1;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (pending[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const p = parentIndex[order[head] as number] as number;
    if (p >= 0) {
      const left = (pending[p] as number) - 1;
      pending[p] = left;
      if (left === 0) order[tail++] = p;
    }
  }
  if (tail < n) {
    let first = 0;
    while (pending[first] === 0) first++;
    fail('cycle', paths.parent(first), { id: ids[first] as string });
  }
  return order;
}

/** Adds each row's value into its parent's, children first: own figures become subtree totals. */
function accumulate(c: Column, order: Int32Array, parentIndex: Int32Array): void {
  if (isBig(c)) {
    for (let k = 0; k < order.length; k++) {
      const v = order[k] as number;
      const p = parentIndex[v] as number;
      if (p >= 0) c[p] = (c[p] as bigint) + (c[v] as bigint);
    }
    return;
  }
  for (let k = 0; k < order.length; k++) {
    const v = order[k] as number;
    const p = parentIndex[v] as number;
    if (p >= 0) c[p] = (c[p] as number) + (c[v] as number);
  }
}

/** Sorted union of two sorted arrays of distinct strings. */
function unionSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x < y) { out.push(x); i++; } else if (y < x) { out.push(y); j++; } else { out.push(x); i++; j++; }
  }
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return out;
}

/** Distinct people of each subtree: unions are idempotent, so pushing every set up, children first, is exact. */
export function accumulatePeople(sets: (readonly string[])[], order: Int32Array, parentIndex: Int32Array): void {
  for (let k = 0; k < order.length; k++) {
    const v = order[k] as number;
    const p = parentIndex[v] as number;
    if (p >= 0) sets[p] = unionSorted(sets[p] as readonly string[], sets[v] as readonly string[]);
  }
}

/** The unsummed input of a table: own figures per unit. */
export interface OwnTable extends Omit<Table, 'parentIndex' | 'achieved' | 'target' | 'weights' | 'people'> {
  readonly achieved: readonly Column[];
  readonly target: readonly Column[];
  readonly people: readonly ((readonly string[])[] | null)[];
  readonly weights: Column | null;
}

/**
 * Turns own figures into a table of subtree totals: ids indexed (duplicates rejected), parents
 * resolved (a parent outside the table is kept as OUTSIDE for a later merge), cycles rejected, then
 * every column summed children first. Shared by the object, column and partial entry points.
 */
export function buildTable(own: OwnTable, paths: RowPaths): Table {
  const n = own.ids.length;
  const hashes = hashIds(own.ids);
  const index = indexIds(own.ids, paths, hashes);
  const parentIndex = new Int32Array(n);
  const keys = keysFor(own.parents, parentIndex, hashes, index);
  const order = bottomUpOrder(parentIndex, paths, own.ids);
  for (const c of own.achieved) accumulate(c, order, parentIndex);
  for (const c of own.target) accumulate(c, order, parentIndex);
  if (own.weights) accumulate(own.weights, order, parentIndex);
  for (const s of own.people) if (s) accumulatePeople(s, order, parentIndex);
  return { ...own, parentIndex, keys };
}

/** Rejects units whose parent is still outside the table: a finished rollup needs the whole tree. */
export function requireComplete(t: Table, paths: RowPaths): void {
  for (let i = 0; i < t.parentIndex.length; i++) {
    if (t.parentIndex[i] === OUTSIDE) fail('unknown_parent', paths.parent(i), { id: t.ids[i] as string, parent: t.parents[i] as string });
  }
}
