import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import type { IssuePath } from '../core/errors.js';
import { checkKeys, indicatorName, isCount, isPlainObject, own, packColumn, readCount, readId, readPeople, type Ctx } from './_read.js';
import type { OwnTable, RowPaths } from './_table.js';

/** Fills the people of an indicator whose other units gave no ids: a unit that counted someone must name them. */
function finishPeople(ctx: Ctx, achieved: readonly (number | bigint)[], people: (string[] | undefined)[], path: (row: number) => IssuePath): string[][] | undefined {
  const out: string[][] = new Array(achieved.length);
  for (let i = 0; i < achieved.length; i++) {
    const p = people[i];
    if (p === undefined) {
      if (achieved[i] !== 0) { report(ctx, 'missing', {}, path(i)); return undefined; }
      out[i] = [];
    } else out[i] = p;
  }
  return out;
}

/** The most units an object tree `{ nodes }` may hold. */
const MAX_UNITS = 10_000_000;
/** At most this many problems are reported for the units of an object tree. */
const MAX_NODE_ISSUES = 100;

/** The object form: `{ nodes: [{ id, name, parent, indicators: { x: { achieved, target, people } }, weight }] }`. */
export const treeSchema = reader((input, ctx): OwnTable => {
  if (!isPlainObject(input)) return report(ctx, 'invalid_type', { expected: 'object', fields: ['nodes'], ...describe(input) });
  let ok = checkKeys(ctx, input, ['nodes'], []);
  const nodes = own(input, 'nodes');
  if (!Array.isArray(nodes)) return report(ctx, 'invalid_type', { expected: 'unit-list', ...describe(nodes) }, ['nodes']);
  const n = nodes.length;
  // Checked before the per-unit arrays are allocated: a sparse array of length 2^32 − 1 is a few bytes.
  if (n > MAX_UNITS) return report(ctx, 'too_long', { length: n, limit: MAX_UNITS }, ['nodes']);
  const ids: string[] = new Array(n);
  const names: (string | null)[] = new Array(n);
  const parents: (string | null)[] = new Array(n);
  const figures = new Map<string, { achieved: (number | bigint)[]; target: (number | bigint)[]; people: (string[] | undefined)[]; distinct: boolean }>();
  const weights: (number | bigint)[] = new Array(n).fill(0);
  let anyWeight = false;
  const column = (name: string) => {
    let f = figures.get(name);
    if (f === undefined) {
      f = { achieved: new Array(n).fill(0), target: new Array(n).fill(0), people: new Array(n).fill(undefined), distinct: false };
      figures.set(name, f);
    }
    return f;
  };
  // Reading stops after MAX_NODE_ISSUES problems, so a wholly wrong (or sparse) array gives a readable
  // error promptly instead of one issue per unit.
  for (let i = 0; i < n && ctx.issues.length < MAX_NODE_ISSUES; i++) {
    const node: unknown = nodes[i];
    const at: IssuePath = ['nodes', i];
    if (!isPlainObject(node)) { report(ctx, 'invalid_type', { expected: 'object', fields: ['id', 'parent', 'indicators'], ...describe(node) }, at); ok = false; continue; }
    ok = checkKeys(ctx, node, ['id', 'name', 'parent', 'indicators', 'weight'], at) && ok;
    const id = readId(ctx, own(node, 'id'), [...at, 'id']);
    if (id === undefined) ok = false; else ids[i] = id;
    const name = own(node, 'name');
    if (name !== undefined && typeof name !== 'string') { report(ctx, 'invalid_type', { expected: 'string', ...describe(name) }, [...at, 'name']); ok = false; }
    names[i] = typeof name === 'string' ? name : null;
    const parent = own(node, 'parent');
    if (parent === undefined || parent === null) parents[i] = null;
    else { const p = readId(ctx, parent, [...at, 'parent']); if (p === undefined) ok = false; else parents[i] = p; }
    const w = own(node, 'weight');
    if (w !== undefined) {
      const r = readCount(w);
      if (isCount(r)) { weights[i] = r; anyWeight = true; } else { report(ctx, r.code, r.facts, [...at, 'weight']); ok = false; }
    }
    const inds = own(node, 'indicators');
    if (inds === undefined) continue;
    if (!isPlainObject(inds)) { report(ctx, 'invalid_type', { expected: 'figures-by-indicator', ...describe(inds) }, [...at, 'indicators']); ok = false; continue; }
    for (const key of Object.keys(inds)) {
      const fp: IssuePath = [...at, 'indicators', key];
      if (!indicatorName(ctx, key, fp)) { ok = false; continue; }
      const fig = inds[key];
      if (!isPlainObject(fig)) { report(ctx, 'invalid_type', { expected: 'object', fields: ['achieved', 'target'], ...describe(fig) }, fp); ok = false; continue; }
      ok = checkKeys(ctx, fig, ['achieved', 'target', 'people'], fp) && ok;
      const col = column(key);
      const rawPeople = own(fig, 'people');
      let people: string[] | undefined;
      if (rawPeople !== undefined) {
        people = readPeople(ctx, rawPeople, [...fp, 'people']);
        if (people === undefined) { ok = false; continue; }
        col.people[i] = people;
        col.distinct = true;
      }
      for (const which of ['achieved', 'target'] as const) {
        const raw = own(fig, which);
        if (raw === undefined) {
          if (which === 'achieved' && people) col.achieved[i] = people.length;
          continue;
        }
        const r = readCount(raw);
        if (!isCount(r)) { report(ctx, r.code, r.facts, [...fp, which]); ok = false; continue; }
        if (which === 'achieved' && people && BigInt(r) !== BigInt(people.length)) {
          report(ctx, 'invalid_value', { allowed: [people.length], value: String(r) }, [...fp, which]);
          ok = false;
          continue;
        }
        col[which][i] = r;
      }
    }
  }
  if (!ok) return z.NEVER;
  const indicators = [...figures.keys()].sort();
  const people: (string[][] | null)[] = [];
  for (const name of indicators) {
    const f = figures.get(name)!;
    if (!f.distinct) { people.push(null); continue; }
    const sets = finishPeople(ctx, f.achieved, f.people, (row) => ['nodes', row, 'indicators', name, 'people']);
    if (sets === undefined) return z.NEVER;
    people.push(sets);
  }
  return {
    indicators,
    ids,
    names,
    parents,
    achieved: indicators.map((k) => packColumn(figures.get(k)!.achieved)),
    target: indicators.map((k) => packColumn(figures.get(k)!.target)),
    people,
    weights: anyWeight ? packColumn(weights) : null,
  };
});


export const treePaths: RowPaths = { id: (i) => ['nodes', i, 'id'], parent: (i) => ['nodes', i, 'parent'] };
