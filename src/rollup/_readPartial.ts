import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { tableOfPartial } from './_partial.js';
import { anyString, checkKeys, indicatorName, isPlainObject, own, readCountColumn, readId, readPeople, readStringColumn } from './_read.js';
import type { Column, RowPaths, Table } from './_table.js';
import { parseWith } from './_errors.js';

export function partialPaths(base: IssuePath): RowPaths {
  return { id: (i) => [...base, 'ids', i], parent: (i) => [...base, 'parents', i] };
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
  if (own(input, 'version') !== 1) return report(ctx, 'invalid_value', { allowed: [1], ...describe(own(input, 'version')) }, ['version']);
  const ids = readStringColumn(ctx, own(input, 'ids'), undefined, ['ids'], false, readId);
  if (ids === undefined) return z.NEVER;
  const n = ids.length;
  const names = readStringColumn(ctx, own(input, 'names'), n, ['names'], true, anyString);
  const parents = readStringColumn(ctx, own(input, 'parents'), n, ['parents'], true, readId);
  const indicators = readStringColumn(ctx, own(input, 'indicators'), undefined, ['indicators'], false, anyString);
  if (names === undefined || parents === undefined || indicators === undefined) return z.NEVER;
  for (let j = 0; j < indicators.length; j++) {
    const name = indicators[j] as string;
    if (!indicatorName(ctx, name, ['indicators', j])) return z.NEVER;
    if (j > 0 && !((indicators[j - 1] as string) < name)) return report(ctx, 'invalid_value', { expected: 'sorted-names', ...describe(name) }, ['indicators', j]);
  }
  const pi = own(input, 'parentIndex');
  if (!Array.isArray(pi)) return report(ctx, 'invalid_type', { expected: 'row-list', ...describe(pi) }, ['parentIndex']);
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
      const c = readCountColumn(ctx, v[j], n, [which, j]);
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
    const w = readCountColumn(ctx, rawWeights, n, ['weights']);
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

