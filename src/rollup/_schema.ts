import * as z from 'zod/mini';
import { roundOptionsShape } from '../core/_schema.js';
import type { RoundingMode } from '../core/index.js';
import { indexIds } from './_ids.js';
import { tableOfPartial, takeTableOfPartial } from './_partial.js';
import { isPlainObject, own } from './_read.js';
import { columnPaths, columnsSchema } from './_readColumns.js';
import { isPartialInput, parsePartial, partialPaths } from './_readPartial.js';
import { treePaths, treeSchema } from './_readTree.js';
import { bottomUpOrder, buildTable, type RowPaths, type Table } from './_table.js';
import type { RollupMethod } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Any input form as a table of subtree totals: an object tree `{ nodes }`, columns `{ ids, parents, … }`
 * or a partial. Trees and columns are summed here; a partial already is. `paths` say where a row lives.
 * `take`: the caller hands the table's columns out, so a partial's table is taken from it (_partial.ts).
 */
export function readTable(input: unknown, take = false): { table: Table; paths: RowPaths } {
  if (isPartialInput(input)) {
    const paths = partialPaths([]);
    const made = take ? takeTableOfPartial(input) : tableOfPartial(input);
    // A partial this library made was checked when it was made; it is frozen, so it still holds that.
    if (made) return { table: made, paths };
    const table = parsePartial(input);
    // A partial's shape check does not look for repeated ids or cycles; a merge does, and so does
    // finishing one.
    indexIds(table.ids, paths);
    bottomUpOrder(table.parentIndex, paths, table.ids);
    return { table, paths };
  }
  if (isPlainObject(input) && own(input, 'ids') !== undefined) return { table: buildTable(parseWith(columnsSchema, input), columnPaths), paths: columnPaths };
  return { table: buildTable(parseWith(treeSchema, input), treePaths), paths: treePaths };
}

const rollupOptionsSchema = z.strictObject({
  ...roundOptionsShape,
  method: z.optional(z.enum(['ratio', 'weighted-mean', 'mean', 'weakest'])),
});

export interface ParsedRollupOptions {
  readonly method: RollupMethod;
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

export function parseRollupOptions(options: unknown): ParsedRollupOptions {
  const o = parseWith(rollupOptionsSchema, options ?? {}, ['options']);
  return { method: o.method ?? 'ratio', decimals: o.decimals ?? 2, rounding: o.rounding ?? 'half-up' };
}


