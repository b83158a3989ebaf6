import { fractionText, gcd } from '../core/_exact.js';
import { percentOf, roundTo } from '../core/_rational.js';
import type { ParsedRollupOptions } from './_schema.js';
import type { Column, Table } from './_table.js';
import type { RollupAggregate } from './types.js';

// The aggregate percent of a unit by each RollupMethod, shared by the object and the column results.

export type Count = number | bigint;

/** Children of each row in row order, as offsets into one array (no array per unit for large trees). */
export interface Children {
  readonly start: Int32Array;
  readonly rows: Int32Array;
}

export function childrenOf(parentIndex: Int32Array): Children {
  const n = parentIndex.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parentIndex[i] as number;
    if (p >= 0) start[p + 1] = (start[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const rows = new Int32Array(start[n] as number);
  for (let i = 0; i < n; i++) {
    const p = parentIndex[i] as number;
    if (p >= 0) { rows[fill[p] as number] = i; fill[p] = (fill[p] as number) + 1; }
  }
  return { start, rows };
}

export function sub(a: Count, b: Count): Count {
  return typeof a === 'number' && typeof b === 'number' ? a - b : BigInt(a) - BigInt(b);
}

export function isZero(x: Count): boolean {
  return x === 0 || x === 0n;
}

/** One part of a unit: its own figures or a subordinate unit's subtree, with what it achieved and targeted. */
interface Part { readonly id: string; readonly a: Count; readonly t: Count; readonly w: Count }

/** The exact aggregate of the parts by a non-ratio method, as a fraction num/den of the attainment (not yet × 100). */
function aggregateFraction(method: 'weighted-mean' | 'mean' | 'weakest', parts: readonly Part[]): { num: bigint; den: bigint; part: string | null } | null {
  let num = 0n;
  let den = 1n;
  let weightSum = 0n;
  let count = 0n;
  let weakest: Part | undefined;
  for (const p of parts) {
    if (isZero(p.t)) continue;
    const a = BigInt(p.a);
    const t = BigInt(p.t);
    if (method === 'weakest') {
      // a/t < wa/wt cross-multiplied in place: compareExact would need an ExactNumber per part on the 1M-row path.
      if (weakest === undefined || a * BigInt(weakest.t) < BigInt(weakest.a) * t) weakest = p;
      continue;
    }
    const w = method === 'mean' ? 1n : BigInt(p.w);
    if (w === 0n) continue;
    // num/den += w·a/t, kept reduced so denominators stay as small as the figures allow.
    num = num * t + w * a * den;
    den *= t;
    const g = gcd(num, den);
    if (g > 1n) { num /= g; den /= g; }
    weightSum += w;
    count += 1n;
  }
  if (method === 'weakest') return weakest === undefined ? null : { num: BigInt(weakest.a), den: BigInt(weakest.t), part: weakest.id };
  if (count === 0n) return null;
  return { num, den: den * weightSum, part: null };
}

/** The parts of row v for indicator j: own figures first (when it has any), then each child's subtree. */
export function partsOf(t: Table, ch: Children, v: number, j: number, distinctOf: (row: number) => Count): Part[] {
  const a = t.achieved[j] as Column;
  const tg = t.target[j] as Column;
  const w = t.weights;
  let ownA: Count = a[v] as Count;
  let ownT: Count = tg[v] as Count;
  let ownW: Count = w ? (w[v] as Count) : 0;
  const parts: Part[] = [];
  for (let k = ch.start[v] as number; k < (ch.start[v + 1] as number); k++) {
    const c = ch.rows[k] as number;
    ownA = sub(ownA, a[c] as Count);
    ownT = sub(ownT, tg[c] as Count);
    if (w) ownW = sub(ownW, w[c] as Count);
    parts.push({ id: t.ids[c] as string, a: distinctOf(c), t: tg[c] as Count, w: w ? (w[c] as Count) : 0 });
  }
  if (!isZero(ownA) || !isZero(ownT)) parts.unshift({ id: t.ids[v] as string, a: ownA, t: ownT, w: ownW });
  return parts;
}

export function aggregateOf(o: ParsedRollupOptions, parts: () => Part[], a: Count, tv: Count): RollupAggregate {
  if (o.method === 'ratio') {
    if (isZero(tv)) return { method: 'ratio', percent: null, percentNumber: null, exact: null, part: null };
    const percent = percentOf(a, tv, o.decimals, o.rounding);
    return { method: 'ratio', percent, percentNumber: Number(percent), exact: fractionText(BigInt(a) * 100n, BigInt(tv)), part: null };
  }
  const f = aggregateFraction(o.method, parts());
  if (f === null) return { method: o.method, percent: null, percentNumber: null, exact: null, part: null };
  const percent = roundTo({ n: f.num * 100n, d: f.den }, o.decimals, o.rounding);
  return { method: o.method, percent, percentNumber: Number(percent), exact: fractionText(f.num * 100n, f.den), part: f.part };
}

export function distinctCounter(t: Table, j: number): (row: number) => Count {
  const sets = t.people[j];
  const a = t.achieved[j] as Column;
  return sets ? (row) => (sets[row] as string[]).length : (row) => a[row] as Count;
}

