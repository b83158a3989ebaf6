import { isBig, rememberTotal, type Column, type Table } from './_table.js';
import type { RollupPartial } from './types.js';

/**
 * The tables behind the partials this library made, by partial. A partial is deeply frozen when it is
 * made, so it still holds exactly what its table held when it comes back to {@link mergeRollups} or a
 * finishing call in the same process: its table is taken from here instead of being read and checked
 * again. Weak keys: an entry lives as long as the partial. A partial that went through JSON, or any
 * other object, is not here and is read and checked in full (_readPartial.ts).
 *
 * The table keeps its typed-array columns next to the partial's plain arrays (8 more bytes a figure
 * while the partial lives): reading a frozen plain array is several times slower than reading a typed
 * array, and merging and finishing read every figure.
 */
const madeHere = new WeakMap<object, Table>();

/** The table behind a partial this library made, or undefined for anything else. */
export function tableOfPartial(v: unknown): Table | undefined {
  return v !== null && typeof v === 'object' ? madeHere.get(v) : undefined;
}

/**
 * A plain copy of numbers, frozen. Filled with 0 first: a packed array of small integers freezes in
 * place, where a holey one (new Array(n) alone) is converted on freezing, at twice the cost of the copy.
 */
function plainCopy(c: ArrayLike<number>): readonly number[] {
  const n = c.length;
  const out: number[] = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) out[i] = c[i] as number;
  return Object.freeze(out);
}

/**
 * A column of a partial: numbers while safe, decimal strings beyond. Filled with 0 first, as in
 * plainCopy. The grand total of a number column is remembered on the way (see totalOf).
 */
function publicColumn(c: Column, parentIndex: Int32Array): readonly number[] | readonly string[] {
  if (isBig(c)) return Object.freeze(c.map(String));
  const n = c.length;
  const out: number[] = new Array<number>(n).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = c[i] as number;
    out[i] = x;
    if ((parentIndex[i] as number) < 0) total += x;
  }
  rememberTotal(c, total);
  return Object.freeze(out);
}

/** A table as a plain, JSON-serialisable partial, remembered as made here. */
export function toPartial(t: Table): RollupPartial {
  // Every inner people list was built by this library (never the caller's), so it is frozen in place.
  const people = t.people.map((s) => (s ? Object.freeze(s.map((x) => Object.freeze(x))) : null));
  const achieved = t.achieved.map((c) => publicColumn(c, t.parentIndex));
  const target = t.target.map((c) => publicColumn(c, t.parentIndex));
  const weights = t.weights ? publicColumn(t.weights, t.parentIndex) : null;
  const partial: RollupPartial = Object.freeze({
    format: 'chitieu.rollup-partial',
    version: 1,
    // Likewise every table array: frozen in place rather than copied.
    indicators: Object.freeze(t.indicators),
    ids: Object.freeze(t.ids),
    names: Object.freeze(t.names),
    parents: Object.freeze(t.parents),
    parentIndex: plainCopy(t.parentIndex),
    achieved: Object.freeze(achieved),
    target: Object.freeze(target),
    people: Object.freeze(people),
    weights,
  });
  madeHere.set(partial, { ...t, people, shared: true });
  return partial;
}
