import { computeAttainment } from '../attainment/_attainment.js';
import type { ExactNumber } from '../core/_exact.js';
import { fractionText, gcd } from '../core/_exact.js';
import { percentOf, roundTo } from '../core/_rational.js';
// The column pass keeps the kernel's double path inline: one division per row, no call, no string.
import { POW10, divRoundNumber } from '../core/_round.js';
import type { ParsedRollupOptions } from './_schema.js';
import { bottomUpOrder, isBig, type Column, type RowPaths, type Table } from './_table.js';
import type { RollupAggregate, RollupColumnsResult, RollupContribution, RollupFigure, RollupNode, RollupPartial, RollupResult } from './types.js';

const MAX = Number.MAX_SAFE_INTEGER;
type Count = number | bigint;

/** Children of each row in row order, as offsets into one array (no array per unit for large trees). */
interface Children {
  readonly start: Int32Array;
  readonly rows: Int32Array;
}

function childrenOf(parentIndex: Int32Array): Children {
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

function sub(a: Count, b: Count): Count {
  return typeof a === 'number' && typeof b === 'number' ? a - b : BigInt(a) - BigInt(b);
}

function isZero(x: Count): boolean {
  return x === 0 || x === 0n;
}

function exactOf(x: Count): ExactNumber {
  const n = BigInt(x);
  return { text: String(x), n, d: 1n, int: typeof x === 'number' ? x : n <= BigInt(MAX) ? Number(n) : undefined };
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
function partsOf(t: Table, ch: Children, v: number, j: number, distinctOf: (row: number) => Count): Part[] {
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

function aggregateOf(o: ParsedRollupOptions, parts: () => Part[], a: Count, tv: Count): RollupAggregate {
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

function distinctCounter(t: Table, j: number): (row: number) => Count {
  const sets = t.people[j];
  const a = t.achieved[j] as Column;
  return sets ? (row) => (sets[row] as string[]).length : (row) => a[row] as Count;
}

function depths(parentIndex: Int32Array, order: Int32Array): Int32Array {
  const d = new Int32Array(parentIndex.length);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k] as number;
    const p = parentIndex[v] as number;
    if (p >= 0) d[v] = (d[p] as number) + 1;
  }
  return d;
}

/** The object result: every unit with its totals, contributions, attainment and aggregate. */
export function finishRollup(t: Table, o: ParsedRollupOptions, paths: RowPaths): RollupResult {
  const ch = childrenOf(t.parentIndex);
  const depth = depths(t.parentIndex, bottomUpOrder(t.parentIndex, paths, t.ids));
  const counters = t.indicators.map((_, j) => distinctCounter(t, j));
  const nodes: RollupNode[] = new Array(t.ids.length);
  for (let v = 0; v < t.ids.length; v++) {
    const children: string[] = [];
    for (let k = ch.start[v] as number; k < (ch.start[v + 1] as number); k++) children.push(t.ids[ch.rows[k] as number] as string);
    const indicators: Record<string, RollupFigure> = {};
    t.indicators.forEach((name, j) => {
      const a = t.achieved[j] as Column;
      const tg = t.target[j] as Column;
      const distinct = counters[j] as (row: number) => Count;
      const contributions: RollupContribution[] = [];
      let ownA: Count = a[v] as Count;
      let ownT: Count = tg[v] as Count;
      for (let k = ch.start[v] as number; k < (ch.start[v + 1] as number); k++) {
        const c = ch.rows[k] as number;
        ownA = sub(ownA, a[c] as Count);
        ownT = sub(ownT, tg[c] as Count);
        contributions.push(Object.freeze({ id: t.ids[c] as string, achieved: String(distinct(c)), target: String(tg[c]) }));
      }
      const achieved = distinct(v);
      const target = tg[v] as Count;
      // Through attainment's own core for every unit, a target of 0 included: the status is the one a
      // single call gives (met for 0 of 0, exceeded past it) and the percentages are null
      // (docs/conventions.md §5).
      const attainment = computeAttainment({ kind: 'count', achieved: exactOf(achieved), target: { form: 'reach', value: exactOf(target) } }, o.decimals, o.rounding);
      const aggregate = o.method === 'ratio'
        ? { method: o.method, percent: attainment.percent, percentNumber: attainment.percentNumber, exact: attainment.exact.percent, part: null }
        : aggregateOf(o, () => partsOf(t, ch, v, j, distinct), achieved, target);
      // Object.defineProperty: the indicator name is the caller's key; it is never '__proto__' (rejected
      // at validation), and defining rather than assigning keeps that true by construction.
      Object.defineProperty(indicators, name, {
        enumerable: true,
        value: Object.freeze({
          achieved: String(achieved),
          target: String(target),
          own: Object.freeze({ achieved: String(ownA), target: String(ownT) }),
          contributions: Object.freeze(contributions),
          counted: t.people[j] ? String(a[v]) : null,
          attainment,
          aggregate: Object.freeze(aggregate),
        }),
      });
    });
    nodes[v] = Object.freeze({
      id: t.ids[v] as string,
      name: t.names[v] ?? null,
      parent: t.parents[v] ?? null,
      depth: depth[v] as number,
      children: Object.freeze(children),
      weight: t.weights ? String(t.weights[v]) : null,
      indicators: Object.freeze(indicators),
    });
  }
  const roots: string[] = [];
  for (let v = 0; v < t.ids.length; v++) if ((t.parentIndex[v] as number) < 0) roots.push(t.ids[v] as string);
  return Object.freeze({
    indicators: Object.freeze([...t.indicators]),
    method: o.method,
    decimals: o.decimals,
    rounding: o.rounding,
    roots: Object.freeze(roots),
    nodes: Object.freeze(nodes),
  });
}

/** A column as plain data: numbers while safe, decimal strings beyond (a loop copy: far cheaper than Array.from). */
function publicColumn(c: Column): readonly number[] | readonly string[] {
  const n = c.length;
  if (isBig(c)) {
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = String(c[i]);
    return Object.freeze(out);
  }
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = c[i] as number;
  return Object.freeze(out);
}

/** A column for the batch result: the Float64Array itself while safe (nothing else holds it), else decimal strings. */
function batchColumn(c: Column): Float64Array | readonly string[] {
  return isBig(c) ? publicColumn(c) as readonly string[] : c;
}

/** A column as JSON writes it: a plain array, `null` for NaN (as JSON.stringify writes NaN anyway). */
function plainColumn(c: ArrayLike<number> | readonly string[]): readonly (number | string | null)[] {
  if (Array.isArray(c)) return c as readonly string[];
  return Array.from(c as ArrayLike<number>, (x) => (Number.isNaN(x) ? null : x));
}

/** The plain form `JSON.stringify` writes of a column result: arrays where the result holds typed arrays. */
function columnsToJSON(this: RollupColumnsResult): unknown {
  return {
    indicators: this.indicators,
    method: this.method,
    decimals: this.decimals,
    rounding: this.rounding,
    ids: this.ids,
    parentIndex: Array.from(this.parentIndex),
    achieved: this.achieved.map(plainColumn),
    target: this.target.map(plainColumn),
    percentNumber: this.percentNumber.map(plainColumn),
    groups: Array.from(this.groups),
    groupPercent: this.groupPercent,
  };
}

/**
 * The column result. Per indicator: subtree totals, the percent of every unit as a number (the rounded
 * figure, NaN where there is none), and the percent as text for the units that have subordinates
 * (the figures a report prints; leaves' own percents are their attainments). Ratio percents of safe
 * totals stay on integer arithmetic: the rounded quotient is an integer q, and q / 10^decimals is the
 * double nearest the printed figure, the same as Number(text).
 */
export function finishColumns(t: Table, o: ParsedRollupOptions): RollupColumnsResult {
  const n = t.ids.length;
  const ch = childrenOf(t.parentIndex);
  let groupCount = 0;
  for (let v = 0; v < n; v++) if ((ch.start[v + 1] as number) > (ch.start[v] as number)) groupCount++;
  const groups = new Int32Array(groupCount);
  for (let v = 0, k = 0; v < n; v++) if ((ch.start[v + 1] as number) > (ch.start[v] as number)) groups[k++] = v;
  const pow = POW10[o.decimals] as number;
  const scale = 100 * pow;
  const mode = o.rounding;
  const achieved: (Float64Array | readonly string[])[] = [];
  const percentNumber: Float64Array[] = [];
  const groupPercent: (readonly (string | null)[])[] = [];
  t.indicators.forEach((_, j) => {
    const distinct = distinctCounter(t, j);
    const tg = t.target[j] as Column;
    const sets = t.people[j];
    const a: Column = sets ? Float64Array.from(sets, (s) => s.length) : (t.achieved[j] as Column);
    const numbers = new Float64Array(n);
    const texts: (string | null)[] = new Array(groupCount).fill(null);
    if (o.method === 'ratio' && !isBig(a) && !isBig(tg)) {
      for (let v = 0; v < n; v++) {
        const tv = tg[v] as number;
        if (tv === 0) { numbers[v] = NaN; continue; }
        const scaled = (a[v] as number) * scale;
        numbers[v] = scaled + tv <= MAX
          ? divRoundNumber(scaled, tv, mode) / pow
          : Number(percentOf(a[v] as number, tv, o.decimals, mode));
      }
      for (let k = 0; k < groupCount; k++) {
        const v = groups[k] as number;
        if ((tg[v] as number) !== 0) texts[k] = percentOf(a[v] as number, tg[v] as number, o.decimals, mode);
      }
    } else {
      let k = 0;
      for (let v = 0; v < n; v++) {
        const agg = aggregateOf(o, () => partsOf(t, ch, v, j, distinct), a[v] as Count, tg[v] as Count);
        numbers[v] = agg.percentNumber ?? NaN;
        if (k < groupCount && groups[k] === v) texts[k++] = agg.percent;
      }
    }
    achieved.push(batchColumn(a));
    percentNumber.push(numbers);
    groupPercent.push(Object.freeze(texts));
  });
  const result: RollupColumnsResult = {
    indicators: Object.freeze([...t.indicators]),
    method: o.method,
    decimals: o.decimals,
    rounding: o.rounding,
    ids: Object.freeze(t.ids),
    parentIndex: t.parentIndex,
    achieved: Object.freeze(achieved),
    target: Object.freeze(t.target.map(batchColumn)),
    percentNumber: Object.freeze(percentNumber),
    groups,
    groupPercent: Object.freeze(groupPercent),
  };
  // Typed arrays serialise as {"0":…,"1":…}; a hidden toJSON writes them as plain arrays, as attainmentBatch does.
  Object.defineProperty(result, 'toJSON', { value: columnsToJSON, enumerable: false });
  return Object.freeze(result);
}

/** A table as a plain, JSON-serialisable partial. */
export function toPartial(t: Table): RollupPartial {
  return Object.freeze({
    format: 'chitieu.rollup-partial',
    version: 1,
    // Every table array was built by this library from the caller's input (never the input itself),
    // so it can be frozen in place rather than copied.
    indicators: Object.freeze(t.indicators),
    ids: Object.freeze(t.ids),
    names: Object.freeze(t.names),
    parents: Object.freeze(t.parents),
    parentIndex: Object.freeze(Array.from(t.parentIndex)),
    achieved: Object.freeze(t.achieved.map(publicColumn)),
    target: Object.freeze(t.target.map(publicColumn)),
    people: Object.freeze(t.people.map((s) => (s ? Object.freeze(s.map((x) => Object.freeze([...x]))) : null))),
    weights: t.weights ? publicColumn(t.weights) : null,
  });
}
