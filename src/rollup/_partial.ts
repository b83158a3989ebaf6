import { packer, packRows } from './_packed.js';
import { isBig, rememberTotal, totalOf, type Column, type Table } from './_table.js';
import type { RollupPartial } from './types.js';

/**
 * The tables behind the partials this library made, by partial. A partial is deeply frozen when it is
 * made, so it still holds exactly what its table held when it comes back to {@link mergeRollups} or a
 * finishing call in the same process: its table is taken from here instead of being read and checked
 * again. Weak keys: an entry lives as long as the partial. A partial that went through JSON, or any
 * other object, is not here and is read and checked in full (_readPartial.ts).
 *
 * The table keeps its typed-array columns next to the partial's packed ones (8 more bytes a figure
 * while the partial lives): merging and finishing read every figure, and need not unpack them.
 */
const madeHere = new WeakMap<object, Table>();

/** The table behind a partial this library made, or undefined for anything else. */
export function tableOfPartial(v: unknown): Table | undefined {
  return v !== null && typeof v === 'object' ? madeHere.get(v) : undefined;
}

/**
 * The table behind a partial this library made, taken by a call that hands its typed columns to the
 * caller (rollupColumns): the partial forgets it, so nothing is copied, and a later call reads the
 * partial's own packed figures instead, as for a partial from elsewhere.
 */
export function takeTableOfPartial(v: unknown): Table | undefined {
  const t = tableOfPartial(v);
  if (t !== undefined) madeHere.delete(v as object);
  return t;
}

/**
 * A column of a partial: blocks of packed numbers (_packed.ts) while safe, decimal strings beyond.
 * The blocks depend on the figures alone, so a merge writes the same partial however it was grouped.
 * The grand total is remembered on the way (see totalOf): a later merge of this partial needs it.
 */
function publicColumn(c: Column, parentIndex: Int32Array, pack: ReturnType<typeof packer>): readonly string[] {
  if (isBig(c)) return Object.freeze(c.map(String));
  rememberTotal(c, totalOf(c, parentIndex));
  const blocks: string[] = [];
  packRows(c, 0, c.length, pack, blocks);
  return Object.freeze(blocks);
}

/** A table as a plain, JSON-serialisable partial, remembered as made here. */
export function toPartial(t: Table): RollupPartial {
  // Every inner people list was built by this library (never the caller's), so it is frozen in place.
  const people = t.people.map((s) => (s ? Object.freeze(s.map((x) => Object.freeze(x))) : null));
  const pack = packer();
  const achieved = t.achieved.map((c) => publicColumn(c, t.parentIndex, pack));
  const target = t.target.map((c) => publicColumn(c, t.parentIndex, pack));
  const weights = t.weights ? publicColumn(t.weights, t.parentIndex, pack) : null;
  const partial: RollupPartial = Object.freeze({
    format: 'chitieu.rollup-partial',
    version: 3,
    // Likewise every table array: frozen in place rather than copied.
    indicators: Object.freeze(t.indicators),
    ids: Object.freeze(t.ids),
    names: t.names.every((x) => x === null) ? null : Object.freeze(t.names),
    parents: Object.freeze(t.parents),
    parentIndex: pack(t.parentIndex, 'i32'),
    achieved: Object.freeze(achieved),
    target: Object.freeze(target),
    people: Object.freeze(people),
    weights,
  });
  madeHere.set(partial, { ...t, people });
  return partial;
}
