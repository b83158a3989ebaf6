// chitieu rollup: totals up an organisation tree given as a CSV with a parent column.
import { isChiTieuError, type Bilingual, type Locale } from '../core/index.js';
import { rollup, type OrgNode, type RollupOptions, type RollupResult } from '../rollup/index.js';
import { statusWord } from '../svg/_status.js';
import { NAMES, findRoles, type RoleSpec } from './_columns.js';
import {
  BAD_INPUT, BAD_USAGE, cellPlace, csvWithHeader, isCells, linePlace, looksNumeric, openSheet, outputFormat, painter, readFigure, roundOptions,
  oneFile, say, sayBadRows, sayError, sayNoRows, type CliIo, type Flags, type OutputFormat,
} from './_shared.js';

const ROLLUP_ROLES = {
  id: { names: ['ma', 'ma don vi', 'ma so', 'id', 'code'], words: { vi: 'mã', en: 'id' }, required: true, flag: 'id' },
  parent: { names: ['cap tren', 'ma cap tren', 'don vi cap tren', 'truc thuoc', 'parent', 'parent id'], words: { vi: 'cấp trên', en: 'parent' }, required: true, flag: 'parent' },
  name: { names: NAMES.name, words: { vi: 'tên', en: 'name' }, required: false, flag: 'name' },
  achieved: { names: NAMES.achieved, words: { vi: 'thực hiện', en: 'achieved' }, required: true, flag: 'achieved' },
  target: { names: NAMES.target, words: { vi: 'chỉ tiêu', en: 'target' }, required: false, flag: 'target' },
} as const satisfies Record<string, RoleSpec>;

/** A unit read from its row, with the line for messages. */
interface Row {
  readonly line: number;
  /** The line as messages name it: `line 4` in a CSV, `row 4` in a worksheet. */
  readonly place: Bilingual;
  readonly node: OrgNode;
}

export async function commandRollup(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  if (!oneFile(args, io, locale, { vi: 'chitieu rollup <tệp|->, có dòng tiêu đề như "Mã,Cấp trên,Tên,Thực hiện,Chỉ tiêu"', en: 'chitieu rollup <file|->, with a header row such as "Id,Parent,Name,Achieved,Target"' })) return BAD_USAGE;
  const format = outputFormat(f, io, locale);
  if (format === undefined) return BAD_USAGE;
  const options: RollupOptions = { ...roundOptions(f), ...(f.method === undefined ? {} : { method: f.method as never }) };
  // Bad options are one mistake, reported once.
  rollup({ nodes: [{ id: 'x' }] }, options);
  const headed: Bilingual = { vi: 'Mã,Cấp trên,Tên,Thực hiện,Chỉ tiêu', en: 'Id,Parent,Name,Achieved,Target' };
  const find = (h: readonly string[]) => findRoles(h, ROLLUP_ROLES, { id: f.id, parent: f.parent, name: f.name, achieved: f.achieved, target: f.target }, looksNumeric, headed);
  const rows: Row[] = [];
  const seen = new Map<string, Bilingual>();
  let bad = 0;
  for await (const next of csvWithHeader(io, locale, args[0] as string, find, { input, sheet: f.sheet })) {
    if (next === undefined) return BAD_INPUT;
    const { columns: { at, headers }, rec } = next;
    const cell = (c: number | undefined) => (c === undefined ? '' : (rec.cells[c] ?? '').trim());
    const header = (c: number | undefined) => (headers[c ?? -1] ?? '').trim();
    const id = cell(at.id);
    const name = cell(at.name);
    const problem = (m: Bilingual, c: number | undefined) => {
      const p = cellPlace(rec, name, header(c));
      say(io, locale, { vi: `${p.vi}: ${m.vi}`, en: `${p.en}: ${m.en}` });
      bad++;
    };
    if (id === '') { problem({ vi: 'ô mã trống', en: 'the id is empty' }, at.id); continue; }
    const before = seen.get(id);
    if (before !== undefined) { problem({ vi: `mã "${id}" đã có ở ${before.vi}`, en: `the id "${id}" is already on ${before.en}` }, at.id); continue; }
    const figures: Record<string, string> = {};
    try {
      if (cell(at.achieved) !== '') figures.achieved = readFigure(cell(at.achieved), input, header(at.achieved));
      if (cell(at.target) !== '') figures.target = readFigure(cell(at.target), input, header(at.target));
      // The figures checked as rollup checks them (whole, not negative), so a bad one is placed on its row.
      rollup({ nodes: [{ id, indicators: { value: figures } }] });
    } catch (e) {
      if (!isChiTieuError(e)) throw e;
      const path = e.issues[0].path;
      const c = path.includes('target') || path[0] === header(at.target) ? at.target : at.achieved;
      sayError(io, locale, e, cellPlace(rec, name, header(c)));
      bad++;
      continue;
    }
    seen.set(id, linePlace(rec));
    const parent = cell(at.parent);
    rows.push({ line: rec.line, place: linePlace(rec), node: { id, ...(name === '' ? {} : { name }), parent: parent === '' ? null : parent, indicators: { value: figures } } });
  }
  // A unit whose parent is not in the file (or was left out) is left out too, and its own units after it.
  let kept = rows;
  for (let changed = true; changed; ) {
    const ids = new Set(kept.map((r) => r.node.id));
    const next = kept.filter((r) => r.node.parent == null || ids.has(r.node.parent));
    changed = next.length < kept.length;
    for (const r of kept) {
      if (r.node.parent == null || ids.has(r.node.parent)) continue;
      say(io, locale, {
        vi: `${r.place.vi}: cấp trên "${r.node.parent}" của "${r.node.id}" không có trong tệp (hoặc dòng của nó lỗi)`,
        en: `${r.place.en}: the parent "${r.node.parent}" of "${r.node.id}" is not in the file (or its row is bad)`,
      });
      bad++;
    }
    kept = next;
  }
  if (kept.length === 0) return sayNoRows(io, locale, bad);
  let result: RollupResult;
  try {
    result = rollup({ nodes: kept.map((r) => r.node) }, options);
  } catch (e) {
    if (!isChiTieuError(e)) throw e;
    const at = e.issues[0].path[1];
    const place = typeof at === 'number' ? kept[at]?.place : undefined;
    sayError(io, locale, e, place);
    return BAD_INPUT;
  }
  print(result, f, locale, io, format, kept);
  return bad > 0 ? sayBadRows(io, locale, bad) : 0;
}

/** The tree from its roots down, each unit indented under its parent in the table. */
function print(result: RollupResult, f: Flags, locale: Locale, io: CliIo, format: OutputFormat, rows: readonly Row[]): void {
  const vi = locale === 'vi';
  const head = vi ? ['Đơn vị', 'Mã', 'Cấp trên', 'Thực hiện', 'Chỉ tiêu', 'Tỷ lệ', 'Kết quả'] : ['Unit', 'Id', 'Parent', 'Achieved', 'Target', 'Percent', 'Status'];
  const sheet = openSheet(f, io, locale, format, head, [false, false, false, true, true, true, false]);
  const byId = new Map(result.nodes.map((n, i) => [n.id, { n, line: rows[i]?.line }]));
  const visit = (id: string): void => {
    const entry = byId.get(id);
    if (entry === undefined) return;
    const { n, line } = entry;
    const v = n.indicators.value;
    const pct = v?.aggregate.percent ?? null;
    const label = n.name ?? n.id;
    sheet.row(
      [format === 'table' ? `${'  '.repeat(n.depth)}${label}` : label, n.id, n.parent ?? '', sheet.num(v?.achieved ?? '0'), sheet.num(v?.target ?? '0'),
        pct === null ? (isCells(format) ? '' : '—') : `${sheet.num(pct)}%`, v?.attainment ? statusWord(v.attainment, locale) : ''],
      { line, ...n },
      painter(6, v?.attainment ? v.attainment.status !== 'not-met' : undefined),
    );
    for (const c of n.children) visit(c);
  };
  for (const r of result.roots) visit(r);
  sheet.end([vi
    ? `${result.nodes.length} đơn vị; tỷ lệ của đơn vị có cấp dưới theo ${result.method === 'ratio' ? 'Σ thực hiện ÷ Σ chỉ tiêu' : result.method}`
    : `${result.nodes.length} units; the percent of a unit with units under it by ${result.method === 'ratio' ? 'Σ achieved ÷ Σ target' : result.method}`]);
}
