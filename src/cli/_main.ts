import { parseArgs } from 'node:util';
import { attainment, describeAttainment, type AttainmentResult } from '../attainment/index.js';
import { reasonSentence } from '../attainment/_reason.js';
import { isChiTieuError, type Locale } from '../core/index.js';
import { localize } from '../core/_format.js';
import { statusWord } from '../svg/_status.js';
import { commandCheck, commandClaim } from './_check.js';
import { findColumns, type Columns } from './_columns.js';
import { HELP } from './_help.js';
import { commandImplied } from './_implied.js';
import { commandRollup } from './_rollup.js';
import { commandRule } from './_rule.js';
import {
  BAD_INPUT, BAD_USAGE, OPTIONS, cellPlace, csvCell, csvFigure, csvWithHeader, isCells, linePlace, looksNumeric, outputFormat, readFigure,
  roundOptions, oneFile, say, sayBadRows, sayError, sayNoRows, tableLine, widthsOf, type CliIo, type Flags,
} from './_shared.js';
import { DecimalSum } from './_sum.js';
import { readTarget, readTargetIn, targetText } from './_target.js';
import { commandTerm } from './_term.js';
import { CliStop, isXlsx, loadWriter, writeXlsx } from './_xlsx.js';

export type { CliIo } from './_shared.js';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}


/** The notation of an input locale: `vi`, `vi-VN` read 2.018 and 97,5; `en`, `en-US`, `en-GB` read 2,018 and 97.5. */
function inputLocale(text: string | undefined): Locale | undefined {
  if (text === undefined) return 'vi';
  const t = text.toLowerCase();
  if (t === 'vi' || t === 'vi-vn') return 'vi';
  if (t === 'en' || /^en-[a-z]{2}$/.test(t)) return 'en';
  return undefined;
}

function commandAttainment(args: readonly string[], f: Flags, locale: Locale, io: CliIo): number {
  if (args.length !== 2) {
    say(io, locale, {
      vi: 'cần đúng hai số: chitieu attainment <đạt được> <chỉ tiêu>, ví dụ chitieu attainment 103 80',
      en: 'expected two figures: chitieu attainment <achieved> <target>, e.g. chitieu attainment 103 80',
    });
    return BAD_USAGE;
  }
  const r = attainment(
    { achieved: (args[0] as string).trim(), target: readTarget(args[1] as string), kind: f.kind as never },
    roundOptions(f),
  );
  if (f.json) {
    io.out(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  io.out(`${describeAttainment(r, f.unit === undefined ? { locale } : { locale, unit: f.unit })}\n`);
  io.out(`${reasonSentence(r.reason, locale)}\n`);
  return 0;
}

/** Table rows measured for column widths; later rows keep those widths, so memory stays bounded. */
const MEASURED_ROWS = 1000;

async function commandCsv(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  if (!oneFile(args, io, locale, { vi: 'chitieu csv <tệp|->, có dòng tiêu đề như "Đơn vị,Chỉ tiêu,Thực hiện"', en: 'chitieu csv <file|->, with a header row such as "Unit,Target,Achieved"' })) return BAD_USAGE;
  const format = outputFormat(f, io, locale);
  if (format === undefined) return BAD_USAGE;
  const options = roundOptions(f);
  // Bad rounding options are one mistake, reported once (by attainment itself), not once per row.
  attainment({ achieved: '0', target: '1', kind: f.kind as never }, options);
  const vi = locale === 'vi';
  const head = vi ? ['Đơn vị', 'Thực hiện', 'Chỉ tiêu', 'Tỷ lệ', 'Kết quả', 'Còn thiếu'] : ['Unit', 'Achieved', 'Target', 'Percent', 'Status', 'Shortfall'];
  const numeric = [false, true, true, true, false, true];
  const sink = f.out === undefined || format === 'xlsx' ? undefined : (io.openOut as NonNullable<CliIo['openOut']>)(f.out);
  // A workbook is written whole at the end: its rows are kept until then.
  const sheetRows: string[][] = [];
  let pending = '';
  const write = (text: string): void => { pending += text; };
  // Writes what is pending and, when standard output is a full pipe, waits for it to drain: a
  // reader slower than the file (| less, | head) must not make the output pile up in memory.
  const flushSoon = async (): Promise<void> => {
    if (pending.length < 1 << 16) return;
    const text = pending;
    pending = '';
    if (sink) sink.write(text);
    else if (io.out(text) === false && io.drain) await io.drain();
  };
  const flush = (): void => { if (pending !== '') (sink ? sink.write : io.out)(pending); pending = ''; };
  const sep = vi ? ';' : ',';
  const color = format === 'table' && sink === undefined && io.color === true;
  const paint = (r: AttainmentResult | undefined, c: number, text: string): string =>
    !color || r === undefined || c !== 4 ? text : `\u001b[${r.status === 'not-met' ? 31 : 32}m${text}\u001b[39m`;
  let measured: { cells: string[]; r: AttainmentResult | undefined }[] | undefined = format === 'table' ? [] : undefined;
  let widths: number[] = [];
  const printRow = (cells: string[], r: AttainmentResult | undefined): void => {
    if (format === 'csv') { write(`${cells.map((x) => csvCell(x, sep)).join(sep)}\r\n`); return; }
    if (format === 'xlsx') { sheetRows.push(cells); return; }
    if (measured) {
      measured.push({ cells, r });
      if (measured.length >= MEASURED_ROWS) flushMeasured();
      return;
    }
    write(`${tableLine(cells, numeric, widths, (c, t) => paint(r, c, t))}\n`);
  };
  const flushMeasured = (): void => {
    if (!measured) return;
    widths = widthsOf([head, [vi ? 'Tổng cộng' : 'Total'], ...measured.map((m) => m.cells)], head.length);
    write(`${tableLine(head, numeric, widths)}\n`);
    for (const m of measured) write(`${tableLine(m.cells, numeric, widths, (c, t) => paint(m.r, c, t))}\n`);
    measured = undefined;
  };
  const n = (plain: string): string => (isCells(format) ? csvFigure(plain, locale) : localize(plain, locale));
  const cellsOf = (name: string, r: AttainmentResult): string[] => [
    name,
    n(r.achieved) + (r.kind === 'rate' ? '%' : ''),
    (isCells(format) && r.target.form === 'reach' ? n(r.target.value) : targetText(r.target, locale)) + (r.kind === 'rate' ? '%' : ''),
    r.percent === null ? (isCells(format) ? '' : '—') : `${n(r.percent)}%`,
    statusWord(r, locale),
    n(r.shortfall),
  ];

  let columns: Columns | undefined;
  let bad = 0;
  let count = 0;
  let good = 0;
  const sumAchieved = new DecimalSum();
  const sumTarget = new DecimalSum();
  let summable = f.kind !== 'rate';
  const find = (header: readonly string[]) => findColumns(header, { achieved: f.achieved, target: f.target, name: f.name }, looksNumeric);
  for await (const next of csvWithHeader(io, locale, args[0] as string, find, { input, sheet: f.sheet })) {
    if (next === undefined) return BAD_INPUT;
    const { rec } = next;
    if (columns === undefined) {
      columns = next.columns;
      if (format === 'json') write('[');
      if (format === 'csv') write(`\ufeff${head.join(sep)}\r\n`);
    }
    const cols = columns;
    const name = cols.name === undefined ? linePlace(rec)[locale] : (rec.cells[cols.name] ?? '').trim();
    const aHeader = (cols.headers[cols.achieved] ?? '').trim();
    const tHeader = (cols.headers[cols.target] ?? '').trim();
    let result: AttainmentResult;
    try {
      const achieved = readFigure(rec.cells[cols.achieved], input, aHeader);
      const target = readTargetIn(rec.cells[cols.target], input, tHeader);
      result = attainment({ achieved, target, kind: f.kind as never }, options);
    } catch (e) {
      if (!isChiTieuError(e)) throw e;
      const first = e.issues[0].path[0];
      const header = first === 'achieved' || first === aHeader ? aHeader : tHeader;
      sayError(io, locale, e, cellPlace(rec, cols.name === undefined ? undefined : name, header));
      bad++;
      continue;
    }
    count++;
    if (result.status !== 'not-met') good++;
    if (summable && (result.target.form === 'reach' || result.target.form === 'at-least')) {
      sumAchieved.add(result.achieved);
      sumTarget.add(result.target.value);
    } else summable = false;
    if (format === 'json') write(`${count > 1 ? ',' : ''}\n${JSON.stringify({ line: rec.line, name, result })}`);
    else printRow(cellsOf(name, result), result);
    await flushSoon();
  }
  if (columns === undefined || count === 0) {
    flush();
    sink?.close();
    return sayNoRows(io, locale, bad);
  }
  if (format === 'json') write('\n]\n');
  else {
    if (summable) {
      const total = attainment({ achieved: sumAchieved.text(), target: sumTarget.text() }, options);
      const totalCells = cellsOf(vi ? 'Tổng cộng' : 'Total', total);
      if (isCells(format)) printRow(totalCells, total);
      else {
        if (measured) { measured.push({ cells: totalCells, r: total }); flushMeasured(); }
        else write(`${tableLine(totalCells, numeric, widths, (c, t) => paint(total, c, t))}\n`);
      }
    }
    flushMeasured();
    if (format === 'table') write(vi ? `\nĐạt và vượt: ${good}/${count} chỉ tiêu\n` : `\nMet or exceeded: ${good}/${count} targets\n`);
  }
  flush();
  sink?.close();
  if (format === 'xlsx') await writeXlsx(io, locale, f.out as string, head, sheetRows, numeric);
  return bad > 0 ? sayBadRows(io, locale, bad) : 0;
}

/**
 * Runs the command line and returns the exit status. Every bad input ends in a message in both
 * languages and a non-zero status, never a stack trace.
 */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  // Work a command leaves running (a workbook being written) is awaited before the status is returned.
  const deferred: Promise<void>[] = [];
  const io: CliIo = { ...given, defer: (work) => { deferred.push(work); } };
  let parsed: { values: Flags; positionals: string[] };
  // The language of messages is known before the rest is validated, so usage errors use it too.
  const localeAt = argv.indexOf('--locale');
  const langAt = argv.indexOf('--lang');
  const early = langAt >= 0 ? argv[langAt + 1] : localeAt >= 0 ? argv[localeAt + 1] : argv.find((a) => a.startsWith('--lang=') || a.startsWith('--locale='))?.split('=')[1];
  let locale: Locale = early?.toLowerCase().startsWith('en') ? 'en' : 'vi';
  // A negative figure ("-1") is a value, not an option: hide it from parseArgs and restore it after,
  // so `chitieu attainment -1 80` reaches attainment() and gets its real message.
  const NEG = '\u0000';
  const unhide = (v: string) => (v.startsWith(NEG) ? v.slice(1) : v);
  try {
    const raw = parseArgs({ args: argv.map((a) => (/^-[\d.]/.test(a) ? NEG + a : a)), options: OPTIONS, allowPositionals: true, strict: true });
    const values: Record<string, unknown> = { ...raw.values };
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') values[k] = unhide(v);
    parsed = { values: values as Flags, positionals: raw.positionals.map(unhide) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    say(io, locale, { vi: `tùy chọn không hợp lệ (${detail}); xem chitieu --help`, en: `${detail}; see chitieu --help` });
    return BAD_USAGE;
  }
  const f = parsed.values;
  const [command, ...args] = parsed.positionals;
  if (f.version) {
    io.out(`${io.version ?? 'unknown'}\n`);
    return 0;
  }
  if (f.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !f.help ? BAD_USAGE : 0;
  }
  const input = inputLocale(f.locale);
  if (input === undefined) {
    say(io, locale, { vi: `--locale phải là vi hoặc en (vi-VN, en-US); nhận được "${f.locale}"`, en: `--locale must be vi or en (vi-VN, en-US); got "${f.locale}"` });
    return BAD_USAGE;
  }
  if (f.lang !== undefined && f.lang !== 'vi' && f.lang !== 'en') {
    say(io, locale, { vi: `--lang phải là vi hoặc en; nhận được "${f.lang}"`, en: `--lang must be vi or en; got "${f.lang}"` });
    return BAD_USAGE;
  }
  // --lang is the language of the output; without it, the output follows --locale.
  locale = (f.lang as Locale | undefined) ?? input;
  try {
    // A missing writer is said before any work is done.
    if (f.out !== undefined && isXlsx(f.out)) await loadWriter(io);
    const status = await dispatch(command, args, f, locale, input, io);
    await Promise.all(deferred);
    return status;
  } catch (e) {
    if (e instanceof CliStop) return e.status;
    if (isChiTieuError(e)) {
      sayError(io, locale, e);
      return BAD_INPUT;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
      // File system errors (ENOENT, EACCES, EISDIR): the analyst's file, not a bug.
      say(io, locale, { vi: `không đọc được tệp: ${e.message}`, en: `cannot read the file: ${e.message}` });
      return BAD_INPUT;
    }
    throw e;
  }
}

/** The command itself. */
async function dispatch(command: string, args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  switch (command) {
    case 'attainment':
      return commandAttainment(args, f, locale, io);
    case 'csv':
      return await commandCsv(args, f, locale, input, io);
    case 'check':
      return await commandCheck(args, f, locale, io);
    case 'claim':
      return commandClaim(args, f, locale, io);
    case 'term':
      return await commandTerm(args, f, locale, input, io);
    case 'implied':
      return commandImplied(args, f, locale, input, io);
    case 'rule':
      return await commandRule(args, f, locale, input, io);
    case 'rollup':
      return await commandRollup(args, f, locale, input, io);
    default:
      say(io, locale, {
        vi: `không có lệnh "${command}"; các lệnh: attainment, csv, check, claim, term, implied, rule, rollup (xem chitieu --help)`,
        en: `unknown command "${command}"; commands: attainment, csv, check, claim, term, implied, rule, rollup (see chitieu --help)`,
      });
      return BAD_USAGE;
  }
}
