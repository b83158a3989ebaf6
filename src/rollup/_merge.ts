import { IdTable, indexIds } from './_ids.js';
import { accumulatePeople, bottomUpOrder, isBig, keysOf, OUTSIDE, rememberTotal, ROOT, totalOf, type Column, type RowPaths, type Table } from './_table.js';

const MAX = Number.MAX_SAFE_INTEGER;
/** Arrays per `concat` call: well below any engine's limit on the number of arguments. */
const CONCAT_CHUNK = 1024;

/** The arrays one after the other, in one new array (the engine's concat copies packed arrays wholesale). */
function concatAll<T>(parts: readonly (readonly T[])[]): T[] {
  if (parts.length <= CONCAT_CHUNK) return ([] as T[]).concat(...parts);
  const chunks: T[][] = [];
  for (let i = 0; i < parts.length; i += CONCAT_CHUNK) chunks.push(([] as T[]).concat(...parts.slice(i, i + CONCAT_CHUNK)));
  return ([] as T[]).concat(...chunks);
}

function bigPart(c: Column | null, n: number): readonly bigint[] {
  if (c === null) return new Array<bigint>(n).fill(0n);
  return isBig(c) ? c : Array.from(c, (x) => BigInt(x));
}

/**
 * The grand total of the merged column (one column per part), or null when it passes 2^53 − 1 and
 * the column needs BigInt. Safe integers summed in doubles stay exact until the sum first passes 2^53, so
 * the test is reliable.
 */
function mergedTotal(parts: readonly (Column | null)[], tables: readonly Table[]): number | null {
  let sum = 0;
  for (let p = 0; p < parts.length; p++) {
    const c = parts[p] as Column | null;
    if (c === null) continue;
    if (isBig(c)) return null;
    sum += totalOf(c, (tables[p] as Table).parentIndex);
    if (sum > MAX) return null;
  }
  return sum;
}

/**
 * Which rows a merge changes, worked out once for every column. A unit linked under a parent in
 * another part keeps its own total, unless units linked further down belong to its subtree; every
 * ancestor of a linked unit gains the totals linked below it. So only the ancestors of links (the
 * `affected` rows, children first) are rewritten; the linked units with nothing linked below them
 * (`simple`) are only read. Merging contiguous chunks of a large tree links most of its leaves, and
 * rewrites only the few organisations above them.
 */
interface Links {
  readonly isLinked: Uint8Array;
  readonly simple: Int32Array;
  /** Per simple row, the position of its parent in `affected`. */
  readonly simpleSlot: Int32Array;
  readonly affected: Int32Array;
  /** Position of each affected row in `affected` (other rows: unused). */
  readonly slot: Int32Array;
}

function linksOf(linked: Int32Array, parentIndex: Int32Array, order: Int32Array): Links {
  const n = parentIndex.length;
  const isLinked = new Uint8Array(n);
  const marked = new Uint8Array(n);
  for (let k = 0; k < linked.length; k++) {
    const v = linked[k] as number;
    isLinked[v] = 1;
    for (let u = parentIndex[v] as number; u >= 0 && marked[u] === 0; u = parentIndex[u] as number) marked[u] = 1;
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += marked[i] as number;
  const affected = new Int32Array(count);
  const slot = new Int32Array(n);
  for (let k = 0, j = 0; k < n; k++) {
    const v = order[k] as number;
    if (marked[v]) { slot[v] = j; affected[j++] = v; }
  }
  let simpleCount = 0;
  for (let k = 0; k < linked.length; k++) if (marked[linked[k] as number] === 0) simpleCount++;
  const simple = new Int32Array(simpleCount);
  const simpleSlot = new Int32Array(simpleCount);
  for (let k = 0, j = 0; k < linked.length; k++) {
    const v = linked[k] as number;
    if (marked[v] === 0) { simple[j] = v; simpleSlot[j++] = slot[parentIndex[v] as number] as number; }
  }
  return { isLinked, simple, simpleSlot, affected, slot };
}

/**
 * Adds the linked totals into a merged column in place. `d` gathers, per affected row, the totals
 * linked below it; when a row is reached (children first) its gain is final. A linked row passes up
 * its whole new total (its parent's table did not hold it); any other row passes up only its gain.
 */
function addLinked(c: Float64Array, l: Links, parentIndex: Int32Array): void {
  const d = new Float64Array(l.affected.length);
  for (let k = 0; k < l.simple.length; k++) {
    const s = l.simpleSlot[k] as number;
    d[s] = (d[s] as number) + (c[l.simple[k] as number] as number);
  }
  for (let k = 0; k < l.affected.length; k++) {
    const u = l.affected[k] as number;
    const gain = d[k] as number;
    let up = gain;
    if (l.isLinked[u]) { up = (c[u] as number) + gain; c[u] = up; } else if (gain !== 0) c[u] = (c[u] as number) + gain;
    const p = parentIndex[u] as number;
    if (p >= 0 && up !== 0) { const s = l.slot[p] as number; d[s] = (d[s] as number) + up; }
  }
}

/**
 * addLinked for a BigInt column, through the same double routine: linking only adds, so it can add
 * the column's limbs of `bits` bits one at a time and shift them back. A merged total is the sum of at
 * most n of the column's values, so n limbs of under 2^bits stay below 2^53 and exact.
 */
function addLinkedBig(c: bigint[], l: Links, parentIndex: Int32Array): void {
  const n = c.length;
  const bits = BigInt(Math.max(1, 53 - Math.ceil(Math.log2(n + 1))));
  const mask = (1n << bits) - 1n;
  const rest = c.slice();
  c.fill(0n);
  for (let shift = 0n; rest.some((x) => x !== 0n); shift += bits) {
    const limb = Float64Array.from(rest, (x) => Number(x & mask));
    addLinked(limb, l, parentIndex);
    for (let i = 0; i < n; i++) {
      c[i] = (c[i] as bigint) + (BigInt(limb[i] as number) << shift);
      rest[i] = (rest[i] as bigint) >> bits;
    }
  }
}

/**
 * Merges tables in order: rows are concatenated, ids must stay unique, and every unit whose parent
 * was outside its own table but is in another is linked under it. A linked unit's total (its whole
 * subtree in its own table) is added to every ancestor above it (see Links). Concatenation is
 * associative and the totals are always the subtree sums of the union, so merging in any grouping
 * gives the same table, and merging contiguous chunks in order gives the one-pass table row for row.
 */
export function mergeTables(tables: readonly Table[], paths: (part: number) => RowPaths): Table {
  const indicators = [...new Set(tables.flatMap((t) => t.indicators))].sort();
  const offsets: number[] = [];
  let n = 0;
  for (const t of tables) { offsets.push(n); n += t.ids.length; }
  const ids = concatAll(tables.map((t) => t.ids));
  const names = concatAll(tables.map((t) => t.names));
  const parents = concatAll(tables.map((t) => t.parents));
  const partOf = new Int32Array(n);
  tables.forEach((t, p) => partOf.fill(p, offsets[p] as number, (offsets[p] as number) + t.ids.length));
  const local = (row: number) => ({ part: partOf[row] as number, row: row - (offsets[partOf[row] as number] as number) });
  const rowPaths: RowPaths = {
    id: (row) => { const l = local(row); return paths(l.part).id(l.row); },
    parent: (row) => { const l = local(row); return paths(l.part).parent(l.row); },
  };
  const keys = tables.map(keysOf);
  const hashes = new Int32Array(n);
  keys.forEach((k, p) => hashes.set(k.hashes, offsets[p] as number));
  const index = indexIds(ids, rowPaths, hashes);
  const parentIndex = new Int32Array(n);
  const linkedRows = new Int32Array(n);
  let linkedCount = 0;
  // Each part's stubs are looked up once: a row in the merge, or still outside, as a stub of the merge.
  const stubs: string[] = [];
  const stubHashes: number[] = [];
  const known = new IdTable(stubs, 16);
  const stubOf = new Int32Array(n);
  tables.forEach((t, p) => {
    const o = offsets[p] as number;
    const k = keys[p] as (typeof keys)[number];
    // Per stub: its row in the merge, or the one's complement of its stub in the merge.
    const at = k.stubs.map((id, s) => {
      const h = k.stubHashes[s] as number;
      const r = index.find(id, h);
      if (r >= 0) return r;
      let m = known.find(id, h);
      if (m < 0) { m = stubs.length; stubs.push(id); stubHashes.push(h); known.insert(m, h); }
      return ~m;
    });
    for (let i = 0; i < t.ids.length; i++) {
      const q = t.parentIndex[i] as number;
      if (q >= 0) parentIndex[o + i] = q + o;
      else if (q === ROOT) parentIndex[o + i] = ROOT;
      else {
        const r = at[k.stubOf[i] as number] as number;
        if (r >= 0) { parentIndex[o + i] = r; linkedRows[linkedCount++] = o + i; } else { parentIndex[o + i] = OUTSIDE; stubOf[o + i] = ~r; }
      }
    }
  });
  const linked = linkedRows.subarray(0, linkedCount);
  const order = bottomUpOrder(parentIndex, rowPaths, ids);
  const links = linksOf(linked, parentIndex, order);

  const mergeColumn = (pick: (t: Table) => Column | null): Column => {
    const parts = tables.map(pick);
    const total = mergedTotal(parts, tables);
    if (total === null) {
      const out = concatAll(parts.map((c, p) => bigPart(c, (tables[p] as Table).ids.length)));
      addLinkedBig(out, links, parentIndex);
      return out;
    }
    const out = new Float64Array(n);
    parts.forEach((c, p) => { if (c !== null) out.set(c as Float64Array, offsets[p] as number); });
    addLinked(out, links, parentIndex);
    // Linking moves totals between rows and adds none: the merge's grand total is the parts'.
    rememberTotal(out, total);
    return out;
  };
  const columns = (which: 'achieved' | 'target'): Column[] => indicators.map((name) => mergeColumn((t) => {
    const j = t.indicators.indexOf(name);
    return j < 0 ? null : (t[which][j] as Column);
  }));
  const achieved = columns('achieved');
  const target = columns('target');
  const weights = tables.some((t) => t.weights !== null) ? mergeColumn((t) => t.weights) : null;
  const people = indicators.map((name) => {
    const own = tables.map((t) => { const j = t.indicators.indexOf(name); return j < 0 ? null : t.people[j] ?? null; });
    if (own.every((s) => s === null)) return null;
    const sets = concatAll(own.map((s, p) => s ?? new Array<readonly string[]>((tables[p] as Table).ids.length).fill([])));
    accumulatePeople(sets, order, parentIndex);
    return sets;
  });
  const mergedKeys = { hashes, stubs, stubHashes: Int32Array.from(stubHashes), stubOf: stubs.length > 0 ? stubOf : new Int32Array(0) };
  return { indicators, ids, names, parents, parentIndex, achieved, target, people, weights, keys: mergedKeys };
}
