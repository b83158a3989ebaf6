import { ChiTieuError } from '../../src/index.js';

// Golden tables: answers written as text a reviewer reads (Markdown tables, JSON), compared with a
// file under test/golden/ by `toMatchFileSnapshot`, so a change of output shows as a diff of rows.
// Everything an answer holds is written out, no fingerprints: a long answer is written once in full
// (a reference) and its neighbours as the leaves that differ from it (`changes`). See test/golden/README.md.

/** An issue of a `ChiTieuError` as plain data. */
interface PinnedIssue {
  code: string;
  path: readonly (string | number)[];
  facts: unknown;
  vi: string;
  en: string;
}

/** What a call gives: `{ ok: result }` through JSON (bigints as `12n`), or `{ error: issues }`. */
export type Answer = { ok: unknown } | { error: PinnedIssue[] };

/** A value as the JSON a user gets from it (bigints written `12n`, `undefined` as the text 'undefined'). */
export function plain(v: unknown): unknown {
  return v === undefined ? 'undefined' : JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)));
}

/** The answer of a call; any error but a `ChiTieuError` is a failure of the test and is thrown on. */
export function answer(f: () => unknown): Answer {
  try {
    return { ok: plain(f()) };
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    return { error: e.issues.map((i) => ({ code: i.code, path: i.path, facts: plain(i.facts), vi: i.messages.vi, en: i.messages.en })) };
  }
}

/** An issue in a line: code, path and facts (its messages go in their own columns where pinned). */
export const issueLine = (i: PinnedIssue): string => `${i.code} @${i.path.join('.')} ${JSON.stringify(i.facts)}`;

/**
 * An answer as table cells: each leaf of a result in its own column (a scalar or a list in `result`), or
 * the issues of an error in `error` (and their messages in `error.vi`, `error.en` when `messages`).
 */
export function cells(a: Answer, messages = true): Record<string, unknown> {
  if ('error' in a) {
    const out: Record<string, unknown> = { error: a.error.map(issueLine).join(' ‖ ') };
    if (messages) {
      out['error.vi'] = a.error.map((i) => i.vi).join(' ‖ ');
      out['error.en'] = a.error.map((i) => i.en).join(' ‖ ');
    }
    return out;
  }
  if (a.ok === null || typeof a.ok !== 'object' || Array.isArray(a.ok)) return { result: a.ok };
  return Object.fromEntries(leaves(a.ok));
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/**
 * Every leaf of plain data by path (`conditions[0].facts.age`): scalars, empty arrays and objects, and
 * lists of scalars, which are kept whole (`consistentModes: ["down","floor"]`).
 */
function leaves(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'))) {
    out.set(prefix, v);
    return out;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) {
    out.set(prefix, Array.isArray(v) ? [] : {});
    return out;
  }
  for (const [k, child] of entries) {
    const key = Array.isArray(v) ? `[${k}]` : IDENTIFIER.test(k) ? (prefix ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    leaves(child, prefix + key, out);
  }
  return out;
}

/** What differs in `v` from `base`: the leaves set to another value, and the paths no longer there. */
interface Changes {
  set: Record<string, unknown>;
  removed: string[];
}

/** The leaves of `v` that differ from `base`; with `base` written out in full, `v` is pinned in full. */
export function changes(base: unknown, v: unknown): Changes {
  const a = leaves(base);
  const b = leaves(v);
  const set: Record<string, unknown> = {};
  for (const [k, x] of b) if (!a.has(k) || JSON.stringify(a.get(k)) !== JSON.stringify(x)) set[k] = x;
  return { set, removed: [...a.keys()].filter((k) => !b.has(k)) };
}

/**
 * A list of whole numbers with each run of three or more written as one text, `"1798562..1799999"`:
 * implied targets come in runs of thousands, and the runs are what a reader checks.
 */
export function runs(list: readonly number[]): (number | string)[] {
  const out: (number | string)[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === (list[j] as number) + 1) j++;
    if (j - i >= 2) out.push(`${list[i]}..${list[j]}`);
    else out.push(...list.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}

/** A value as JSON, but a long list of whole numbers as its runs: `[1798562..1799999, 1800001] (1439 whole numbers)`. */
function text(v: unknown): string {
  if (!Array.isArray(v) || v.length <= 8 || !v.every((x) => Number.isSafeInteger(x))) return JSON.stringify(v);
  return `[${runs(v).join(', ')}] (${v.length} whole numbers)`;
}

/** Changes in a line: `path: value; …; path removed` (values as JSON, so their type shows). */
export function changesLine(c: Changes): string {
  const parts = [...Object.entries(c.set).map(([k, x]) => `${k}: ${text(x)}`), ...c.removed.map((k) => `${k} removed`)];
  return parts.length ? parts.join('; ') : 'same';
}

/** The changes as data, for JSON goldens: `{ "path": value }`, with `removed` only when a path went. */
export const changesData = (c: Changes): unknown => (c.removed.length ? { ...c.set, '(removed)': c.removed } : c.set);

/**
 * JSON that a reviewer reads: an array or object stays on one line when it fits in `width` columns,
 * else each element goes on its own line. Key order is kept: it is the order a user sees.
 */
export function pretty(v: unknown, width = 110, indent = '', lead = indent.length): string {
  const flat = JSON.stringify(v);
  if (v === null || typeof v !== 'object' || lead + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + pretty(x, width, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, width, inner, inner.length + JSON.stringify(k).length + 2)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** A JSON golden file's text. */
export const json = (v: unknown): string => `${pretty(v)}\n`;

// A text is written as it is unless it would read as another value: JSON ('80', 'true', '[1]'), a word
// this file writes for a value ('undefined', 'NaN', '[1..9]'), empty, or with spaces at an end. Then it is quoted,
// so '80' and 80 stay apart.
function readsAsOther(s: string): boolean {
  if (s === '' || /^\s|\s$|^[[{]|[\n\r\t]|^(?:undefined|NaN|-?Infinity)$/.test(s)) return true;
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** A value in a Markdown cell: text as it is (quoted where it would read as another value), else JSON. */
function cell(v: unknown): string {
  const written = typeof v === 'string' && !readsAsOther(v) ? v : v === undefined ? 'undefined' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : text(v);
  return written.replaceAll('|', '\\|');
}

/**
 * A Markdown table, one row per case: the columns are `first` (the inputs), then every other key of the
 * rows in the order first met; a row without a column has an empty cell there (an input not given, a
 * field the answer lacks; an empty text is `""`).
 */
export function table(rows: readonly Record<string, unknown>[], first: readonly string[] = []): string {
  const columns: string[] = [...first];
  const seen = new Set<string>(first);
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), columns.push(k);
  const line = (xs: string[]) => `| ${xs.join(' | ')} |`;
  return [line(columns.map((c) => c.replaceAll('|', '\\|'))), line(columns.map(() => '---')), ...rows.map((r) => line(columns.map((c) => (c in r ? cell(r[c]) : ''))))].join('\n');
}

/** A Markdown golden file: a title, a line saying what it pins, then sections of text and tables. */
export function markdown(title: string, about: string, sections: readonly (readonly [string, string])[]): string {
  return `# ${title}\n\n${about}\n\n${sections.map(([heading, body]) => `## ${heading}\n\n${body}\n`).join('\n')}`;
}

/**
 * Errors in a compact form for inline snapshots: per case, each issue's line and both messages (a case
 * that does not throw shows its whole answer, `{ ok }`).
 */
export function errorShapes(cases: readonly (readonly [string, () => unknown])[]): Record<string, unknown> {
  return Object.fromEntries(
    cases.map(([label, f]) => {
      const a = answer(f);
      return [label, 'error' in a ? a.error.flatMap((i) => [issueLine(i), `vi: ${i.vi}`, `en: ${i.en}`]) : a];
    }),
  );
}
