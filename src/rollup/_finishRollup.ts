import { computeAttainment } from '../attainment/_attainment.js';
import type { ExactNumber } from '../core/_exact.js';
import { aggregateOf, childrenOf, distinctCounter, partsOf, sub, type Count } from './_aggregate.js';
import type { ParsedRollupOptions } from './_schema.js';
import { bottomUpOrder, type Column, type RowPaths, type Table } from './_table.js';
import type { RollupContribution, RollupFigure, RollupNode, RollupResult } from './types.js';

const MAX = Number.MAX_SAFE_INTEGER;

function exactOf(x: Count): ExactNumber {
  const n = BigInt(x);
  return { text: String(x), n, d: 1n, int: typeof x === 'number' ? x : n <= BigInt(MAX) ? Number(n) : undefined };
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

