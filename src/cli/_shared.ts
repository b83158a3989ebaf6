// What every command of the CLI shares: exit codes, flags, messages, CSV and .xlsx reading, tables and --out.
import type { AttainmentOptions } from '../attainment/index.js';
import type { Bilingual, ChiTieuError, Locale } from '../core/index.js';
import { localize } from '../core/_format.js';
import { parseLocalized } from '../core/parseNumber.js';
import { csvRecords, type CsvRecord } from './_csv.js';
import { CliStop, isXlsx, writeXlsx, xlsxRecords } from './_xlsx.js';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  /** Writes to standard output; `false` when the text was queued (a full pipe) and {@link drain} should be awaited. */
  readonly out: (text: string) => boolean | void;
  /** Resolves when standard output has taken what was queued. */
  readonly drain?: () => Promise<void>;
  readonly err: (text: string) => void;
  /** The text of a file, or of standard input for `-`. */
  readonly readText: (file: string) => Promise<string>;
  /** The bytes of a file, or of standard input for `-`, as they arrive (csv streams; without it, readText). */
  readonly readChunks?: (file: string) => AsyncIterable<Uint8Array | string>;
  /** A file to write (`--out`), written as it goes. */
  readonly openOut?: (file: string) => { write: (text: string) => void; close: () => void };
  /** A file to write at once (`--out x.xlsx`). */
  readonly writeBytes?: (file: string, bytes: Uint8Array) => void;
  /** Work run() awaits before it returns (a workbook being written); set by run() itself. */
  readonly defer?: (work: Promise<void>) => void;
  /** Whether to colour the table: standard output is a terminal and NO_COLOR is unset. */
  readonly color?: boolean;
  /** The package version, for --version. */
  readonly version?: string;
}

/** Exit codes: 0 done, 1 bad input (figures, files), 2 bad usage, 3 a checked figure needs a second look. */
export const BAD_INPUT = 1;
export const BAD_USAGE = 2;
export const FLAGGED = 3;

export const OPTIONS = {
  decimals: { type: 'string' },
  rounding: { type: 'string' },
  locale: { type: 'string' },
  kind: { type: 'string' },
  unit: { type: 'string' },
  as: { type: 'string' },
  lang: { type: 'string' },
  achieved: { type: 'string' },
  target: { type: 'string' },
  name: { type: 'string' },
  out: { type: 'string' },
  sheet: { type: 'string' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  start: { type: 'string' },
  end: { type: 'string' },
  period: { type: 'string' },
  'as-of': { type: 'string' },
  reported: { type: 'string' },
  rule: { type: 'string' },
  method: { type: 'string' },
  id: { type: 'string' },
  parent: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export interface Flags {
  readonly decimals?: string;
  readonly rounding?: string;
  readonly locale?: string;
  readonly kind?: string;
  readonly unit?: string;
  readonly as?: string;
  readonly lang?: string;
  readonly achieved?: string;
  readonly target?: string;
  readonly name?: string;
  readonly out?: string;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly all?: boolean;
  readonly start?: string;
  readonly end?: string;
  readonly period?: string;
  readonly 'as-of'?: string;
  readonly reported?: string;
  readonly rule?: string;
  readonly method?: string;
  readonly id?: string;
  readonly parent?: string;
  readonly help?: boolean;
  readonly version?: boolean;
}

/** A message in both languages, the chosen one first. */
export function say(io: CliIo, locale: Locale, m: Bilingual): void {
  const [first, second] = locale === 'vi' ? [m.vi, m.en] : [m.en, m.vi];
  io.err(`chitieu: ${first}\n`);
  if (second !== first) io.err(`chitieu: ${second}\n`);
}

/**
 * Whether a command that reads one file was given exactly one; if not, says how to call it (the usage
 * line after "cần đúng một tệp:" / "expected one file:") and the command exits with BAD_USAGE.
 */
export function oneFile(args: readonly string[], io: CliIo, locale: Locale, usage: Bilingual): boolean {
  if (args.length === 1) return true;
  say(io, locale, { vi: `cần đúng một tệp: ${usage.vi}`, en: `expected one file: ${usage.en}` });
  return false;
}

/** A ChiTieuError's issues, each in both languages, optionally placed (a CSV line). */
export function sayError(io: CliIo, locale: Locale, e: ChiTieuError, where?: Bilingual): void {
  for (const issue of e.issues) {
    say(io, locale, where ? { vi: `${where.vi}: ${issue.messages.vi}`, en: `${where.en}: ${issue.messages.en}` } : issue.messages);
  }
}

/** A record's line: `dòng 4` / `line 4` in a CSV, `dòng 4` / `row 4` (the Excel row number) in a worksheet. */
export function linePlace(rec: CsvRecord | number): Bilingual {
  const line = typeof rec === 'number' ? rec : rec.line;
  return { vi: `dòng ${line}`, en: `${typeof rec !== 'number' && rec.excel === true ? 'row' : 'line'} ${line}` };
}

/** Where a bad cell is: `dòng 4 (Công ty A), cột "Chỉ tiêu"`; a record of a worksheet is on its Excel row. */
export function cellPlace(rec: CsvRecord | number, name: string | undefined, header: string): Bilingual {
  const place = name === undefined || name === '' ? '' : ` (${name})`;
  const at = linePlace(rec);
  return { vi: `${at.vi}${place}, cột "${header}"`, en: `${at.en}${place}, column "${header}"` };
}

/**
 * The options attainment() takes, straight from the flags: attainment validates them and its error
 * names the option (`options.decimals must be between 0 and 10`).
 */
export function roundOptions(f: Flags): AttainmentOptions {
  const o: Record<string, unknown> = {};
  if (f.decimals !== undefined) o.decimals = /^\d{1,2}$/.test(f.decimals) ? Number(f.decimals) : f.decimals;
  if (f.rounding !== undefined) o.rounding = f.rounding;
  return o as AttainmentOptions;
}

/** Left-aligned text columns, right-aligned figures, two spaces apart, at the given widths. */
export function tableLine(r: readonly string[], numeric: readonly boolean[], widths: readonly number[], paint?: (c: number, text: string) => string): string {
  return r
    .map((cell, c) => {
      const padded = numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0);
      return paint ? paint(c, padded) : padded;
    })
    .join('  ')
    .trimEnd();
}

/** Column widths by a loop (no `Math.max(...rows)`, which overflows the stack on a long file). */
export function widthsOf(rows: readonly (readonly string[])[], columns: number): number[] {
  const widths = new Array<number>(columns).fill(0);
  for (const r of rows) for (let c = 0; c < columns; c++) { const n = (r[c] ?? '').length; if (n > (widths[c] as number)) widths[c] = n; }
  return widths;
}

/** A figure of a CSV cell in the input notation (vi: `2.018`, `97,5`), reported under its header. */
export function readFigure(cell: string | undefined, input: Locale, header: string): string {
  return parseLocalized(cell ?? '', input, [header]);
}

export function looksNumeric(cell: string): boolean {
  return /^\s*[-+]?[\d.,]+\s*$/.test(cell) && /\d/.test(cell);
}

/** A figure in a CSV output cell: no thousands groups, the decimal sign of the output language. */
export function csvFigure(plain: string, locale: Locale): string {
  return localize(plain, locale, 0, false);
}

export function csvCell(text: string, sep: string): string {
  return /["\r\n]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* textSource(io: CliIo, file: string): AsyncGenerator<string> {
  yield await io.readText(file);
}

/** Where the results go: a table on standard output, or CSV, JSON or an .xlsx workbook (to --out, or JSON with --json). */
export type OutputFormat = 'table' | 'csv' | 'json' | 'xlsx';

/** Whether a format writes cells to a file (CSV or .xlsx): plain figures, no dashes for a missing one. */
export function isCells(format: OutputFormat): format is 'csv' | 'xlsx' {
  return format === 'csv' || format === 'xlsx';
}

/** The output format the flags ask for, or `undefined` after saying --out is not a .csv, .json or .xlsx file. */
export function outputFormat(f: Flags, io: CliIo, locale: Locale): OutputFormat | undefined {
  const format = f.out === undefined ? (f.json ? 'json' : 'table') : /\.json$/i.test(f.out) ? 'json' : /\.csv$/i.test(f.out) ? 'csv' : isXlsx(f.out) ? 'xlsx' : undefined;
  if (format === undefined || (f.out !== undefined && (format === 'xlsx' ? io.writeBytes === undefined : io.openOut === undefined))) {
    say(io, locale, { vi: `--out phải là tệp .csv, .json hoặc .xlsx; nhận được "${f.out}"`, en: `--out must be a .csv, .json or .xlsx file; got "${f.out}"` });
    return undefined;
  }
  return format;
}

/** How a table file is read: the notation of its figures, and the worksheet of an .xlsx (`--sheet`). */
interface TableSource {
  readonly input: Locale;
  readonly sheet?: string | undefined;
}

/** Title lines read past before the header row. */
const MAX_TITLE_LINES = 10;

/**
 * The records of a CSV file or of a worksheet of an .xlsx file, the header row first (after up to ten
 * title lines of one filled cell each), with what
 * `find` makes of the header; `undefined` after saying what is wrong with the header (with a hint
 * when the file is not UTF-8 or UTF-16).
 */
export async function* csvWithHeader<C extends object>(
  io: CliIo,
  locale: Locale,
  file: string,
  find: (header: readonly string[]) => C | Bilingual,
  source: TableSource,
): AsyncGenerator<{ readonly columns: C; readonly rec: CsvRecord } | undefined> {
  const xlsx = isXlsx(file);
  if (source.sheet !== undefined && !xlsx) {
    say(io, locale, { vi: `--sheet chỉ dùng với tệp .xlsx; nhận được "${file}"`, en: `--sheet is only for an .xlsx file; got "${file}"` });
    throw new CliStop(BAD_USAGE);
  }
  const records = xlsx ? xlsxRecords(io, locale, source.input, file, source.sheet) : csvRecords(io.readChunks ? io.readChunks(file) : textSource(io, file));
  let columns: C | undefined;
  let titles = 0;
  for await (const rec of records) {
    if (columns !== undefined) { yield { columns, rec }; continue; }
    const found = find(rec.cells);
    const failed = 'vi' in found && 'en' in found && typeof found.vi === 'string';
    // Title lines above the header ("BÁO CÁO KẾT QUẢ … NĂM 2024", "Đơn vị tính: người"), as analysts'
    // sheets have them: a line of one filled cell cannot be a header nor a row of figures.
    if (failed && titles < MAX_TITLE_LINES && rec.cells.filter((c) => c.trim() !== '').length <= 1) { titles++; continue; }
    if (failed) {
      say(io, locale, found as Bilingual);
      // Bytes that are not UTF-8 decode to U+FFFD: an old Vietnamese code page (TCVN3, Windows-1258).
      if (rec.cells.some((c) => c.includes('\ufffd'))) {
        say(io, locale, {
          vi: 'tệp không phải UTF-8 hay UTF-16; trong Excel chọn Lưu thành "CSV UTF-8" hoặc "Văn bản Unicode"',
          en: 'the file is neither UTF-8 nor UTF-16; in Excel, Save As "CSV UTF-8" or "Unicode Text"',
        });
      }
      // A workbook read as text (from standard input, or named without .xlsx) starts with a ZIP header.
      if (!xlsx && rec.cells.some((c) => c.startsWith('PK\u0003\u0004'))) {
        say(io, locale, {
          vi: 'tệp này có vẻ là bảng tính Excel: hãy đưa tên tệp có đuôi .xlsx (không qua đầu vào chuẩn)',
          en: 'this looks like an Excel workbook: give its file name, ending in .xlsx (not standard input)',
        });
      }
      yield undefined;
      return;
    }
    columns = found as C;
  }
}

/** Says the file had no rows to read, unless bad rows already explained why. */
export function sayNoRows(io: CliIo, locale: Locale, bad: number): number {
  if (bad === 0) say(io, locale, { vi: 'tệp không có dòng số liệu nào', en: 'the file has no rows of figures' });
  return BAD_INPUT;
}

/** Says how many bad rows were left out; the exit status of a run with them. */
export function sayBadRows(io: CliIo, locale: Locale, bad: number): number {
  say(io, locale, { vi: `${bad} dòng lỗi không được tính (xem ở trên)`, en: `${bad} bad row(s) left out (see above)` });
  return BAD_INPUT;
}

/**
 * The results of a small command as a table, CSV (UTF-8 BOM, `;` in Vietnamese) or JSON, to standard
 * output or --out. Rows are kept until {@link Sheet.end}, so the table's columns line up.
 */
export interface Sheet {
  readonly format: OutputFormat;
  /** A figure in the output notation: grouped in a table, plain in CSV and .xlsx. */
  readonly num: (plain: string) => string;
  readonly row: (cells: readonly string[], json: unknown, paint?: (c: number, text: string) => string) => void;
  /** Writes everything; `notes` are lines printed under a table, or on standard output with --out (never into CSV or JSON). */
  readonly end: (notes?: readonly string[]) => void;
}

export function openSheet(f: Flags, io: CliIo, locale: Locale, format: OutputFormat, head: readonly string[], numeric: readonly boolean[]): Sheet {
  const rows: { cells: readonly string[]; json: unknown; paint?: (c: number, text: string) => string }[] = [];
  const cells = isCells(format);
  const sep = locale === 'vi' ? ';' : ',';
  const color = format === 'table' && f.out === undefined && io.color === true;
  return {
    format,
    num: (plain) => (cells ? csvFigure(plain, locale) : localize(plain, locale)),
    row: (cells, json, paint) => { rows.push(color && paint ? { cells, json, paint } : { cells, json }); },
    end: (notes = []) => {
      if (format === 'xlsx') {
        // The workbook is written after the command returns (run() awaits it); the notes show now.
        const work = writeXlsx(io, locale, f.out as string, head, rows.map((r) => r.cells), numeric);
        if (io.defer) io.defer(work);
        else void work.catch((e: unknown) => { say(io, locale, { vi: `không ghi được tệp "${f.out}": ${String(e)}`, en: `cannot write the file "${f.out}": ${String(e)}` }); });
        if (notes.length > 0) io.out(`${notes.join('\n')}\n`);
        return;
      }
      let text: string;
      if (format === 'json') text = `${JSON.stringify(rows.map((r) => r.json), null, 2)}\n`;
      else if (format === 'csv') text = `\ufeff${[head, ...rows.map((r) => r.cells)].map((r) => `${r.map((x) => csvCell(x, sep)).join(sep)}\r\n`).join('')}`;
      else {
        const widths = widthsOf([head, ...rows.map((r) => r.cells)], head.length);
        text = [head, ...rows.map((r) => r.cells)].map((r, i) => `${tableLine(r, numeric, widths, i === 0 ? undefined : rows[i - 1]?.paint)}\n`).join('');
        if (notes.length > 0) text += `\n${notes.join('\n')}\n`;
      }
      if (f.out === undefined) { io.out(text); return; }
      const sink = (io.openOut as NonNullable<CliIo['openOut']>)(f.out);
      sink.write(text);
      sink.close();
      // The file holds the rows; the notes (counts, the period) still show on the terminal.
      if (notes.length > 0) io.out(`${notes.join('\n')}\n`);
    },
  };
}

/** A colour for one cell of a table: red for the bad word, green for the good, by column. */
export function painter(column: number, good: boolean | undefined): (c: number, text: string) => string {
  return (c, text) => (c !== column || good === undefined ? text : `\u001b[${good ? 32 : 31}m${text}\u001b[39m`);
}

/** Today's date on this machine, `YYYY-MM-DD`: the default of --as-of. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date as typed: `2024-12-31`, or `31/12/2024` (also `-` or `.` between), as `YYYY-MM-DD`; other text as given. */
export function readDate(text: string): string {
  const s = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` : s;
}

/** A date as the output language writes it: 31/12/2024 or 2024-12-31. */
export function dateText(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  return locale === 'vi' ? `${Number(d)}/${Number(m)}/${y}` : iso;
}
