import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { anyString, checkKeys, indicatorName, isPlainObject, own, packColumn, readCountColumn, readId, readPeople, readStringColumn } from './_read.js';
import type { Column, OwnTable, RowPaths } from './_table.js';

export const columnPaths: RowPaths = { id: (i) => ['ids', i], parent: (i) => ['parents', i] };

/** The batch form: `{ ids, parents, names?, indicators: { x: { achieved, target, people? } }, weights? }`. */
export const columnsSchema = reader((input, ctx): OwnTable => {
  if (!isPlainObject(input)) return report(ctx, 'invalid_type', { expected: 'object', fields: ['ids', 'parents', 'indicators'], ...describe(input) });
  if (!checkKeys(ctx, input, ['ids', 'parents', 'names', 'indicators', 'weights'], [])) return z.NEVER;
  const ids = readStringColumn(ctx, own(input, 'ids'), undefined, ['ids'], false, readId);
  if (ids === undefined) return z.NEVER;
  const n = ids.length;
  const parents = readStringColumn(ctx, own(input, 'parents'), n, ['parents'], true, readId);
  if (parents === undefined) return z.NEVER;
  const rawNames = own(input, 'names');
  const names = rawNames === undefined ? new Array<string | null>(n).fill(null) : readStringColumn(ctx, rawNames, n, ['names'], true, anyString);
  if (names === undefined) return z.NEVER;
  const rawWeights = own(input, 'weights');
  let weights: Column | null = null;
  if (rawWeights !== undefined) {
    const w = readCountColumn(ctx, rawWeights, n, ['weights']);
    if (w === undefined) return z.NEVER;
    weights = w;
  }
  const inds = own(input, 'indicators');
  if (!isPlainObject(inds)) return report(ctx, 'invalid_type', { expected: 'figures-by-indicator', ...describe(inds) }, ['indicators']);
  const indicators = Object.keys(inds).sort();
  const achieved: Column[] = [];
  const target: Column[] = [];
  const people: (string[][] | null)[] = [];
  for (const name of indicators) {
    const p: IssuePath = ['indicators', name];
    if (!indicatorName(ctx, name, p)) return z.NEVER;
    const cols = inds[name];
    if (!isPlainObject(cols)) return report(ctx, 'invalid_type', { expected: 'object', fields: ['achieved', 'target'], ...describe(cols) }, p);
    if (!checkKeys(ctx, cols, ['achieved', 'target', 'people'], p)) return z.NEVER;
    let sets: string[][] | null = null;
    const rawPeople = own(cols, 'people');
    if (rawPeople !== undefined) {
      if (!Array.isArray(rawPeople)) return report(ctx, 'invalid_type', { expected: 'id-lists', ...describe(rawPeople) }, [...p, 'people']);
      if (rawPeople.length !== n) return report(ctx, 'length_mismatch', { expected: n, got: rawPeople.length }, [...p, 'people']);
      sets = new Array(n);
      for (let i = 0; i < n; i++) {
        const x: unknown = rawPeople[i];
        if (x === null || x === undefined) { sets[i] = []; continue; }
        const s = readPeople(ctx, x, [...p, 'people', i]);
        if (s === undefined) return z.NEVER;
        sets[i] = s;
      }
    }
    const rawA = own(cols, 'achieved');
    let a: Column | undefined;
    if (rawA === undefined) a = sets ? packColumn(sets.map((s) => s.length)) : new Float64Array(n);
    else a = readCountColumn(ctx, rawA, n, [...p, 'achieved']);
    const rawT = own(cols, 'target');
    const t = rawT === undefined ? new Float64Array(n) : readCountColumn(ctx, rawT, n, [...p, 'target']);
    if (a === undefined || t === undefined) return z.NEVER;
    if (sets && rawA !== undefined) {
      for (let i = 0; i < n; i++) {
        if (BigInt(a[i] as number | bigint) !== BigInt((sets[i] as string[]).length)) return report(ctx, 'invalid_value', { allowed: [(sets[i] as string[]).length], value: String(a[i]) }, [...p, 'achieved', i]);
      }
    }
    achieved.push(a);
    target.push(t);
    people.push(sets);
  }
  return { indicators, ids: ids as string[], names, parents, achieved, target, people, weights };
});

