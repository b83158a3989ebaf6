// The column pass keeps the kernel's double path inline: one division per row, no call, no string.
import { POW10, divRoundNumber } from '../core/_round.js';
import { percentOf } from '../core/_rational.js';
import { aggregateOf, childrenOf, distinctCounter, partsOf, type Count } from './_aggregate.js';
import type { ParsedRollupOptions } from './_schema.js';
import { isBig, type Column, type Table } from './_table.js';
import type { RollupColumnsResult } from './types.js';

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * A column for the batch result, owned by the caller: the table's Float64Array (the table was made for
 * this call, or taken from its partial); BigInts as decimal strings.
 */
function batchColumn(c: Column): Float64Array | readonly string[] {
  return isBig(c) ? Object.freeze(c.map(String)) : c;
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
  const target: (Float64Array | readonly string[])[] = [];
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
    target.push(batchColumn(tg));
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
    target: Object.freeze(target),
    percentNumber: Object.freeze(percentNumber),
    groups,
    groupPercent: Object.freeze(groupPercent),
  };
  // Typed arrays serialise as {"0":…,"1":…}; a hidden toJSON writes them as plain arrays, as attainmentBatch does.
  Object.defineProperty(result, 'toJSON', { value: columnsToJSON, enumerable: false });
  return Object.freeze(result);
}

