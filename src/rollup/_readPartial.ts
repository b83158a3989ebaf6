import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { tableOfPartial } from './_partial.js';
import { isPacked, isUnpackProblem, unpack, unpackBlocks, type Width } from './_packed.js';
import { anyString, checkKeys, indicatorName, isArrayLike, isPlainObject, own, readCountColumn, readId, readPeople, readStringColumn, type Ctx } from './_read.js';
import { isBig, type Column, type RowPaths, type Table } from './_table.js';
import { parseWith } from './_errors.js';

export function partialPaths(base: IssuePath): RowPaths {
  return { id: (i) => [...base, 'ids', i], parent: (i) => [...base, 'parents', i] };
}

const COUNT_WIDTHS: readonly Width[] = ['u8', 'u16', 'u32', 'f64'];

/** What unpacked gives once it has reported a problem (undefined is a value it may be given). */
const REPORTED = Symbol('reported');

/** A packed column's values (format 2), or the value itself as it is. */
function unpacked(ctx: Ctx, v: unknown, n: number, packed: boolean, widths: readonly Width[], path: IssuePath): unknown {
  if (!packed || !isPacked(v)) return v;
  const r = unpack(v, n, widths);
  if (!isUnpackProblem(r)) return r;
  report(ctx, r.code, r.facts, path);
  return REPORTED;
}

/**
 * A column of blocks' values (format 3), or the value itself as it is: decimal strings (a column past
 * 2^53 − 1) and anything else go to readCountColumn.
 */
function unpackedBlocks(ctx: Ctx, v: unknown, n: number, path: IssuePath): unknown {
  if (!Array.isArray(v) || v.length === 0) return v;
  // Each item is read once (a getter may change between reads).
  const first: unknown = v[0];
  if (!(typeof first === 'string' && first.includes(':'))) return v;
  const blocks: string[] = [first];
  for (let b = 1; b < v.length; b++) {
    const x: unknown = v[b];
    if (typeof x !== 'string') { report(ctx, 'invalid_type', { expected: 'packed-block', ...describe(x) }, [...path, b]); return REPORTED; }
    blocks.push(x);
  }
  const r = unpackBlocks(blocks, n, COUNT_WIDTHS);
  if (ArrayBuffer.isView(r)) return r;
  report(ctx, r.code, r.facts, r.block === undefined ? path : [...path, r.block]);
  return REPORTED;
}

/**
 * A column of subtree totals: counts as any count column, and no unit's total below the sum of its
 * children's (its own figure would be negative). Totals from this library always hold that, and it
 * bounds every total by its root's, which keeps the merge of number columns exact (_merge.ts).
 */
function countColumn(ctx: Ctx, v: unknown, n: number, version: number, parentIndex: Int32Array, path: IssuePath): Column | undefined {
  const raw = version === 3 ? unpackedBlocks(ctx, v, n, path) : unpacked(ctx, v, n, version === 2, COUNT_WIDTHS, path);
  const c = raw === REPORTED ? undefined : readCountColumn(ctx, raw, n, path);
  if (c === undefined) return undefined;
  // One loop for both kinds of column: + and - are exact on BigInts, and on doubles below 2^53 (a sum
  // past it stays past every total, so the comparison still holds).
  const kids = (isBig(c) ? new Array<bigint>(n).fill(0n) : new Float64Array(n)) as unknown as number[];
  for (let i = 0; i < n; i++) {
    const p = parentIndex[i] as number;
    if (p >= 0) kids[p] = (kids[p] as number) + (c[i] as number);
  }
  for (let i = 0; i < n; i++) {
    if ((c[i] as number) < (kids[i] as number)) { report(ctx, 'negative', { value: String((c[i] as number) - (kids[i] as number)) }, [...path, i]); return undefined; }
  }
  return c;
}

/**
 * A partial from elsewhere (JSON from another worker or machine): checked for shape, lengths, figures
 * and the consistency of `parentIndex` with `parents`, so a merge never works on a corrupt table.
 */
const partialSchema = reader((input, ctx): Table => {
  if (!isPlainObject(input) || own(input, 'format') !== 'chitieu.rollup-partial') {
    return report(ctx, 'invalid_type', { expected: 'partial-rollup', ...describe(input) });
  }
  const keys = ['format', 'version', 'indicators', 'ids', 'names', 'parents', 'parentIndex', 'achieved', 'target', 'people', 'weights'];
  if (!checkKeys(ctx, input, keys, [])) return z.NEVER;
  const version = own(input, 'version');
  if (version !== 1 && version !== 2 && version !== 3) return report(ctx, 'invalid_value', { allowed: [1, 2, 3], ...describe(version) }, ['version']);
  // Formats 2 and 3 pack their number columns (_packed.ts: 3 in blocks) and write no names as null;
  // format 1 has arrays.
  const packed = version !== 1;
  const ids = readStringColumn(ctx, own(input, 'ids'), undefined, ['ids'], false, readId);
  if (ids === undefined) return z.NEVER;
  const n = ids.length;
  const rawNames = own(input, 'names');
  const names = packed && rawNames === null ? new Array<string | null>(n).fill(null) : readStringColumn(ctx, rawNames, n, ['names'], true, anyString);
  const parents = readStringColumn(ctx, own(input, 'parents'), n, ['parents'], true, readId);
  const indicators = readStringColumn(ctx, own(input, 'indicators'), undefined, ['indicators'], false, anyString);
  if (names === undefined || parents === undefined || indicators === undefined) return z.NEVER;
  for (let j = 0; j < indicators.length; j++) {
    const name = indicators[j] as string;
    if (!indicatorName(ctx, name, ['indicators', j])) return z.NEVER;
    if (j > 0 && !((indicators[j - 1] as string) < name)) return report(ctx, 'invalid_value', { expected: 'sorted-names', ...describe(name) }, ['indicators', j]);
  }
  const pi = unpacked(ctx, own(input, 'parentIndex'), n, packed, ['i32'], ['parentIndex']);
  if (pi === REPORTED) return z.NEVER;
  if (!isArrayLike(pi)) return report(ctx, 'invalid_type', { expected: 'row-list', ...describe(pi) }, ['parentIndex']);
  if (pi.length !== n) return report(ctx, 'length_mismatch', { expected: n, got: pi.length }, ['parentIndex']);
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const q: unknown = pi[i];
    const valid = typeof q === 'number' && Number.isInteger(q) && q >= -2 && q < n
      && (q >= 0 ? parents[i] === ids[q] : q === -1 ? parents[i] === null : parents[i] !== null);
    if (!valid) return report(ctx, 'invalid_value', { expected: 'parent-row', ...describe(q) }, ['parentIndex', i]);
    parentIndex[i] = q;
  }
  const figureOwnColumns = (which: 'achieved' | 'target'): Column[] | undefined => {
    const v = own(input, which);
    if (!Array.isArray(v)) { report(ctx, 'invalid_type', { expected: 'column-list', ...describe(v) }, [which]); return undefined; }
    if (v.length !== indicators.length) { report(ctx, 'length_mismatch', { expected: indicators.length, got: v.length }, [which]); return undefined; }
    const out: Column[] = [];
    for (let j = 0; j < v.length; j++) {
      const c = countColumn(ctx, v[j], n, version, parentIndex, [which, j]);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return out;
  };
  const achieved = figureOwnColumns('achieved');
  const target = figureOwnColumns('target');
  if (achieved === undefined || target === undefined) return z.NEVER;
  const rawPeople = own(input, 'people');
  if (!Array.isArray(rawPeople) || rawPeople.length !== indicators.length) {
    return Array.isArray(rawPeople)
      ? report(ctx, 'length_mismatch', { expected: indicators.length, got: rawPeople.length }, ['people'])
      : report(ctx, 'invalid_type', { expected: 'array', ...describe(rawPeople) }, ['people']);
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
      if (s.length !== (col[i] as unknown[]).length) return report(ctx, 'invalid_value', { expected: 'sorted-ids' }, ['people', j, i]);
      sets[i] = s;
    }
    people.push(sets);
  }
  const rawWeights = own(input, 'weights');
  let weights: Column | null = null;
  if (rawWeights !== null) {
    const w = countColumn(ctx, rawWeights, n, version, parentIndex, ['weights']);
    if (w === undefined) return z.NEVER;
    weights = w;
  }
  return { indicators: indicators as string[], ids: ids as string[], names, parents, parentIndex, achieved, target, people, weights };
});

/** Whether an input is a partial (so entry points can take trees, columns or partials). */
export function isPartialInput(v: unknown): boolean {
  return isPlainObject(v) && own(v, 'format') === 'chitieu.rollup-partial';
}

/** A partial's table: the one it was made from when this library made it (_partial.ts), else read and checked. */
export function parsePartial(input: unknown, base: IssuePath = []): Table {
  return tableOfPartial(input) ?? parseWith(partialSchema, input, base);
}

