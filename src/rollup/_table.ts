import { fail, type IssuePath } from '../core/errors.js';

/**
 * The one internal form behind every rollup entry point (object tree, columns, partials): a table of
 * units with a parent row index and one column of subtree totals per indicator. Columns are
 * Float64Array while every total is a safe integer (all figures are non-negative, so the grand total
 * bounds every subtree total), else arrays of BigInt.
 */
export type Column = Float64Array | bigint[];

export interface Table {
  readonly indicators: readonly string[];
  readonly ids: readonly string[];
  readonly names: readonly (string | null)[];
  readonly parents: readonly (string | null)[];
  /** −1 root, −2 parent not in this table. */
  readonly parentIndex: Int32Array;
  readonly achieved: Column[];
  readonly target: Column[];
  /** Per indicator: null, or per unit the sorted distinct people ids of its subtree. */
  readonly people: (string[][] | null)[];
  readonly weights: Column | null;
}

/** Where a row of the input lives, for error paths (`['nodes', 3, 'parent']`, `['parents', 3]`). */
export interface RowPaths {
  readonly id: (row: number) => IssuePath;
  readonly parent: (row: number) => IssuePath;
}

const ROOT = -1;
const OUTSIDE = -2;
const MAX = Number.MAX_SAFE_INTEGER;

export function isBig(c: Column): c is bigint[] {
  return Array.isArray(c);
}

function toBig(c: Column): bigint[] {
  if (isBig(c)) return c;
  const out = new Array<bigint>(c.length);
  for (let i = 0; i < c.length; i++) out[i] = BigInt(c[i] as number);
  return out;
}

function zeros(n: number, big: boolean): Column {
  return big ? new Array<bigint>(n).fill(0n) : new Float64Array(n);
}

/**
 * Σ of the given rows of a column, exactly. A Float64 running sum of non-negative safe integers is exact
 * while it stays below 2^53 and only grows, so passing 2^53 is detected reliably and redone in BigInt.
 */
function sumRows(c: Column, rows: readonly number[]): number | bigint {
  if (!isBig(c)) {
    let s = 0;
    for (const r of rows) s += c[r] as number;
    if (s <= MAX) return s;
  }
  let b = 0n;
  for (const r of rows) b += BigInt(c[r] as number | bigint);
  return b;
}

/** The rows whose parent is not in the table: their totals together are the table's grand total. */
function topRows(parentIndex: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < parentIndex.length; i++) if ((parentIndex[i] as number) < 0) out.push(i);
  return out;
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
function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return a as string[];
  if (a.length === 0) return b as string[];
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
function accumulatePeople(sets: string[][], order: Int32Array, parentIndex: Int32Array): void {
  for (let k = 0; k < order.length; k++) {
    const v = order[k] as number;
    const p = parentIndex[v] as number;
    if (p >= 0) sets[p] = unionSorted(sets[p] as string[], sets[v] as string[]);
  }
}

/** FNV-1a over the UTF-16 code units: cheap, and good enough to spread ids over an open-addressing table. */
function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Row lookup by id. */
interface IdIndex {
  get(id: string): number | undefined;
}

/**
 * Indexes ids to rows; the second row with an id already seen is an error. An open-addressing table
 * over typed arrays (linear probing, table at least twice the rows): for a million ids it is several
 * times faster than a Map, whose growth rehashes and per-entry objects dominate a large rollup.
 */
export function indexIds(ids: readonly string[], paths: RowPaths): IdIndex {
  const n = ids.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size); // row + 1; 0 is empty
  const hashes = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const h = hashId(id);
    let k = h & mask;
    for (;;) {
      const r = slots[k] as number;
      if (r === 0) { slots[k] = i + 1; hashes[k] = h; break; }
      if (hashes[k] === h && ids[r - 1] === id) fail('duplicate_id', paths.id(i), { id });
      k = (k + 1) & mask;
    }
  }
  return {
    get(id: string): number | undefined {
      const h = hashId(id);
      let k = h & mask;
      for (;;) {
        const r = slots[k] as number;
        if (r === 0) return undefined;
        if (hashes[k] === h && ids[r - 1] === id) return r - 1;
        k = (k + 1) & mask;
      }
    },
  };
}

/** The unsummed input of a table: own figures per unit. */
export type OwnTable = Omit<Table, 'parentIndex'>;

/**
 * Turns own figures into a table of subtree totals: ids indexed (duplicates rejected), parents
 * resolved (a parent outside the table is kept as OUTSIDE for a later merge), cycles rejected, then
 * every column summed children first. Shared by the object, column and partial entry points.
 */
export function buildTable(own: OwnTable, paths: RowPaths): Table {
  const n = own.ids.length;
  const index = indexIds(own.ids, paths);
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = own.parents[i];
    parentIndex[i] = p === null || p === undefined ? ROOT : (index.get(p) ?? OUTSIDE);
  }
  const order = bottomUpOrder(parentIndex, paths, own.ids);
  for (const c of own.achieved) accumulate(c, order, parentIndex);
  for (const c of own.target) accumulate(c, order, parentIndex);
  if (own.weights) accumulate(own.weights, order, parentIndex);
  for (const s of own.people) if (s) accumulatePeople(s, order, parentIndex);
  return { ...own, parentIndex };
}

/** Whether a list of columns (one per part) has a grand total beyond 2^53 − 1 and so needs BigInt. */
function needsBig(parts: readonly { column: Column; top: number[] }[]): boolean {
  let total: number | bigint = 0;
  for (const { column, top } of parts) {
    if (isBig(column)) return true;
    const s = sumRows(column, top);
    total = typeof total === 'bigint' || typeof s === 'bigint' ? BigInt(total) + BigInt(s) : total + s;
    if (typeof total === 'number' && total > MAX) return true;
    if (typeof total === 'bigint' && total > BigInt(MAX)) return true;
  }
  return false;
}

/**
 * Merges tables in order: rows are concatenated, ids must stay unique, and every unit whose parent
 * was outside its own table but is in another is linked under it. A linked unit's total (its whole
 * subtree in its own table) is added to every ancestor above it, by one children-first pass of the
 * deltas; totals of units in no way below a link are untouched. Concatenation is associative and the
 * totals are always the subtree sums of the union, so merging in any grouping gives the same table,
 * and merging contiguous chunks in order gives the one-pass table row for row.
 */
export function mergeTables(tables: readonly Table[], paths: (part: number) => RowPaths): Table {
  const indicators = [...new Set(tables.flatMap((t) => t.indicators))].sort();
  const offsets: number[] = [];
  let n = 0;
  for (const t of tables) { offsets.push(n); n += t.ids.length; }
  const ids: string[] = new Array(n);
  const names: (string | null)[] = new Array(n);
  const parents: (string | null)[] = new Array(n);
  const partOf = new Int32Array(n);
  tables.forEach((t, p) => {
    const o = offsets[p] as number;
    for (let i = 0; i < t.ids.length; i++) {
      ids[o + i] = t.ids[i] as string;
      names[o + i] = t.names[i] ?? null;
      parents[o + i] = t.parents[i] ?? null;
      partOf[o + i] = p;
    }
  });
  const rowPaths: RowPaths = {
    id: (row) => paths(partOf[row] as number).id(row - (offsets[partOf[row] as number] as number)),
    parent: (row) => paths(partOf[row] as number).parent(row - (offsets[partOf[row] as number] as number)),
  };
  const index = indexIds(ids, rowPaths);
  const parentIndex = new Int32Array(n);
  const linked: number[] = [];
  tables.forEach((t, p) => {
    const o = offsets[p] as number;
    for (let i = 0; i < t.ids.length; i++) {
      const q = t.parentIndex[i] as number;
      if (q >= 0) parentIndex[o + i] = q + o;
      else if (q === ROOT) parentIndex[o + i] = ROOT;
      else {
        const found = index.get(t.parents[i] as string);
        if (found === undefined) parentIndex[o + i] = OUTSIDE;
        else { parentIndex[o + i] = found; linked.push(o + i); }
      }
    }
  });
  const order = bottomUpOrder(parentIndex, rowPaths, ids);
  const tops = tables.map((t) => topRows(t.parentIndex));
  const isLinked = new Uint8Array(n);
  for (const r of linked) isLinked[r] = 1;

  const mergeColumn = (pick: (t: Table) => Column | null): Column => {
    const parts = tables.map((t, p) => ({ column: pick(t) ?? zeros(t.ids.length, false), top: tops[p] as number[] }));
    const big = needsBig(parts);
    const out = zeros(n, big);
    parts.forEach(({ column }, p) => {
      const o = offsets[p] as number;
      if (big) {
        const src = toBig(column);
        for (let i = 0; i < src.length; i++) (out as bigint[])[o + i] = src[i] as bigint;
      } else (out as Float64Array).set(column as Float64Array, o);
    });
    if (linked.length > 0) addLinked(out, isLinked, order, parentIndex);
    return out;
  };

  const column = (t: Table, which: 'achieved' | 'target', name: string): Column | null => {
    const j = t.indicators.indexOf(name);
    return j < 0 ? null : (t[which][j] as Column);
  };
  const achieved = indicators.map((name) => mergeColumn((t) => column(t, 'achieved', name)));
  const target = indicators.map((name) => mergeColumn((t) => column(t, 'target', name)));
  const anyWeights = tables.some((t) => t.weights !== null);
  const weights = anyWeights ? mergeColumn((t) => t.weights) : null;
  const people = indicators.map((name) => {
    if (!tables.some((t) => { const j = t.indicators.indexOf(name); return j >= 0 && t.people[j] !== null; })) return null;
    const sets: string[][] = new Array(n);
    tables.forEach((t, p) => {
      const o = offsets[p] as number;
      const j = t.indicators.indexOf(name);
      const own = j < 0 ? null : t.people[j];
      for (let i = 0; i < t.ids.length; i++) sets[o + i] = own ? (own[i] as string[]) : [];
    });
    accumulatePeople(sets, order, parentIndex);
    return sets;
  });
  return { indicators, ids, names, parents, parentIndex, achieved, target, people, weights };
}

/**
 * Adds each linked row's total to all its ancestors, in one children-first pass: acc[v] gathers the
 * linked totals below v (and v's own when v is linked), so when v is reached its new total is final.
 * A linked row's total already holds its own subtree in its own table, so it becomes acc[v]; any other
 * row adds acc[v] to what its own table had summed.
 */
function addLinked(c: Column, isLinked: Uint8Array, order: Int32Array, parentIndex: Int32Array): void {
  const n = parentIndex.length;
  if (isBig(c)) {
    const acc = new Array<bigint>(n).fill(0n);
    for (let k = 0; k < n; k++) {
      const v = order[k] as number;
      let a = acc[v] as bigint;
      if (isLinked[v]) { a += c[v] as bigint; c[v] = a; } else c[v] = (c[v] as bigint) + a;
      const p = parentIndex[v] as number;
      if (p >= 0 && a !== 0n) acc[p] = (acc[p] as bigint) + a;
    }
    return;
  }
  const acc = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = order[k] as number;
    let a = acc[v] as number;
    if (isLinked[v]) { a += c[v] as number; c[v] = a; } else c[v] = (c[v] as number) + a;
    const p = parentIndex[v] as number;
    if (p >= 0 && a !== 0) acc[p] = (acc[p] as number) + a;
  }
}

/** Rejects units whose parent is still outside the table: a finished rollup needs the whole tree. */
export function requireComplete(t: Table, paths: RowPaths): void {
  for (let i = 0; i < t.parentIndex.length; i++) {
    if (t.parentIndex[i] === OUTSIDE) fail('unknown_parent', paths.parent(i), { id: t.ids[i] as string, parent: t.parents[i] as string });
  }
}
