// .xlsx in and out for the command line. The readers are optional peer dependencies (read-excel-file,
// write-excel-file), imported here only when an .xlsx file is given, so library users never install them.
import Decimal from 'decimal.js';
import type { Bilingual, Locale } from '../core/index.js';
import type { CsvRecord } from './_csv.js';
import { BAD_INPUT, BAD_USAGE, say, type CliIo } from './_shared.js';

/** Whether a file name is an Excel workbook. */
export function isXlsx(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/** Ends the command with this exit status, its message already said (caught in run()). */
export class CliStop extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
    this.name = 'CliStop';
  }
}

/** The packages, and what each is for in messages. */
const PACKAGES = {
  read: { name: 'read-excel-file', what: { vi: 'đọc tệp .xlsx', en: 'reading an .xlsx file' } },
  write: { name: 'write-excel-file', what: { vi: 'ghi tệp .xlsx (--out)', en: 'writing an .xlsx file (--out)' } },
} as const;

/** Whether an import failed because the package itself is not installed. */
function missing(e: unknown, name: string): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && e.message.includes(`'${name}`);
}

/** Says which package to install (Vietnamese first) and stops with BAD_USAGE. */
function sayMissing(io: CliIo, which: keyof typeof PACKAGES): never {
  const { name, what } = PACKAGES[which];
  // Always Vietnamese first: the message is about the set-up, whatever --lang says.
  say(io, 'vi', {
    vi: `${what.vi} cần gói ${name} (không cài cùng chitieu); cài bằng: npm i ${name}`,
    en: `${what.en} needs the ${name} package (not installed with chitieu); install it with: npm i ${name}`,
  });
  throw new CliStop(BAD_USAGE);
}

type Reader = typeof import('read-excel-file/node');
type Writer = typeof import('write-excel-file/node');

async function loadReader(io: CliIo): Promise<Reader> {
  try {
    return await import('read-excel-file/node');
  } catch (e) {
    if (missing(e, PACKAGES.read.name)) sayMissing(io, 'read');
    throw e;
  }
}

/** The writer, loaded before any work is done so a missing package is said at once. */
export async function loadWriter(io: CliIo): Promise<Writer> {
  try {
    return await import('write-excel-file/node');
  } catch (e) {
    if (missing(e, PACKAGES.write.name)) sayMissing(io, 'write');
    throw e;
  }
}

/** A number cell's stored text, kept apart from text cells (which may read "2.018" too). */
class StoredNumber {
  constructor(readonly text: string) {}
}

/**
 * A number as stored (`0.10000000000000001`, `1E-3`) in plain decimal notation: the shortest text
 * that reads back as the same double (`0.1`), never the binary expansion. `undefined` if not a number.
 */
export function plainNumber(stored: string): string | undefined {
  const n = Number(stored.trim());
  if (stored.trim() === '' || !Number.isFinite(n)) return undefined;
  return new Decimal(String(n)).toFixed();
}

const DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 as counted from day 61 on) to 1970-01-01. */
const UNIX_DAY = 25_569;

/**
 * The ISO date of an Excel 1900-system serial day number (the time of day dropped). Excel counts a
 * 29 February 1900 that never was (serial 60), so days 1–59 are one later than a plain count from
 * 1899-12-30 gives: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01. Serial 60 gives
 * "1900-02-29" and serial 0 "1900-01-00", which the date checks then refuse, as they should.
 */
export function serialDate(serial: number): string {
  const day = Math.floor(serial);
  if (day === 60) return '1900-02-29';
  if (day === 0) return '1900-01-00';
  const d = new Date((day - UNIX_DAY + (day < 60 ? 1 : 0)) * DAY);
  return d.toISOString().slice(0, 10);
}

/**
 * The ISO date of a date cell as read-excel-file gives it: it turns the serial (already moved to the
 * 1900 system in a 1904 workbook) into `(serial − 25569) days` after 1970, floored, without the
 * 1900 leap-year bug; the serial is taken back from that and converted by {@link serialDate}.
 */
function dateCell(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  return serialDate(Math.floor(t / DAY) + UNIX_DAY);
}

/** A record of a worksheet: the Excel row number as its line, cells as text, and what each number cell would be as a date. */
interface XlsxRecord extends CsvRecord {
  readonly excel: true;
  /**
   * For a number cell from 10000 (1927-05-18) to 2958465 (9999-12-31), the date it is as an Excel serial
   * day, for date columns not formatted as dates. Smaller numbers are no date: a year typed as a number
   * (1995) must be refused as a date, not read as day 1995 (1905-06-17).
   */
  readonly dates: readonly (string | undefined)[];
}

/** The sheets of a workbook by name, for --sheet and its message. */
function pickSheet<T extends { sheet: string }>(sheets: readonly T[], wanted: string | undefined): T | undefined {
  if (wanted === undefined) return sheets[0];
  const named = sheets.find((s) => s.sheet === wanted) ?? sheets.find((s) => s.sheet.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (named !== undefined) return named;
  return /^\s*\d+\s*$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined;
}

/** The bytes of a file, from the CLI's chunk reader. */
async function bytesOf(io: CliIo, file: string): Promise<Uint8Array> {
  if (io.readChunks === undefined) {
    say(io, 'vi', { vi: 'không đọc được tệp .xlsx ở đây', en: 'cannot read an .xlsx file here' });
    throw new CliStop(BAD_INPUT);
  }
  const parts: Uint8Array[] = [];
  for await (const c of io.readChunks(file)) parts.push(typeof c === 'string' ? new TextEncoder().encode(c) : c);
  return Buffer.concat(parts);
}

/**
 * The rows of one worksheet (the first, or --sheet by name or number) as CSV records: empty rows
 * skipped, each record's line its Excel row number. A number cell becomes its stored value in the
 * input notation (`97,5` for vi), so it reads like the same figure typed in a CSV; a date cell becomes
 * `YYYY-MM-DD`; TRUE/FALSE as Excel shows them.
 */
export async function* xlsxRecords(io: CliIo, locale: Locale, input: Locale, file: string, sheet: string | undefined): AsyncGenerator<XlsxRecord> {
  const reader = await loadReader(io);
  const bytes = await bytesOf(io, file);
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await reader.default(Buffer.from(bytes), { parseNumber: (s: string) => new StoredNumber(s) })) as unknown as typeof sheets;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    say(io, locale, { vi: `không đọc được tệp .xlsx "${file}": ${detail}`, en: `cannot read the .xlsx file "${file}": ${detail}` });
    throw new CliStop(BAD_INPUT);
  }
  const chosen = pickSheet(sheets, sheet);
  if (chosen === undefined) {
    const names = sheets.map((s, i) => `${i + 1} "${s.sheet}"`).join(', ');
    say(io, locale, { vi: `không có trang tính "${sheet}"; tệp có: ${names}`, en: `no sheet "${sheet}"; the workbook has: ${names}` });
    throw new CliStop(BAD_USAGE);
  }
  const decimal = input === 'vi' ? ',' : '.';
  for (let i = 0; i < chosen.data.length; i++) {
    const row = chosen.data[i] ?? [];
    const cells: string[] = [];
    const dates: (string | undefined)[] = [];
    for (const v of row) {
      let text = '';
      let date: string | undefined;
      if (v instanceof StoredNumber) {
        const plain = plainNumber(v.text);
        text = plain === undefined ? v.text : plain.replace('.', decimal);
        const n = Number(v.text);
        if (plain !== undefined && n >= 10_000 && n < 2_958_466) date = serialDate(n);
      } else if (v instanceof Date) text = dateCell(v);
      else if (typeof v === 'boolean') text = v ? 'TRUE' : 'FALSE';
      else if (typeof v === 'number') text = String(v).replace('.', decimal);
      else if (typeof v === 'string') text = v;
      cells.push(text);
      dates.push(date);
    }
    // The reader pads every row to the widest one; a header's list of cells in messages should not show those.
    while (cells.length > 0 && (cells[cells.length - 1] as string).trim() === '') { cells.pop(); dates.pop(); }
    if (cells.length > 0) yield { line: i + 1, cells, dates, excel: true };
  }
}

/**
 * A cell of a results workbook: a figure of a numeric column as a number when the double holds it
 * exactly (its shortest text is the same decimal), else the text as in CSV (`95,83%`, `≥ 400`).
 */
export function xlsxValue(text: string, numeric: boolean, locale: Locale): string | number | null {
  if (text === '') return null;
  if (!numeric) return text;
  const plain = locale === 'vi' ? text.replace(',', '.') : text;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return text;
  const n = Number(plain);
  const shortest = String(n);
  return !/e/i.test(shortest) && new Decimal(shortest).eq(plain) ? n : text;
}

/** Writes a header row and the rows as the first sheet of a workbook, numbers as numbers where exact. */
export async function writeXlsx(io: CliIo, locale: Locale, file: string, head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): Promise<void> {
  const writer = await loadWriter(io);
  const data = [
    head.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map((cell, c) => xlsxValue(cell, numeric[c] === true, locale))),
  ];
  const widths = head.map((h, c) => Math.min(60, Math.max(h.length, ...rows.slice(0, 1000).map((r) => (r[c] ?? '').length)) + 2));
  const sheet: Bilingual = { vi: 'Kết quả', en: 'Results' };
  const bytes = await writer.default(data, { sheet: sheet[locale], columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBuffer();
  (io.writeBytes as NonNullable<CliIo['writeBytes']>)(file, bytes);
}
