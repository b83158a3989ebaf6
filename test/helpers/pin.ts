import { ChiTieuError } from '../../src/index.js';

/**
 * What a call gives, as plain data to pin in a snapshot: `{ ok: result }` (through JSON, so typed-array
 * columns appear as their toJSON gives them) or `{ error: issues }` with each issue's code, path, facts
 * and both messages. Pinning the whole answer, messages included, makes a test fail on any change to
 * a figure, a verdict, a reason or an error message (mutation testing: docs/mutation-testing.md).
 */
export function outcome(f: () => unknown): unknown {
  try {
    const r = f();
    return { ok: r === undefined ? 'undefined' : JSON.parse(JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))) };
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    return { error: e.issues.map((i) => ({ code: i.code, path: i.path, facts: i.facts, vi: i.messages.vi, en: i.messages.en })) };
  }
}

/** A short, stable fingerprint of a value's JSON (FNV-1a, 64 bits): pins a long answer in a few characters. */
export function fingerprint(v: unknown): string {
  const text = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? 'undefined';
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return `${text.length}:${h.toString(16)}`;
}

/**
 * The answer of a call in one line: the fingerprint of a result, or each issue's code, path and facts
 * (the messages are made from these by the message tables, which have their own tests).
 */
export function brief(f: () => unknown, compact = false): string {
  try {
    return `ok ${fingerprint(f())}`;
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    return e.issues.map((i) => `${i.code} ${i.path.join('.')} ${compact ? fingerprint(i.facts) : JSON.stringify(i.facts)}`).join(' | ');
  }
}

/** Values each field of a valid input is replaced by, one at a time: wrong types, edges, hostile keys. */
export const REPLACEMENTS: readonly unknown[] = [
  undefined, null, -1, 0, 0.5, 1, 3, 1e6, 2 ** 53, Number.NaN, '', '1', '-1', '0.5', '1,5', 'x', '2024-02-29', '2023-02-29', true, [], [1], {}, '__proto__',
];

/** Every path to a field of `v` (array elements included), with the value there. */
export function fieldPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return prefix.length ? [prefix] : [];
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  for (const [k, child] of Object.entries(v)) out.push(...fieldPaths(child, [...prefix, Array.isArray(v) ? Number(k) : k]));
  return out;
}

/** A deep copy of `args` with the field at `path` replaced (or removed, for undefined). */
export function replaced(args: readonly unknown[], path: readonly (string | number)[], value: unknown): unknown[] {
  const copy = structuredClone(args) as unknown[];
  let cur = copy as unknown as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i] as string] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined && !Array.isArray(cur)) delete cur[last];
  else cur[last] = value;
  return copy;
}

/**
 * The answers of `fn` to `args` with each field replaced by each of `values`, one per line; `compact`
 * writes the facts of errors as fingerprints, for inputs with very many fields.
 */
export function sweep(fn: (...a: unknown[]) => unknown, args: readonly unknown[], values: readonly unknown[] = REPLACEMENTS, compact = false): string[] {
  const lines: string[] = [];
  for (const path of fieldPaths(args)) {
    for (const value of values) {
      const label = `${path.join('.')} = ${value === undefined ? '(removed)' : typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value)}`;
      lines.push(`${label} → ${brief(() => fn(...replaced(args, path, value)), compact)}`);
    }
  }
  return lines;
}
