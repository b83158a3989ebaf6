// Sweeps: every field of a valid input replaced in turn by hostile values, the answers written as a
// golden table (test/golden/README.md).

import { answer, changes, changesLine, issueLine, pretty, table } from './golden.js';

/** Values each field of a valid input is replaced by, one at a time: wrong types, edges, hostile keys. */
const REPLACEMENTS: readonly unknown[] = [
  undefined, null, -1, 0, 0.5, 1, 3, 1e6, 2 ** 53, Number.NaN, '', '1', '-1', '0.5', '1,5', 'x', '2024-02-29', '2023-02-29', true, [], [1], {}, '__proto__',
];

/** Every path to a field of `v` (array elements included), with the value there. */
function fieldPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return prefix.length ? [prefix] : [];
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  for (const [k, child] of Object.entries(v)) out.push(...fieldPaths(child, [...prefix, Array.isArray(v) ? Number(k) : k]));
  return out;
}

/** A deep copy of `args` with the field at `path` replaced (or removed, for undefined). */
function replaced(args: readonly unknown[], path: readonly (string | number)[], value: unknown): unknown[] {
  const copy = structuredClone(args) as unknown[];
  let cur = copy as unknown as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i] as string] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined && !Array.isArray(cur)) delete cur[last];
  else cur[last] = value;
  return copy;
}

/**
 * The answers of `fn` to `args` (named `names` in the table) with each field replaced by each of `values`,
 * as a Markdown section:
 * the answer to `args` as they are, in full, then a table with a row per replacement: the issues of the
 * error (code, path, facts), or the leaves of the result that differ from the first answer.
 */
export function sweep(fn: (...a: unknown[]) => unknown, args: readonly unknown[], names: readonly string[] = ['input', 'options'], values: readonly unknown[] = REPLACEMENTS): string {
  const base = answer(() => fn(...args));
  if (!('ok' in base)) throw new Error(`the input of a sweep must be valid: ${JSON.stringify(base)}`);
  const rows: Record<string, unknown>[] = [];
  for (const path of fieldPaths(args)) {
    for (const value of values) {
      const a = answer(() => fn(...replaced(args, path, value)));
      rows.push({
        field: [names[path[0] as number], ...path.slice(1)].join('.'),
        'replaced by': value === undefined ? '(removed)' : value,
        ...('error' in a ? { error: a.error.map(issueLine).join(' ‖ ') } : { 'result, as it differs from the answer above': changesLine(changes(base.ok, a.ok)) }),
      });
    }
  }
  return `Input: \`${JSON.stringify(args)}\`\n\n\`\`\`json\n${pretty(base.ok)}\n\`\`\`\n\n${table(rows)}`;
}
